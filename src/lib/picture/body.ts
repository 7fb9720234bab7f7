/**
 * The figure: one friendly, neutral person drawn in the clinic-sheet manner (a round head,
 * a soft torso, limbs as smooth tubes), seen from the side, the front or the back.
 *
 * Measurements are in centimetres of a 180 cm person, in "person space": y up; x forward in
 * a side view, and toward the person's right in a front or back view. Turning that into
 * what the viewer sees (a front view shows the person's right on the left; the left side
 * is the right side's mirror image) is the frame's job, so every rule here is written once.
 */
import { add, rotate, scale, sub, vec, type Vec } from './geometry';

export type Projection = 'side' | 'front' | 'back';
export type BodySide = 'right' | 'left';

export interface ArmPose {
  elbow: Vec;
  wrist: Vec;
  /** Where the fingers point, for a resting hand. */
  fingers: Vec;
}

export interface LegPose {
  knee: Vec;
  ankle: Vec;
  toe: Vec;
}

/**
 * A body position as joints. In a side view `right` is the near side and `left` the far
 * one; mirroring the picture makes them the left and right.
 */
export interface Pose {
  projection: Projection;
  /** The centre between the hip joints. */
  hips: Vec;
  /** The trunk's lean in radians, counterclockwise: leaning back in a side view, lying at ±π/2. */
  tilt: number;
  /** The head's tilt on the neck: nodding forward is negative in a side view; in a front or back view, toward the person's left is positive. */
  nod: number;
  arms: Record<BodySide, ArmPose>;
  legs: Record<BodySide, LegPose>;
  /** Thighs that point at the viewer (sitting, seen from the front) are drawn over the trunk. */
  thighsInFront?: boolean;
}

/** Limb radii and lengths. */
export const BODY = {
  upperArm: 29,
  forearm: 26,
  armRadius: 5,
  forearmRadius: 4.3,
  thighRadius: 8.6,
  shinRadius: 6.2,
  neckRadius: 5.6,
  /** A head a little larger than life reads as friendly, and its face reads at 120 px. */
  headScale: 1.12,
} as const;

/**
 * Seen from the side, the trunk is drawn this much deeper than measured (chest to back, belly
 * to buttocks): a true profile is a sliver in a small picture. Points on its surface
 * (`Figure.onTrunk`) follow it.
 */
export const SIDE_FULLNESS = 1.2;

/** Trunk outlines in the trunk's own coordinates: origin between the hip joints, y up the spine. */
const SIDE_TRUNK: Vec[] = [
  [-6.5, 60], [-10, 50], [-10.5, 40], [-9, 28], [-6.5, 17], [-7.5, 8], [-11, 1], [-11.5, -6], [-7, -12], [2, -11],
  [8.5, -3], [9.5, 7], [9, 18], [10.5, 30], [12.5, 40], [11, 50], [6, 57], [3, 60.5],
].map(([x, y]) => vec(x! * 1.1 * SIDE_FULLNESS, y!));

const FRONT_TRUNK_HALF: Vec[] = [
  [0, 60.5], [6, 60], [13, 57.5], [19, 55.5], [22.5, 51], [22, 45], [18, 38], [16, 30], [14, 20], [15.5, 10], [17.5, 2],
  [17, -6], [10, -11], [0, -12],
].map(([x, y]) => vec(x!, y!));
const FRONT_TRUNK = [...FRONT_TRUNK_HALF, ...FRONT_TRUNK_HALF.slice(1, -1).reverse().map((p) => vec(-p.x, p.y))];

/** Head outlines around the head's centre. */
const SIDE_HEAD: Vec[] = [
  [-10, 1], [-8.5, 8], [-3, 12], [3.5, 11.5], [8.5, 7], [10, 2], [10.2, -0.5], [12.2, -3.6], [10.2, -5], [10.4, -7.2],
  [9, -10.5], [5, -12], [0.5, -10], [-3, -7.5], [-8, -5],
].map(([x, y]) => vec(x!, y!));

const FRONT_HEAD_HALF: Vec[] = [[0, 12.5], [6.8, 10.3], [9.6, 4], [9.4, -2], [7.8, -7], [4.4, -11], [0, -12.6]].map(([x, y]) => vec(x!, y!));
const FRONT_HEAD = [...FRONT_HEAD_HALF, ...FRONT_HEAD_HALF.slice(1, -1).reverse().map((p) => vec(-p.x, p.y))];

export const OUTLINES = { SIDE_TRUNK, FRONT_TRUNK, SIDE_HEAD, FRONT_HEAD };

/** Where the neck meets the head, and the head's centre above it, in trunk coordinates. */
const NECK_BASE = vec(0, 57);
const NECK_TOP = vec(0, 64);
const HEAD_CENTRE = vec(0, 9);

/** A posed figure: the joints and surface points of one pose, in person space. */
export class Figure {
  constructor(readonly pose: Pose) {}

  get projection(): Projection {
    return this.pose.projection;
  }

  /** A point given in trunk coordinates (side: x forward; front and back: x toward the person's right). */
  trunk(local: Vec): Vec {
    return add(this.pose.hips, rotate(local, this.pose.tilt));
  }

  /** A point on the trunk's surface, given as measured: seen from the side, as deep as the outline is drawn. */
  onTrunk(local: Vec): Vec {
    return this.trunk(this.pose.projection === 'side' ? vec(local.x * SIDE_FULLNESS, local.y) : local);
  }

  /** A point given around the head's centre, with the head's nod. */
  head(local: Vec): Vec {
    const neckTop = this.pose.projection === 'side' ? add(NECK_TOP, vec(1.5, 0)) : NECK_TOP;
    return this.trunk(add(neckTop, rotate(scale(add(HEAD_CENTRE, local), BODY.headScale), this.pose.nod)));
  }

  get headCentre(): Vec {
    return this.head(vec(0, 0));
  }

  get neckBase(): Vec {
    return this.trunk(this.pose.projection === 'side' ? add(NECK_BASE, vec(-1.5, 0)) : NECK_BASE);
  }

  get neckTop(): Vec {
    return this.head(sub(vec(0, 0), HEAD_CENTRE));
  }

  shoulder(side: BodySide): Vec {
    if (this.pose.projection === 'side') return this.trunk(vec(side === 'right' ? 0 : 1.5, 51));
    return this.trunk(vec(side === 'right' ? 18.5 : -18.5, 51));
  }

  hip(side: BodySide): Vec {
    if (this.pose.projection === 'side') return this.trunk(vec(side === 'right' ? 0 : 1.5, 0));
    return this.trunk(vec(side === 'right' ? 9 : -9, 0));
  }

  /** Up the trunk (toward the head), as a direction. */
  get up(): Vec {
    return rotate(vec(0, 1), this.pose.tilt);
  }

  /** Forward in a side view; toward the person's right in a front or back view. */
  get across(): Vec {
    return rotate(vec(1, 0), this.pose.tilt);
  }
}
