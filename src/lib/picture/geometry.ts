/**
 * Plane geometry for step pictures: points, and SVG path data for the few shapes the
 * drawings are made of (smooth outlines, arcs, arrowheads). Numbers are rounded to one
 * decimal, which is finer than a pixel at the largest size a picture is shown.
 */

export interface Vec {
  x: number;
  y: number;
}

export const vec = (x: number, y: number): Vec => ({ x, y });
export const add = (a: Vec, b: Vec): Vec => vec(a.x + b.x, a.y + b.y);
export const sub = (a: Vec, b: Vec): Vec => vec(a.x - b.x, a.y - b.y);
export const scale = (a: Vec, k: number): Vec => vec(a.x * k, a.y * k);
export const length = (a: Vec): number => Math.hypot(a.x, a.y);
export const distance = (a: Vec, b: Vec): number => length(sub(a, b));
/** `a` moved `k` of the way to `b`. */
export const lerp = (a: Vec, b: Vec, k: number): Vec => vec(a.x + (b.x - a.x) * k, a.y + (b.y - a.y) * k);
export const unit = (a: Vec): Vec => {
  const l = length(a);
  return l === 0 ? vec(0, 0) : scale(a, 1 / l);
};
/** A quarter turn counterclockwise on the page (y grows downward). */
export const perp = (a: Vec): Vec => vec(a.y, -a.x);
export const rotate = (a: Vec, radians: number): Vec => {
  const c = Math.cos(radians);
  const s = Math.sin(radians);
  return vec(a.x * c - a.y * s, a.x * s + a.y * c);
};

const round = (n: number) => Math.round(n * 10) / 10;
export const pt = (p: Vec) => `${round(p.x)} ${round(p.y)}`;

/** Straight segments through the points. */
export function polyline(points: readonly Vec[], closed = false): string {
  if (points.length === 0) return '';
  return `M${points.map(pt).join('L')}${closed ? 'Z' : ''}`;
}

/**
 * A smooth curve through the points (Catmull-Rom turned into cubic Béziers); closed, it is
 * an outline such as a torso or a hand.
 */
export function smooth(points: readonly Vec[], closed = true, tension = 1): string {
  const n = points.length;
  if (n < 3) return polyline(points, closed);
  const at = (i: number): Vec => (closed ? points[(i + n) % n]! : points[Math.max(0, Math.min(n - 1, i))]!);
  const k = tension / 6;
  let d = `M${pt(at(0))}`;
  const last = closed ? n : n - 1;
  for (let i = 0; i < last; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    const c1 = add(p1, scale(sub(p2, p0), k));
    const c2 = sub(p2, scale(sub(p3, p1), k));
    d += `C${pt(c1)} ${pt(c2)} ${pt(p2)}`;
  }
  return closed ? `${d}Z` : d;
}

export function circle(center: Vec, r: number): string {
  return `M${pt(vec(center.x - r, center.y))}a${round(r)} ${round(r)} 0 1 0 ${round(2 * r)} 0a${round(r)} ${round(r)} 0 1 0 ${round(-2 * r)} 0Z`;
}

export function ellipse(center: Vec, rx: number, ry: number, degrees = 0): string {
  const points = Array.from({ length: 12 }, (_, i) => {
    const a = (i / 12) * Math.PI * 2;
    return add(center, rotate(vec(Math.cos(a) * rx, Math.sin(a) * ry), (degrees * Math.PI) / 180));
  });
  return smooth(points);
}

/** Points along a circular arc, from `from` to `to` degrees (clockwise on the page when to > from). */
export function arcPoints(center: Vec, rx: number, ry: number, from: number, to: number, steps = 16): Vec[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const a = ((from + ((to - from) * i) / steps) * Math.PI) / 180;
    return add(center, vec(Math.cos(a) * rx, Math.sin(a) * ry));
  });
}

/** An open arrowhead at `tip`, pointing along `heading`. */
export function arrowhead(tip: Vec, heading: Vec, size: number): string {
  const back = scale(unit(heading), -size);
  const side = scale(perp(unit(heading)), size * 0.62);
  return polyline([add(add(tip, back), side), tip, sub(add(tip, back), side)]);
}
