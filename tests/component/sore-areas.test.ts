import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AreaRatings } from '../../src/lib/history/records';
import SoreAreas from '../../src/ui/player/SoreAreas.svelte';

describe('SoreAreas', () => {
  it('marks areas on the body map by click or keyboard and rates each', async () => {
    const user = userEvent.setup();
    let ratings: AreaRatings = {};
    const { rerender } = render(SoreAreas, { question: 'Where is it sore?', ratings, onchange: (next: AreaRatings) => (ratings = next) });
    const neck = screen.getByRole('checkbox', { name: 'Neck' });
    expect(neck).toHaveAttribute('aria-checked', 'false');
    await user.click(neck);
    expect(ratings).toEqual({ neck: 5 });
    await rerender({ ratings });
    expect(screen.getByRole('checkbox', { name: 'Neck' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('slider', { name: 'Neck' })).toHaveValue('5');

    screen.getByRole('checkbox', { name: 'Feet' }).focus();
    await user.keyboard(' ');
    expect(ratings).toEqual({ neck: 5, feet: 5 });
    // Each area is one checkbox, though shoulders appear on both views.
    expect(screen.getAllByRole('checkbox', { name: 'Shoulders' })).toHaveLength(1);
  });

  it('rates fixed areas without the map', () => {
    render(SoreAreas, { question: 'And now?', ratings: { neck: 5 }, onchange: () => undefined, fixed: true });
    expect(screen.queryByRole('group', { name: 'Sore areas' })).toBeNull();
    expect(screen.getByRole('slider', { name: 'Neck' })).toBeInTheDocument();
  });
});
