/**
 * An assignment: a therapist's plan for one routine ("twice a day for two weeks"), carried in
 * a share link beside the routine. Validated by one schema; the progress against it is plain
 * arithmetic over the session history, in the user's calendar days.
 */
import * as v from 'valibot';
import type { SessionRecord } from '../history/records';
import { addDays, type Calendar } from '../history/stats';

export const ASSIGNMENT_LIMITS = { from: 120, note: 1000, days: 365, perDay: 3, perWeek: 14 } as const;

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

export const AssignmentSchema = v.strictObject({
  id: v.pipe(v.string('the plan id must be text'), v.regex(/^[A-Za-z0-9_-]{6,40}$/, 'the plan id is damaged')),
  from: v.pipe(
    v.string('who the plan is from must be text'),
    v.trim(),
    v.minLength(1, 'say who the plan is from: your name or your clinic'),
    v.maxLength(ASSIGNMENT_LIMITS.from, `who the plan is from is too long; keep it under ${ASSIGNMENT_LIMITS.from} characters`),
    v.regex(/^[^\n]*$/, 'who the plan is from must fit on one line'),
  ),
  note: v.optional(
    v.pipe(
      v.string('the note must be text'),
      v.trim(),
      v.maxLength(ASSIGNMENT_LIMITS.note, `the note is too long; keep it under ${ASSIGNMENT_LIMITS.note} characters`),
    ),
  ),
  frequency: FrequencySchema,
  start: v.pipe(v.string('the start date must be a date'), v.isoDate('the start date must be a date such as 2026-12-01')),
  days: whole('the length in days', 1, ASSIGNMENT_LIMITS.days),
});

export type Assignment = v.InferOutput<typeof AssignmentSchema>;
export type Frequency = Assignment['frequency'];

/** A fresh id for a plan, so reports can be matched to it. */
export function newAssignmentId(random: () => number = Math.random): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  let id = '';
  for (let i = 0; i < 10; i++) id += alphabet[Math.floor(random() * alphabet.length)];
  return id;
}

/** Sessions the plan asks for over its whole length. */
export function planTarget(assignment: Pick<Assignment, 'frequency' | 'days'>): number {
  const { frequency, days } = assignment;
  return frequency.per === 'day' ? frequency.times * days : Math.max(1, Math.round((frequency.times * days) / 7));
}

/** The plan's last day (inclusive). */
export function planEnd(assignment: Pick<Assignment, 'start' | 'days'>): string {
  return addDays(assignment.start, assignment.days - 1);
}

export interface PlanProgress {
  /** Sessions asked for over the whole plan. */
  target: number;
  /** Completed sessions of the routine within the plan's days. */
  done: number;
  /** Started but not finished, within the plan's days. */
  partial: number;
  phase: 'upcoming' | 'active' | 'finished';
  /** 1-based day of the plan today (0 before it starts, days + 1 after). */
  day: number;
  daysLeft: number;
  /** For per-day plans: sessions today and the day's goal; for per-week plans: this plan week's. */
  current: { done: number; target: number; period: 'day' | 'week' };
  /** Completed sessions on each plan day, up to today or the last day. */
  perDay: number[];
}

/** Difference in calendar days between two `YYYY-MM-DD` dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** How a plan is going: sessions of `routineId` between its start and end, in local days. */
export function planProgress(
  assignment: Assignment,
  routineId: string,
  sessions: readonly SessionRecord[],
  now: number,
  calendar: Calendar,
): PlanProgress {
  const today = calendar.day(now);
  const offset = daysBetween(assignment.start, today);
  const phase = offset < 0 ? 'upcoming' : offset >= assignment.days ? 'finished' : 'active';
  const shown = Math.max(0, Math.min(assignment.days, offset + 1));
  const perDay = new Array<number>(shown).fill(0);
  let done = 0;
  let partial = 0;
  for (const session of sessions) {
    if (session.routineId !== routineId) continue;
    const index = daysBetween(assignment.start, calendar.day(session.startedAt));
    if (index < 0 || index >= assignment.days) continue;
    if (session.status !== 'completed') {
      partial++;
      continue;
    }
    done++;
    if (index < perDay.length) perDay[index]! += 1;
  }
  const { frequency } = assignment;
  let current: PlanProgress['current'];
  if (frequency.per === 'day') {
    current = { done: phase === 'active' ? perDay[offset] ?? 0 : 0, target: frequency.times, period: 'day' };
  } else {
    const weekFirst = phase === 'active' ? offset - (offset % 7) : 0;
    const weekDone = phase === 'active' ? perDay.slice(weekFirst, offset + 1).reduce((a, b) => a + b, 0) : 0;
    const weekDays = Math.min(7, assignment.days - weekFirst);
    current = { done: weekDone, target: Math.max(1, Math.round((frequency.times * weekDays) / 7)), period: 'week' };
  }
  return {
    target: planTarget(assignment),
    done,
    partial,
    phase,
    day: phase === 'upcoming' ? 0 : phase === 'finished' ? assignment.days + 1 : offset + 1,
    daysLeft: phase === 'upcoming' ? assignment.days : Math.max(0, assignment.days - offset - 1),
    current,
    perDay,
  };
}
