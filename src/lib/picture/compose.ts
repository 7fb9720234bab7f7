/**
 * A step's picture from its fields: the figure in the step's position, the hand or tool on
 * the area (on the side being worked), marks for the motion and its direction, and weight
 * for the pressure. Pure: the same step and side always give the same scene.
 */
import type { Direction, Motion, Position, Sides } from '../routine/movement';
import type { Area, Pressure, Tool } from '../routine/vocabulary';
import { Figure, type BodySide, type Pose, type Projection } from './body';
import { drawFigure } from './draw-figure';
import { type Frame } from './frame';
import { add, ellipse, scale, sub, unit, vec, type Vec } from './geometry';
import { drawBall, drawGun, drawHand, drawRoller, drawTowel, gripOf, type Grip } from './hands';
import { drawMotion } from './motion';
import { choosePose, chooseView, resting, sideOnWall, type Framing } from './choose';
import { drawFootView } from './foot-view';
import { placeOf, type Place } from './places';
import { drawProps } from './props';
import { reach } from './reach';
import type { Scene, Shape } from './scene';
import { drawHandsView } from './hands-view';

/** The fields of a step that its picture is made from. */
export interface PictureStep {
  areas: readonly Area[];
  sides: Sides;
  rest: boolean;
  tool?: Tool | undefined;
  pressure?: Pressure | undefined;
  position?: Position | undefined;
  motion?: readonly Motion[] | undefined;
  direction?: Direction | undefined;
}

/** The side of the body being worked now: `both` for both at once, or a step without a side. */
export type WorkedSide = 'left' | 'right' | 'both';

/**
 * Which side the picture shows: the player's current side of a left-right step, else the
 * step's own one side, else both. A left-right step seen outside the player (a list, a
 * handout) shows its first side, the left.
 */
export function workedSide(step: Pick<PictureStep, 'sides'>, current?: 'left' | 'right'): WorkedSide {
  if (step.sides === 'left' || step.sides === 'right') return step.sides;
  if (step.sides === 'left-right') return current ?? 'left';
  return 'both';
}

/** What the picture will show, decided from the step; the text alternative is written from it too. */
export interface PictureFacts {
  position: Position;
  /** The area the hand or tool is on (the first of the step's areas), if any. */
  area: Area | undefined;
  /** All the step's areas: with the first, they can name a spot between two ("calves, feet" is the Achilles tendon). */
  areas?: readonly Area[] | undefined;
  side: WorkedSide;
  tool: Tool | undefined;
  motion: readonly Motion[];
  direction: Direction | undefined;
  pressure: Pressure | undefined;
}

/** Areas with a left and a right; the others sit on the middle of the body. */
const MIDLINE: ReadonlySet<Area> = new Set<Area>(['abdomen']);

const BALL_ON_BACK = (step: PictureStep) => step.tool === 'ball' && step.areas.some((area) => area === 'upper-back' || area === 'lower-back' || area === 'glutes' || area === 'hips');

/**
 * The position a step is drawn in: its own, or the likeliest from its area and tool. A ball
 * on the back of someone standing only stays there against a wall.
 */
function likelyPosition(step: PictureStep): Position {
  if (step.position === 'standing' && BALL_ON_BACK(step)) return 'wall-lean';
  if (step.position) return step.position;
  if (BALL_ON_BACK(step)) return 'wall-lean';
  if (step.tool === 'foam-roller') return 'lying-back';
  if (step.areas.some((area) => area === 'forearms' || area === 'hands')) return 'seated-desk';
  return 'seated';
}

/** The facts of a step's picture. */
export function pictureFacts(step: PictureStep, current?: 'left' | 'right'): PictureFacts {
  const motion = step.motion && step.motion.length > 0 ? step.motion : step.rest || step.tool === 'none' ? ['still' as const] : [];
  return {
    position: likelyPosition(step),
    area: step.areas[0],
    areas: step.areas,
    side: workedSide(step, current),
    tool: step.tool,
    motion,
    direction: step.direction,
    pressure: step.pressure,
  };
}

const WEIGHT: Record<Pressure, number> = { light: 2.2, medium: 3, firm: 3.8 };

/** Which hands work the spot, and on which side of the body each spot is. */
function handsAt(facts: PictureFacts, projection: Projection, place: (side: BodySide) => Place): { hand: BodySide; spot: BodySide }[] {
  const { tool, area, side } = facts;
  if (!area || tool === 'ball' || tool === 'foam-roller' || tool === 'none' || tool === 'towel' || facts.motion.includes('stretch')) return [];
  const limbOrFoot = area === 'calves' || area === 'shins' || area === 'feet' || area === 'thighs';
  if (side === 'both') {
    if (MIDLINE.has(area)) return [{ hand: 'right', spot: 'right' }, { hand: 'left', spot: 'right' }];
    if (projection === 'side') return [{ hand: 'right', spot: 'right' }];
    return (['right', 'left'] as const).map((s) => ({ hand: place(s).hand === 'same' ? s : other(s), spot: s }));
  }
  if (limbOrFoot) return [{ hand: side, spot: side }, { hand: other(side), spot: side }];
  const p = place(side);
  return [{ hand: p.hand === 'same' ? side : other(side), spot: side }];
}

const other = (side: BodySide): BodySide => (side === 'right' ? 'left' : 'right');

/** A picture's scene from a step and the side being worked now. */
export function composeStepPicture(step: PictureStep, current?: 'left' | 'right'): Scene {
  const facts = pictureFacts(step, current);
  const choice = chooseView(facts);
  if (choice.view === 'hands') return drawHandsView(facts);
  if (choice.view === 'foot') return drawFootView(facts);
  return composeFigure(facts, choice.view, choice.framing, choice.handSize);
}

function composeFigure(shown: PictureFacts, view: Projection, framing: Framing, handSize: number): Scene {
  const projection: Projection = view;
  // Seen from the side (or lying on the side), a one-sided step is drawn for the right, the
  // near side, and mirrored for the left: `facts` below is the right-side drawing.
  const sideLike = projection === 'side' || shown.position === 'lying-side';
  const mirrored = sideLike && shown.side === 'left';
  const facts: PictureFacts = mirrored ? { ...shown, side: 'right' } : shown;
  let pose: Pose = choosePose(facts, projection);
  let figure = new Figure(pose);
  const place = (side: BodySide) => placeOf(figure, { area: facts.area!, side, tool: facts.tool, motion: facts.motion, areas: shown.areas ?? (shown.area ? [shown.area] : []), position: facts.position });

  const grip: Grip = gripOf(facts.tool);
  const working = handsAt(facts, sideLike ? 'side' : projection, place);
  const hands: { wrist: Vec; fingers: Vec; thumbSide: 1 | -1 }[] = [];
  const spots: Place[] = [];
  working.forEach(({ hand, spot }, index) => {
    const p = place(spot);
    // Two hands on one spot: the second a little further along the area.
    const offset = index > 0 && working[0]!.spot === spot ? scale(unit(p.up), -5) : vec(0, 0);
    const thumbSide: 1 | -1 = hand === 'right' ? 1 : -1;
    const done = reach(pose, figure, { side: hand, spot: add(p.spot, offset), grip, fingers: p.fingers, elbowHint: p.elbow, thumbSide, size: handSize });
    pose = done.pose;
    figure = new Figure(pose);
    hands.push({ wrist: done.wrist, fingers: done.fingers, thumbSide });
    if (!spots.some((s) => s.spot.x === p.spot.x && s.spot.y === p.spot.y)) spots.push(p);
  });
  // At rest, or reaching up, there is no spot to light: the body map beside the picture shows
  // where to notice.
  if (working.length === 0 && facts.area && !resting(facts) && !facts.motion.includes('stretch')) {
    const sides: BodySide[] = facts.side === 'both' && !MIDLINE.has(facts.area) && !sideLike ? ['right', 'left'] : [facts.side === 'left' ? 'left' : 'right'];
    for (const side of sides) spots.push(place(side));
  }

  const frame = framing(figure, spots.map((s) => s.spot), mirrored !== (projection === 'front'));
  // Side-on to the wall (a ball on the outer hip), the wall is beside the worked side.
  const wallAway: 1 | -1 = sideOnWall(facts) && projection !== 'side' ? (facts.side === 'left' ? -1 : 1) : -1;
  const wallX = facts.position === 'wall-lean' ? wallFor(figure, spots[0], facts.tool, wallAway) : undefined;
  // Lying on a ball or a roller is on the floor, the tool under the body; otherwise in bed.
  const under = facts.tool === 'ball' ? 2 * BALL_RADIUS - 1 : facts.tool === 'foam-roller' ? 2 * ROLLER_RADIUS - 1 : undefined;
  const props = drawProps(facts.position, projection, frame, { wallX, wallAway, head: figure.headCentre, floorY: under === undefined ? undefined : BED_TOP - under });
  // Seen from behind, an arm that reaches across the front is hidden; only its hand shows.
  const hidden = projection === 'back' ? working.filter((w) => place(w.spot).hand === 'opposite').map((w) => w.hand) : [];
  const drawn = drawFigure(figure, frame, [...new Set(working.map((w) => w.hand))], hidden);

  const shapes: Shape[] = [...props.behind, ...drawn.behind, ...drawn.body, ...props.front, ...drawn.front];
  const weight = WEIGHT[facts.pressure ?? 'light'];
  for (const spot of spots) shapes.push({ kind: 'area', d: ellipse(frame.at(spot.spot), frame.len(5.5), frame.len(5.5)) });
  shapes.push(...drawn.working);
  hands.forEach(({ wrist, fingers, thumbSide }) => shapes.push(...drawHand(frame, grip, wrist, fingers, thumbSide, handSize)));
  shapes.push(...toolShapes(facts, frame, spots, wallX, wallAway));
  const toolRadius = facts.tool === 'ball' ? BALL_RADIUS : facts.tool === 'foam-roller' ? ROLLER_RADIUS : working.length ? 4.5 : 3;
  shapes.push(...drawMotion({ frame, figure, spots, facts, weight, grip: working.length ? grip : undefined, projection, toolRadius }));
  return { view, shapes, contacts: spots.map((s) => frame.at(s.spot)), mirrored, pressure: facts.pressure };
}

/** The ball's size: larger than a tennis ball, so it reads in a small picture. */
const BALL_RADIUS = 6;
const ROLLER_RADIUS = 7.5;
/** Where a lying body's back rests (the poses put the mattress top here). */
const BED_TOP = 30;

/** The wall stands behind the ball (or beside it, `away` toward +x), or touches the upper back when there is none. */
function wallFor(figure: Figure, place: Place | undefined, tool: Tool | undefined, away: 1 | -1): number {
  if (place && tool === 'ball') return place.spot.x + away * (2 * BALL_RADIUS - 0.8);
  return figure.onTrunk(vec(-10.5, 40)).x;
}

function toolShapes(facts: PictureFacts, frame: Frame, spots: readonly Place[], wallX: number | undefined, wallAway: 1 | -1): Shape[] {
  const spot = spots[0];
  if (!spot) return [];
  switch (facts.tool) {
    case 'ball': {
      const centre = add(spot.spot, scale(unit(spot.normal), BALL_RADIUS - 0.6));
      // Never into the wall.
      const x = wallX === undefined ? centre.x : wallAway < 0 ? Math.max(centre.x, wallX + BALL_RADIUS) : Math.min(centre.x, wallX - BALL_RADIUS);
      return drawBall(frame, vec(x, centre.y), BALL_RADIUS);
    }
    case 'foam-roller':
      return drawRoller(frame, add(spot.spot, scale(unit(spot.normal), ROLLER_RADIUS - 0.5)), ROLLER_RADIUS, facts.position !== 'lying-side');
    case 'towel': {
      const across = vec(-spot.up.y, spot.up.x);
      return drawTowel(frame, sub(spot.spot, scale(across, 30)), add(spot.spot, scale(across, 30)));
    }
    case 'massage-gun':
      return drawGun(frame, spot.spot, scale(spot.normal, -1));
    default:
      return [];
  }
}
