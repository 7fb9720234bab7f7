/**
 * Where each body area is on the figure, by landmarks a therapist would use (the chewing
 * muscle two fingers in front of the earlobe, the ridge between neck and shoulder tip,
 * beside the spine above the hip bones), and how a hand reaches it: which hand, fingers
 * pointing which way, the elbow out or down.
 */
import type { Area, Tool } from '../routine/vocabulary';
import type { Motion, Position } from '../routine/movement';
import { BODY, type Figure, type BodySide } from './body';
import { add, lerp, rotate, scale, sub, unit, vec, type Vec } from './geometry';

export interface Place {
  /** The spot, in person space. */
  spot: Vec;
  /** Out of the body at the spot: where a press comes from. */
  normal: Vec;
  /** Up the area: toward the head on the trunk and neck, toward the body on a limb. */
  up: Vec;
  /** Which way the working hand's fingers point, when not simply along its forearm. */
  fingers?: Vec;
  /** Which way the elbow bends out. */
  elbow: Vec;
  /** The hand that works a one-sided spot: the same side's, or the other reaching across. */
  hand: 'same' | 'opposite';
}

/** A one-sided area's sign: +1 on the person's right, −1 on the left. */
const sign = (side: BodySide) => (side === 'right' ? 1 : -1);

/** A spot on a limb bone, `k` of the way from `from` to `to`, lifted to its surface on `toward`. */
function onLimb(from: Vec, to: Vec, k: number, radius: number, toward: Vec): { spot: Vec; up: Vec } {
  return { spot: add(lerp(from, to, k), scale(unit(toward), radius)), up: unit(sub(from, to)) };
}

/** A quarter turn counterclockwise in person space (y up). */
const left90 = (d: Vec) => vec(-d.y, d.x);

export interface PlaceQuery {
  area: Area;
  side: BodySide;
  tool: Tool | undefined;
  motion: readonly Motion[];
  /** The other areas of the step: "neck, scalp" is the base of the skull. */
  areas: readonly Area[];
  /** How the body is placed: a ball under a seated buttock is on the seat, not behind it. */
  position?: Position | undefined;
}

/** The calf named with the foot: the Achilles tendon, just above the heel. */
export const achilles = (q: Pick<PlaceQuery, 'area' | 'areas'>) => q.area === 'calves' && q.areas.includes('feet');

/** The spot for an area seen from the side (x forward; the right side is near). */
function sidePlace(figure: Figure, q: PlaceQuery): Place {
  const t = (x: number, y: number) => figure.onTrunk(vec(x, y));
  const d = (x: number, y: number) => rotate(vec(x, y), figure.pose.tilt);
  const h = (x: number, y: number) => figure.head(vec(x, y));
  const hd = (x: number, y: number) => rotate(vec(x, y), figure.pose.tilt + figure.pose.nod);
  const { legs, arms } = figure.pose;
  switch (q.area) {
    case 'scalp':
      return { spot: h(-1.5, 8), normal: hd(-0.3, 1), up: hd(0, 1), fingers: hd(0.3, 1), elbow: d(1, -0.4), hand: 'same' };
    case 'temples':
      return { spot: h(6, 3.4), normal: hd(0.4, 0.2), up: hd(0, 1), fingers: hd(0.1, 1), elbow: d(1, -0.6), hand: 'same' };
    case 'jaw':
      return { spot: h(4.8, -5.6), normal: hd(0.5, -0.2), up: hd(0, 1), fingers: hd(0.2, 1), elbow: d(1, -1), hand: 'same' };
    case 'face':
      return { spot: h(9.4, 5), normal: hd(1, 0.2), up: hd(0, 1), fingers: hd(0.1, 1), elbow: d(1, -0.5), hand: 'same' };
    case 'neck': {
      const spot = add(lerp(figure.neckBase, figure.neckTop, 0.45), d(-BODY.neckRadius + 0.5, 0));
      return { spot, normal: d(-1, 0), up: d(0, 1), fingers: d(1, 0.1), elbow: d(-0.3, 1), hand: 'same' };
    }
    case 'shoulders':
      // Without a hand on it (shoulder rolls) the spot is the joint itself, for the circle to go round.
      if (q.tool === 'none' || q.tool === undefined) return { spot: t(-1, 52), normal: d(0, 1), up: d(0, 1), elbow: d(1, -1), hand: 'same' };
      return { spot: t(-1.5, 58.5), normal: d(0, 1), up: d(0, 1), fingers: d(-1, -0.5), elbow: d(1, -1), hand: 'opposite' };
    case 'chest':
      return { spot: t(11.5, 47), normal: d(1, 0.2), up: d(0, 1), elbow: d(0.3, -1), hand: 'same' };
    case 'abdomen':
      return { spot: t(10.2, 11), normal: d(1, 0), up: d(0, 1), elbow: d(-0.6, -1), hand: 'same' };
    case 'upper-back':
      return { spot: t(-10.4, q.tool === 'ball' ? 36 : 40), normal: d(-1, 0), up: d(0, 1), fingers: d(0, -1), elbow: d(0, 1), hand: 'opposite' };
    case 'lower-back':
      return { spot: t(-6.9, 15), normal: d(-1, 0.1), up: d(0, 1), fingers: d(0.2, -1), elbow: d(-1, 0), hand: 'same' };
    case 'glutes':
      if (q.tool === 'ball' && (q.position === 'seated' || q.position === 'seated-desk')) {
        // Sitting on the ball: it is on the seat, under the middle of the buttock.
        return { spot: t(-3.5, -7.5), normal: d(0, -1), up: d(1, 0), elbow: d(-1, 0), hand: 'same' };
      }
      return { spot: t(-11.4, -3), normal: d(-1, 0), up: d(0, 1), fingers: d(0, -1), elbow: d(-1, 0), hand: 'same' };
    case 'hips':
      return { spot: t(-2, -1), normal: d(-0.3, 0), up: d(0, 1), fingers: d(0, -1), elbow: d(-1, 0), hand: 'same' };
    case 'thighs': {
      const { spot, up } = onLimb(figure.hip('right'), legs.right.knee, 0.5, BODY.thighRadius, left90(sub(legs.right.knee, figure.hip('right'))));
      return { spot, normal: left90(scale(up, -1)), up, fingers: scale(up, -1), elbow: d(0, -1), hand: 'same' };
    }
    case 'calves': {
      const bone = sub(legs.right.ankle, legs.right.knee);
      // "Calves, feet": the Achilles tendon, the cord just above the heel.
      const { spot, up } = onLimb(legs.right.knee, legs.right.ankle, achilles(q) ? 0.86 : 0.42, achilles(q) ? 0.5 : 2, scale(left90(bone), -1));
      return { spot, normal: scale(left90(bone), -1), up, fingers: scale(left90(bone), -1), elbow: vec(0.5, 1), hand: 'same' };
    }
    case 'shins': {
      // The muscle just outside the shinbone, on the front of the lower leg.
      const bone = sub(legs.right.ankle, legs.right.knee);
      const { spot, up } = onLimb(legs.right.knee, legs.right.ankle, 0.3, 2, left90(bone));
      return { spot, normal: left90(bone), up, fingers: scale(left90(bone), -1), elbow: vec(0.5, 1), hand: 'same' };
    }
    case 'feet': {
      const { ankle, toe } = legs.right;
      const sole = scale(unit(left90(sub(toe, ankle))), -1);
      return { spot: add(lerp(ankle, toe, 0.45), scale(sole, 3.6)), normal: sole, up: unit(sub(ankle, toe)), elbow: vec(0, 1), hand: 'same' };
    }
    case 'arms':
    case 'forearms':
    case 'hands': {
      const { elbow, wrist } = arms.right;
      const [from, to, k] = q.area === 'arms' ? [figure.shoulder('right'), elbow, 0.5] : q.area === 'forearms' ? [elbow, wrist, 0.5] : [wrist, add(wrist, scale(unit(sub(wrist, elbow)), 8)), 0.5];
      const { spot, up } = onLimb(from, to, k, 0, vec(1, 0));
      return { spot, normal: left90(up), up, elbow: vec(1, -1), hand: 'opposite' };
    }
  }
}

/** The spot for an area seen from the front or the back (x toward the person's right). */
function frontalPlace(figure: Figure, q: PlaceQuery): Place {
  const s = sign(q.side);
  const back = figure.projection === 'back';
  const t = (x: number, y: number) => figure.trunk(vec(x, y));
  const d = (x: number, y: number) => rotate(vec(x, y), figure.pose.tilt);
  const h = (x: number, y: number) => figure.head(vec(x, y));
  const hd = (x: number, y: number) => rotate(vec(x, y), figure.pose.tilt + figure.pose.nod);
  const { legs, arms } = figure.pose;
  const leg = legs[q.side];
  switch (q.area) {
    case 'scalp':
      if (back && q.areas.includes('neck')) {
        // The base of the skull: the ridge either side of the middle, never the hollow at the centre.
        return { spot: h(s * 3.6, -6.6), normal: hd(0, -1), up: hd(0, 1), fingers: hd(-s, 0.35), elbow: d(s, 0.6), hand: 'same' };
      }
      return { spot: h(s * 8.9, 6.8), normal: hd(s, 0.3), up: hd(0, 1), fingers: hd(-s * 0.15, 1), elbow: d(s, -0.2), hand: 'same' };
    case 'temples':
      return { spot: h(s * 8.4, 3.4), normal: hd(s, 0), up: hd(0, 1), fingers: hd(-s * 0.15, 1), elbow: d(s, -0.6), hand: 'same' };
    case 'jaw':
      return { spot: h(s * 7.4, -5), normal: hd(s, -0.3), up: hd(0, 1), fingers: hd(-s * 0.1, 1), elbow: d(s * 0.6, -1), hand: 'same' };
    case 'face':
      if (q.tool === 'hands') {
        // Palms cupped over the eyes.
        return { spot: h(s * 3.8, 0.5), normal: hd(0, 1), up: hd(0, 1), fingers: hd(-s * 0.15, 1), elbow: d(s * 0.5, -1), hand: 'same' };
      }
      return { spot: h(s * 1.6, 6.4), normal: hd(0, 1), up: hd(0, 1), fingers: hd(-s, 0.5), elbow: d(s, -0.3), hand: 'same' };
    case 'neck': {
      const mid = lerp(figure.neckBase, figure.neckTop, 0.55);
      if (back) return { spot: add(mid, d(s * 2.6, 0)), normal: d(0, -1), up: d(0, 1), fingers: d(-s, 0.3), elbow: d(s, 0.8), hand: 'same' };
      return { spot: add(mid, d(s * 4.7, 0.6)), normal: d(s, 0), up: d(0, 1), fingers: d(s * 0.1, 1), elbow: d(-s, -1), hand: 'opposite' };
    }
    case 'shoulders':
      return { spot: t(s * 12.5, 57.6), normal: d(0, 1), up: d(0, 1), fingers: d(s * 0.25, 1), elbow: d(-s, -1), hand: 'opposite' };
    case 'chest':
      return { spot: t(s * 9, 47.5), normal: d(0, 1), up: d(0, 1), fingers: d(-s * 0.55, 1), elbow: d(s * 0.15, -1), hand: 'same' };
    case 'abdomen':
      return { spot: t(0, 12), normal: d(0, 1), up: d(0, 1), fingers: d(-s, 0.1), elbow: d(s, -1), hand: 'same' };
    case 'upper-back':
      if (!back) return { spot: t(s * 14, 44), normal: d(s, 0), up: d(0, 1), elbow: d(-s, -1), hand: 'opposite' };
      return { spot: t(s * 7.6, 41), normal: d(0, 1), up: d(0, 1), fingers: d(0, -1), elbow: d(s, 1), hand: 'opposite' };
    case 'lower-back':
      return { spot: t(s * 6.4, 15), normal: d(0, 1), up: d(0, 1), fingers: d(-s * 0.35, -1), elbow: d(s, 0.2), hand: 'same' };
    case 'glutes':
      return { spot: t(s * 9, -3), normal: d(0, 1), up: d(0, 1), fingers: d(-s * 0.2, -1), elbow: d(s, 0.2), hand: 'same' };
    case 'hips':
      return { spot: t(s * 15.5, 2), normal: d(s, 0), up: d(0, 1), fingers: d(-s * 0.2, -1), elbow: d(s, 0.3), hand: 'same' };
    case 'thighs': {
      const { spot, up } = onLimb(figure.hip(q.side), leg.knee, 0.45, 0, vec(0, 1));
      return { spot, normal: vec(0, 1), up, fingers: scale(up, -1), elbow: vec(s, -0.3), hand: 'same' };
    }
    case 'calves': {
      const { spot, up } = onLimb(leg.knee, leg.ankle, achilles(q) ? 0.86 : 0.35, 0, vec(0, 1));
      return { spot, normal: vec(0, 1), up, elbow: vec(s, 0.3), hand: 'same' };
    }
    case 'shins': {
      // Beside the shinbone, on its outer side.
      const { spot, up } = onLimb(leg.knee, leg.ankle, 0.3, 0, vec(0, 1));
      return { spot: add(spot, vec(s * 1.5, 0)), normal: vec(0, 1), up, elbow: vec(s, 0.3), hand: 'same' };
    }
    case 'feet': {
      const { spot, up } = onLimb(leg.ankle, leg.toe, 0.5, 0, vec(0, 1));
      return { spot, normal: vec(0, 1), up, elbow: vec(s, -1), hand: 'same' };
    }
    case 'arms':
    case 'forearms':
    case 'hands': {
      const arm = arms[q.side];
      const [from, to, k] = q.area === 'arms' ? [figure.shoulder(q.side), arm.elbow, 0.5] : q.area === 'forearms' ? [arm.elbow, arm.wrist, 0.5] : [arm.wrist, add(arm.wrist, scale(unit(arm.fingers), 8)), 0.5];
      const { spot, up } = onLimb(from, to, k, 0, vec(0, 1));
      return { spot, normal: vec(s, 0), up, fingers: vec(s, 0.2), elbow: vec(-s, -1), hand: 'opposite' };
    }
  }
}

/** Where an area is on this figure, for one side of the body. */
export function placeOf(figure: Figure, query: PlaceQuery): Place {
  return figure.projection === 'side' ? sidePlace(figure, query) : frontalPlace(figure, query);
}
