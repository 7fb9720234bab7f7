/**
 * The fixed vocabularies of the routine format. routines/README.md documents them;
 * the body map, filters and validator all read them from here. Sides, positions,
 * motions and directions are in movement.ts, off the start page.
 */

export const AREAS = [
  'scalp',
  'temples',
  'jaw',
  'face',
  'neck',
  'shoulders',
  'chest',
  'upper-back',
  'lower-back',
  'arms',
  'forearms',
  'hands',
  'abdomen',
  'hips',
  'glutes',
  'thighs',
  'calves',
  'shins',
  'feet',
] as const;
export type Area = (typeof AREAS)[number];

export const AREA_LABELS: Record<Area, string> = {
  scalp: 'Scalp',
  temples: 'Temples',
  jaw: 'Jaw',
  face: 'Face',
  neck: 'Neck',
  shoulders: 'Shoulders',
  chest: 'Chest',
  'upper-back': 'Upper back',
  'lower-back': 'Lower back',
  arms: 'Upper arms',
  forearms: 'Forearms',
  hands: 'Hands',
  abdomen: 'Abdomen',
  hips: 'Hips',
  glutes: 'Glutes',
  thighs: 'Thighs',
  calves: 'Calves',
  shins: 'Shins',
  feet: 'Feet',
};

export const TOOLS = [
  'hands',
  'fingertips',
  'thumbs',
  'knuckles',
  'ball',
  'foam-roller',
  'massage-gun',
  'towel',
  'none',
] as const;
export type Tool = (typeof TOOLS)[number];

export const TOOL_LABELS: Record<Tool, string> = {
  hands: 'Hands',
  fingertips: 'Fingertips',
  thumbs: 'Thumbs',
  knuckles: 'Knuckles',
  ball: 'Massage ball',
  'foam-roller': 'Foam roller',
  'massage-gun': 'Massage gun',
  towel: 'Towel',
  none: 'No tool',
};

export const PRESSURES = ['light', 'medium', 'firm'] as const;
export type Pressure = (typeof PRESSURES)[number];

/** Limits of the format, in one place so the docs, schema and errors agree. */
export const LIMITS = {
  idLength: 64,
  titleLength: 80,
  summaryLength: 200,
  tagLength: 24,
  tags: 12,
  textLength: 4000,
  safetyLength: 1500,
  cautions: 20,
  cautionLength: 300,
  authorLength: 120,
  strokeLength: 120,
  steps: 1000,
  repeat: 20,
  minStepSeconds: 1,
  maxStepSeconds: 3600,
  /** A routine's whole length in the player: every repeat and side, with the pauses to switch sides. */
  totalSeconds: 3 * 3600,
  /** The pause to change sides on a left-right step. */
  switchSeconds: 5,
  /** Lists and quotes inside each other in any Markdown text. */
  markdownDepth: 8,
  fileBytes: 1_000_000,
  /** The YAML between the `---` lines of a Markdown file, in characters. */
  frontMatterLength: 16_000,
} as const;
