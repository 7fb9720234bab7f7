/**
 * The figure's shapes in drawing order: limbs on the far side, the trunk and head, the near
 * limbs, and last the arms that work, so a hand on the face or across the chest is in front.
 */
import { BODY, type Figure, OUTLINES, type BodySide } from './body';
import { type Frame } from './frame';
import { add, arcPoints, ellipse, polyline, scale, smooth, sub, unit, vec, type Vec } from './geometry';
import type { Shape } from './scene';

export interface FigureShapes {
  /** Limbs behind the trunk. */
  behind: Shape[];
  /** Trunk, neck and head, with the face. */
  body: Shape[];
  /** Limbs in front of the trunk that do not work. */
  front: Shape[];
  /** The working arms, without hands (the composer draws the hand or tool). */
  working: Shape[];
}

const SIDES: readonly BodySide[] = ['right', 'left'];

function armTubes(figure: Figure, frame: Frame, side: BodySide, withHand: boolean, far: boolean): Shape[] {
  const { elbow, wrist, fingers } = figure.pose.arms[side];
  const shoulder = figure.shoulder(side);
  const segments: { points: Vec[]; radius: number }[] = [
    { points: [shoulder, elbow], radius: BODY.armRadius },
    { points: [elbow, wrist], radius: BODY.forearmRadius },
  ];
  // A resting hand: a short mitten in line with the fingers.
  if (withHand) segments.push({ points: [wrist, add(wrist, scale(unit(fingers), 7))], radius: 3.7 });
  return frame.tubes(segments, far);
}

function legTubes(figure: Figure, frame: Frame, side: BodySide, part: 'all' | 'thigh' | 'below', far: boolean): Shape[] {
  const { knee, ankle, toe } = figure.pose.legs[side];
  const segments: { points: Vec[]; radius: number }[] = [];
  if (part !== 'below') segments.push({ points: [figure.hip(side), knee], radius: BODY.thighRadius });
  if (part !== 'thigh') {
    segments.push({ points: [knee, ankle], radius: BODY.shinRadius });
    segments.push({ points: [add(ankle, scale(unit(sub(ankle, toe)), 1.5)), toe], radius: 3.6 });
  }
  return frame.tubes(segments, far);
}

/** Closed eyes, a nose and a quiet mouth: calm, and the same for everyone. */
function face(figure: Figure, frame: Frame): Shape[] {
  const at = (x: number, y: number) => figure.head(vec(x, y));
  if (figure.projection === 'front') {
    const eye = (x: number) => polyline(arcPoints(vec(0, 0), 1.9, 1.1, 200, 340, 6).map((p) => frame.at(at(x + p.x, 1.4 - p.y))));
    return [
      { kind: 'feature', d: eye(-3.7) },
      { kind: 'feature', d: eye(3.7) },
      { kind: 'feature', d: polyline([at(0.2, -0.6), at(0.9, -3.4), at(-0.3, -3.8)].map((p) => frame.at(p))) },
      { kind: 'feature', d: smooth([at(-2.1, -6.9), at(0, -7.5), at(2.1, -6.9)].map((p) => frame.at(p)), false) },
    ];
  }
  if (figure.projection === 'side') {
    return [
      { kind: 'feature', d: smooth([at(5.2, 1.9), at(6.7, 1.1), at(8.2, 1.6)].map((p) => frame.at(p)), false) },
      { kind: 'feature', d: polyline([at(10.3, -7.1), at(8.7, -7.3)].map((p) => frame.at(p))) },
    ];
  }
  // From behind: the hairline at the nape, where the neck meets the skull.
  return [{ kind: 'feature', d: smooth([at(-5.5, -8), at(0, -9.6), at(5.5, -8)].map((p) => frame.at(p)), false) }];
}

function ears(figure: Figure, frame: Frame): Shape[] {
  if (figure.projection === 'side') {
    const centre = frame.at(figure.head(vec(-0.8, -1)));
    return [{ kind: 'body', d: ellipse(centre, frame.len(2.1), frame.len(3.3)) }];
  }
  return [-9.5, 9.5].map((x) => ({ kind: 'body' as const, d: ellipse(frame.at(figure.head(vec(x, -0.8))), frame.len(2), frame.len(3.3)) }));
}

function trunkAndHead(figure: Figure, frame: Frame): Shape[] {
  const side = figure.projection === 'side';
  const trunk = (side ? OUTLINES.SIDE_TRUNK : OUTLINES.FRONT_TRUNK).map((p) => figure.trunk(p));
  const head = (side ? OUTLINES.SIDE_HEAD : OUTLINES.FRONT_HEAD).map((p) => figure.head(p));
  const neck = frame.tubes([{ points: [figure.neckBase, figure.neckTop], radius: BODY.neckRadius }]);
  const earShapes = ears(figure, frame);
  return [
    ...neck,
    frame.outline('body', trunk),
    ...(side ? [] : earShapes),
    frame.outline('body', head),
    ...(side ? earShapes : []),
    ...face(figure, frame),
  ];
}

/**
 * The figure's shapes; `working` arms are drawn last and without hands, unless `hidden`
 * (an arm reaching across the front, seen from behind), then first.
 */
export function drawFigure(figure: Figure, frame: Frame, working: readonly BodySide[], hidden: readonly BodySide[] = []): FigureShapes {
  const behind: Shape[] = [];
  const front: Shape[] = [];
  const workingShapes: Shape[] = [];
  const sideView = figure.projection === 'side';
  const lyingOnSide = !sideView && Math.abs(figure.pose.tilt) > 1;

  for (const side of SIDES) {
    const far = sideView && side === 'left';
    if (sideView) {
      (far ? behind : front).push(...legTubes(figure, frame, side, 'all', far));
    } else if (figure.pose.thighsInFront) {
      behind.push(...legTubes(figure, frame, side, 'below', false));
      front.unshift(...legTubes(figure, frame, side, 'thigh', false));
    } else {
      behind.push(...legTubes(figure, frame, side, 'all', lyingOnSide && side === 'left'));
    }
  }
  for (const side of SIDES) {
    const far = (sideView || lyingOnSide) && side === 'left';
    if (hidden.includes(side)) behind.push(...armTubes(figure, frame, side, false, false));
    else if (working.includes(side)) workingShapes.push(...armTubes(figure, frame, side, false, false));
    else (far ? behind : front).push(...armTubes(figure, frame, side, true, far));
  }
  return { behind, body: trunkAndHead(figure, frame), front, working: workingShapes };
}
