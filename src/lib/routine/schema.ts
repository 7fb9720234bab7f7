/**
 * The one schema of the routine model. Markdown and JSON files, share links and stored
 * routines all pass through it; the TypeScript types derive from it. Messages are written
 * for the person fixing the file: what is wrong, and what is allowed.
 */
import * as v from 'valibot';
import { parseDuration } from './duration';
import { plainMessage } from './issue-message';
import { DIRECTIONS, MAX_MOTIONS, MOTIONS, MOVEMENT_SYNONYMS, POSITIONS, SIDES } from './movement';
import { noControlCharacters, oneLine, trimName } from './names';
import { tooDeep } from './nesting';
import { clip, didYouMean } from './suggest';
import { AREAS, LIMITS, PRESSURES, TOOLS } from './vocabulary';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value));
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a group of fields';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a scalar by now: strings, lists, null and objects returned above
  return String(value);
}

const oneOf = (what: string, options: readonly string[]) => (issue: v.BaseIssue<unknown>) =>
  `${show(issue.input)} is not ${what}; use one of: ${options.join(', ')}${
    typeof issue.input === 'string' ? didYouMean(issue.input, options, MOVEMENT_SYNONYMS) : ''
  }`;

function text(what: string, max: number, min = 1) {
  return v.pipe(
    v.string((issue) => `${what} must be text, not ${show(issue.input)}`),
    v.trim(),
    v.minLength(min, `${what} is empty; write something here`),
    v.maxLength(max, (issue) => `${what} is too long (${issue.input.length} characters); keep it under ${max}`),
  );
}

/**
 * One line of text: titles, summaries and the like. Invisible characters at the edges are
 * dropped; line breaks and control characters are refused.
 */
function line(what: string, max: number) {
  return v.pipe(
    v.string((issue) => `${what} must be text, not ${show(issue.input)}`),
    v.transform(trimName),
    v.minLength(1, `${what} is empty; write something here`),
    v.maxLength(max, (issue) => `${what} is too long (${issue.input.length} characters); keep it under ${max}`),
    oneLine(what),
    noControlCharacters(what),
  );
}

/** What `expected` says on a Markdown nesting issue, so positions can point into the text. */
export const TOO_DEEP = 'shallow markdown';

/** Lists and quotes at most LIMITS.markdownDepth levels deep: any screen can show the text. */
function shallow(what: string) {
  return v.rawCheck<string>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const deep = tooDeep(dataset.value, LIMITS.markdownDepth);
    if (deep) {
      addIssue({
        expected: TOO_DEEP,
        message: `lists or quotes in ${what} go more than ${LIMITS.markdownDepth} levels deep${deep.line > 1 ? ` (at line ${deep.line} of the text)` : ''}; keep them to ${LIMITS.markdownDepth} levels inside each other`,
      });
    }
  });
}

/** Markdown that sits inside a routine, where `##` would start a new step. */
function markdown(what: string, min = 1) {
  return v.pipe(
    text(what, LIMITS.textLength, min),
    v.check((value) => !/^##(?:[ \t]|$)/m.test(value), `${what} cannot contain ## headings (they start a new step); use ### for a subheading`),
    shallow(`the ${what}`),
  );
}

function list<T extends v.GenericSchema>(what: string, item: T, max: number) {
  return v.pipe(
    v.array(item, (issue) => `${what} must be a list, not ${show(issue.input)}`),
    v.maxLength(max, `${what} has too many entries; at most ${max}`),
  );
}

const Duration = v.pipe(
  v.union([v.number(), v.string()], 'duration must be a number of seconds or text such as 45s, 1m or 1m30s'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const result = parseDuration(dataset.value);
    if (!result.ok) {
      addIssue({ message: result.message });
      return NEVER;
    }
    return result.seconds;
  }),
);

const Position = v.picklist(POSITIONS, oneOf('a position', POSITIONS));

/** One motion or a list of up to MAX_MOTIONS, done in that order; always a list once read. */
const Motions = v.pipe(
  v.union([v.string(), v.array(v.unknown())], (issue) => `motion must be a motion or a list of motions, not ${show(issue.input)}`),
  v.transform((value): unknown[] => (typeof value === 'string' ? [value] : value)),
  v.array(v.picklist(MOTIONS, oneOf('a motion', MOTIONS))),
  v.minLength(1, 'motion is empty; name a motion such as circles or glide'),
  v.maxLength(MAX_MOTIONS, `a step names at most ${MAX_MOTIONS} motions, done one after the other`),
  v.check((motions) => new Set(motions).size === motions.length, 'a motion is listed twice; name each motion once'),
);

/** A length of time for a message: `3 h 20 min`, `45 min`. */
function hoursAndMinutes(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const h = hours.toLocaleString('en');
  return hours === 0 ? `${minutes} min` : minutes % 60 === 0 ? `${h} h` : `${h} h ${minutes % 60} min`;
}

type PathItem = NonNullable<v.BaseIssue<unknown>['path']>[number];
const at = (input: unknown, key: string | number, value: unknown): PathItem =>
  (Array.isArray(input)
    ? { type: 'array', origin: 'value', input, key, value }
    : { type: 'object', origin: 'value', input: input as Record<string, unknown>, key, value }) as PathItem;

/** Seconds a step takes in the player: every repeat and side, with the pause to switch sides. */
function guidedSeconds(step: { duration: number; repeat: number; sides: string }): number {
  return step.sides === 'left-right' ? step.repeat * (2 * step.duration + LIMITS.switchSeconds) : step.repeat * step.duration;
}

/**
 * At most LIMITS.totalSeconds of guidance, counted as the player runs it. The problem sits on the
 * duration of the step that passes the limit, where the writer can act on it.
 */
const withinTotal = <T extends { duration: number; repeat: number; sides: string }>() => v.rawCheck<T[]>(({ dataset, addIssue }) => {
  if (!dataset.typed) return;
  const steps = dataset.value;
  const total = steps.reduce((sum, step) => sum + guidedSeconds(step), 0);
  if (total <= LIMITS.totalSeconds) return;
  let sum = 0;
  const index = steps.findIndex((step) => (sum += guidedSeconds(step)) > LIMITS.totalSeconds);
  const step = steps[index]!;
  addIssue({
    message: `the routine passes ${LIMITS.totalSeconds / 3600} hours at this step: it runs ${hoursAndMinutes(total)} in all, counting every repeat and side and the pauses to switch sides; a routine lasts at most ${LIMITS.totalSeconds / 3600} hours, so shorten steps or split it into several routines`,
    path: [at(steps, index, step), at(step, 'duration', step.duration)],
  });
});

const STEP_HINTS: Record<string, string> = {
  title: 'every step needs a title',
  duration: 'add a line such as `duration: 45s` under the step heading',
};

const ROUTINE_HINTS: Record<string, string> = {
  id: 'add `id: my-routine` (lowercase words joined by hyphens, the same as the file name)',
  title: 'add `title: ...`, the name people see in the library',
  summary: 'add `summary: ...`, one sentence that says what the routine is for',
  safety: 'add `safety: ...`: every routine needs a safety note that says when to stop and when not to start',
  steps: 'add at least one step',
};

/** The message for a missing or unknown field of an object with the given fields. */
const fieldMessage = (kind: string, hints: Record<string, string>, known: readonly string[], elsewhere?: { kind: string; fields: readonly string[] }) =>
  (issue: v.BaseIssue<unknown>) => {
    const last = issue.path?.at(-1)?.key;
    const key = typeof last === 'string' || typeof last === 'number' ? String(last) : '';
    if (issue.expected === 'never') {
      // A step's field written for the whole routine (motion: circles in the front matter).
      if (elsewhere?.fields.includes(key)) return `"${key}" is a ${elsewhere.kind} field; write it with each ${elsewhere.kind} it belongs to`;
      return `unknown ${kind} field "${clip(key)}"${didYouMean(key, known)}; known fields are ${known.join(', ')}`;
    }
    if (issue.path === undefined || issue.path.length === 0 || issue.received !== 'undefined') {
      return `a ${kind} must be a group of fields, not ${show(issue.input)}`;
    }
    return `missing "${key}": ${hints[key] ?? 'this field is required'}`;
  };

const STEP_FIELDS = {
  title: line('step title', LIMITS.titleLength),
  duration: Duration,
  instructions: v.optional(markdown('instructions', 0), ''),
  areas: v.optional(
    v.pipe(
      list('areas', v.picklist(AREAS, oneOf('a body area', AREAS)), AREAS.length),
      v.check((areas) => new Set(areas).size === areas.length, 'an area is listed twice; name each area once'),
    ),
    [],
  ),
  sides: v.optional(v.picklist(SIDES, oneOf('a choice of sides', SIDES)), 'both'),
  repeat: v.optional(
    v.pipe(
      v.number((issue) => `repeat must be a whole number from 1 to ${LIMITS.repeat}, not ${show(issue.input)}`),
      v.integer((issue) => `repeat must be a whole number, not ${issue.input}`),
      v.minValue(1, 'repeat must be at least 1'),
      v.maxValue(LIMITS.repeat, `repeat can be at most ${LIMITS.repeat}`),
    ),
    1,
  ),
  rest: v.optional(v.boolean((issue) => `rest must be true or false, not ${show(issue.input)}`), false),
  illustration: v.optional(
    v.pipe(
      v.string('illustration must be a file name such as palm-circles.svg'),
      v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.svg$/, (issue) =>
        `${show(issue.input)} is not an illustration name; write a file name such as palm-circles.svg`),
    ),
  ),
  tool: v.optional(v.picklist(TOOLS, oneOf('a tool', TOOLS))),
  pressure: v.optional(v.picklist(PRESSURES, oneOf('a pressure', PRESSURES))),
  stroke: v.optional(line('stroke', LIMITS.strokeLength)),
  position: v.optional(Position),
  motion: v.optional(Motions),
  direction: v.optional(v.picklist(DIRECTIONS, oneOf('a direction', DIRECTIONS))),
};

export const STEP_FIELD_NAMES = Object.keys(STEP_FIELDS) as (keyof typeof STEP_FIELDS)[];

export const StepSchema = v.pipe(
  v.strictObject(STEP_FIELDS, fieldMessage('step', STEP_HINTS, STEP_FIELD_NAMES)),
  v.forward(
    v.check((step) => step.rest || step.instructions.length > 0,
      'this step has no instructions; write what to do under the attribute lines (only rest steps may be empty)'),
    ['instructions'],
  ),
);

const ROUTINE_FIELDS = {
  id: v.pipe(
    v.string((issue) => `id must be text, not ${show(issue.input)}`),
    v.maxLength(LIMITS.idLength, `id is too long; keep it under ${LIMITS.idLength} characters`),
    v.regex(SLUG, (issue) =>
      `${show(issue.input)} is not an id; use lowercase letters, digits and single hyphens, such as back-relief`),
  ),
  title: line('title', LIMITS.titleLength),
  summary: line('summary', LIMITS.summaryLength),
  tags: v.optional(
    list(
      'tags',
      v.pipe(
        v.string((issue) => `a tag must be text, not ${show(issue.input)}`),
        v.maxLength(LIMITS.tagLength, `a tag is at most ${LIMITS.tagLength} characters`),
        v.regex(SLUG, (issue) => `${show(issue.input)} is not a tag; use lowercase words joined by hyphens, such as bedtime`),
      ),
      LIMITS.tags,
    ),
    [],
  ),
  /** The position of every step that does not give its own. */
  position: v.optional(Position),
  intro: v.optional(markdown('intro')),
  safety: v.pipe(text('safety note', LIMITS.safetyLength), shallow('the safety note')),
  cautions: v.optional(list('cautions', line('a caution', LIMITS.cautionLength), LIMITS.cautions), []),
  author: v.optional(line('author', LIMITS.authorLength)),
  version: v.optional(
    v.pipe(
      v.number((issue) => `version must be a whole number such as 1 or 2, not ${show(issue.input)}`),
      v.integer('version must be a whole number such as 1 or 2'),
      v.minValue(1, 'version starts at 1'),
    ),
    1,
  ),
  steps: v.pipe(
    v.array(StepSchema, (issue) => `steps must be a list, not ${show(issue.input)}`),
    v.minLength(1, 'this routine has no steps; add at least one'),
    v.maxLength(LIMITS.steps, `a routine has at most ${LIMITS.steps} steps`),
    withinTotal<v.InferOutput<typeof StepSchema>>(),
  ),
};

export const ROUTINE_FIELD_NAMES = Object.keys(ROUTINE_FIELDS) as (keyof typeof ROUTINE_FIELDS)[];

/**
 * A routine's `position` is shorthand for the steps that give none; once read, every step
 * carries its own, so code that shows a step needs nothing else from the routine.
 */
const RoutineFields = v.pipe(
  v.strictObject(ROUTINE_FIELDS, fieldMessage('routine', ROUTINE_HINTS, ROUTINE_FIELD_NAMES, { kind: 'step', fields: STEP_FIELD_NAMES })),
  v.transform(({ position, ...routine }) =>
    position === undefined
      ? routine
      : { ...routine, steps: routine.steps.map((step) => (step.position === undefined ? { ...step, position } : step)) }),
);

/** A routine as written in a file, before defaults and duration parsing. */
export type RoutineInput = v.InferInput<typeof RoutineFields>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Counts checked on the raw data before any field is: a list longer than the format allows is
 * refused at its first entry too many, so a file or link of 150,000 empty steps costs one look
 * at its length rather than 300,000 problems.
 */
const withinBounds = v.rawCheck<RoutineInput>(({ dataset, addIssue }) => {
  const routine: unknown = dataset.value;
  if (!isRecord(routine)) return;
  /** Refuses a list longer than `max`, at the list or (`atEntry`) at its first entry too many. */
  const tooLong = (input: unknown, key: string, max: number, message: string, parents: PathItem[] = [], atEntry = false) => {
    const list = (input as Record<string, unknown>)[key];
    if (!Array.isArray(list) || list.length <= max) return false;
    const [first, ...rest] = [...parents, at(input, key, list), ...(atEntry ? [at(list, max, list[max])] : [])];
    addIssue({ message, path: [first!, ...rest] });
    return true;
  };
  tooLong(routine, 'tags', LIMITS.tags, `tags has too many entries; at most ${LIMITS.tags}`);
  tooLong(routine, 'cautions', LIMITS.cautions, `cautions has too many entries; at most ${LIMITS.cautions}`);
  if (tooLong(routine, 'steps', LIMITS.steps, `a routine has at most ${LIMITS.steps} steps; this is step ${LIMITS.steps + 1}, so split the routine`, [], true)) return;
  const steps: unknown = routine.steps;
  if (!Array.isArray(steps)) return;
  (steps as unknown[]).forEach((step, index) => {
    if (!isRecord(step)) return;
    const parents = [at(routine, 'steps', steps), at(steps, index, step)];
    tooLong(step, 'areas', AREAS.length, `areas has too many entries; at most ${AREAS.length}`, parents);
    tooLong(step, 'motion', MAX_MOTIONS, `a step names at most ${MAX_MOTIONS} motions, done one after the other`, parents);
  });
});

/**
 * The one schema of a routine. Every field stops at its first problem (one message per field),
 * and the counts are checked before the fields.
 */
export const RoutineSchema = v.config(
  v.pipe(v.custom<RoutineInput>(() => true), withinBounds, RoutineFields),
  { abortPipeEarly: true, message: plainMessage },
);

/** A routine as the app uses it: defaults filled in, durations in seconds. */
export type Routine = v.InferOutput<typeof RoutineSchema>;
export type Step = v.InferOutput<typeof StepSchema>;
