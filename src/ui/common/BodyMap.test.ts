import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AREAS } from '../../lib/routine/vocabulary';
import BodyMap from './BodyMap.svelte';

describe('BodyMap', () => {
  it('names the highlighted areas, in the order given', () => {
    render(BodyMap, { areas: ['neck', 'upper-back', 'arms'] });
    expect(screen.getByRole('img')).toHaveAccessibleName('Body map: Neck, Upper back, Upper arms');
  });

  it('says so when a step has no specific area', () => {
    render(BodyMap, { areas: [] });
    expect(screen.getByRole('img')).toHaveAccessibleName('Body map: no specific area');
  });

  it('takes a label in place of the generated name', () => {
    render(BodyMap, { areas: ['feet'], label: 'Where this routine works' });
    expect(screen.getByRole('img')).toHaveAccessibleName('Where this routine works');
  });

  it('draws both views, with captions a screen reader skips', () => {
    const { container } = render(BodyMap, { areas: [] });
    const captions = [...container.querySelectorAll('text')];
    expect(captions.map((text) => text.textContent)).toEqual(['Front', 'Back']);
    for (const text of captions) expect(text).toHaveAttribute('aria-hidden', 'true');
  });

  it('draws every area of the vocabulary, and lights up only the named ones', () => {
    const { container } = render(BodyMap, { areas: ['hands', 'feet', 'lower-back'] });
    const lit = new Set(['hands', 'feet', 'lower-back']);
    for (const area of AREAS) {
      const shapes = container.querySelectorAll(`[data-area="${area}"]`);
      expect(shapes.length, area).toBeGreaterThan(0);
      // Each area is drawn with at least one real shape, not an empty group.
      for (const shape of shapes) expect(shape.querySelector('path')?.getAttribute('d'), area).toMatch(/^M/);
      for (const shape of shapes) expect(shape.classList.contains('on'), area).toBe(lit.has(area));
    }
  });

  it('follows the step as its areas change', async () => {
    const { container, rerender } = render(BodyMap, { areas: ['neck'] });
    await rerender({ areas: ['calves'] });
    expect(screen.getByRole('img')).toHaveAccessibleName('Body map: Calves');
    const lit = [...container.querySelectorAll('[data-area].on')].map((shape) => shape.getAttribute('data-area'));
    // Calves show on both views; the neck is off.
    expect(lit).toEqual(['calves', 'calves']);
  });

  it('gives each area one checkbox when the map is tappable', async () => {
    const user = userEvent.setup();
    const ontoggle = vi.fn();
    render(BodyMap, { areas: ['glutes'], label: 'Sore areas', ontoggle });
    expect(screen.getByRole('group', { name: 'Sore areas' })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(AREAS.length);
    expect(screen.getByRole('checkbox', { name: 'Glutes' })).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByRole('checkbox', { name: 'Jaw' }));
    screen.getByRole('checkbox', { name: 'Calves' }).focus();
    await user.keyboard('{Enter}');
    expect(ontoggle.mock.calls).toEqual([['jaw'], ['calves']]);
  });
});
