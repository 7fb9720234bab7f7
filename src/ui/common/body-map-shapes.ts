/**
 * Geometry of our body map: a calm, gender-neutral silhouette seen from the front and the
 * back, in a 100 × 216 box per view, and the zones that light up for each body area.
 *
 * The silhouette is one smooth outline, drawn from points down the left half and mirrored.
 * Zones are drawn generously and clipped to the silhouette by the component, so they only
 * need their inner edges right: where one area meets the next, or the gap between an arm
 * and the torso.
 */
import type { Area } from '../../lib/routine/vocabulary';

export type View = 'front' | 'back';

/** A point the outline passes through; `true` makes it a corner instead of a smooth bend. */
type Point = readonly [x: number, y: number, corner?: boolean];

const round = (n: number) => Math.round(n * 10) / 10;
const flip = ([x, y, corner]: Point): Point => [100 - x, y, corner];

/** A closed path through the points: Catmull-Rom curves, turned into cubic Béziers. */
function smooth(points: readonly Point[]): string {
  const at = (i: number) => points[(i + points.length) % points.length] as Point;
  const tangent = (i: number): [number, number] => {
    const [, , corner] = at(i);
    if (corner) return [0, 0];
    const [x0, y0] = at(i - 1);
    const [x1, y1] = at(i + 1);
    return [(x1 - x0) / 6, (y1 - y0) / 6];
  };
  let d = `M${round(at(0)[0])} ${round(at(0)[1])}`;
  for (let i = 0; i < points.length; i++) {
    const [ax, ay] = at(i);
    const [bx, by] = at(i + 1);
    const [tax, tay] = tangent(i);
    const [tbx, tby] = tangent(i + 1);
    d += `C${[ax + tax, ay + tay, bx - tbx, by - tby, bx, by].map(round).join(' ')}`;
  }
  return `${d}Z`;
}

/** A shape on the left of the figure and its mirror image on the right. */
const pair = (points: readonly Point[]): string[] => [smooth(points), smooth(points.map(flip).reverse())];
const corners = (points: readonly (readonly [number, number])[]): Point[] => points.map(([x, y]) => [x, y, true]);
const ellipse = (cx: number, cy: number, rx: number, ry: number) =>
  `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0Z`;
const ellipses = (cx: number, cy: number, rx: number, ry: number) => [ellipse(cx, cy, rx, ry), ellipse(100 - cx, cy, rx, ry)];

/** The left half of the outline, from the crown down to the crotch. */
const HALF: Point[] = [
  [50, 3],
  [42.7, 5.2],
  [38.9, 12.5],
  [39, 20.6],
  [41.2, 27],
  [44.8, 31],
  [45.4, 33.4, true],
  [45.2, 36.5],
  [40, 40.6],
  [31.5, 43.2],
  [26.6, 46.4],
  [24.4, 53],
  [23.2, 64],
  [20.8, 78],
  [18.4, 92],
  [15.6, 106],
  [13, 119],
  [11.4, 125],
  [10.6, 132],
  [11.3, 138.2],
  [14, 141.6],
  [17.2, 141],
  [18.8, 135],
  [19.2, 127],
  [19.2, 120],
  [22.4, 106],
  [25.2, 92],
  [27.8, 78],
  [29.6, 64, true],
  [31.4, 74],
  [33.6, 88],
  [33.4, 99],
  [31.8, 110],
  [31, 122],
  [32.4, 140],
  [35, 161],
  [34.2, 172],
  [35.4, 190],
  [37.4, 202],
  [36, 206.6],
  [35.9, 211],
  [38.6, 213.8],
  [43.6, 213.6],
  [45.4, 210.4],
  [45, 206],
  [44.4, 201],
  [45.4, 186],
  [46, 171],
  [45.6, 162],
  [47, 141],
  [50, 126, true],
];

/**
 * The half of a view's box that shows one side of the body, as [x, width]: seen from the
 * front, the person's right is on the viewer's left; from the back, on the right.
 */
export function sideHalf(view: View, side: 'left' | 'right'): [x: number, width: number] {
  const viewersLeft = (view === 'front') === (side === 'right');
  return viewersLeft ? [0, 50] : [50, 50];
}

export const SILHOUETTE = smooth([...HALF, ...HALF.slice(1, -1).map(flip).reverse()]);

/*
 * Zones keep a gap of about 1.6 between neighbours, so two lit areas read as two, and
 * never overlap, which would darken the overlap.
 */
const NECK = (top: number) => [smooth([...corners([[39, top], [61, top], [61, 39.6]]), [50, 41.6], [39, 39.6, true]])];
/** The right side of the torso below the armpit, where the zone must keep off the arm. */
const CHEST_SIDES: Point[] = [[69.2, 64.6, true], [69.4, 67.4], [70.4, 72]];
/** The front or back of the torso from the collarbones down to `bottom`. */
const UPPER_TORSO = (bottom: number) =>
  smooth([
    [38.6, 43.2, true], [50, 45], [61.4, 43.2, true], [68.6, 57, true], ...CHEST_SIDES, [70.4, bottom, true],
    [50, bottom + 2], [29.6, bottom, true], ...CHEST_SIDES.map(flip).reverse(), [31.4, 57, true],
  ]);

/** Zones shared by both views: the shoulders and the limbs. */
const LIMBS: Partial<Record<Area, string[]>> = {
  shoulders: pair(corners([[21, 41], [37.2, 41.4], [29.8, 56.4], [20, 56.4]])),
  arms: pair(corners([[17, 58], [29.4, 58], [29.2, 64], [27.6, 90.4], [14, 90.4]])),
  forearms: pair(corners([[12, 92.6], [27, 92.6], [21.6, 118.4], [10, 118.4]])),
  hands: pair(corners([[8, 120.6], [24, 120.6], [24, 146], [8, 146]])),
  feet: pair(corners([[30, 203.2], [50, 203.2], [50, 218], [30, 218]])),
};

export const AREA_SHAPES: Record<View, Partial<Record<Area, string[]>>> = {
  front: {
    scalp: [smooth([...corners([[30, 0], [70, 0], [70, 12.4]]), [50, 7.6], [30, 12.4, true]])],
    temples: ellipses(38.9, 16.2, 2.8, 3.8),
    face: [ellipse(50, 18.4, 7, 8.2)],
    // One shape, not a pair: two halves meeting at the chin would leave a hairline seam.
    jaw: [smooth([[37, 21.4, true], [40.4, 21.8], [43.6, 26.8], [50, 28.7], [56.4, 26.8], [59.6, 21.8], [63, 21.4, true], ...corners([[63, 31.8], [37, 31.8]])])],
    neck: NECK(33.2),
    chest: [UPPER_TORSO(73.6)],
    abdomen: [smooth([
      [30, 77.2, true], [50, 79.2], [70, 77.2, true], [70, 97, true], [64.2, 100.6, true], [61.8, 111.4], [50, 117.2],
      [38.2, 111.4], [35.8, 100.6, true], [30, 97, true],
    ])],
    hips: pair([[28, 98.2, true], [34.2, 102.2, true], [36.6, 110.6], [34.4, 115.4], [28, 116, true]]),
    thighs: pair([[28, 118.2, true], [36.4, 117.4], [43.6, 119.6], [49.2, 121, true], [49.2, 159, true], [28, 159, true]]),
    // The front of the lower leg is the shin; the calf is seen from behind.
    shins: pair(corners([[30, 164], [50, 164], [50, 200.8], [30, 200.8]])),
    ...LIMBS,
  },
  back: {
    scalp: [smooth([...corners([[30, 0], [70, 0], [70, 25]]), [50, 27.8], [30, 25, true]])],
    neck: NECK(29.6),
    'upper-back': [UPPER_TORSO(82)],
    'lower-back': [smooth([[30, 85.6, true], [50, 87.6], [70, 85.6, true], [70, 102.6, true], [50, 106.6], [30, 102.6, true]])],
    hips: ellipses(31.2, 113.4, 3.4, 8.8),
    glutes: pair([[49.2, 108.4, true], [40.4, 107.6], [35.8, 110.6], [35.4, 120.6], [39.4, 127.8], [44.6, 129.6], [49.2, 129.2, true]]),
    thighs: pair([[28, 124.4, true], [34.4, 124.8], [38.8, 130.2], [44.6, 131.6], [49.2, 131.2, true], [49.2, 159, true], [28, 159, true]]),
    calves: pair(corners([[30, 164], [50, 164], [50, 200.8], [30, 200.8]])),
    ...LIMBS,
  },
};
