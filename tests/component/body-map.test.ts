import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/lib/routine/vocabulary';
import BodyMap from '../../src/ui/components/BodyMap.svelte';

describe('BodyMap', () => {
  it('names the highlighted areas', () => {
    render(BodyMap, { areas: ['neck', 'upper-back'] });
    expect(screen.getByRole('img')).toHaveAccessibleName('Body map: Neck, Upper back');
  });

  it('says so when a step has no specific area', () => {
    render(BodyMap, { areas: [] });
    expect(screen.getByRole('img')).toHaveAccessibleName('Body map: no specific area');
  });

  it('draws every area of the vocabulary, and lights up only the named ones', () => {
    const { container } = render(BodyMap, { areas: ['hands', 'feet'] });
    for (const area of AREAS) {
      const groups = container.querySelectorAll(`[data-area="${area}"]`);
      expect(groups.length, area).toBeGreaterThan(0);
      for (const group of groups) expect(group.classList.contains('on'), area).toBe(area === 'hands' || area === 'feet');
    }
  });
});
