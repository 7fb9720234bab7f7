/**
 * A foot, close up, resting across the other knee with the hands at work on it: on top of
 * the foot for strokes, thumbs on the sole, a hand cupping the heel, fingertips on the toes.
 * Seen from the inside of the foot (its arch), as its owner looks down at it: the right foot's
 * toes point to the left, the left foot's to the right. The outline below is written with the
 * toes to the right, the left foot; the right foot is drawn as its mirror image.
 */
import type { PictureFacts } from './compose';
import { Figure, type Pose } from './body';
import { Frame, OUTLINE } from './frame';
import { circle, polyline, smooth, vec, type Vec } from './geometry';
import { drawHand, gripOf, wristFor, type Grip } from './hands';
import { drawMotion } from './motion';
import type { Place } from './places';
import { SIZE, type Scene, type Shape } from './scene';

const v = (points: readonly (readonly [number, number])[]) => points.map(([x, y]) => vec(x, y));

/** The foot's outline, from the front of the ankle over the toes, under the sole and round the heel. */
const FOOT = v([
  [4.5, 6.5], [10, 4.6], [16, 2.8], [21.5, 1.4], [25, -0.6], [25.4, -2.6], [23.6, -4], [18.5, -4.6], [13, -3.4], [8, -3.2],
  [2.5, -5.6], [-2.5, -5.4], [-4.8, -2.6], [-4.4, 2.4], [-3.2, 7],
]);
const TOE_LINES = [v([[21.2, -0.6], [23.4, -3.4]]), v([[18.8, 0.2], [20.6, -3.6]])];

/** The same pose trick as the hands view: "up" is toward the ankle, the middle of the body below. */
const STAND_IN: Pose = {
  projection: 'back', hips: vec(0, -60), tilt: 0, nod: 0,
  arms: { right: { elbow: vec(0, 0), wrist: vec(0, 0), fingers: vec(1, 0) }, left: { elbow: vec(0, 0), wrist: vec(0, 0), fingers: vec(1, 0) } },
  legs: { right: { knee: vec(0, 0), ankle: vec(0, 0), toe: vec(1, 0) }, left: { knee: vec(0, 0), ankle: vec(0, 0), toe: vec(1, 0) } },
};

interface Hold {
  spot: Vec;
  fingers: Vec;
  grip: Grip;
  thumbSide: 1 | -1;
}

/** Where the hands hold the foot for the step. */
function holds(facts: PictureFacts): Hold[] {
  const grip = gripOf(facts.tool);
  if (facts.motion.includes('squeeze')) return [{ spot: vec(-1.6, -1.2), fingers: vec(-0.35, 1), grip: 'palm', thumbSide: 1 }];
  if (grip === 'fingertips') return [{ spot: vec(23.6, -1.4), fingers: vec(-0.1, -1), grip: 'fingertips', thumbSide: 1 }];
  if (grip === 'thumb' || grip === 'fist') {
    return [{ spot: vec(6, -4), fingers: vec(0.35, 1), grip, thumbSide: -1 }];
  }
  // Palms sandwich the foot: one over the top, one under the sole.
  return [
    { spot: vec(13, 3.4), fingers: vec(0.2, -1), grip: 'palm', thumbSide: 1 },
    { spot: vec(12.5, -4.4), fingers: vec(0.3, 1), grip: 'palm', thumbSide: -1 },
  ];
}

/** The close-up scene of a foot step worked by hand. */
export function drawFootView(facts: PictureFacts): Scene {
  const mirrored = facts.side === 'left';
  const frame = new Frame(vec(10, 1), SIZE / 48, !mirrored);
  const tube = (points: Vec[], radius: number, far: boolean): Shape[] => {
    const d = polyline(points.map((p) => frame.at(p)));
    const width = 2 * frame.len(radius);
    return [{ kind: far ? 'limb-edge far' : 'limb-edge', d, width: width + 2 * OUTLINE }, { kind: far ? 'limb far' : 'limb', d, width }];
  };
  const shapes: Shape[] = [
    // The other knee, the foot rests across it.
    ...tube([vec(-40, -15), vec(8, -15), vec(10, -60)], 8.5, false),
    ...tube([vec(-14, 36), vec(0, 3)], 5.4, false),
    { kind: 'body', d: smooth(FOOT.map((p) => frame.at(p))) },
    { kind: 'feature', d: circle(frame.at(vec(1, 1.6)), frame.len(1.3)) },
    ...TOE_LINES.map((line) => ({ kind: 'feature' as const, d: polyline(line.map((p) => frame.at(p))) })),
  ];

  const all = facts.tool === 'none' ? [] : holds(facts);
  const first = all[0];
  const place: Place = {
    spot: first?.spot ?? vec(12, 0), normal: vec(0, 1), up: vec(-1, 0.15), elbow: vec(0, 1), hand: 'opposite',
    fingers: first?.fingers,
  };
  if (first) shapes.push({ kind: 'area', d: circle(frame.at(first.spot), frame.len(3.4)) });
  for (const hold of all) {
    const size = 0.8;
    const wrist = wristFor(hold.grip, hold.spot, hold.fingers, hold.thumbSide, size);
    const forearm = polyline([frame.at(wrist), frame.at(vec(wrist.x + hold.fingers.x * -30, wrist.y + hold.fingers.y * -30))]);
    const width = frame.len(7.6);
    shapes.push({ kind: 'limb-edge', d: forearm, width: width + 2 * OUTLINE }, { kind: 'limb', d: forearm, width });
    shapes.push(...drawHand(frame, hold.grip, wrist, hold.fingers, hold.thumbSide, size));
  }
  const grip = first?.grip;
  shapes.push(...drawMotion({ frame, figure: new Figure(STAND_IN), spots: [place], facts, weight: { light: 2.2, medium: 3, firm: 3.8 }[facts.pressure ?? 'light'], grip, projection: 'back', toolRadius: 3 }));
  return { view: 'foot', shapes, contacts: [frame.at(place.spot)], mirrored, pressure: facts.pressure };
}
