/**
 * How a step is done: which side, the body's position, the motion of the hand or tool, and
 * which way it travels. Step pictures are composed from these (lib/picture) and a reader understands them
 * too. routines/README.md documents them.
 *
 * They live apart from vocabulary.ts because that module is part of the start page (the
 * library's area filter), and only the screens that show or check steps need these.
 */

/**
 * `both` works both sides at once (or has no side); `left-right` runs the step once per side;
 * `left` and `right` work that side only, as in "Warm the left foot".
 */
export const SIDES = ['both', 'left-right', 'left', 'right'] as const;
export type Sides = (typeof SIDES)[number];

export const POSITIONS = [
  'standing',
  'wall-lean',
  'seated',
  'seated-desk',
  'seated-floor',
  'lying-back',
  'lying-side',
  'lying-front',
] as const;
export type Position = (typeof POSITIONS)[number];

export const POSITION_LABELS: Record<Position, string> = {
  standing: 'Standing',
  'wall-lean': 'Leaning on a wall',
  seated: 'Sitting on a chair or the edge of the bed',
  'seated-desk': 'Sitting at a desk',
  'seated-floor': 'Sitting on the floor',
  'lying-back': 'Lying on your back',
  'lying-side': 'Lying on your side',
  'lying-front': 'Lying on your front',
};

/**
 * What the hand or tool does. `up-down`, `side-to-side` and `back-and-forth` are rolls or
 * strokes to and fro along the body's three axes (head to feet, left to right, front to back:
 * heel to toes on a foot); `glide` is a stroke one way, lifting off to start again.
 */
export const MOTIONS = [
  'circles',
  'glide',
  'up-down',
  'side-to-side',
  'back-and-forth',
  'press-hold',
  'squeeze',
  'knead',
  'rub',
  'pull',
  'stretch',
  'still',
] as const;
export type Motion = (typeof MOTIONS)[number];

export const MOTION_LABELS: Record<Motion, string> = {
  circles: 'Circles',
  glide: 'Long strokes (glide)',
  'up-down': 'Up and down',
  'side-to-side': 'Side to side',
  'back-and-forth': 'Back and forth',
  'press-hold': 'Press and hold',
  squeeze: 'Squeeze and release',
  knead: 'Knead',
  rub: 'Brisk rubbing',
  pull: 'Gentle pull',
  stretch: 'Reach or stretch',
  still: 'Rest still',
};

/** A step names at most this many motions, done one after the other ("press-hold, circles"). */
export const MAX_MOTIONS = 2;

/**
 * Which way a glide goes, or which way circles turn or travel. On the arms and legs `up` is
 * toward the body, as when they hang; `clockwise` is as someone facing you would see it.
 */
export const DIRECTIONS = [
  'up',
  'down',
  'outward',
  'inward',
  'forward',
  'backward',
  'toward-heart',
  'away-from-heart',
  'clockwise',
  'anticlockwise',
] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const DIRECTION_LABELS: Record<Direction, string> = {
  up: 'Up',
  down: 'Down',
  outward: 'Outward, from the middle',
  inward: 'Inward, toward the middle',
  forward: 'Forward',
  backward: 'Backward',
  'toward-heart': 'Toward the heart',
  'away-from-heart': 'Away from the heart',
  clockwise: 'Clockwise',
  anticlockwise: 'Anticlockwise',
};

/**
 * Words people write for these values and for tools, so a validator can suggest the one meant
 * ("sitting" → seated, "roller" → foam-roller). Typos are caught by edit distance; these are
 * other words.
 */
export const MOVEMENT_SYNONYMS: Readonly<Record<string, string>> = {
  stand: 'standing',
  wall: 'wall-lean',
  'against-wall': 'wall-lean',
  'leaning-on-wall': 'wall-lean',
  'leaning-on-a-wall': 'wall-lean',
  sitting: 'seated',
  sit: 'seated',
  chair: 'seated',
  desk: 'seated-desk',
  'at-desk': 'seated-desk',
  floor: 'seated-floor',
  'sitting-on-floor': 'seated-floor',
  lying: 'lying-back',
  supine: 'lying-back',
  'on-back': 'lying-back',
  bed: 'lying-back',
  'side-lying': 'lying-side',
  prone: 'lying-front',
  'on-front': 'lying-front',
  circle: 'circles',
  stroke: 'glide',
  strokes: 'glide',
  stroking: 'glide',
  effleurage: 'glide',
  press: 'press-hold',
  hold: 'press-hold',
  presses: 'press-hold',
  'trigger-point': 'press-hold',
  squeezes: 'squeeze',
  kneading: 'knead',
  petrissage: 'knead',
  friction: 'rub',
  rubbing: 'rub',
  roll: 'up-down',
  rolls: 'up-down',
  traction: 'pull',
  reach: 'stretch',
  rest: 'still',
  'hold-still': 'still',
  upward: 'up',
  downward: 'down',
  out: 'outward',
  in: 'inward',
  'toward-the-heart': 'toward-heart',
  'towards-heart': 'toward-heart',
  'away-from-the-heart': 'away-from-heart',
  counterclockwise: 'anticlockwise',
  'counter-clockwise': 'anticlockwise',
  'anti-clockwise': 'anticlockwise',
  // Tools, checked with the same hints.
  roller: 'foam-roller',
  'foam-roll': 'foam-roller',
  'tennis-ball': 'ball',
  'massage-ball': 'ball',
  'lacrosse-ball': 'ball',
};
