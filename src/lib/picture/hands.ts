/**
 * The working hand and the tools, drawn where they meet the body. A hand is drawn in its own
 * coordinates (centimetres from the wrist, x toward the fingertips, y toward the thumb) and
 * placed so that the part that touches (palm, fingertips, knuckles, thumb tip) is on the spot.
 */
import type { Tool } from '../routine/vocabulary';
import { type Frame, OUTLINE } from './frame';
import { add, circle, polyline, scale, smooth, sub, unit, vec, type Vec } from './geometry';
import type { Shape } from './scene';

export type Grip = 'palm' | 'fingertips' | 'fist' | 'thumb';

const v = (points: readonly (readonly [number, number])[]) => points.map(([x, y]) => vec(x, y));

const OPEN_HAND = v([
  [0, -3.4], [4, -4.3], [9, -4.6], [13.5, -4], [16.5, -2.4], [17.3, 0], [16.6, 2.4], [13.5, 4], [9.8, 4.5],
  [10.8, 6.5], [9.4, 7.9], [6.6, 6.8], [3.6, 4.5], [0, 3.4],
]);
const OPEN_FINGERS = [v([[12.6, -1.6], [16.2, -1.6]]), v([[12.9, 0.9], [16.5, 1.1]])];

const FIST = v([[0, -3.4], [3, -4.3], [8, -4.8], [10.6, -3.8], [11.4, -1.4], [11.4, 1.4], [10.6, 3.8], [8, 4.8], [5, 5.3], [2.6, 4.5], [0, 3.4]]);
const FIST_KNUCKLES = [v([[9.2, -2.9], [10.4, -2.4]]), v([[9.5, -0.5], [10.8, -0.3]]), v([[9.3, 1.7], [10.5, 2.2]])];

const THUMB_HAND = v([
  [0, -3.4], [3, -4.3], [8, -4.6], [10.2, -3.4], [10.6, -0.8], [9.8, 1.6], [14.4, 3], [16.4, 4.4], [15.6, 5.9],
  [10.2, 5.9], [5, 5.3], [0, 3.4],
]);

const GRIPS: Record<Grip, { outline: Vec[]; lines: Vec[][]; contact: Vec }> = {
  palm: { outline: OPEN_HAND, lines: OPEN_FINGERS, contact: vec(9.5, 0) },
  fingertips: { outline: OPEN_HAND, lines: OPEN_FINGERS, contact: vec(16.2, 0) },
  fist: { outline: FIST, lines: FIST_KNUCKLES, contact: vec(10.8, 0) },
  thumb: { outline: THUMB_HAND, lines: [], contact: vec(15.8, 4.6) },
};

/** How a tool's hand meets the body. */
export function gripOf(tool: Tool | undefined): Grip {
  switch (tool) {
    case 'fingertips':
      return 'fingertips';
    case 'thumbs':
      return 'thumb';
    case 'knuckles':
      return 'fist';
    default:
      return 'palm';
  }
}

/** Where the wrist goes so the grip's touching part is on `spot`, fingers along `fingers`; `size` scales the hand. */
export function wristFor(grip: Grip, spot: Vec, fingers: Vec, thumbSide: 1 | -1, size = 1): Vec {
  const contact = scale(GRIPS[grip].contact, size);
  const along = unit(fingers);
  const across = vec(-along.y, along.x);
  return sub(sub(spot, scale(along, contact.x)), scale(across, contact.y * thumbSide));
}

/**
 * The working hand at `wrist`, fingers along `fingers`, thumb toward +y when `thumbSide` is
 * 1. `size` draws it smaller in close-ups, where a life-size hand would hide the face.
 */
export function drawHand(frame: Frame, grip: Grip, wrist: Vec, fingers: Vec, thumbSide: 1 | -1, size = 1): Shape[] {
  const shape = GRIPS[grip];
  const place = (points: readonly Vec[]) => frame.local(wrist, fingers, points.map((p) => scale(p, size)), thumbSide === -1).map((p) => frame.at(p));
  return [
    { kind: 'hand', d: smooth(place(shape.outline)) },
    ...shape.lines.map((line) => ({ kind: 'hand-line' as const, d: polyline(place(line)) })),
  ];
}

/** A massage ball, drawn larger than life so it reads in a small picture; with a tennis ball's seam. */
export function drawBall(frame: Frame, centre: Vec, radius: number): Shape[] {
  const c = frame.at(centre);
  const r = frame.len(radius);
  const seam = [vec(-0.75, -0.55), vec(-0.25, -0.1), vec(-0.3, 0.45), vec(0.15, 0.8)].map((p) => add(c, scale(p, r)));
  return [
    { kind: 'ball', d: circle(c, r) },
    { kind: 'feature', d: smooth(seam, false) },
  ];
}

/** A foam roller: end on in a side view, along its length otherwise. */
export function drawRoller(frame: Frame, centre: Vec, radius: number, endOn: boolean, axis: Vec = vec(1, 0)): Shape[] {
  const c = frame.at(centre);
  if (endOn) {
    return [
      { kind: 'ball', d: circle(c, frame.len(radius)) },
      { kind: 'feature', d: circle(c, frame.len(radius * 0.35)) },
    ];
  }
  const half = scale(unit(axis), 24);
  const a = frame.at(sub(centre, half));
  const b = frame.at(add(centre, half));
  const width = 2 * frame.len(radius);
  return [
    { kind: 'limb-edge', d: polyline([a, b]), width: width + 2 * OUTLINE },
    { kind: 'roller', d: polyline([a, b]), width },
  ];
}

/** A towel held taut between the hands, across the body. */
export function drawTowel(frame: Frame, from: Vec, to: Vec): Shape[] {
  const d = polyline([frame.at(from), frame.at(to)]);
  const width = frame.len(6);
  return [
    { kind: 'limb-edge', d, width: width + 2 * OUTLINE },
    { kind: 'towel', d, width },
  ];
}

/** A massage gun held by its handle, its head on the spot. */
export function drawGun(frame: Frame, spot: Vec, toward: Vec): Shape[] {
  const along = unit(toward);
  const head = sub(spot, scale(along, 2.5));
  const barrelEnd = sub(spot, scale(along, 17));
  const across = vec(-along.y, along.x);
  const handleEnd = add(sub(spot, scale(along, 12)), scale(across, -13));
  return [
    ...frame.tubes([{ points: [sub(spot, scale(along, 12)), handleEnd], radius: 2.4 }]).map((s) => ({ ...s, kind: s.kind === 'limb' ? 'tool' as const : s.kind })),
    ...frame.tubes([{ points: [head, barrelEnd], radius: 3.6 }]).map((s) => ({ ...s, kind: s.kind === 'limb' ? 'tool' as const : s.kind })),
    { kind: 'ball', d: circle(frame.at(head), frame.len(2.8)) },
  ];
}
