import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AreaRatings } from '../../lib/history/records';
import SoreAreas from './SoreAreas.svelte';

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
    expect(screen.getByRole('group', { name: 'Neck' }).querySelector('[aria-pressed="true"]')).toHaveTextContent('5');
    await user.click(within(screen.getByRole('group', { name: 'Neck' })).getByRole('button', { name: '7' }));
    expect(ratings).toEqual({ neck: 7 });
    await rerender({ ratings });

    screen.getByRole('checkbox', { name: 'Feet' }).focus();
    await user.keyboard(' ');
    expect(ratings).toEqual({ neck: 7, feet: 5 });
    // Each area is one checkbox, though shoulders appear on both views.
    expect(screen.getAllByRole('checkbox', { name: 'Shoulders' })).toHaveLength(1);
  });

  it('rates fixed areas without the map', () => {
    render(SoreAreas, { question: 'And now?', ratings: {}, onchange: () => undefined, fixed: ['neck'] });
    expect(screen.queryByRole('group', { name: 'Sore areas' })).toBeNull();
    // Not rated until the user taps a number.
    expect(screen.getByRole('group', { name: 'Neck' }).querySelector('[aria-pressed="true"]')).toBeNull();
  });
});
