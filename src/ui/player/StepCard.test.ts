import { readdirSync, readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../lib/player/timeline';
import { parseRoutineFile, type Routine } from '../../lib/routine';
import StepCard from './StepCard.svelte';

/** Every built-in routine, as the app reads it. */
const builtIns: Routine[] = readdirSync('routines')
  .filter((name) => /\.(md|json)$/.test(name) && name !== 'README.md')
  .map((name) => {
    const result = parseRoutineFile(name, readFileSync(`routines/${name}`, 'utf8'));
    if (!result.ok) throw new Error(`${name} is invalid`);
    return result.value;
  });

/** The part of the routine the player shows for a step, on a side of a left-right step. */
function segmentOf(routine: Routine, step: number, side: 'left' | 'right' | undefined): Segment {
  return { kind: 'step', step, side, repetition: 1, repetitions: 1, duration: routine.steps[step]!.duration * 1000, start: 0 };
}

/**
 * Which half of each view of the body map is lit: the map draws the front and the back
 * side by side, each 100 wide, and clips a one-sided area to half of its view.
 */
function litHalves(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.body-map [data-area].on')].map((group) => {
    const id = /url\(#(.+)\)/.exec(group.getAttribute('clip-path') ?? '')?.[1];
    if (!id) return 'both halves';
    const view = id.endsWith('front') ? 'front' : 'back';
    const x = container.querySelector(`clipPath[id="${id}"] rect`)?.getAttribute('x');
    return `${view}: viewer's ${x === '0' ? 'left' : 'right'}`;
  });
}

interface OneSided {
  routine: Routine;
  index: number;
  side: 'left' | 'right';
  /** The player's side, for a left-right step. */
  current: 'left' | 'right' | undefined;
}

describe('the step card of a one-sided step', () => {
  const oneSided = builtIns.flatMap((routine) =>
    routine.steps.flatMap((step, index): OneSided[] => {
      if (step.sides === 'left' || step.sides === 'right') return [{ routine, index, side: step.sides, current: undefined }];
      if (step.sides === 'left-right') return (['left', 'right'] as const).map((side) => ({ routine, index, side, current: side }));
      return [];
    }),
  );

  it('is found in the built-in routines', () => {
    expect(oneSided.length).toBeGreaterThan(20);
  });

  for (const { routine, index, side, current } of oneSided) {
    const step = routine.steps[index]!;
    it(`lights the ${side} side only, as the person's own side: ${routine.id}, ${step.title}`, () => {
      const { container } = render(StepCard, { routine, segment: segmentOf(routine, index, current), next: undefined, current: true });
      expect(screen.getByRole('img', { name: /^Body map/ })).toHaveAccessibleName(expect.stringMatching(new RegExp(`^Body map, ${side} side: `)));
      // Facing the front view, the person's left is on the viewer's right; the back view shows it on the viewer's left.
      const expected = side === 'left' ? { front: "front: viewer's right", back: "back: viewer's left" } : { front: "front: viewer's left", back: "back: viewer's right" };
      const halves = litHalves(container);
      expect(halves.length).toBeGreaterThan(0);
      for (const half of halves) expect([expected.front, expected.back]).toContain(half);
      // The picture says the same side.
      expect(screen.getByRole('img', { name: /^(?!Body map)/ })).toHaveAccessibleName(expect.stringContaining(side));
    });
  }
});
