/**
 * What the body rests on: the floor, a wall, a chair, a desk, a bed with its pillows. Drawn
 * plainly behind the figure (a desk seen from the front is in front of it), so the position
 * reads at a glance: "at a desk", "in bed", "against a wall".
 */
import type { Position } from '../routine/movement';
import type { Projection } from './body';
import { type Frame } from './frame';
import { polyline, smooth, vec, type Vec } from './geometry';
import { SIZE, type Shape } from './scene';

export interface Props {
  behind: Shape[];
  /** In front of the trunk, behind the arms: a desk seen from the front. */
  front: Shape[];
}

/** A rectangle with rounded corners, in person space. */
function box(frame: Frame, x1: number, y1: number, x2: number, y2: number, r = 2): Shape {
  const [a, b] = [frame.at(vec(x1, y1)), frame.at(vec(x2, y2))];
  const [left, right, top, bottom] = [Math.min(a.x, b.x), Math.max(a.x, b.x), Math.min(a.y, b.y), Math.max(a.y, b.y)];
  const k = Math.min(frame.len(r), (right - left) / 2, (bottom - top) / 2);
  const n = (x: number) => Math.round(x * 10) / 10;
  return {
    kind: 'prop',
    d: `M${n(left + k)} ${n(top)}H${n(right - k)}A${n(k)} ${n(k)} 0 0 1 ${n(right)} ${n(top + k)}V${n(bottom - k)}A${n(k)} ${n(k)} 0 0 1 ${n(right - k)} ${n(bottom)}H${n(left + k)}A${n(k)} ${n(k)} 0 0 1 ${n(left)} ${n(bottom - k)}V${n(top + k)}A${n(k)} ${n(k)} 0 0 1 ${n(left + k)} ${n(top)}Z`,
  };
}

const line = (frame: Frame, points: Vec[]): Shape => ({ kind: 'prop-line', d: polyline(points.map((p) => frame.at(p))) });

function floor(frame: Frame, y = 0): Shape[] {
  const at = frame.at(vec(0, y));
  if (at.y > SIZE + 2) return [];
  return [{ kind: 'ground', d: polyline([vec(-4, at.y), vec(SIZE + 4, at.y)]) }];
}

/** A wall whose face is at `x`, behind the person (toward −x), or beside them toward +x when `away` is 1. */
function wall(frame: Frame, x: number, away: 1 | -1 = -1): Shape[] {
  return [box(frame, x + away * 40, -5, x, 260, 0), line(frame, [vec(x, -5), vec(x, 260)])];
}

function chair(frame: Frame, projection: Projection): Shape[] {
  if (projection === 'side') {
    return [
      line(frame, [vec(-11.5, 43), vec(-11.5, 0)]),
      line(frame, [vec(32, 43), vec(32, 0)]),
      box(frame, -15.5, 43, 36, 47),
      box(frame, -16, 45, -11.5, 100, 1.5),
    ];
  }
  // Seen from behind the chair's back would hide the back: a stool then.
  return [
    ...(projection === 'front' ? [box(frame, -17, 47, 17, 98, 3)] : []),
    line(frame, [vec(-20, 43), vec(-20, 0)]),
    line(frame, [vec(20, 43), vec(20, 0)]),
    box(frame, -23, 43, 23, 47),
  ];
}

function desk(frame: Frame, projection: Projection): Shape[] {
  if (projection === 'side') return [line(frame, [vec(94, 71), vec(94, 0)]), box(frame, 27, 71, 105, 74.5)];
  return [box(frame, -52, 70, 52, 74.5), line(frame, [vec(-48, 70), vec(-48, 0)]), line(frame, [vec(48, 70), vec(48, 0)])];
}

function bed(frame: Frame, projection: Projection, head: Vec): Shape[] {
  if (projection !== 'side') {
    // Seen from above: the sheet under the body and the pillow under the head.
    return [box(frame, -70, -10, 70, head.y + 30, 6), box(frame, head.x - 28, head.y - 16, head.x + 28, head.y + 17, 9)];
  }
  const mattress = box(frame, -95, 14, 135, 30, 4);
  const pillow: Shape = { kind: 'prop', d: smooth([vec(head.x - 17, 30), vec(head.x + 16, 30), vec(head.x + 18, 36), vec(head.x + 9, 40.5), vec(head.x - 10, 40.5), vec(head.x - 19, 36)].map((p) => frame.at(p))) };
  const knees: Shape = { kind: 'prop', d: smooth([vec(42, 30), vec(74, 30), vec(71, 41), vec(58, 46), vec(45, 41)].map((p) => frame.at(p))) };
  return [mattress, pillow, knees];
}

/**
 * The props of a position. `wallX` places a wall; `floorY` puts a lying body on the floor
 * at that height (under a ball or roller), not in bed.
 */
export function drawProps(position: Position, projection: Projection, frame: Frame, options: { wallX?: number | undefined; wallAway?: 1 | -1 | undefined; head: Vec; floorY?: number | undefined }): Props {
  switch (position) {
    case 'standing':
      return { behind: floor(frame), front: [] };
    case 'wall-lean':
      return { behind: [...wall(frame, options.wallX ?? -14, options.wallAway), ...floor(frame)], front: [] };
    case 'seated':
      return { behind: [...chair(frame, projection), ...floor(frame)], front: [] };
    case 'seated-desk':
      return projection === 'side'
        ? { behind: [...chair(frame, projection), ...desk(frame, projection), ...floor(frame)], front: [] }
        : { behind: [...chair(frame, projection), ...floor(frame)], front: desk(frame, projection) };
    case 'seated-floor':
      return { behind: floor(frame), front: [] };
    case 'lying-front':
      return { behind: floor(frame, options.floorY ?? 0), front: [] };
    case 'lying-back':
    case 'lying-side':
      return options.floorY !== undefined ? { behind: floor(frame, options.floorY), front: [] } : { behind: bed(frame, projection, options.head), front: [] };
  }
}
