/**
 * The figure's joints in each position, as a clinic sheet would draw it: standing, leaning
 * on a wall, sitting, at a desk, on the floor and lying down. Centimetres, y up, floor at 0
 * (see body.ts). Hands rest until the composer moves the working ones to the body.
 */
import type { Position } from '../routine/movement';
import type { ArmPose, LegPose, Pose, Projection } from './body';
import { vec } from './geometry';

const arm = (ex: number, ey: number, wx: number, wy: number, fx = 0, fy = -1): ArmPose =>
  ({ elbow: vec(ex, ey), wrist: vec(wx, wy), fingers: vec(fx, fy) });
const leg = (kx: number, ky: number, ax: number, ay: number, tx: number, ty: number): LegPose =>
  ({ knee: vec(kx, ky), ankle: vec(ax, ay), toe: vec(tx, ty) });
/** The same limb on the person's left, in a front or back view. */
const mirrorArm = (a: ArmPose): ArmPose => ({ elbow: vec(-a.elbow.x, a.elbow.y), wrist: vec(-a.wrist.x, a.wrist.y), fingers: vec(-a.fingers.x, a.fingers.y) });
const mirrorLeg = (l: LegPose): LegPose => ({ knee: vec(-l.knee.x, l.knee.y), ankle: vec(-l.ankle.x, l.ankle.y), toe: vec(-l.toe.x, l.toe.y) });

function frontal(hipsY: number, right: { arm: ArmPose; leg: LegPose }, extra: Partial<Pose> = {}): Omit<Pose, 'projection'> {
  return {
    hips: vec(0, hipsY),
    tilt: 0,
    nod: 0,
    arms: { right: right.arm, left: mirrorArm(right.arm) },
    legs: { right: right.leg, left: mirrorLeg(right.leg) },
    ...extra,
  };
}

const QUARTER = Math.PI / 2;

/** Side views; `right` is the near side. Lying on the side is seen from behind (LYING_SIDE). */
const SIDE: Record<Exclude<Position, 'lying-side'>, Omit<Pose, 'projection'>> = {
  standing: {
    hips: vec(0, 92), tilt: 0, nod: 0,
    arms: { right: arm(1, 115, 6, 90, 0.15, -1), left: arm(2.5, 115, 7.5, 90, 0.15, -1) },
    legs: { right: leg(2, 50, 0, 8, 17, 1.5), left: leg(0, 50, -1.5, 8, 15.5, 1.5) },
  },
  // Feet a small step from the wall, knees a little bent, leaning back into the ball.
  'wall-lean': {
    hips: vec(8, 84), tilt: 0.1, nod: -0.08,
    arms: { right: arm(9, 107, 17, 84, 0.3, -1), left: arm(10.5, 107, 18.5, 84, 0.3, -1) },
    legs: { right: leg(19, 46, 13, 8, 30, 1.5), left: leg(17.5, 46, 11.5, 8, 28.5, 1.5) },
  },
  seated: {
    hips: vec(0, 54), tilt: 0, nod: 0,
    arms: { right: arm(1, 78, 25, 64, 1, -0.15), left: arm(2.5, 78, 26.5, 64, 1, -0.15) },
    legs: { right: leg(43, 52, 45, 8, 61, 1.5), left: leg(41.5, 52, 43.5, 8, 59.5, 1.5) },
  },
  'seated-desk': {
    hips: vec(0, 54), tilt: 0, nod: 0,
    arms: { right: arm(12, 79, 37, 77.5, 1, 0), left: arm(13.5, 79, 38.5, 77.5, 1, 0) },
    legs: { right: leg(43, 52, 45, 8, 61, 1.5), left: leg(41.5, 52, 43.5, 8, 59.5, 1.5) },
  },
  'seated-floor': {
    hips: vec(0, 10), tilt: -0.05, nod: 0,
    arms: { right: arm(-7, 36, -13, 6, -0.2, -1), left: arm(-5.5, 36, -11.5, 6, -0.2, -1) },
    legs: { right: leg(44, 8, 87, 6, 90, 20), left: leg(43, 8, 86, 6, 89, 20) },
  },
  'lying-back': {
    hips: vec(20, 40), tilt: QUARTER, nod: -0.3,
    arms: { right: arm(-4, 35, 21, 36, 1, 0), left: arm(-3, 36, 22, 37, 1, 0) },
    legs: { right: leg(58, 55, 95, 39, 98, 53), left: leg(56.5, 55, 93.5, 39, 96.5, 53) },
  },
  'lying-front': {
    hips: vec(0, 12), tilt: -QUARTER, nod: 0.35,
    arms: { right: arm(44, 3.5, 68, 5, 1, 0), left: arm(45.5, 3.5, 69.5, 5, 1, 0) },
    legs: { right: leg(-42, 9, -84, 8, -89, 2), left: leg(-43.5, 9, -85.5, 8, -90.5, 2) },
  },
};

/**
 * Lying on the left side, seen from behind with the head to the left: the right side is up,
 * the worked side; mirrored, it is lying on the right side with the left up.
 */
const LYING_SIDE: Pose = {
  projection: 'back',
  hips: vec(20, 48), tilt: QUARTER, nod: 0.2,
  arms: { right: arm(-3, 58, 20, 60, 1, 0), left: arm(-58, 28, -80, 32, -1, 0.2) },
  legs: { right: leg(60, 56, 100, 53, 107, 54), left: leg(60, 40, 100, 37, 107, 38) },
};

/** Front and back views, written for the person's right and mirrored for the left. */
const FRONTAL: Partial<Record<Position, Omit<Pose, 'projection'>>> = {
  standing: frontal(92, { arm: arm(21.5, 115, 23, 89, 0.05, -1), leg: leg(9.5, 50, 9, 8, 10.5, 1.5) }),
  'wall-lean': frontal(90, { arm: arm(21.5, 113, 23, 87, 0.05, -1), leg: leg(11, 49, 12, 8, 14, 1.5) }),
  seated: frontal(54, { arm: arm(21.5, 78, 15, 60, -0.2, -1), leg: leg(10.5, 48, 11.5, 8, 12.5, 1.5) }, { thighsInFront: true }),
  'seated-desk': frontal(54, { arm: arm(24, 80, 9, 78, -1, 0), leg: leg(10.5, 48, 11.5, 8, 12.5, 1.5) }, { thighsInFront: true }),
  // Lying on the back, seen from above: the bed is behind the figure.
  'lying-back': frontal(92, { arm: arm(23, 115, 25, 90, 0.1, -1), leg: leg(10, 50, 10.5, 8, 12, 0) }),
};

/** The pose for a position seen one way; positions without a front view fall back to sitting. */
export function basePose(position: Position, projection: Projection): Pose {
  if (position === 'lying-side') return LYING_SIDE;
  if (projection === 'side') return { projection, ...SIDE[position] };
  return { projection, ...(FRONTAL[position] ?? FRONTAL.seated!) };
}
