/**
 * From the figure's centimetres to the picture's box: which part of the scene fills the box,
 * how large, and whether it is seen in a mirror (a front view shows the person's right on
 * the viewer's left; the left side of a one-sided step is the right side's mirror image).
 */
import { SIZE, type Shape, type ShapeKind } from './scene';
import { add, polyline, rotate, scale, smooth, vec, type Vec } from './geometry';

/** The outline of the body, limbs, hands and props, in box units: it reads at 120 px and stays fine at 480. */
export const OUTLINE = 1.8;

export class Frame {
  /**
   * @param centre the point of person space at the centre of the box
   * @param zoom box units per centimetre
   * @param mirror flip left and right as seen
   */
  constructor(readonly centre: Vec, readonly zoom: number, readonly mirror: boolean) {}

  /** A point of person space (centimetres, y up) in the box (y down). */
  at(p: Vec): Vec {
    const x = (p.x - this.centre.x) * this.zoom;
    return vec(SIZE / 2 + (this.mirror ? -x : x), SIZE / 2 - (p.y - this.centre.y) * this.zoom);
  }

  /** A direction of person space as seen in the box (not normalised). */
  dir(d: Vec): Vec {
    return vec(this.mirror ? -d.x : d.x, -d.y);
  }

  /** Centimetres as box units. */
  len(cm: number): number {
    return cm * this.zoom;
  }

  /** A closed smooth outline through points of person space. */
  outline(kind: ShapeKind, points: readonly Vec[]): Shape {
    return { kind, d: smooth(points.map((p) => this.at(p))) };
  }

  /**
   * A limb as a tube: an outline stroke under a body-coloured one, through joints of person
   * space. Tubes of one limb share their edge and fill so the joints show no seam.
   */
  tubes(segments: readonly { points: readonly Vec[]; radius: number }[], far = false): Shape[] {
    const paths = segments.map(({ points, radius }) => ({ d: polyline(points.map((p) => this.at(p))), width: 2 * this.len(radius) }));
    return [
      ...paths.map(({ d, width }) => ({ kind: far ? 'limb-edge far' as const : 'limb-edge' as const, d, width: width + 2 * OUTLINE })),
      ...paths.map(({ d, width }) => ({ kind: far ? 'limb far' as const : 'limb' as const, d, width })),
    ];
  }

  /** Points given around `origin` along `heading` (x) and across it (y), in person space. */
  local(origin: Vec, heading: Vec, points: readonly Vec[], flip = false): Vec[] {
    const angle = Math.atan2(heading.y, heading.x);
    return points.map((p) => add(origin, rotate(flip ? vec(p.x, -p.y) : p, angle)));
  }

  /** A length in box units as centimetres, for marks that keep their size on the page. */
  cm(units: number): number {
    return units / this.zoom;
  }

  /** Scales a direction of person space to `units` long in the box. */
  step(d: Vec, units: number): Vec {
    const l = Math.hypot(d.x, d.y) || 1;
    return scale(d, this.cm(units) / l);
  }
}
