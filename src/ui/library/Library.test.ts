import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import Library from './Library.svelte';
import { fakeApp } from '../../../tests/support/app';
import { fakeCatalog } from '../../../tests/support/catalog';
import { makeRoutine, makeStep } from '../../../tests/support/routines';

const routines = [
  makeRoutine({ id: 'desk-break', title: 'Desk break', tags: ['desk'], steps: [makeStep({ areas: ['neck', 'hands'], duration: 240 })] }),
  makeRoutine({ id: 'wind-down', title: 'Pre-sleep wind-down', summary: 'Slow strokes in bed.', tags: ['bedtime'], steps: [makeStep({ areas: ['feet'], duration: 720 })] }),
];

function titles() {
  return within(screen.getByRole('region', { name: 'Routines' })).queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
}

describe('Library', () => {
  it('shows a card per routine with its length and areas', async () => {
    render(Library, { context: fakeApp(fakeCatalog(routines)).context });
    expect(await screen.findByRole('link', { name: 'Desk break' })).toHaveAttribute('href', '#/routine/desk-break');
    expect(titles()).toEqual(['Desk break', 'Pre-sleep wind-down']);
    expect(screen.getByText('4 min')).toBeInTheDocument();
    expect(screen.getByText('Neck · Hands')).toBeInTheDocument();
    expect(screen.getByText('2 routines')).toBeInTheDocument();
  });

  it('filters by text, situation and length, and offers a way out of an empty result', async () => {
    const user = userEvent.setup();
    render(Library, { context: fakeApp(fakeCatalog(routines)).context });
    await screen.findByRole('link', { name: 'Desk break' });

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'bed');
    expect(titles()).toEqual(['Pre-sleep wind-down']);
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));

    await user.click(screen.getByRole('button', { name: 'At the desk' }));
    expect(screen.getByRole('button', { name: 'At the desk' })).toHaveAttribute('aria-pressed', 'true');
    expect(titles()).toEqual(['Desk break']);
    await user.click(screen.getByRole('button', { name: 'Any time' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Length' }), 'Up to 5 min');
    expect(titles()).toEqual(['Desk break']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Body area' }), 'Feet');
    expect(titles()).toEqual([]);
    expect(screen.getByText('No routine matches these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(titles()).toEqual(['Desk break', 'Pre-sleep wind-down']);
    expect(screen.getByRole('combobox', { name: 'Body area' })).toHaveValue('');
  });

  it('says so, and offers to retry, when the routines cannot be loaded', async () => {
    render(Library, { context: fakeApp(fakeCatalog(routines, { failIndex: true })).context });
    expect(await screen.findByRole('alert')).toHaveTextContent('Unknot could not load its routines. Check your connection and try again.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('lists routines opened from files apart, and one reusing a built-in id never takes its place', async () => {
    const { app, context } = fakeApp(fakeCatalog(routines));
    await app.routines.open({ fileName: 'mine.md', routine: makeRoutine({ id: 'mine', title: 'My routine' }) });
    await app.routines.open({ fileName: 'desk-break.md', routine: makeRoutine({ id: 'desk-break', title: 'Desk break' }) });
    render(Library, { context });
    const files = screen.getByRole('region', { name: 'Opened from files and links' });
    expect(within(files).getByRole('link', { name: 'My routine' })).toHaveAttribute('href', '#/routine/mine');
    expect(within(files).getByText('From mine.md')).toBeInTheDocument();
    expect(within(files).getByRole('link', { name: 'Desk break' })).toHaveAttribute('href', '#/routine/desk-break-2');
    expect(within(files).getByText('From desk-break.md')).toBeInTheDocument();
    const builtIns = await screen.findByRole('region', { name: 'Routines' });
    expect(await within(builtIns).findByRole('link', { name: 'Desk break' })).toHaveAttribute('href', '#/routine/desk-break');
  });
});
