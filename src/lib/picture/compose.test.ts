import { describe, expect, it } from 'vitest';
import { DIRECTIONS, MOTIONS, POSITIONS } from '../routine/movement';
import { AREAS, TOOLS } from '../routine/vocabulary';
import { composeStepPicture, pictureFacts, sceneToSvg, stepPicture, workedSide, type PictureStep, type Scene } from '.';
import { SIZE, type Shape } from './scene';

const step = (fields: Partial<PictureStep>): PictureStep => ({ areas: [], sides: 'both', rest: false, ...fields });
const kinds = (scene: Scene) => new Set(scene.shapes.map((shape) => shape.kind));

/** The box a path's points span (M, L and C coordinates; limbs widened by their stroke), clipped to the picture. */
function extent(shapes: readonly Shape[]): { left: number; top: number; right: number; bottom: number; width: number; height: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const shape of shapes) {
    const numbers = shape.d.replace(/[MLCZ]/g, ' ').trim().split(/\s+/).map(Number);
    const half = (shape.width ?? 0) / 2;
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      xs.push(numbers[i]! - half, numbers[i]! + half);
      ys.push(numbers[i + 1]! - half, numbers[i + 1]! + half);
    }
  }
  const [left, right, top, bottom] = [Math.max(0, Math.min(...xs)), Math.min(SIZE, Math.max(...xs)), Math.max(0, Math.min(...ys)), Math.min(SIZE, Math.max(...ys))];
  return { left, top, right, bottom, width: right - left, height: bottom - top };
}
/** The figure: its trunk, head and hands, and its limbs' outlines. */
const figureOf = (scene: Scene) => extent(scene.shapes.filter((shape) => shape.kind.startsWith('body') || shape.kind.startsWith('limb-edge')));

describe('step pictures', () => {
  it('show the side being worked: the player’s side, the step’s one side, or its first', () => {
    expect(workedSide({ sides: 'left-right' }, 'right')).toBe('right');
    expect(workedSide({ sides: 'left-right' })).toBe('left');
    expect(workedSide({ sides: 'left' }, 'right')).toBe('left');
    expect(workedSide({ sides: 'both' }, 'right')).toBe('both');
  });

  it('put the right side on the viewer’s left from the front and on the viewer’s right from behind', () => {
    const temple = composeStepPicture(step({ areas: ['temples'], sides: 'right', tool: 'fingertips', motion: ['circles'], position: 'seated' }));
    expect(temple.view).toBe('front');
    expect(temple.contacts).toHaveLength(1);
    expect(temple.contacts[0]!.x).toBeLessThan(SIZE / 2);
    const back = composeStepPicture(step({ areas: ['lower-back'], sides: 'right', tool: 'hands', motion: ['circles'], position: 'standing' }));
    expect(back.view).toBe('back');
    expect(back.contacts[0]!.x).toBeGreaterThan(SIZE / 2);
  });

  it('work both sides at once with both hands, one on each side', () => {
    const scene = composeStepPicture(step({ areas: ['jaw'], tool: 'fingertips', motion: ['circles'], position: 'seated' }));
    expect(scene.contacts.map((c) => Math.sign(c.x - SIZE / 2)).sort()).toEqual([-1, 1]);
    expect(scene.shapes.filter((shape) => shape.kind === 'hand')).toHaveLength(2);
  });

  it('draw a one-sided step seen from the side for the right, and mirror it for the left', () => {
    const ball = step({ areas: ['upper-back'], sides: 'left-right', tool: 'ball', position: 'wall-lean', motion: ['up-down'] });
    const right = composeStepPicture(ball, 'right');
    const left = composeStepPicture(ball, 'left');
    expect([right.view, right.mirrored, left.mirrored]).toEqual(['side', false, true]);
    expect(left.contacts[0]!.x).toBeCloseTo(SIZE - right.contacts[0]!.x, 0);
    expect(left.contacts[0]!.y).toBeCloseTo(right.contacts[0]!.y, 5);
    for (const kind of ['prop', 'ball', 'motion'] as const) expect(kinds(right).has(kind), kind).toBe(true);
  });

  it('mark each motion, and pressure by the weight of the lines', () => {
    for (const motion of MOTIONS.filter((m) => m !== 'still')) {
      const scene = composeStepPicture(step({ areas: ['thighs'], tool: 'hands', motion: [motion], position: 'seated', pressure: 'firm' }));
      expect(scene.shapes.some((shape) => shape.kind === 'motion' || shape.kind === 'press'), motion).toBe(true);
      expect(scene.pressure).toBe('firm');
    }
    const still = composeStepPicture(step({ areas: ['face'], tool: 'hands', motion: ['still'], position: 'seated' }));
    expect(still.shapes.some((shape) => shape.kind === 'motion' || shape.kind === 'press')).toBe(false);
    const press = (pressure: 'light' | 'firm') =>
      composeStepPicture(step({ areas: ['shoulders'], sides: 'right', tool: 'thumbs', motion: ['press-hold'], pressure, position: 'seated' }))
        .shapes.filter((shape) => shape.kind === 'press').length;
    expect(press('firm')).toBeGreaterThan(press('light'));
  });

  it('take a close look at forearms, hands and feet worked by hand', () => {
    expect(composeStepPicture(step({ areas: ['forearms'], sides: 'left-right', tool: 'hands', motion: ['glide'], position: 'seated-desk' }), 'left').view).toBe('hands');
    expect(composeStepPicture(step({ areas: ['feet'], sides: 'left', tool: 'thumbs', motion: ['press-hold'], position: 'seated' })).view).toBe('foot');
    expect(composeStepPicture(step({ areas: ['feet'], sides: 'left-right', tool: 'ball', motion: ['back-and-forth'], position: 'seated' })).view).toBe('side');
  });

  it('draw any combination a routine can hold, with themeable shapes only', () => {
    const combos: PictureStep[] = [
      ...AREAS.flatMap((area) => TOOLS.map((tool) => step({ areas: [area], sides: 'left-right', tool, motion: ['circles'], direction: 'up' }))),
      ...POSITIONS.flatMap((position) => AREAS.map((area) => step({ areas: [area], position, tool: 'hands', motion: ['glide'], sides: 'right' }))),
      ...DIRECTIONS.map((direction) => step({ areas: ['neck'], tool: 'fingertips', motion: ['glide'], direction })),
      step({ rest: true, tool: 'none' }),
      step({}),
    ];
    for (const combo of combos) {
      const scene = composeStepPicture(combo, 'right');
      const svg = sceneToSvg(scene);
      const where = JSON.stringify(combo);
      expect(svg, where).not.toMatch(/NaN|Infinity|undefined/);
      // Colours come from the stylesheet: no fill, stroke or style attributes, no colour values.
      expect(svg, where).not.toMatch(/ (fill|stroke|style|color)=|#[0-9a-f]{3}/i);
      expect(scene.shapes.some((shape) => shape.kind === 'body'), where).toBe(true);
      expect(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}"`), where).toBe(true);
    }
  });

  it('are the same for the same step', () => {
    const belly = step({ areas: ['abdomen'], tool: 'hands', motion: ['circles'], direction: 'clockwise', position: 'lying-back' });
    expect(sceneToSvg(composeStepPicture(belly))).toBe(sceneToSvg(composeStepPicture(belly)));
  });

  it('use a shipped drawing the step names, and compose one for any other name', () => {
    const named = { ...step({ areas: ['jaw'], tool: 'fingertips' }), illustration: 'jaw-joint-hold.svg' };
    expect(stepPicture(named, undefined, new Set(['jaw-joint-hold.svg']))).toMatchObject({ kind: 'drawn', name: 'jaw-joint-hold.svg', mirrored: false });
    expect(stepPicture({ ...named, sides: 'left-right' }, 'left', new Set(['jaw-joint-hold.svg']))).toMatchObject({ kind: 'drawn', mirrored: true });
    expect(stepPicture(named, undefined, new Set())).toMatchObject({ kind: 'composed' });
  });

  it('say what they show, from the step’s fields', () => {
    expect(pictureFacts(step({ areas: ['upper-back', 'shoulders'], sides: 'left-right', tool: 'ball', motion: ['up-down', 'press-hold'] }), 'right'))
      .toEqual({ position: 'wall-lean', area: 'upper-back', areas: ['upper-back', 'shoulders'], side: 'right', tool: 'ball', motion: ['up-down', 'press-hold'], direction: undefined, pressure: undefined });
    // A ball on the back of someone standing stays there only against a wall.
    expect(pictureFacts(step({ areas: ['lower-back'], tool: 'ball', position: 'standing' })).position).toBe('wall-lean');
    expect(pictureFacts(step({ rest: true, tool: 'none' })).motion).toEqual(['still']);
  });

  it('fill the picture at rest: lying on the back seen from above, hands on the belly; standing seen from the front', () => {
    const lying = composeStepPicture(step({ rest: true, tool: 'none', position: 'lying-back', areas: ['abdomen'] }));
    expect(lying.view).toBe('front');
    expect(figureOf(lying).width).toBeGreaterThan(SIZE / 2);
    expect(figureOf(lying).height).toBeGreaterThan(SIZE * 0.75);
    // Resting hands are the body's, not working hands; nothing is lit, the body map shows where to notice.
    for (const kind of ['hand', 'area', 'motion', 'press'] as const) expect(kinds(lying).has(kind), kind).toBe(false);
    const standing = composeStepPicture(step({ rest: true, tool: 'none', position: 'standing', areas: ['upper-back'] }));
    expect([standing.view, kinds(standing).has('area')]).toEqual(['front', false]);
  });

  it('see the thighs of someone lying on the back from above, as the other steps in bed are seen', () => {
    const scene = composeStepPicture(step({ areas: ['thighs'], tool: 'hands', position: 'lying-back', motion: ['glide'], direction: 'up' }));
    expect(scene.view).toBe('front');
    expect(scene.shapes.filter((shape) => shape.kind === 'hand')).toHaveLength(2);
    expect(figureOf(scene).height).toBeGreaterThan(SIZE * 0.9);
  });

  it('show someone leaning on a wall large enough to see: head to thigh, a third of the picture across', () => {
    for (const area of ['upper-back', 'lower-back', 'glutes'] as const) {
      const scene = composeStepPicture(step({ areas: [area], sides: 'left-right', tool: 'ball', position: 'wall-lean', motion: ['up-down'] }), 'right');
      expect(figureOf(scene).height, area).toBeGreaterThan(SIZE * 0.9);
      expect(figureOf(scene).width, area).toBeGreaterThan(SIZE / 3);
    }
  });

  it('circle the shoulder itself for shoulder rolls, close up and clear of the head', () => {
    for (const position of ['seated', 'seated-desk'] as const) {
      const scene = composeStepPicture(step({ areas: ['shoulders'], tool: 'none', position, motion: ['circles'], direction: 'backward' }));
      const head = extent([scene.shapes.filter((shape) => shape.kind === 'body')[1]!]);
      const circle = extent(scene.shapes.filter((shape) => shape.kind === 'motion'));
      const [shoulder] = scene.contacts;
      expect(circle.top, position).toBeGreaterThanOrEqual(head.bottom - 1);
      expect(shoulder!.x).toBeGreaterThan(circle.left);
      expect(shoulder!.x).toBeLessThan(circle.right);
      expect(shoulder!.y).toBeGreaterThan(circle.top);
      expect(shoulder!.y).toBeLessThan(circle.bottom);
      expect(figureOf(scene).height, position).toBeGreaterThan(SIZE * 0.9);
      // Hands rest on the thighs, away from the desk.
      expect(kinds(scene).has('hand')).toBe(false);
    }
  });
});

/** A circle's centre and radius, from the path `circle` draws. */
function circleOf(shape: Shape): { x: number; y: number; r: number } {
  const [, x, y, r] = /^M(-?[\d.]+) (-?[\d.]+)a(-?[\d.]+)/.exec(shape.d)!.map(Number);
  return { x: x! + r!, y: y!, r: r! };
}
const ballOf = (scene: Scene) => circleOf(scene.shapes.find((shape) => shape.kind === 'ball')!);

describe('a ball where the words put it', () => {
  it('is on the seat under a seated buttock, not behind it against the backrest', () => {
    for (const side of ['left', 'right'] as const) {
      const scene = composeStepPicture(step({ areas: ['glutes'], sides: 'left-right', tool: 'ball', position: 'seated', motion: ['press-hold', 'circles'] }), side);
      const ball = ballOf(scene);
      const [buttock] = scene.contacts;
      // Below the buttock (the page's y grows down), not beside it.
      expect(ball.y - buttock!.y, side).toBeGreaterThan(ball.r * 0.6);
      expect(Math.abs(ball.x - buttock!.x), side).toBeLessThan(ball.r * 0.5);
      // And on the seat: its bottom just above where the chair's legs meet the seat.
      const seatUnderside = extent(scene.shapes.filter((shape) => shape.kind === 'prop-line')).top;
      expect(ball.y + ball.r, side).toBeLessThan(seatUnderside + 1);
      expect(ball.y + ball.r, side).toBeGreaterThan(seatUnderside - ball.r);
    }
  });

  it('is between the outer hip and a wall beside it, the person side-on to the wall', () => {
    for (const side of ['left', 'right'] as const) {
      const scene = composeStepPicture(step({ areas: ['hips'], sides: 'left-right', tool: 'ball', position: 'wall-lean', motion: ['up-down'] }), side);
      expect(scene.view, side).not.toBe('side');
      const trunk = extent([scene.shapes.find((shape) => shape.kind === 'body')!]);
      const ball = ballOf(scene);
      const wall = extent(scene.shapes.filter((shape) => shape.kind === 'prop-line'));
      // Seen from behind the right hip is on the viewer's right: the ball outside the hip on
      // that side, and the wall's face just beyond the ball.
      const out = (side === 'right') === (scene.view === 'back') ? 1 : -1;
      const [hip] = scene.contacts;
      expect((hip!.x - (trunk.left + trunk.right) / 2) * out, side).toBeGreaterThan(trunk.width / 5);
      expect((ball.x - hip!.x) * out, side).toBeGreaterThan(ball.r * 0.6);
      expect(((out > 0 ? wall.left : wall.right) - ball.x) * out, side).toBeCloseTo(ball.r, -0.5);
    }
  });
});

describe('the legs the words ask for', () => {
  it('bend the other knee, foot flat, with a calf on the foam roller on the floor', () => {
    for (const side of ['left', 'right'] as const) {
      const scene = composeStepPicture(step({ areas: ['calves'], sides: 'left-right', tool: 'foam-roller', position: 'seated-floor', motion: ['up-down'] }), side);
      expect(scene.view).toBe('side');
      // The far leg is drawn first among the far limbs: its thigh, hip to knee, rises steeply.
      const thigh = scene.shapes.find((shape) => shape.kind === 'limb far')!;
      const [hipX, hipY, kneeX, kneeY] = thigh.d.replace(/[ML]/g, ' ').trim().split(/\s+/).map(Number);
      expect(Math.atan2(hipY! - kneeY!, Math.abs(kneeX! - hipX!)), side).toBeGreaterThan(Math.PI / 6);
      // The roller rests on the floor.
      const roller = circleOf(scene.shapes.find((shape) => shape.kind === 'ball')!);
      const floor = Number(/^M-?[\d.]+ (-?[\d.]+)/.exec(scene.shapes.find((shape) => shape.kind === 'ground')!.d)![1]);
      expect(Math.abs(roller.y + roller.r - floor), side).toBeLessThan(4);
    }
  });
});

describe('the place the words name', () => {
  it('put the thumbs on the front of the lower leg for the shin, the hands behind it for the calf', () => {
    for (const side of ['left', 'right'] as const) {
      const fields = { sides: 'left-right' as const, tool: 'thumbs' as const, position: 'seated' as const, motion: ['press-hold' as const], direction: 'down' as const };
      const shin = composeStepPicture(step({ ...fields, areas: ['shins'] }), side);
      const calf = composeStepPicture(step({ ...fields, areas: ['calves'] }), side);
      expect(shin.view).toBe('side');
      // Facing the viewer's right (the right side; mirrored for the left), the front is further right.
      const forward = shin.mirrored ? -1 : 1;
      expect((shin.contacts[0]!.x - calf.contacts[0]!.x) * forward, side).toBeGreaterThan(3);
      // Below the knee: in the upper part of the lower leg, above the calf's middle.
      expect(shin.contacts[0]!.y, side).toBeLessThan(calf.contacts[0]!.y);
    }
    // Seen from the front, the shin is on the side's leg, a little outside the bone.
    const front = composeStepPicture(step({ areas: ['shins'], sides: 'right', tool: 'thumbs', position: 'standing', motion: ['press-hold'] }));
    expect(front.contacts.length).toBeGreaterThan(0);
  });

  it('put the hand on the Achilles tendon ("calves, feet") just above the heel, not mid-calf', () => {
    for (const side of ['left', 'right'] as const) {
      const fields = { sides: 'left-right' as const, tool: 'fingertips' as const, position: 'seated' as const, motion: ['glide' as const], direction: 'up' as const };
      const tendon = composeStepPicture(step({ ...fields, areas: ['calves', 'feet'] }), side);
      const calf = composeStepPicture(step({ ...fields, areas: ['calves'] }), side);
      const floor = Number(/^M-?[\d.]+ (-?[\d.]+)/.exec(tendon.shapes.find((shape) => shape.kind === 'ground')!.d)![1]);
      const heightOf = (scene: Scene) => floor - scene.contacts[0]!.y;
      expect(heightOf(tendon), side).toBeLessThan(heightOf(calf) * 0.5);
      expect(heightOf(tendon), side).toBeGreaterThan(0);
    }
  });
});
