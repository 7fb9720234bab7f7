import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../lib/store/memory-store';
import { MyRoutines } from '../app/my-routines.svelte';
import { OpenedRoutines } from '../app/opened.svelte';
import Editor from './Editor.svelte';
import { fakeCatalog } from '../../../tests/support/catalog';
import { makeRoutine, makeStep } from '../../../tests/support/routines';

const builtIn = makeRoutine({
  id: 'neck',
  title: 'Neck',
  steps: [makeStep({ title: 'Strokes', duration: 60 }), makeStep({ title: 'Squeeze', duration: 30, sides: 'left-right' })],
});

/** The editor over an in-memory store, with one built-in routine. */
function setup(id: string | null) {
  const mine = new MyRoutines(new MemoryStore());
  render(Editor, { id, catalog: fakeCatalog([builtIn]), opened: new OpenedRoutines(), mine });
  return { mine, user: userEvent.setup() };
}

const stepTitles = () => screen.getAllByRole('group').filter((group) => group.tagName === 'FIELDSET').map((fieldset) => within(fieldset).getByText(/^Step \d/).textContent);

describe('Editor', () => {
  it('starts from a copy with the steps closed, reorders them by keyboard and keeps the total live', async () => {
    const { user } = setup('neck');
    await screen.findByRole('heading', { level: 1, name: 'New routine' });
    expect(screen.getByLabelText('Title')).toHaveValue('Neck (my version)');
    expect(screen.getByText('2 min in total · 2 steps')).toBeInTheDocument();
    expect(stepTitles()).toEqual(['Step 1: Strokes', 'Step 2: Squeeze']);
    expect(screen.queryByLabelText('Step title')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Move step 2 up' }));
    expect(stepTitles()).toEqual(['Step 1: Squeeze', 'Step 2: Strokes']);
    expect(screen.getByText('Step 2 moved to position 1.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit step 1' }));
    expect(screen.getByRole('button', { name: 'Done with step 1' })).toHaveAttribute('aria-expanded', 'true');
    await user.clear(screen.getByLabelText('Duration'));
    await user.type(screen.getByLabelText('Duration'), '1m');
    expect(screen.getByText('3 min in total · 2 steps')).toBeInTheDocument();
  });

  it('saves nothing invalid: problems show next to their fields and focus moves to the first', async () => {
    const { user, mine } = setup(null);
    await screen.findByRole('heading', { level: 1, name: 'New routine' });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('fields need fixing before you save');
    const title = screen.getByLabelText('Title');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/Title is empty; write something here/);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(title).toHaveFocus();
    expect(mine.routines).toEqual([]);

    await user.type(title, 'Evening hands');
    await user.type(screen.getByLabelText('Summary'), 'Ease the hands before bed.');
    await user.type(screen.getByRole('textbox', { name: 'Safety note' }), 'Stop at sharp pain.');
    await user.type(screen.getByLabelText('Step title'), 'Palm press');
    await user.type(screen.getByRole('textbox', { name: 'Instructions' }), 'Press your thumb into the palm.');
    await user.click(screen.getByRole('checkbox', { name: 'Hands' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await expect.poll(() => mine.routines.map((saved) => saved.routine.id)).toEqual(['evening-hands']);
    expect(mine.routines[0]?.routine.steps[0]?.areas).toEqual(['hands']);
    expect(location.hash).toBe('#/routine/evening-hands');
  });
});
