import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApp } from '../../../tests/support/app';
import Editor from './Editor.svelte';
import { fakeCatalog } from '../../../tests/support/catalog';
import { makeRoutine, makeStep } from '../../../tests/support/routines';

const builtIn = makeRoutine({
  id: 'neck',
  title: 'Neck',
  steps: [makeStep({ title: 'Strokes', duration: 60 }), makeStep({ title: 'Squeeze', duration: 30, sides: 'left-right' })],
});

/** The editor over an in-memory store (IndexedDB "unavailable"), with one built-in routine. */
function setup(id: string | null) {
  const { mine, context } = fakeApp(fakeCatalog([builtIn]));
  render(Editor, { props: { id }, context });
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

describe('Editor step picture', () => {
  it('draws the open step live as position, tool, motion, area and side change, and names it for screen readers', async () => {
    const { user } = setup('neck');
    await screen.findByRole('heading', { level: 1, name: 'New routine' });
    await user.click(screen.getByRole('button', { name: 'Edit step 1' }));
    const preview = screen.getByRole('figure', { name: 'Picture' });
    const picture = () => within(preview).getByRole('img');
    expect(picture()).toHaveAccessibleName('Seated, resting still.');
    // The shipped drawings, and no other, can be named.
    expect(within(screen.getByLabelText('Illustration')).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'None', 'Ball between shoulder blades', 'Base of skull hold', 'Brow pinch', 'Eye socket strokes', 'Jaw joint hold', 'Neck strokes lying',
    ]);
    await user.selectOptions(screen.getByLabelText('Position'), 'Lying on your back');
    expect(picture()).toHaveAccessibleName('Lying on your back, resting still.');
    await user.selectOptions(screen.getByLabelText('Tool'), 'Massage ball');
    expect(picture()).toHaveAccessibleName('Lying on your back: ball between the floor and the lower back, either side of the spine.');
    await user.selectOptions(screen.getByLabelText('Motion'), 'Up and down');
    expect(picture()).toHaveAccessibleName('Lying on your back: ball between the floor and the lower back, either side of the spine, up and down.');
    expect(screen.getByLabelText('Then (optional)')).toBeEnabled();
    await user.selectOptions(screen.getByLabelText('One side only'), 'Left side only');
    expect(picture()).toHaveAccessibleName('Lying on your back: ball between the floor and the left lower back, up and down.');
    await user.click(screen.getByRole('checkbox', { name: 'Lower back' }));
    await user.click(screen.getByRole('checkbox', { name: 'Upper back' }));
    expect(picture()).toHaveAccessibleName(/upper back/);
    // Left then right wins over one side: the select says so by standing aside.
    await user.click(screen.getByRole('checkbox', { name: 'Left side, then right side' }));
    expect(screen.getByLabelText('One side only')).toBeDisabled();
  });
});
