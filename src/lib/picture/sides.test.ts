/**
 * Which side of the person a picture shows, read back from the picture itself as a viewer
 * would read it, never from the `mirrored` flag the composer sets. Facing someone, their
 * left is on your right; from behind, their left is on your left; from the side you see the
 * side that faces you; a forearm or a foot close up is seen as its owner sees it.
 */
import { describe, expect, it } from 'vitest';
import { POSITIONS, type Motion, type Position } from '../routine/movement';
import { AREAS, TOOLS, type Area, type Tool } from '../routine/vocabulary';
import { composeStepPicture, type PictureStep, type Scene, type Shape } from '.';

type Side = 'left' | 'right';

/** The points a path passes through (its M, L and C coordinates); a circle's centre. */
function pointsOf(shape: Shape): { x: number; y: number }[] {
  const circle = /^M(-?[\d.]+) (-?[\d.]+)a(-?[\d.]+)/.exec(shape.d);
  if (circle) return [{ x: Number(circle[1]) + Number(circle[3]), y: Number(circle[2]) }];
  const numbers = shape.d.replace(/[MLCZ]/g, ' ').trim().split(/\s+/).map(Number);
  return Array.from({ length: numbers.length / 2 }, (_, i) => ({ x: numbers[2 * i]!, y: numbers[2 * i + 1]! }));
}

/** The middle of a shape's bounding box. */
function centre(shape: Shape): { x: number; y: number } {
  const points = pointsOf(shape);
  const mid = (values: number[]) => (Math.min(...values) + Math.max(...values)) / 2;
  return { x: mid(points.map((p) => p.x)), y: mid(points.map((p) => p.y)) };
}
const centreX = (shape: Shape) => centre(shape).x;

/** The side of the person the picture shows worked, or undefined where it cannot tell (the midline). */
function seenSide(scene: Scene): Side | undefined {
  const { shapes } = scene;
  const contact = scene.contacts[0];
  switch (scene.view) {
    case 'front':
    case 'back': {
      // The trunk is the first body shape, its outline the same either side of the spine.
      const middle = centreX(shapes.find((shape) => shape.kind === 'body')!);
      const offset = contact!.x - middle;
      if (Math.abs(offset) < 3) return undefined;
      return (offset < 0) === (scene.view === 'front') ? 'right' : 'left';
    }
    case 'side': {
      // Which way the face looks (from the ear, the body shape drawn just before the face, to
      // the eye) and which way the head is (from the trunk, the first body shape): standing
      // and facing the viewer's right, or lying on the back with the head on the left, the
      // person shows their right side. In the page's coordinates (y down) that is a positive
      // turn from the face's way to the head's.
      const faceAt = shapes.findIndex((shape) => shape.kind === 'feature');
      const ear = centre(shapes.slice(0, faceAt).findLast((shape) => shape.kind === 'body')!);
      const eye = centre(shapes[faceAt]!);
      const trunk = centre(shapes.find((shape) => shape.kind === 'body')!);
      const face = { x: eye.x - ear.x, y: eye.y - ear.y };
      const head = { x: ear.x - trunk.x, y: ear.y - trunk.y };
      return face.y * head.x - face.x * head.y > 0 ? 'right' : 'left';
    }
    case 'hands': {
      // The worked hand (drawn as body) at the end of its forearm: a right forearm lying in
      // front of its owner has the elbow on the right and the fingers to the left.
      const handAt = shapes.findIndex((shape) => shape.kind === 'body');
      const forearm = shapes.slice(0, handAt).findLast((shape) => shape.kind === 'limb')!;
      return centreX(forearm) > centreX(shapes[handAt]!) ? 'right' : 'left';
    }
    case 'foot': {
      // A foot seen from its arch, as its owner sees it resting across the other knee: the
      // right foot's toes point to the left of the ankle bone, the left foot's to the right.
      const footAt = shapes.findIndex((shape) => shape.kind === 'body');
      const ankleBone = shapes.slice(footAt).find((shape) => shape.kind === 'feature')!;
      return centreX(shapes[footAt]!) < centreX(ankleBone) ? 'right' : 'left';
    }
  }
}

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
