/**
 * The choices a clinic sheet's illustrator makes: which way to look at the body (from the
 * side to show how it is placed, from the front or back to show left and right), how close
 * (the face fills the picture for jaw work; the whole body for a ball against a wall), and
 * how the pose changes for the step (a foot across the other knee, a lean toward the calf).
 */
import type { Area } from '../routine/vocabulary';
import { type Figure, type Pose, type Projection } from './body';
import type { PictureFacts } from './compose';
import { Frame } from './frame';
import { add, lerp, scale, vec, type Vec } from './geometry';
import { basePose } from './poses';
import { SIZE, type View } from './scene';

/** Fits the picture around the figure: which part of it fills the box. */
export type Framing = (figure: Figure, spots: readonly Vec[], mirror: boolean) => Frame;

const HEAD: ReadonlySet<Area> = new Set<Area>(['scalp', 'temples', 'jaw', 'face']);
const BACK: ReadonlySet<Area> = new Set<Area>(['upper-back', 'lower-back', 'glutes', 'hips']);

/** A frame around the points, at least `min` centimetres across, with a margin. */
export function fit(points: readonly Vec[], mirror: boolean, min: number, margin = 0.1): Frame {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(x2 - x1, y2 - y1, min) * (1 + 2 * margin);
  return new Frame(vec((x1 + x2) / 2, (y1 + y2) / 2), SIZE / span, mirror);
}

/** A square of `size` centimetres around `centre`. */
const around = (centre: (figure: Figure) => Vec, size: number): Framing => (figure, _spots, mirror) =>
  new Frame(centre(figure), SIZE / size, mirror);

/** The whole figure, head to feet, and the spots. */
function wholeFigure(figure: Figure, spots: readonly Vec[], extra: readonly Vec[] = []): Vec[] {
  const { arms, legs } = figure.pose;
  const head = figure.headCentre;
  return [
    add(head, scale(figure.up, 13)), head, figure.hip('right'), figure.shoulder('right'),
    ...(['right', 'left'] as const).flatMap((s) => [arms[s].wrist, legs[s].knee, legs[s].ankle, legs[s].toe]),
    ...spots, ...extra,
  ];
}

const FRAMINGS = {
  head: around((f) => add(f.headCentre, scale(f.up, -5)), 58),
  neck: around((f) => lerp(f.neckBase, f.headCentre, 0.3), 74),
  upper: around((f) => f.trunk(vec(0, 53)), 86),
  lower: around((f) => f.trunk(vec(0, 34)), 128),
  /** The belly and the hands on it, with the head above for who this is. */
  belly: around((f) => f.trunk(vec(0, 36)), 100),
  /**
   * Arms overhead: from the knees to the arrows above the hands. The whole body with its arms
   * up is a tall thin thing in a square; cut at the knees it is half as tall again.
   */
  reach: ((figure, _spots, mirror) => {
    const { arms, legs } = figure.pose;
    const points = [add(arms.right.wrist, scale(figure.up, 46)), arms.left.wrist, add(legs.right.knee, vec(0, -4)), legs.left.knee, figure.shoulder('right'), figure.shoulder('left')];
    return fit(points, mirror, 100, 0.04);
  }) as Framing,
  /** Sitting, seen from the side: head to lap, room for a circle round the shoulder. */
  seatedUpper: around((f) => f.onTrunk(vec(10, 41)), 104),
  /** Lying on the back, seen from above: the head on its pillow down to the knees. */
  lyingLegs: around((f) => f.trunk(vec(0, 23)), 134),
  /** Lying on the back, seen from above: the head on its pillow down to the hips. */
  resting: around((f) => f.trunk(vec(0, 44)), 100),
  /** Seen from the side: the whole position, the props it needs (a chair, a wall) within reach. */
  whole: ((figure, spots, mirror) => fit(wholeFigure(figure, spots), mirror, 100, 0.07)) as Framing,
  /**
   * Leaning on a wall: head to mid-thigh, the wall behind and the ball against it. The legs'
   * slant from the wall says "leaning" as well as the feet would, and the figure is larger.
   */
  wall: ((figure, spots, mirror) => {
    const hips = figure.hip('right');
    const spot = spots[0] ?? figure.onTrunk(vec(-10, 40));
    const lowest = Math.min(hips.y - 22, spot.y - 20);
    const points = [add(figure.headCentre, scale(figure.up, 14)), vec(hips.x, lowest), add(spot, vec(-15, 0)), figure.onTrunk(vec(14, 40))];
    return fit(points, mirror, 84, 0.05);
  }) as Framing,
  /** Side-on to a wall, seen from behind: head to knees, the wall beside the ball. */
  besideWall: ((figure, spots, mirror) => {
    const spot = spots[0] ?? figure.hip('right');
    const out = Math.sign(spot.x - figure.pose.hips.x) || 1;
    const { legs } = figure.pose;
    const points = [add(figure.headCentre, scale(figure.up, 14)), legs.right.knee, legs.left.knee, add(spot, vec(out * 22, 0)), figure.shoulder(out > 0 ? 'left' : 'right')];
    return fit(points, mirror, 96, 0.05);
  }) as Framing,
  /**
   * Lying down: the stretch of the body around the spot, with the head; for the legs, hips
   * to feet (the bent knees and the bed say "lying" well enough).
   */
  lying: ((figure, spots, mirror) => {
    const spot = spots[0] ?? figure.hip('right');
    const head = figure.headCentre;
    const { legs } = figure.pose;
    const onLegs = Math.abs(spot.x - head.x) > Math.abs(figure.hip('right').x - head.x) + 10;
    const points = onLegs
      ? [add(figure.hip('right'), vec(-14, 0)), legs.right.knee, legs.right.toe, vec(spot.x, 18)]
      : [add(spot, vec(-40, 0)), add(spot, vec(40, 0)), vec(spot.x, 14), vec(spot.x, 62), add(head, vec(-18, 0)), add(head, vec(18, 0))];
    return fit(points, mirror, 100, 0.04);
  }) as Framing,
} satisfies Record<string, Framing>;

export interface ViewChoice {
  view: View;
  framing: Framing;
  /** The working hand's size: a little under life size in close-ups, where it would hide the face. */
  handSize: number;
}

/** How to look at the step, and how close. */
export function chooseView(facts: PictureFacts): ViewChoice {
  const { area, position, tool, motion } = facts;
  const lying = position === 'lying-back' || position === 'lying-front' || position === 'lying-side';
  const byHand = tool !== undefined && tool !== 'none' && tool !== 'ball' && tool !== 'foam-roller';
  const whole: ViewChoice = { view: 'side', framing: lying ? FRAMINGS.lying : position === 'wall-lean' ? FRAMINGS.wall : FRAMINGS.whole, handSize: 1 };
  const view = (v: View, framing: Framing, handSize = 0.9): ViewChoice => ({ view: v, framing, handSize });
  if (position === 'lying-side') return view('back', FRAMINGS.lying, 1);
  // Side-on to the wall, a ball on the outer hip: seen from behind, the wall beside the hip.
  if (sideOnWall(facts)) return view('back', FRAMINGS.besideWall, 1);
  if (motion.includes('stretch')) return view('front', FRAMINGS.reach, 1);
  if (resting(facts)) {
    // At rest nothing but the position needs showing: as large as it will go. Lying on the
    // back is seen from above, hands on the belly; standing from the front, feet apart.
    if (position === 'lying-back') return view('front', FRAMINGS.resting, 1);
    if (position === 'standing') return view('front', FRAMINGS.whole, 1);
    return whole;
  }
  // Shoulder rolls: close enough that the circle goes round the shoulder, clear of the head.
  const seated = position === 'seated' || position === 'seated-desk';
  if (area === 'shoulders' && tool === 'none' && seated) return { ...whole, framing: FRAMINGS.seatedUpper };
  if (!area || tool === 'none') return whole;
  if (area === 'forearms' || area === 'hands') return view('hands', FRAMINGS.upper);
  if (HEAD.has(area)) return view('front', FRAMINGS.head, 0.72);
  if (area === 'neck') {
    if (lying) return whole;
    if (facts.side !== 'both' && motion.includes('glide')) return view('front', FRAMINGS.neck, 0.8);
    return view('back', FRAMINGS.neck, 0.8);
  }
  // Lying on the back, the trunk is seen from above: the pillow says "in bed", and left, right
  // and clockwise read as they do on a person facing you.
  if (position === 'lying-back' && byHand && (area === 'shoulders' || area === 'chest')) return view('front', FRAMINGS.upper, 0.85);
  if (position === 'lying-back' && byHand && area === 'abdomen') return view('front', FRAMINGS.belly, 0.9);
  if (position === 'lying-back' && byHand && area === 'thighs') return view('front', FRAMINGS.lyingLegs, 1);
  if (tool === 'ball' || tool === 'foam-roller' || position === 'wall-lean' || lying) return whole;
  if (area === 'feet' && byHand && position !== 'standing') return view('foot', FRAMINGS.upper);
  if (area === 'shoulders' || area === 'chest' || area === 'arms') return view('front', FRAMINGS.upper, 0.85);
  if (area === 'abdomen') return view('front', FRAMINGS.lower);
  if (area === 'upper-back') return view('back', FRAMINGS.upper, 0.85);
  if (BACK.has(area)) return view('back', FRAMINGS.lower);
  if (area === 'calves' || area === 'shins' || area === 'feet') return { ...whole, framing: FRAMINGS.whole };
  return whole;
}

/** A ball on the outer hip against a wall: the person stands side-on to it. */
export const sideOnWall = (facts: Pick<PictureFacts, 'area' | 'tool' | 'position'>) =>
  facts.area === 'hips' && facts.tool === 'ball' && facts.position === 'wall-lean';

/** Nothing in hand and nothing moving: a rest, or breathing. */
export const resting = (facts: Pick<PictureFacts, 'tool' | 'motion'>) =>
  (facts.tool === undefined || facts.tool === 'none') && facts.motion.every((motion) => motion === 'still');

/** The position's pose, changed for what the step asks. */
export function choosePose(facts: PictureFacts, projection: Projection): Pose {
  const pose = basePose(facts.position, projection);
  const s = facts.side === 'left' ? -1 : 1;
  const seated = facts.position === 'seated' || facts.position === 'seated-desk';

  if (resting(facts) && facts.position === 'lying-back' && projection === 'front') {
    // Hands resting on the belly, fingertips meeting at the navel.
    const hand = { elbow: vec(27, 117), wrist: vec(8.5, 111), fingers: vec(-1, 0.15) };
    return { ...pose, arms: { right: hand, left: { elbow: vec(-27, 117), wrist: vec(-8.5, 111), fingers: vec(1, 0.15) } } };
  }
  if (facts.area === 'shoulders' && facts.tool === 'none' && seated && projection === 'side') {
    // Shoulder rolls: arms hanging, hands resting on the thighs, away from the desk.
    return { ...pose, arms: basePose('seated', 'side').arms };
  }
  if (facts.area === 'neck' && projection === 'front' && facts.side !== 'both') {
    // Head tilted gently away from the side being stroked.
    return { ...pose, nod: s * 0.22 };
  }
  if (facts.motion.includes('stretch') && facts.area !== 'neck') {
    // Both arms overhead.
    const up = (k: number) => ({ elbow: vec(k * 19, pose.hips.y + 80), wrist: vec(k * 13, pose.hips.y + 105), fingers: vec(0, 1) });
    return { ...pose, arms: { right: up(1), left: up(-1) } };
  }
  if (facts.area === 'feet' && facts.tool === 'ball' && projection === 'side') {
    const legs = pose.legs.right;
    return { ...pose, legs: { ...pose.legs, right: { knee: legs.knee, ankle: add(legs.ankle, vec(0, 10)), toe: add(legs.toe, vec(0, 10)) } } };
  }
  if (sideOnWall(facts) && projection !== 'side') {
    // Side-on to the wall: feet a step away from it, the hip leaning in, the trunk upright.
    const out = s;
    const shift = (l: Pose['legs']['right'], k: number) => ({ knee: add(l.knee, vec(-out * 6 * k, 0)), ankle: add(l.ankle, vec(-out * 13 * k, 0)), toe: add(l.toe, vec(-out * 13 * k, 0)) });
    // The arm on the wall's side is folded up out of the way, its hand flat on the wall.
    const near = { elbow: vec(out * 29, 118), wrist: vec(out * 24, 143), fingers: vec(0, 1) };
    const arms = out > 0 ? { ...pose.arms, right: near } : { ...pose.arms, left: near };
    return { ...pose, tilt: -out * 0.1, arms, legs: { right: shift(pose.legs.right, 1), left: shift(pose.legs.left, 1) } };
  }
  if (facts.area === 'calves' && facts.tool === 'foam-roller' && facts.position === 'seated-floor' && projection === 'side') {
    // The calf on the roller, hips lifted a little on the hands behind; the other knee bent,
    // that foot flat on the floor.
    const hand = (x: number) => ({ elbow: vec(x - 8, 32), wrist: vec(x - 13, 5), fingers: vec(-0.3, -1) });
    return {
      ...pose,
      hips: vec(0, 14),
      tilt: 0.42,
      arms: { right: hand(-18), left: hand(-16.5) },
      legs: { right: { knee: vec(44, 18), ankle: vec(86, 17.5), toe: vec(89.5, 31.5) }, left: { knee: vec(36, 47), ankle: vec(51, 8), toe: vec(67, 1.5) } },
    };
  }
  if (facts.area === 'glutes' && facts.tool === 'ball' && seated && projection === 'side') {
    // Sitting on a ball: lifted by it, hands on the thighs.
    const lift = vec(0, 11);
    const up = (a: Pose['arms']['right']) => ({ ...a, elbow: add(a.elbow, lift), wrist: add(a.wrist, lift) });
    return { ...pose, hips: add(pose.hips, lift), arms: { right: up(basePose('seated', 'side').arms.right), left: up(basePose('seated', 'side').arms.left) } };
  }
  const byHand = facts.tool !== undefined && ['hands', 'fingertips', 'thumbs', 'knuckles', 'massage-gun'].includes(facts.tool);
  if ((facts.area === 'calves' || facts.area === 'shins') && seated && projection === 'side' && byHand) {
    // Bent forward over the knee, toward the calf.
    return { ...pose, tilt: -0.85, nod: 0.1 };
  }
  return pose;
}
