/**
 * The editor's working copy of a routine: every field as the user typed it, and the one
 * conversion to a Routine through the schema, with each problem keyed by the field that
 * shows it (`title`, `steps.2.duration`). Pure, so the editor's rules are unit tests.
 */
import * as v from 'valibot';
import { parseDuration, formatDurationAttribute } from './duration';
import { RoutineSchema, type Routine } from './schema';
import { stepLength } from './summary';
import { MAX_MOTIONS, type Direction, type Motion, type Position, type Sides } from './movement';
import type { Area, Pressure, Tool } from './vocabulary';

export interface StepDraft {
  /** Stable across reordering, for keyed lists and drag and drop. */
  key: number;
  title: string;
  duration: string;
  instructions: string;
  areas: Area[];
  leftRight: boolean;
  /** A step that works one side only ("Warm the left foot"); `leftRight` wins over it. */
  onlySide: 'left' | 'right' | '';
  repeat: number;
  rest: boolean;
  position: Position | '';
  tool: Tool | '';
  pressure: Pressure | '';
  /** In the order they are done; at most MAX_MOTIONS. */
  motion: Motion[];
  direction: Direction | '';
  stroke: string;
  illustration: string;
}

export interface RoutineDraft {
  id: string;
  title: string;
  summary: string;
  tags: string;
  author: string;
  intro: string;
  safety: string;
  cautions: string;
  version: number;
  steps: StepDraft[];
}

let nextKey = 1;

export function emptyStep(): StepDraft {
  return {
    key: nextKey++, title: '', duration: '45s', instructions: '', areas: [], leftRight: false, onlySide: '', repeat: 1, rest: false,
    position: '', tool: '', pressure: '', motion: [], direction: '', stroke: '', illustration: '',
  };
}

export function emptyDraft(): RoutineDraft {
  return { id: '', title: '', summary: '', tags: '', author: '', intro: '', safety: '', cautions: '', version: 1, steps: [emptyStep()] };
}

/** A draft of an existing routine, to edit it or start from a copy. */
export function draftFromRoutine(routine: Routine): RoutineDraft {
  return {
    id: routine.id,
    title: routine.title,
    summary: routine.summary,
    tags: routine.tags.join(', '),
    author: routine.author ?? '',
    intro: routine.intro ?? '',
    safety: routine.safety,
    cautions: routine.cautions.join('\n'),
    version: routine.version,
    steps: routine.steps.map((step) => ({
      key: nextKey++,
      title: step.title,
      duration: formatDurationAttribute(step.duration),
      instructions: step.instructions,
      areas: [...step.areas],
      leftRight: step.sides === 'left-right',
      onlySide: step.sides === 'left' || step.sides === 'right' ? step.sides : '',
      repeat: step.repeat,
      rest: step.rest,
      position: step.position ?? '',
      tool: step.tool ?? '',
      pressure: step.pressure ?? '',
      motion: [...(step.motion ?? [])],
      direction: step.direction ?? '',
      stroke: step.stroke ?? '',
      illustration: step.illustration ?? '',
    })),
  };
}

/** Lowercase words joined by hyphens, as routine ids are written. */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'my-routine'
  );
}

const optional = (text: string) => (text.trim() === '' ? undefined : text);

/** The draft as routine-file data: what the schema reads. */
export function draftInput(draft: RoutineDraft): Record<string, unknown> {
  const input: Record<string, unknown> = {
    id: draft.id || slugify(draft.title),
    title: draft.title,
    summary: draft.summary,
    tags: draft.tags.split(',').map((tag) => tag.trim().toLowerCase()).filter(Boolean),
    safety: draft.safety,
    cautions: draft.cautions.split('\n').map((line) => line.trim()).filter(Boolean),
    version: draft.version,
    steps: draft.steps.map((step) => {
      const out: Record<string, unknown> = {
        title: step.title,
        duration: step.duration.trim(),
        instructions: step.instructions.trim(),
        areas: step.areas,
        sides: step.leftRight ? 'left-right' : step.onlySide || 'both',
        repeat: step.repeat,
        rest: step.rest,
      };
      if (step.position) out.position = step.position;
      if (step.tool) out.tool = step.tool;
      if (step.pressure) out.pressure = step.pressure;
      if (step.motion.length) out.motion = step.motion;
      if (step.direction) out.direction = step.direction;
      if (optional(step.stroke)) out.stroke = step.stroke;
      if (step.illustration) out.illustration = step.illustration;
      return out;
    }),
  };
  if (optional(draft.author)) input.author = draft.author;
  if (optional(draft.intro)) input.intro = draft.intro.trim();
  return input;
}

/** What a step's picture is drawn from, as a routine step would carry it. */
export interface DraftPictureFields {
  areas: readonly Area[];
  sides: Sides;
  rest: boolean;
  tool?: Tool;
  pressure?: Pressure;
  position?: Position;
  motion?: readonly Motion[];
  direction?: Direction;
  illustration?: string;
}

/**
 * A step being edited, as its picture sees it: the editor's preview is drawn from the same
 * fields, with the same side rule, as the saved step will be in the player.
 */
export function draftPictureFields(step: StepDraft): DraftPictureFields {
  const fields: DraftPictureFields = { areas: step.areas, sides: step.leftRight ? 'left-right' : step.onlySide || 'both', rest: step.rest };
  if (step.tool) fields.tool = step.tool;
  if (step.pressure) fields.pressure = step.pressure;
  if (step.position) fields.position = step.position;
  if (step.motion.length) fields.motion = step.motion;
  if (step.direction) fields.direction = step.direction;
  if (step.illustration) fields.illustration = step.illustration;
  return fields;
}

/**
 * The step's motions after one of its (at most two) motion fields changed: empty fields drop
 * out, and the same motion twice counts once.
 */
export function withMotion(motion: readonly Motion[], at: number, value: Motion | ''): Motion[] {
  const next: (Motion | '')[] = Array.from({ length: MAX_MOTIONS }, (_, index) => motion[index] ?? '');
  next[at] = value;
  return [...new Set(next.filter((entry): entry is Motion => entry !== ''))];
}

export type DraftProblems = Record<string, string>;

/** A message as a sentence: capital first letter. */
export const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

/** The routine a draft makes, or one message per field (the first problem each field has). */
export function routineFromDraft(draft: RoutineDraft): { ok: true; routine: Routine } | { ok: false; problems: DraftProblems } {
  const result = v.safeParse(RoutineSchema, draftInput(draft));
  if (result.success) return { ok: true, routine: result.output };
  const problems: DraftProblems = {};
  for (const issue of result.issues) {
    const keys = (issue.path ?? []).map((item) => String(item.key));
    // A problem inside a list (one tag, one caution) belongs to the list's field.
    const field = keys[0] === 'steps' ? keys.slice(0, 3).join('.') : keys[0] === 'id' ? 'title' : (keys[0] ?? 'title');
    // The schema writes for `path:line: message` lines; next to a field it starts a sentence.
    problems[field] ??= sentence(issue.message);
  }
  return { ok: false, problems };
}

/** The routine's length as drafted; steps with a duration that does not read yet count as 0. */
export function draftSeconds(draft: RoutineDraft): number {
  return draft.steps.reduce((total, step) => {
    const parsed = parseDuration(step.duration.trim());
    if (!parsed.ok) return total;
    return total + stepLength({ duration: parsed.seconds, repeat: Math.max(1, step.repeat || 1), sides: step.leftRight ? 'left-right' : 'both' });
  }, 0);
}

/** Moves a step from one place to another (drag and drop, or the move buttons). */
export function moveStep(steps: StepDraft[], from: number, to: number): StepDraft[] {
  if (from === to || from < 0 || to < 0 || from >= steps.length || to >= steps.length) return steps;
  const next = [...steps];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}
