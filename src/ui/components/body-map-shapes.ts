/**
 * Geometry of our body map: a calm, gender-neutral silhouette seen from the front and the
 * back, in a 100 × 212 box per view, and the shapes that light up for each body area.
 */
import type { Area } from '../../lib/routine/vocabulary';

export type View = 'front' | 'back';

export type Shape =
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number }
  | { kind: 'limb'; x1: number; y1: number; x2: number; y2: number; width: number }
  | { kind: 'path'; d: string };

/** A limb from joint to joint, mirrored onto the other side of the body. */
const pair = (x1: number, y1: number, x2: number, y2: number, width: number): Shape[] => [
  { kind: 'limb', x1, y1, x2, y2, width },
  { kind: 'limb', x1: 100 - x1, y1, x2: 100 - x2, y2, width },
];
const twin = (cx: number, cy: number, rx: number, ry: number): Shape[] => [
  { kind: 'ellipse', cx, cy, rx, ry },
  { kind: 'ellipse', cx: 100 - cx, cy, rx, ry },
];

const SHOULDER = [27, 52] as const;
const ELBOW = [19, 88] as const;
const WRIST = [14, 120] as const;
const FINGERS = [12, 132] as const;
const HIP = [40, 124] as const;
const KNEE = [39, 166] as const;
const ANKLE = [38, 198] as const;
const TOES = [35, 207] as const;

/** The silhouette: limbs are drawn as round-capped strokes, so the figure reads as one shape. */
export const SILHOUETTE: Shape[] = [
  { kind: 'ellipse', cx: 50, cy: 21, rx: 13, ry: 16 },
  { kind: 'path', d: 'M44 33 h12 v14 h-12 Z' },
  { kind: 'path', d: 'M29 45 Q50 38 71 45 Q76 48 74 56 Q71 82 67 106 Q69 116 70 127 Q50 134 30 127 Q31 116 33 106 Q29 82 26 56 Q24 48 29 45 Z' },
  ...pair(...SHOULDER, ...ELBOW, 12),
  ...pair(...ELBOW, ...WRIST, 10),
  ...pair(...WRIST, ...FINGERS, 9),
  ...pair(...HIP, ...KNEE, 18),
  ...pair(...KNEE, ...ANKLE, 13),
  ...pair(...ANKLE, ...TOES, 9),
];

const LIMBS: Partial<Record<Area, Shape[]>> = {
  arms: pair(...SHOULDER, ...ELBOW, 8),
  forearms: pair(...ELBOW, ...WRIST, 7),
  hands: pair(...WRIST, ...FINGERS, 7),
  thighs: pair(HIP[0], HIP[1] + 4, ...KNEE, 13),
  calves: pair(KNEE[0], KNEE[1] + 3, ANKLE[0], ANKLE[1] - 2, 9),
  feet: pair(...ANKLE, ...TOES, 7),
};

export const AREA_SHAPES: Record<View, Partial<Record<Area, Shape[]>>> = {
  front: {
    scalp: [{ kind: 'path', d: 'M38 15 Q39 4 50 4 Q61 4 62 15 Q56 10 50 10 Q44 10 38 15 Z' }],
    temples: twin(39.5, 19, 3, 3.5),
    face: [{ kind: 'ellipse', cx: 50, cy: 22, rx: 6.5, ry: 8 }],
    jaw: [{ kind: 'path', d: 'M39 27 Q40 36 50 38 Q60 36 61 27 Q58 33 50 34 Q42 33 39 27 Z' }],
    neck: [{ kind: 'path', d: 'M45 37 h10 v9 h-10 Z' }],
    shoulders: twin(34, 49, 7, 4),
    chest: [{ kind: 'ellipse', cx: 50, cy: 64, rx: 17, ry: 10 }],
    abdomen: [{ kind: 'ellipse', cx: 50, cy: 95, rx: 13, ry: 12 }],
    hips: twin(36.5, 117, 4.5, 6),
    ...LIMBS,
  },
  back: {
    scalp: [{ kind: 'ellipse', cx: 50, cy: 17, rx: 11.5, ry: 11 }],
    neck: [{ kind: 'path', d: 'M45 35 h10 v11 h-10 Z' }],
    shoulders: twin(34, 49, 7, 4),
    'upper-back': [{ kind: 'ellipse', cx: 50, cy: 67, rx: 16, ry: 13 }],
    'lower-back': [{ kind: 'ellipse', cx: 50, cy: 101, rx: 13, ry: 8 }],
    hips: twin(31.5, 118, 3.5, 7),
    glutes: twin(42.5, 124, 8, 7.5),
    ...LIMBS,
  },
};
