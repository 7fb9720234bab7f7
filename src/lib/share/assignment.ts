/**
 * An assignment: a therapist's plan for one routine ("twice a day for two weeks"), carried in
 * a share link beside the routine, validated by one schema. Its progress is in progress.ts,
 * which the home screen loads without the schema library.
 */
import * as v from 'valibot';
import { noControlCharacters, oneLine, trimName } from '../routine/names';

export const ASSIGNMENT_LIMITS = { from: 120, client: 20, note: 1000, days: 365, perDay: 3, perWeek: 14 } as const;

const whole = (what: string, min: number, max: number) =>
  v.pipe(
    v.number(`${what} must be a number`),
    v.integer(`${what} must be a whole number`),
    v.minValue(min, `${what} must be at least ${min}`),
    v.maxValue(max, `${what} can be at most ${max}`),
  );

export const FrequencySchema = v.variant(
  'per',
  [
    v.strictObject({ per: v.literal('day'), times: whole('times a day', 1, ASSIGNMENT_LIMITS.perDay) }),
    v.strictObject({ per: v.literal('week'), times: whole('times a week', 1, ASSIGNMENT_LIMITS.perWeek) }),
  ],
  'how often must be per day or per week',
);

/** `YYYY-MM-DD` that names a real day (isoDate alone accepts 2026-02-31), this century or later. */
function isRealDay(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(day) && day >= '2000-01-01';
}

export const AssignmentSchema = v.strictObject({
  id: v.pipe(v.string('the plan id must be text'), v.regex(/^[A-Za-z0-9_-]{6,40}$/, 'the plan id is damaged')),
  from: v.pipe(
    v.string('who the plan is from must be text'),
    v.transform(trimName),
    v.minLength(1, 'say who the plan is from: your name or your clinic'),
    v.maxLength(ASSIGNMENT_LIMITS.from, `who the plan is from is too long; keep it under ${ASSIGNMENT_LIMITS.from} characters`),
    oneLine('who the plan is from'),
    noControlCharacters('who the plan is from'),
  ),
  /**
   * The therapist's short reference for the client (initials or a client number), so reports
   * from clients on the same routine can be told apart. It travels in the link: never a name.
   */
  client: v.optional(
    v.pipe(
      v.string('the client reference must be text'),
      v.transform(trimName),
      v.minLength(1, 'the client reference is empty; leave it out or write initials or a number'),
      v.maxLength(ASSIGNMENT_LIMITS.client, `the client reference is too long; keep it under ${ASSIGNMENT_LIMITS.client} characters, such as initials or a number`),
      oneLine('the client reference'),
      noControlCharacters('the client reference'),
    ),
  ),
  note: v.optional(
    v.pipe(
      v.string('the note must be text'),
      v.trim(),
      v.maxLength(ASSIGNMENT_LIMITS.note, `the note is too long; keep it under ${ASSIGNMENT_LIMITS.note} characters`),
    ),
  ),
  frequency: FrequencySchema,
  start: v.pipe(
    v.string('the start date must be a date'),
    v.isoDate('the start date must be a date such as 2026-12-01'),
    // isoDate accepts 2026-02-31; a real day survives the round trip through Date.
    v.check((day) => isRealDay(day), 'the start date is not a real day'),
  ),
  days: whole('the length in days', 1, ASSIGNMENT_LIMITS.days),
});

export type Assignment = v.InferOutput<typeof AssignmentSchema>;

/** A plan from data that claims to be one (stored plans), or null. */
export function checkAssignment(data: unknown): Assignment | null {
  const result = v.safeParse(AssignmentSchema, data);
  return result.success ? result.output : null;
}
export type Frequency = Assignment['frequency'];

/** A fresh id for a plan, so reports can be matched to it. */
export function newAssignmentId(random: () => number = Math.random): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  let id = '';
  for (let i = 0; i < 10; i++) id += alphabet[Math.floor(random() * alphabet.length)];
  return id;
}

