import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ProblemList from './ProblemList.svelte';

describe('ProblemList', () => {
  it('names the file, counts the problems and gives each its line and column', async () => {
    const ondismiss = vi.fn();
    render(ProblemList, {
      fileName: 'x.md',
      problems: [
        { line: 9, column: 11, message: '"fast" is not a duration; write 45s, 1m or 1m30s' },
        { line: 12, column: 1, message: 'missing "duration"' },
      ],
      ondismiss,
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAccessibleName('“x.md” could not be opened: 2 problems');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Line 9, column 11: "fast" is not a duration; write 45s, 1m or 1m30s',
      'Line 12, column 1: missing "duration"',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(ondismiss).toHaveBeenCalledOnce();
  });

  it('lists the first 50 of thousands of problems and counts the rest', () => {
    const problems = Array.from({ length: 600_000 }, (_, i) => ({ line: i + 1, column: 1, message: 'missing "title": every step needs a title' }));
    render(ProblemList, { fileName: 'steps.json', problems, ondismiss: () => {} });
    expect(screen.getByRole('alert')).toHaveAccessibleName('“steps.json” could not be opened: 600,000 problems');
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
    expect(screen.getAllByRole('listitem').at(-1)).toHaveTextContent('Line 50, column 1:');
    expect(screen.getByText('…and 599,950 more problems. Fix these first; the rest may go with them.')).toBeInTheDocument();
  });
});
