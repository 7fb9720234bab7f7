/**
 * Which side of the person a picture shows, read back from the picture itself as a viewer
 * would read it (tests/support/picture-side.ts), never from the `mirrored` flag the composer
 * sets.
 */
import { describe, expect, it } from 'vitest';
import { POSITIONS, type Motion, type Position } from '../routine/movement';
import { AREAS, TOOLS, type Area, type Tool } from '../routine/vocabulary';
import { seenSide } from '../../../tests/support/picture-side';
import { composeStepPicture, type PictureStep, type Shape } from '.';

type Side = 'left' | 'right';

const centreX = (shape: Shape) => {
  const xs = shape.d.replace(/[MLCZ]/g, ' ').trim().split(/\s+/).map(Number).filter((_, i) => i % 2 === 0);
  return (Math.min(...xs) + Math.max(...xs)) / 2;
};

const step = (fields: Partial<PictureStep>): PictureStep => ({ areas: [], sides: 'left-right', rest: false, ...fields });
const MIDLINE: ReadonlySet<Area> = new Set<Area>(['abdomen']);
const MOTIONS_TRIED: readonly Motion[] = ['circles', 'glide', 'press-hold'];

describe('the side a picture shows', () => {
  it('reads a front view as facing the person: their right on the viewer’s left', () => {
    const right = composeStepPicture(step({ areas: ['temples'], sides: 'right', tool: 'fingertips', motion: ['circles'], position: 'seated' }));
    expect(right.view).toBe('front');
    expect(seenSide(right)).toBe('right');
    // The test's reading is not the flag's: the right temple is on the viewer's left.
    expect(right.contacts[0]!.x).toBeLessThan(centreX(right.shapes.find((shape) => shape.kind === 'body')!));
  });

  // Every area with every tool, in every position but lying on the side (seen from behind
  // with the worked side up, where "left" and "right" are above and below), on each side.
  const positions = POSITIONS.filter((position) => position !== 'lying-side');
  const cases: { area: Area; tool: Tool; position: Position; motion: Motion; side: Side }[] = [];
  for (const area of AREAS) {
    for (const tool of TOOLS.filter((t) => t !== 'none')) {
      for (const position of positions) {
        for (const side of ['left', 'right'] as const) cases.push({ area, tool, position, motion: MOTIONS_TRIED[cases.length % 3]!, side });
      }
    }
  }

  it(`is the side the step names, in ${cases.length} combinations of area, tool, position and side`, () => {
    const wrong: string[] = [];
    for (const { area, tool, position, motion, side } of cases) {
      const scene = composeStepPicture(step({ areas: [area], tool, position, motion: [motion] }), side);
      const seen = seenSide(scene);
      if (seen === undefined && MIDLINE.has(area)) continue;
      if (seen !== side) wrong.push(`${side} ${area}, ${tool}, ${position} (${scene.view} view): shows ${seen ?? 'no side'}`);
    }
    expect(wrong).toEqual([]);
  });

  it('is the same side for a step that names one side as for that half of a left-right step', () => {
    for (const side of ['left', 'right'] as const) {
      const fields = { areas: ['neck'] as Area[], tool: 'fingertips' as const, position: 'seated-desk' as const, motion: ['glide'] as Motion[], direction: 'down' as const };
      const one = composeStepPicture(step({ ...fields, sides: side }));
      const half = composeStepPicture(step(fields), side);
      expect([seenSide(one), seenSide(half)]).toEqual([side, side]);
    }
  });
});
