import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Throwing from '../../../tests/support/Throwing.svelte';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ScreenBoundary', () => {
  it('shows a calm page with the way home when its screen throws while rendering, and the rest of the page goes on', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(Throwing, { props: { fault: { on: true } } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Unknot couldn’t show this' })).toBeInTheDocument();
    expect(screen.getByText(/Your routines, history and settings are safe/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the library' })).toHaveAttribute('href', '#/');
    expect(screen.queryByText('The screen, shown')).toBeNull();
    // Outside the boundary, nothing changed.
    expect(screen.getByRole('navigation', { name: 'Main' })).toContainElement(screen.getByRole('link', { name: 'History' }));
    expect(document.title).toBe('Unknot couldn’t show this · Unknot');
    expect(logged).toHaveBeenCalledWith(expect.any(RangeError));
  });

  it('catches a screen loaded on demand, as App loads them, that throws while rendering', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(Throwing, { props: { fault: { on: true }, lazy: true } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Unknot couldn’t show this' })).toBeInTheDocument();
    expect(logged).toHaveBeenCalledWith(expect.any(RangeError));
  });

  it('tries the screen again on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fault = { on: true };
    render(Throwing, { props: { fault } });
    const retry = await screen.findByRole('button', { name: 'Try this page again' });
    fault.on = false;
    await userEvent.setup().click(retry);
    expect(await screen.findByRole('heading', { level: 1, name: 'The screen, shown' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Unknot couldn’t show this' })).toBeNull();
  });

  it('copies the details for a bug report: the screen and the error, not the address', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    location.hash = '#/r/1SomeonesWholeRoutine';
    render(Throwing, { props: { fault: { on: true } } });
    await user.click(await screen.findByText('Details for a bug report'));
    await user.click(screen.getByRole('button', { name: 'Copy the details' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Copied. Paste them wherever you report the problem.');
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^Screen: shared\nError: RangeError: Maximum call stack size exceeded\n/);
    expect(copied).not.toContain('SomeonesWholeRoutine');
  });
});
