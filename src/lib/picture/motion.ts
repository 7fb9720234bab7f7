/**
 * The marks for a step's motions, placed at its spots: which way is up the area, which way
 * is outward, and how circles turn, worked out in the box so marks keep their size.
 */
import type { Area } from '../routine/vocabulary';
import type { Direction, Motion } from '../routine/movement';
import type { Figure, Projection } from './body';
import type { PictureFacts } from './compose';
import type { Frame } from './frame';
import { add, scale, sub, unit, vec, type Vec } from './geometry';
import type { Grip } from './hands';
import { circling, pressing, rubbing, squeezing, straight } from './marks';
import type { Place } from './places';
import type { Shape } from './scene';

export interface MotionContext {
  frame: Frame;
  figure: Figure;
  spots: readonly Place[];
  facts: PictureFacts;
  /** The motion line's weight, from the pressure; arrowheads follow it. */
  weight: number;
  grip: Grip | undefined;
  projection: Projection;
  /** How far the tool reaches around the spot, in centimetres (a ball's radius, half a hand). */
  toolRadius: number;
}

const LIMBS: ReadonlySet<Area> = new Set<Area>(['arms', 'forearms', 'hands', 'thighs', 'calves', 'shins', 'feet']);
/** On these, toward the heart is down the body. */
const ABOVE_HEART: ReadonlySet<Area> = new Set<Area>(['scalp', 'temples', 'jaw', 'face', 'neck', 'shoulders']);

/** How long a glide is on each area, in centimetres. */
const STROKE: Partial<Record<Area, number>> = { jaw: 8, face: 8, temples: 6, scalp: 8, neck: 11, shoulders: 13, feet: 14, hands: 12 };

interface SpotAxes {
  at: Vec;
  up: Vec;
  /** Away from the middle of the body, across it. */
  outward: Vec;
  /** Forward, in a side view; toward the viewer otherwise (drawn slanting). */
  forward: Vec;
}

function axes(c: MotionContext, spot: Place): SpotAxes {
  const { frame, figure } = c;
  const at = frame.at(spot.spot);
  const up = unit(frame.dir(spot.up));
  const acrossBody = unit(frame.dir(figure.across));
  const slant = unit(vec(0.8, -0.6));
  if (c.projection === 'side') return { at, up, outward: slant, forward: acrossBody };
  const middle = frame.at(figure.trunk(vec(0, 30)));
  const side = (at.x - middle.x) * acrossBody.x + (at.y - middle.y) * acrossBody.y;
  return { at, up, outward: scale(acrossBody, side < 0 ? -1 : 1), forward: slant };
}

/** Which way a direction points at this spot, in the box. */
function heading(direction: Direction | undefined, area: Area | undefined, a: SpotAxes): Vec {
  const down = scale(a.up, -1);
  switch (direction) {
    case 'up':
      return a.up;
    case 'outward':
      return area === 'jaw' ? unit(add(a.outward, scale(a.up, 0.45))) : a.outward;
    case 'inward':
      return scale(a.outward, -1);
    case 'forward':
      return a.forward;
    case 'backward':
      return scale(a.forward, -1);
    case 'toward-heart':
      return area && ABOVE_HEART.has(area) ? down : a.up;
    case 'away-from-heart':
      return area && ABOVE_HEART.has(area) ? a.up : down;
    default:
      return down;
  }
}

/** A side of the spot to draw a mark beside the hand: away from the middle of the body. */
const beside = (a: SpotAxes, along: Vec): Vec => {
  const across = vec(-along.y, along.x);
  return (across.x * a.outward.x + across.y * a.outward.y) >= 0 ? across : scale(across, -1);
};

function marksFor(c: MotionContext, motion: Motion, spot: Place, index: number, second: boolean): Shape[] {
  const { frame, facts, weight } = c;
  const a = axes(c, spot);
  const reachUnits = frame.len(c.toolRadius);
  const dir = heading(facts.direction, facts.area, a);
  const strokeUnits = Math.min(46, Math.max(24, frame.len(STROKE[facts.area ?? 'hands'] ?? 22)));
  const pressCount = facts.pressure === 'firm' ? 3 : facts.pressure === 'medium' ? 2 : 1;
  // Circles, presses and squeezes that move along the area: an arrow the way they travel.
  const alone = facts.motion.length === 1;
  const travels = alone && facts.direction !== undefined && !['clockwise', 'anticlockwise', 'forward', 'backward'].includes(facts.direction);
  const travel = (from: Vec) => (travels ? straight(from, add(from, scale(dir, 20)), false, weight) : []);

  switch (motion) {
    case 'circles': {
      // Without a hand (shoulder rolls) the circle goes round the joint itself.
      // Round the belly, wide circles about the navel.
      const radius = c.grip === undefined && facts.tool === 'none' ? Math.max(12, frame.len(8.5))
        : facts.area === 'abdomen' ? Math.max(13, frame.len(9)) : Math.max(9, Math.min(15, frame.len(6.5)));
      let clockwise = facts.direction !== 'anticlockwise';
      if (facts.direction === 'backward' || facts.direction === 'forward') {
        // Seen from the side facing right, a backward roll turns anticlockwise.
        clockwise = (facts.direction === 'forward') !== frame.mirror;
      } else if (index === 1) {
        clockwise = !clockwise; // the second side turns the other way, as a mirror would show it
      }
      // Two hands close together (palms either side of the spine): each circle beside its hand.
      const centre = second ? add(a.at, scale(beside(a, a.up), radius * 1.6)) : close(c) ? add(a.at, scale(a.outward, radius * 0.9)) : a.at;
      return [...circling(centre, radius, clockwise, weight), ...(second ? [] : travel(add(a.at, scale(beside(a, dir), radius + 6))))];
    }
    case 'glide': {
      const off = scale(beside(a, dir), reachUnits * 0.55 + 7);
      const from = add(add(a.at, off), scale(dir, -strokeUnits * 0.3));
      return straight(from, add(from, scale(dir, strokeUnits)), false, weight);
    }
    case 'up-down':
    case 'side-to-side':
    case 'back-and-forth': {
      const axis = motion === 'up-down' ? a.up : motion === 'side-to-side' ? (c.projection === 'side' ? vec(0.6, -0.8) : a.outward) : a.forward;
      const length = Math.max(reachUnits + 12, 16);
      const through = c.grip ? add(a.at, scale(beside(a, axis), reachUnits * 0.6 + 8)) : a.at;
      return straight(sub(through, scale(axis, length)), add(through, scale(axis, length)), true, weight);
    }
    case 'press-hold': {
      const from = c.grip ? scale(unit(frame.dir(spot.fingers ?? spot.normal)), 1) : unit(frame.dir(spot.normal));
      const marks = pressing(a.at, from, pressCount, c.grip ? 1 : reachUnits);
      return second ? marks : [...marks, ...travel(add(a.at, scale(beside(a, dir), reachUnits * 0.6 + 10)))];
    }
    case 'squeeze':
      return [...squeezing(a.at, vec(-a.up.y, a.up.x), reachUnits * 0.7, weight), ...travel(add(a.at, scale(beside(a, dir), reachUnits * 0.7 + 12)))];
    case 'knead': {
      const across = vec(-a.up.y, a.up.x);
      return [...circling(add(a.at, scale(across, -9)), 6, true, weight), ...circling(add(a.at, scale(across, 9)), 6, false, weight)];
    }
    case 'rub':
      return rubbing(add(a.at, scale(beside(a, a.up), reachUnits * 0.6 + 9)), a.up, weight);
    case 'pull': {
      const away = LIMBS.has(facts.area ?? 'hands') ? scale(a.up, -1) : a.outward;
      const start = add(a.at, scale(away, reachUnits + 6));
      return straight(start, add(start, scale(away, 18)), false, weight);
    }
    case 'stretch':
    case 'still':
      return [];
  }
}

/** Arrows up from both hands: reaching overhead. */
function stretching(c: MotionContext): Shape[] {
  const { frame, figure, weight } = c;
  return (['right', 'left'] as const).flatMap((side) => {
    const wrist = figure.pose.arms[side].wrist;
    const tip = frame.at(add(wrist, scale(figure.up, 14)));
    return straight(add(tip, vec(0, -6)), add(tip, vec(0, -24)), false, weight);
  });
}

/** Two spots closer than a mark's width: fingertips either side of the spine. */
function close(c: MotionContext): boolean {
  const [a, b] = c.spots;
  return !!a && !!b && c.frame.len(Math.hypot(a.spot.x - b.spot.x, a.spot.y - b.spot.y)) <= 26;
}

/**
 * Close spots share one mark between them (two overlapping arrows read as a tangle), except
 * circles, which go beside each hand.
 */
function markSpots(c: MotionContext, motion: Motion): Place[] {
  const [a, b] = c.spots;
  if (!a || !b || !close(c) || motion === 'circles') return [...c.spots];
  return [{ ...a, spot: { x: (a.spot.x + b.spot.x) / 2, y: (a.spot.y + b.spot.y) / 2 } }];
}

/** Every mark for the step's motions: the first at each spot, a second one beside it. */
export function drawMotion(c: MotionContext): Shape[] {
  const shapes: Shape[] = [];
  c.facts.motion.forEach((motion, order) => {
    if (motion === 'stretch') {
      shapes.push(...stretching(c));
      return;
    }
    markSpots(c, motion).forEach((spot, index) => shapes.push(...marksFor(c, motion, spot, index, order > 0)));
  });
  return shapes;
}
