/**
 * A client's report on an assignment, made on their device and sent only if they choose:
 * sessions per plan day, tension before and after, and notes when they include them. The same
 * value travels as a link (`#/report/<payload>`) or a file (`unknot-report` JSON).
 */
import * as v from 'valibot';
import type { SessionRecord } from '../history/records';
import type { Calendar } from '../calendar';
import { plainMessage } from '../routine/issue-message';
import { noControlCharacters, oneLine, trimName } from '../routine/names';
import { AssignmentSchema, type Assignment } from './assignment';
import { daysBegun, planDay, planTarget } from './progress';

export const REPORT_FORMAT = 'unknot-report';
/** Sessions and note length a report may carry; checked before anything else in it. */
export const REPORT_LIMITS = { sessions: 1200, note: 1000 } as const;
const MAX_SESSIONS = REPORT_LIMITS.sessions;

const rating = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)));

export const ReportSessionSchema = v.strictObject({
  /** 0-based plan day. */
  day: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(400)),
  completed: v.boolean(),
  /** Minutes spent, rounded. */
  minutes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600)),
  before: rating,
  after: rating,
  note: v.optional(v.pipe(v.string(), v.maxLength(REPORT_LIMITS.note))),
});

const ReportFields = v.strictObject({
  format: v.literal(REPORT_FORMAT, 'this is not an Unknot report'),
  version: v.literal(1, 'this report was made by a newer version of Unknot'),
  madeAt: v.pipe(v.string(), v.isoTimestamp('madeAt must be a date and time')),
  assignment: v.omit(AssignmentSchema, ['note']),
  routine: v.strictObject({
    id: v.pipe(v.string(), v.maxLength(64)),
    title: v.pipe(v.string(), v.transform(trimName), v.minLength(1), v.maxLength(80), oneLine('the routine title'), noControlCharacters('the routine title')),
  }),
  /** How many plan days the report covers (to the day it was made, or the whole plan). */
  through: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(400)),
  includesNotes: v.boolean(),
  sessions: v.pipe(v.array(ReportSessionSchema), v.maxLength(MAX_SESSIONS)),
});

type PathItem = NonNullable<v.BaseIssue<unknown>['path']>[number];
const at = (input: object, key: string | number, value: unknown) =>
  (Array.isArray(input) ? { type: 'array', origin: 'value', input, key, value } : { type: 'object', origin: 'value', input, key, value }) as PathItem;

/**
 * The counts of a report, checked on the raw data before its fields: a link of a million
 * sessions is refused at one look at its length.
 */
const withinBounds = v.rawCheck<v.InferInput<typeof ReportFields>>(({ dataset, addIssue }) => {
  const report: unknown = dataset.value;
  if (typeof report !== 'object' || report === null) return;
  const sessions: unknown = (report as Record<string, unknown>).sessions;
  if (!Array.isArray(sessions)) return;
  if (sessions.length > REPORT_LIMITS.sessions) {
    addIssue({ message: `a report holds at most ${REPORT_LIMITS.sessions} sessions, and this one has ${sessions.length.toLocaleString('en')}`, path: [at(report, 'sessions', sessions)] });
    return;
  }
  (sessions as unknown[]).forEach((session, index) => {
    const note: unknown = typeof session === 'object' && session !== null ? (session as Record<string, unknown>).note : undefined;
    if (typeof note === 'string' && note.length > REPORT_LIMITS.note) {
      addIssue({
        message: `the note is too long (${note.length.toLocaleString('en')} characters); a note in a report is at most ${REPORT_LIMITS.note}`,
        path: [at(report, 'sessions', sessions), at(sessions, index, session), at(session as object, 'note', note)],
      });
    }
  });
});

/** A report as a link or file carries it. Each field stops at its first problem; counts come first. */
export const ReportSchema = v.config(
  v.pipe(v.custom<v.InferInput<typeof ReportFields>>(() => true), withinBounds, ReportFields),
  { abortPipeEarly: true, message: plainMessage },
);

export type Report = v.InferOutput<typeof ReportSchema>;
export type ReportSession = v.InferOutput<typeof ReportSessionSchema>;

/** Builds the report for a plan from the user's sessions of its routine. */
export function buildReport(input: {
  assignment: Assignment;
  routine: { id: string; title: string };
  sessions: readonly SessionRecord[];
  includeNotes: boolean;
  now: number;
  calendar: Calendar;
}): Report {
  const { assignment, routine, calendar, now } = input;
  const through = daysBegun(assignment, now, calendar);
  const sessions: ReportSession[] = [];
  for (const session of [...input.sessions].sort((a, b) => a.startedAt.localeCompare(b.startedAt))) {
    if (session.routineId !== routine.id) continue;
    const day = planDay(assignment, session.startedAt, calendar);
    if (day === null) continue;
    const entry: ReportSession = { day, completed: session.status === 'completed', minutes: Math.round(session.activeSeconds / 60) };
    if (session.tensionBefore !== undefined) entry.before = session.tensionBefore;
    if (session.tensionAfter !== undefined) entry.after = session.tensionAfter;
    if (input.includeNotes && session.note?.trim()) entry.note = session.note.trim().slice(0, 1000);
    sessions.push(entry);
  }
  const { note: _note, ...plan } = assignment;
  return {
    format: REPORT_FORMAT,
    version: 1,
    madeAt: new Date(now).toISOString(),
    assignment: plan,
    routine: { id: routine.id, title: routine.title },
    through,
    includesNotes: input.includeNotes,
    sessions: sessions.slice(0, MAX_SESSIONS),
  };
}

export interface ReportSummary {
  target: number;
  /** Sessions the plan asked for up to the report's last day. */
  targetSoFar: number;
  completed: number;
  partial: number;
  /** Completed sessions per plan day, `through` entries. */
  perDay: number[];
  /** Days with at least one completed session. */
  activeDays: number;
  averageBefore: number | null;
  averageAfter: number | null;
  /** Sessions rated both before and after, and by how much tension fell on average. */
  rated: number;
  averageChange: number | null;
  notes: { day: number; note: string }[];
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** What a therapist reads first: adherence so far and how tension changed. */
export function summarizeReport(report: Report): ReportSummary {
  const { assignment, through } = report;
  const perDay = new Array<number>(through).fill(0);
  let completed = 0;
  for (const session of report.sessions) {
    if (!session.completed) continue;
    completed++;
    if (session.day < through) perDay[session.day]! += 1;
  }
  const withBoth = report.sessions.filter((s) => s.before !== undefined && s.after !== undefined);
  return {
    target: planTarget(assignment),
    targetSoFar: planTarget({ ...assignment, days: Math.max(1, through) }) * (through === 0 ? 0 : 1),
    completed,
    partial: report.sessions.length - completed,
    perDay,
    activeDays: perDay.filter((n) => n > 0).length,
    averageBefore: mean(report.sessions.flatMap((s) => (s.before === undefined ? [] : [s.before]))),
    averageAfter: mean(report.sessions.flatMap((s) => (s.after === undefined ? [] : [s.after]))),
    rated: withBoth.length,
    averageChange: mean(withBoth.map((s) => s.after! - s.before!)),
    notes: report.sessions.flatMap((s) => (s.note ? [{ day: s.day, note: s.note }] : [])),
  };
}
