/**
 * Words of step pictures and the body map beside them: the text alternative a screen reader
 * reads for a picture, written from the same facts the picture is drawn from (lib/picture),
 * so the two cannot disagree. Loaded with the screens that show pictures and maps (player,
 * editor), not the start page. See index.ts for how the strings are organised.
 */
import type { PictureFacts } from '../../lib/picture';
import type { Direction, Motion, Position } from '../../lib/routine/movement';
import type { Area, Pressure, Tool } from '../../lib/routine/vocabulary';
import { capitalized } from './english';

type OneSide = 'left' | 'right';

export interface PictureStrings {
  bodyMap: {
    /** The map's name from the labels of the areas it highlights, and the side lit when only one is. */
    name: (areas: readonly string[], side?: OneSide) => string;
    front: string;
    back: string;
  };
  picture: {
    /** "Seated: fingertips on both temples, small circles, light pressure." */
    describe: (facts: PictureFacts) => string;
    /** A drawing's own title, with the side it shows for a one-sided step. */
    drawing: (title: string, side: OneSide | undefined) => string;
  };
}

const POSITION: Record<Position, string> = {
  standing: 'Standing',
  'wall-lean': 'Leaning on a wall',
  seated: 'Seated',
  'seated-desk': 'Seated at a desk',
  'seated-floor': 'Sitting on the floor',
  'lying-back': 'Lying on your back',
  'lying-side': 'Lying on your side',
  'lying-front': 'Lying on your front',
};

/** Each area for one side, and for both sides or the middle. */
const AREA: Record<Area, { one: (side: OneSide) => string; both: string }> = {
  scalp: { one: (s) => `the ${s} side of the scalp`, both: 'the scalp on both sides' },
  temples: { one: (s) => `the ${s} temple`, both: 'both temples' },
  jaw: { one: (s) => `the ${s} side of the jaw`, both: 'the jaw on both sides' },
  face: { one: (s) => `the ${s} side of the face`, both: 'the face' },
  neck: { one: (s) => `the ${s} side of the neck`, both: 'the back of the neck' },
  shoulders: { one: (s) => `the ${s} shoulder`, both: 'both shoulders' },
  chest: { one: (s) => `the ${s} side of the chest`, both: 'the chest, below the collarbones' },
  'upper-back': { one: (s) => `the ${s} upper back`, both: 'the upper back' },
  'lower-back': { one: (s) => `the ${s} lower back`, both: 'the lower back, either side of the spine' },
  arms: { one: (s) => `the ${s} upper arm`, both: 'both upper arms' },
  forearms: { one: (s) => `the ${s} forearm`, both: 'both forearms' },
  hands: { one: (s) => `the ${s} hand`, both: 'both hands' },
  abdomen: { one: () => 'the belly', both: 'the belly' },
  hips: { one: (s) => `the ${s} hip`, both: 'both hips' },
  glutes: { one: (s) => `the ${s} buttock`, both: 'both buttocks' },
  thighs: { one: (s) => `the ${s} thigh`, both: 'both thighs' },
  calves: { one: (s) => `the ${s} calf`, both: 'both calves' },
  shins: { one: (s) => `the ${s} shin, beside the bone`, both: 'both shins, beside the bone' },
  feet: { one: (s) => `the ${s} foot`, both: 'both feet' },
};

const TOOL: Record<Exclude<Tool, 'none'>, { one: string; both: string }> = {
  hands: { one: 'hand', both: 'palms' },
  fingertips: { one: 'fingertips', both: 'fingertips' },
  thumbs: { one: 'thumb', both: 'thumbs' },
  knuckles: { one: 'knuckles', both: 'knuckles' },
  ball: { one: 'ball', both: 'ball' },
  'foam-roller': { one: 'foam roller', both: 'foam roller' },
  'massage-gun': { one: 'massage gun', both: 'massage gun' },
  towel: { one: 'towel', both: 'towel' },
};

const WAY: Record<Direction, string> = {
  up: 'upward',
  down: 'downward',
  outward: 'outward',
  inward: 'inward',
  forward: 'forward',
  backward: 'backward',
  'toward-heart': 'toward the heart',
  'away-from-heart': 'away from the heart',
  clockwise: 'clockwise',
  anticlockwise: 'anticlockwise',
};

const TURNS: ReadonlySet<Direction> = new Set<Direction>(['clockwise', 'anticlockwise', 'forward', 'backward']);

function motionWords(motion: Motion, direction: Direction | undefined, alone: boolean): string {
  const way = direction ? WAY[direction] : undefined;
  switch (motion) {
    case 'circles':
      if (way && TURNS.has(direction!)) return `circles ${way}`;
      return way && alone ? `small circles, moving ${way}` : 'small circles';
    case 'glide':
      return way ? `long strokes ${way}` : 'long strokes';
    case 'up-down':
      return 'up and down';
    case 'side-to-side':
      return 'side to side';
    case 'back-and-forth':
      return 'back and forth';
    case 'press-hold':
      return way && alone ? `press and hold, moving ${way}` : 'press and hold';
    case 'squeeze':
      return way && alone ? `squeeze and release, moving ${way}` : 'squeeze and release';
    case 'knead':
      return 'kneading';
    case 'rub':
      return 'brisk rubbing';
    case 'pull':
      return 'a gentle pull';
    case 'stretch':
      return 'reaching up';
    case 'still':
      return 'resting still';
  }
}

/** Where the tool is: "ball between the wall and the right upper back". */
function toolAt(facts: PictureFacts): string {
  const { area, side, tool, position } = facts;
  // "Calves, feet" is the Achilles tendon, between them.
  const tendon = area === 'calves' && facts.areas?.includes('feet');
  const place = tendon ? (side === 'both' ? 'both Achilles tendons' : `the ${side} Achilles tendon`)
    : area ? (side === 'both' ? AREA[area].both : AREA[area].one(side)) : undefined;
  if (!tool || tool === 'none') return place ? capitalized(place.replace(/^the /, '')) : '';
  // Both hands work one leg or foot ("sandwich the foot between your palms").
  const bothHands = side === 'both' ? area !== 'abdomen' : area === 'feet' || area === 'calves' || area === 'shins' || area === 'thighs';
  const name = bothHands ? TOOL[tool].both : TOOL[tool].one;
  if (!place) return capitalized(name);
  if (tool === 'ball' && position === 'wall-lean') return `Ball between the wall and ${place}`;
  if ((tool === 'ball' || tool === 'foam-roller') && position.startsWith('lying')) return `${capitalized(name)} between the floor and ${place}`;
  if ((tool === 'ball' || tool === 'foam-roller') && area === 'feet') return `${capitalized(name)} under ${place}`;
  return `${capitalized(name)} on ${place}`;
}

export const en: PictureStrings = {
  bodyMap: {
    name: (areas, side) => `Body map${side ? `, ${side} side` : ''}: ${areas.length ? areas.join(', ') : 'no specific area'}`,
    front: 'Front',
    back: 'Back',
  },
  picture: {
    describe: (facts) => {
      if ((!facts.tool || facts.tool === 'none') && facts.motion.every((motion) => motion === 'still')) return `${POSITION[facts.position]}, resting still.`;
      const at = toolAt(facts);
      const motions = facts.motion.map((motion) => motionWords(motion, facts.direction, facts.motion.length === 1 || motion === 'glide')).join(', then ');
      const pressure: Record<Pressure, string> = { light: 'light pressure', medium: 'medium pressure', firm: 'firm pressure' };
      const parts = [at, motions, facts.pressure && facts.tool !== 'none' ? pressure[facts.pressure] : ''].filter(Boolean);
      return `${POSITION[facts.position]}${parts.length ? `: ${parts.join(', ').replace(/^./, (c) => c.toLowerCase())}` : ''}.`;
    },
    drawing: (title, side) => (side ? `${title} (${side} side)` : title),
  },
};

/** Standalone: the picture code loads these words with it, wherever it is shown. */
export const t: PictureStrings = en;

/** The text alternative of a picture, in the reader's language. */
export const describePicture = (facts: PictureFacts): string => t.picture.describe(facts);
