/**
 * Marks for what the hand does, drawn in box units so they keep their size whatever the
 * zoom: circling arrows, straight arrows (one way for a glide, both ways for rolls),
 * press marks, squeeze arrows and a zigzag for brisk rubbing.
 */
import { add, arcPoints, arrowhead, polyline, scale, smooth, sub, unit, vec, type Vec } from './geometry';
import type { Shape } from './scene';

const HEAD = 4.6;

/** Arrowheads scale a little with the line, so firm pressure's heavier line keeps its point. */
const headSize = (weight: number) => HEAD * (0.75 + weight / 8);

/** An arrow turning around `centre`: a circle open where its head is. */
export function circling(centre: Vec, radius: number, clockwise: boolean, weight: number, start = -60, ry = radius): Shape[] {
  const sweep = 290;
  const to = clockwise ? start + sweep : start - sweep;
  const points = arcPoints(centre, radius, ry, start, to, 28);
  const tip = points.at(-1)!;
  const before = points.at(-3)!;
  return [
    { kind: 'motion', d: smooth(points, false) },
    { kind: 'motion', d: arrowhead(tip, sub(tip, before), headSize(weight)) },
  ];
}

/** A straight arrow from `from` to `to`; `both` puts a head at each end. */
export function straight(from: Vec, to: Vec, both: boolean, weight: number): Shape[] {
  const heading = sub(to, from);
  const shapes: Shape[] = [
    { kind: 'motion', d: polyline([from, to]) },
    { kind: 'motion', d: arrowhead(to, heading, headSize(weight)) },
  ];
  if (both) shapes.push({ kind: 'motion', d: arrowhead(from, scale(heading, -1), headSize(weight)) });
  return shapes;
}

/**
 * Press marks: short arcs just outside the spot, on the side the press comes from. More arcs
 * for firmer pressure.
 */
export function pressing(spot: Vec, from: Vec, count: number, gap = 0): Shape[] {
  const towardSpot = unit(scale(from, -1));
  const angle = (Math.atan2(-towardSpot.y, -towardSpot.x) * 180) / Math.PI;
  return Array.from({ length: count }, (_, i) => {
    const r = gap + 7 + i * 4.2;
    return { kind: 'press' as const, d: smooth(arcPoints(spot, r, r, angle - 34, angle + 34, 6), false) };
  });
}

/** Two arrows pointing at each other across the spot: squeeze and release. */
export function squeezing(spot: Vec, across: Vec, reach: number, weight: number): Shape[] {
  const d = scale(unit(across), 1);
  const outer = reach + 9;
  const inner = reach + 1.5;
  return [
    ...straight(add(spot, scale(d, outer)), add(spot, scale(d, inner)), false, weight),
    ...straight(sub(spot, scale(d, outer)), sub(spot, scale(d, inner)), false, weight),
  ];
}

/** A zigzag along `axis`: short, brisk strokes. */
export function rubbing(spot: Vec, axis: Vec, weight: number): Shape[] {
  const along = unit(axis);
  const across = vec(-along.y, along.x);
  const points = Array.from({ length: 7 }, (_, i) => add(add(spot, scale(along, (i - 3) * 3.4)), scale(across, i % 2 === 0 ? -3.2 : 3.2)));
  const end = points.at(-1)!;
  return [
    { kind: 'motion', d: polyline(points) },
    { kind: 'motion', d: arrowhead(add(end, scale(along, 2)), along, headSize(weight)) },
  ];
}
