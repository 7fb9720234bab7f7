/**
 * Moving a working arm so its hand lands on a spot: the wrist from the grip, the elbow by
 * two-bone inverse kinematics (the arm's two lengths fixed, the elbow bending toward a hint).
 */
import { BODY, type Figure, type BodySide, type Pose } from './body';
import { add, distance, scale, sub, unit, vec, type Vec } from './geometry';
import { wristFor, type Grip } from './hands';

/** The elbow of an arm at full length from `shoulder` to `wrist`, bending toward `hint`. */
function fullLength(shoulder: Vec, wrist: Vec, hint: Vec): Vec {
  const a = BODY.upperArm;
  const b = BODY.forearm;
  const span = sub(wrist, shoulder);
  // Out of reach: a straight arm (the picture reads better than a hand off its spot).
  const d = Math.min(Math.max(distance(shoulder, wrist), Math.abs(a - b) + 0.5), a + b - 0.01);
  const along = (a * a - b * b + d * d) / (2 * d);
  const height = Math.sqrt(Math.max(0, a * a - along * along));
  const axis = unit(span);
  const across = vec(-axis.y, axis.x);
  const base = add(shoulder, scale(axis, along));
  const one = add(base, scale(across, height));
  const two = sub(base, scale(across, height));
  const score = (p: Vec) => (p.x - base.x) * hint.x + (p.y - base.y) * hint.y;
  return score(one) >= score(two) ? one : two;
}

/**
 * The elbow of an arm from `shoulder` to `wrist`, bending toward `hint` (each spot says which
 * way its elbow goes). A drawing is flat: an arm bending toward the viewer looks shorter than
 * it is, so an elbow placed the hint's way may sit closer than the upper arm's length, as long
 * as the forearm still reaches the wrist. In order: the hint's way with most of the upper arm
 * showing; the arm at full length, if it bends roughly the hint's way; the hint's way,
 * foreshortened (palms over the eyes).
 */
export function elbowFor(shoulder: Vec, wrist: Vec, hint: Vec): Vec {
  const way = unit(hint);
  const along = (from: number, to: number) => {
    for (let r = from; r >= to; r -= 1) {
      const elbow = add(shoulder, scale(way, r));
      if (distance(elbow, wrist) <= BODY.forearm * 1.04) return elbow;
    }
    return undefined;
  };
  const full = fullLength(shoulder, wrist, hint);
  const bend = unit(sub(full, shoulder));
  return along(BODY.upperArm, BODY.upperArm * 0.6)
    ?? (bend.x * way.x + bend.y * way.y > 0.2 ? full : undefined)
    ?? along(BODY.upperArm * 0.6, BODY.upperArm * 0.15)
    ?? full;
}

export interface Reach {
  side: BodySide;
  spot: Vec;
  grip: Grip;
  /** Where the fingers point; otherwise along the forearm. */
  fingers?: Vec;
  elbowHint: Vec;
  thumbSide: 1 | -1;
  /** The hand's size, 1 for life size. */
  size: number;
}

/** The pose with one arm reaching the spot, and where its wrist and fingers ended up. */
export function reach(pose: Pose, figure: Figure, r: Reach): { pose: Pose; wrist: Vec; fingers: Vec } {
  const shoulder = figure.shoulder(r.side);
  let fingers = r.fingers ? unit(r.fingers) : unit(sub(r.spot, shoulder));
  let wrist = wristFor(r.grip, r.spot, fingers, r.thumbSide, r.size);
  let elbow = elbowFor(shoulder, wrist, r.elbowHint);
  if (!r.fingers) {
    // Fingers continue the forearm: settle the wrist once more along the new forearm.
    fingers = unit(sub(r.spot, elbow));
    wrist = wristFor(r.grip, r.spot, fingers, r.thumbSide, r.size);
    elbow = elbowFor(shoulder, wrist, r.elbowHint);
  }
  // Lying down, an elbow rests on the bed or the floor rather than sinking into it.
  if (Math.abs(pose.tilt) > 1 && elbow.y < pose.hips.y - 7) elbow = vec(elbow.x, pose.hips.y - 7);
  const arms = { ...pose.arms, [r.side]: { elbow, wrist, fingers } };
  return { pose: { ...pose, arms }, wrist, fingers };
}
