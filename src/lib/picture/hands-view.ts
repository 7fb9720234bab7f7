/**
 * Forearms and hands, close up: the worked forearm lying palm up on what it rests on (a
 * desk, a thigh, the bed), seen from above as its owner sees it, and the other hand at
 * work on it. A whole figure would make a thumb on a palm a few pixels wide.
 *
 * Drawn for the right arm (elbow to the right, fingers to the left, the person below the
 * picture) and mirrored for the left.
 */
import type { PictureFacts } from './compose';
import { Frame, OUTLINE } from './frame';
import { add, circle, polyline, smooth, vec } from './geometry';
import { drawHand, gripOf, wristFor } from './hands';
import { drawMotion } from './motion';
import { Figure, type Pose } from './body';
import type { Place } from './places';
import { SIZE, type Scene, type Shape } from './scene';

const ELBOW = vec(30, 0);
const WRIST = vec(0, 0);
const FINGERS = vec(-1, 0);

/** A stand-in figure for the marks' sense of "across the body" (to the right) and "middle" (below). */
const BESIDE: Pose = {
  projection: 'back', hips: vec(0, -60), tilt: 0, nod: 0,
  arms: { right: { elbow: ELBOW, wrist: WRIST, fingers: FINGERS }, left: { elbow: ELBOW, wrist: WRIST, fingers: FINGERS } },
  legs: { right: { knee: WRIST, ankle: WRIST, toe: WRIST }, left: { knee: WRIST, ankle: WRIST, toe: WRIST } },
};

function surface(frame: Frame, facts: PictureFacts): Shape[] {
  const y = -5.6;
  if (facts.position === 'seated' || facts.position === 'seated-floor') {
    // Resting on a thigh: a broad tube under the forearm.
    const d = polyline([frame.at(vec(-40, -2)), frame.at(vec(60, -9))]);
    const width = frame.len(17);
    return [{ kind: 'limb-edge', d, width: width + 2 * OUTLINE }, { kind: 'limb', d, width }];
  }
  const top = frame.at(vec(0, y)).y;
  return [{ kind: 'prop', d: polyline([vec(-4, top), vec(SIZE + 4, top), vec(SIZE + 4, SIZE + 4), vec(-4, SIZE + 4)], true) }, { kind: 'prop-line', d: polyline([vec(-4, top), vec(SIZE + 4, top)]) }];
}

/** The close-up scene of a forearm or hand step. */
export function drawHandsView(facts: PictureFacts): Scene {
  const mirrored = facts.side === 'left';
  const onHand = facts.area === 'hands';
  const frame = new Frame(onHand ? vec(-6, 3) : vec(8, 2), SIZE / (onHand ? 40 : 56), mirrored);
  const shapes: Shape[] = [...surface(frame, facts)];

  // The worked forearm and hand.
  const forearm = polyline([frame.at(add(ELBOW, vec(14, 1))), frame.at(WRIST)]);
  const width = frame.len(7.4);
  shapes.push({ kind: 'limb-edge', d: forearm, width: width + 2 * OUTLINE }, { kind: 'limb', d: forearm, width });
  // The worked hand, open and palm up, fingers away from the elbow, thumb away from the person.
  shapes.push(...drawHand(frame, 'palm', WRIST, FINGERS, -1, 1.05).map((shape): Shape => ({ ...shape, kind: shape.kind === 'hand' ? 'body' : 'feature' })));
  shapes.push({ kind: 'feature', d: smooth([vec(-2.6, 3), vec(-5.6, 1.6), vec(-8, -1.2)].map((p) => frame.at(p)), false) });

  // Where the other hand works: the forearm's middle, the pad at the base of the thumb, a finger.
  const grip = gripOf(facts.tool);
  const spot = onHand ? (grip === 'fingertips' ? vec(-14.5, 0.2) : vec(-4.8, 3.4)) : vec(14, 0);
  const up = vec(1, 0);
  const place: Place = { spot, normal: vec(0, 1), up, elbow: vec(0, -1), hand: 'opposite', fingers: onHand ? vec(0.35, 1) : vec(0, 1) };
  shapes.push({ kind: 'area', d: circle(frame.at(spot), frame.len(onHand ? 3 : 4.5)) });

  // The other hand comes from below (the person's side): its arm, then the hand.
  const fingers = place.fingers!;
  const thumbSide = grip === 'thumb' ? 1 : -1;
  const size = 0.8;
  const wrist = wristFor(grip, spot, fingers, thumbSide, size);
  const arm = polyline([frame.at(add(wrist, vec(6, -30))), frame.at(wrist)]);
  shapes.push({ kind: 'limb-edge', d: arm, width: width + 2 * OUTLINE }, { kind: 'limb', d: arm, width });
  if (facts.tool !== 'none') shapes.push(...drawHand(frame, grip, wrist, fingers, thumbSide, size));

  const figure = new Figure(BESIDE);
  const radius = onHand ? 2.6 : 4.5;
  shapes.push(...drawMotion({ frame, figure, spots: [place], facts, weight: { light: 2.2, medium: 3, firm: 3.8 }[facts.pressure ?? 'light'], grip, projection: 'back', toolRadius: radius }));
  return { view: 'hands', shapes, contacts: [frame.at(spot)], mirrored, pressure: facts.pressure };
}
