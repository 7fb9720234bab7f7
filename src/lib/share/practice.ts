/**
 * A therapist's practice, kept on their own device: each plan they sent (recorded when its
 * link was made) and the newest report kept for it, grouped by the client reference. Plain
 * functions over plain records; the store keeps them (object store `practice`) and checks
 * each one against `PracticePlanSchema` when it is read back.
 */
import * as v from 'valibot';
import { noControlCharacters, oneLine, trimName } from '../routine/names';
import { plainMessage } from '../routine/issue-message';
import { AssignmentSchema, type Assignment } from './assignment';
import { describeIssue } from './issues';
import { ReportSchema, summarizeReport, type Report } from './report';

export const PRACTICE_FORMAT = 'unknot-practice';
/** Bounds of a practice file and of what one plan keeps. */
export const PRACTICE_LIMITS = { plans: 5000, notes: 1200, fileChars: 50_000_000 } as const;

const NoteSchema = v.strictObject({
  day: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(400)),
  note: v.pipe(v.string(), v.maxLength(1000)),
});
const Instant = v.pipe(v.string(), v.isoTimestamp('must be a date and time'));

/** One plan of the practice: as sent, and as last reported. */
export const PracticePlanSchema = v.strictObject({
  /** The plan's id, which its reports carry: the record's key. */
  planId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{6,40}$/, 'the plan id is damaged')),
  /** The plan as sent (with its note) or, for a plan sent from another device, as its report tells. */
  assignment: AssignmentSchema,
  routine: v.strictObject({ id: v.pipe(v.string(), v.maxLength(64)), title: v.pipe(v.string(), v.transform(trimName), v.minLength(1), v.maxLength(80), oneLine('the routine title'), noControlCharacters('the routine title')) }),
  /** When its link was made on this device. */
  sentAt: v.optional(Instant),
  /** The newest report kept, and when it was kept. */
  report: v.optional(ReportSchema),
  keptAt: v.optional(Instant),
  /** Notes of earlier reports for days the newest one has no note for (it was sent without notes, say). */
  earlierNotes: v.pipe(v.array(NoteSchema), v.maxLength(PRACTICE_LIMITS.notes)),
});

export type PracticePlan = v.InferOutput<typeof PracticePlanSchema>;
export type DayNote = PracticePlan['earlierNotes'][number];

/** A plan as its link was made: kept with any report it already has. */
export function planSent(existing: PracticePlan | undefined, assignment: Assignment, routine: { id: string; title: string }, now: number): PracticePlan {
  return {
    ...(existing ?? { earlierNotes: [] }),
    planId: assignment.id,
    assignment,
    routine: { id: routine.id, title: routine.title },
    sentAt: existing?.sentAt ?? new Date(now).toISOString(),
  };
}

/** The notes of a report, one per day (a day's notes joined), by day. */
function reportNotes(report: Report): DayNote[] {
  const byDay = new Map<number, string[]>();
  for (const session of report.sessions) if (session.note) byDay.set(session.day, [...(byDay.get(session.day) ?? []), session.note]);
  return [...byDay].map(([day, notes]) => ({ day, note: notes.join(' / ').slice(0, 1000) }));
}

/**
 * Keeps a report for its plan. The newer of the two reports (by when it was made) is the one
 * shown; notes the other had for days the newer one has none for are kept beside it, so a
 * report sent without notes, or after sessions were deleted, loses nothing already read.
 */
export function keepReport(existing: PracticePlan | undefined, report: Report, now: number): PracticePlan {
  const previous = existing?.report;
  const newer = !previous || report.madeAt >= previous.madeAt ? report : previous;
  const older = newer === report ? previous : report;
  const covered = new Set(reportNotes(newer).map((entry) => entry.day));
  const notes = new Map<string, DayNote>();
  for (const entry of [...(existing?.earlierNotes ?? []), ...(older ? reportNotes(older) : [])]) {
    if (!covered.has(entry.day)) notes.set(`${entry.day}\n${entry.note}`, entry);
  }
  return {
    planId: report.assignment.id,
    // The plan as sent keeps its note, which reports leave out; else the report's copy of it.
    assignment: existing?.assignment ?? report.assignment,
    routine: existing?.routine ?? report.routine,
    ...(existing?.sentAt ? { sentAt: existing.sentAt } : {}),
    report: newer,
    keptAt: new Date(now).toISOString(),
    earlierNotes: [...notes.values()].sort((a, b) => a.day - b.day).slice(0, PRACTICE_LIMITS.notes),
  };
}

/** Every note the therapist has for a plan: the newest report's, then earlier ones it does not cover. */
export function allNotes(plan: PracticePlan): { day: number; note: string; earlier: boolean }[] {
  const newest = plan.report ? reportNotes(plan.report).map((entry) => ({ ...entry, earlier: false })) : [];
  return [...newest, ...plan.earlierNotes.map((entry) => ({ ...entry, earlier: true }))].sort((a, b) => a.day - b.day);
}

export interface PlanStanding {
  /** No report kept yet. */
  waiting: boolean;
  done: number;
  /** Sessions the plan asked for up to the report's last day. */
  expected: number;
  /** done ÷ expected, as a whole percentage; null when nothing was expected yet. */
  percent: number | null;
  /** Plan days the report covers. */
  through: number;
  lastReport: string | null;
  averageBefore: number | null;
  averageAfter: number | null;
}

/** How a plan stands by its newest report: adherence to date and tension before → after. */
export function planStanding(plan: PracticePlan): PlanStanding {
  if (!plan.report) {
    return { waiting: true, done: 0, expected: 0, percent: null, through: 0, lastReport: null, averageBefore: null, averageAfter: null };
  }
  const summary = summarizeReport(plan.report);
  return {
    waiting: false,
    done: summary.completed,
    expected: summary.targetSoFar,
    percent: summary.targetSoFar > 0 ? Math.round((100 * summary.completed) / summary.targetSoFar) : null,
    through: plan.report.through,
    lastReport: plan.report.madeAt,
    averageBefore: summary.averageBefore,
    averageAfter: summary.averageAfter,
  };
}

export interface ClientGroup {
  /** The client reference, or null for plans sent without one. */
  client: string | null;
  plans: PracticePlan[];
}

/** Plans by client reference (A to Z, plans without one last), each client's newest plan first. */
export function byClient(plans: readonly PracticePlan[]): ClientGroup[] {
  const groups = new Map<string | null, PracticePlan[]>();
  for (const plan of plans) {
    const client = plan.assignment.client ?? null;
    groups.set(client, [...(groups.get(client) ?? []), plan]);
  }
  const started = (plan: PracticePlan) => plan.sentAt ?? plan.keptAt ?? '';
  return [...groups]
    .map(([client, list]) => ({ client, plans: list.sort((a, b) => started(b).localeCompare(started(a))) }))
    .sort((a, b) => (a.client === null ? 1 : b.client === null ? -1 : a.client.localeCompare(b.client, undefined, { numeric: true })));
}

export const PracticeFileSchema = v.strictObject({
  format: v.literal(PRACTICE_FORMAT, 'this is not an Unknot practice file'),
  version: v.literal(1, 'this practice file is from a newer version of Unknot; update the app to import it'),
  exportedAt: Instant,
  plans: v.pipe(v.array(PracticePlanSchema), v.maxLength(PRACTICE_LIMITS.plans, `a practice file holds at most ${PRACTICE_LIMITS.plans} plans`)),
});

/** The export file: every plan and kept report, versioned like the history export. */
export function exportPractice(plans: readonly PracticePlan[], now: Date): string {
  return `${JSON.stringify({ format: PRACTICE_FORMAT, version: 1, exportedAt: now.toISOString(), plans }, null, 2)}\n`;
}

export type PracticeImport = { ok: true; plans: PracticePlan[] } | { ok: false; message: string };

/** Reads a practice file. Any problem rejects the whole file, saying where. */
export function parsePracticeFile(text: string): PracticeImport {
  if (text.length > PRACTICE_LIMITS.fileChars) return { ok: false, message: 'This file is far larger than any practice file. Nothing was imported.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a practice export: it is not valid JSON.' };
  }
  const result = v.safeParse(PracticeFileSchema, data, { message: plainMessage });
  if (result.success) return { ok: true, plans: result.output.plans };
  const issue = result.issues[0];
  const top = issue.path?.[0]?.key;
  if (top === undefined || top === 'format') return { ok: false, message: 'This is not an Unknot practice file.' };
  if (top === 'version') return { ok: false, message: 'This practice file is from a newer version of Unknot; update the app to import it.' };
  const entry = issue.path?.[1]?.key;
  const where = top === 'plans' && typeof entry === 'number' ? `plan ${entry + 1}` : typeof top === 'string' ? top : 'its data';
  const inside = issue.path?.slice(2) ?? [];
  const detail = describeIssue({ ...issue, path: inside.length ? (inside as [v.IssuePathItem, ...v.IssuePathItem[]]) : undefined });
  return { ok: false, message: `This practice file is damaged at ${where}: ${detail}. Nothing was imported.` };
}

/** An imported plan merged with the one kept here: the newer report wins, no note is lost. */
export function mergePlan(existing: PracticePlan | undefined, incoming: PracticePlan, now: number): PracticePlan {
  if (!existing) return incoming;
  let merged: PracticePlan = { ...existing, earlierNotes: [...existing.earlierNotes, ...incoming.earlierNotes] };
  // The plan as sent (with its note) wins over the copy a report carries.
  if (!existing.sentAt && incoming.sentAt) merged = { ...merged, sentAt: incoming.sentAt, assignment: incoming.assignment, routine: incoming.routine };
  if (incoming.report) merged = keepReport(merged, incoming.report, now);
  const seen = new Set<string>();
  return {
    ...merged,
    earlierNotes: merged.earlierNotes.filter((entry) => !seen.has(`${entry.day}\n${entry.note}`) && seen.add(`${entry.day}\n${entry.note}`)).slice(0, PRACTICE_LIMITS.notes),
  };
}
