/**
 * Share links: `#/r/<payload>` carries a routine (and optionally a plan), or names a built-in
 * one (reference.ts); `#/report/<payload>` a client's report. Everything decoded goes through
 * the one schema before it is used.
 */
import * as v from 'valibot';
import { href } from '../route';
import { RoutineSchema, type Routine } from '../routine/schema-only';
import { plainMessage } from '../routine/issue-message';
import { toJsonModel } from '../routine/serialize-json';
import { AssignmentSchema, type Assignment } from './assignment';
import { decodePayload, encodePayload, type PayloadProblem } from './codec';
import { describeIssue } from './issues';
import { isReference, readReference, referencePayload, routineHash } from './reference';
import { ReportSchema, type Report } from './report';

export interface SharedRoutine {
  routine: Routine;
  assignment?: Assignment;
}

/**
 * Why a link did not open. Beyond the payload's own problems: `invalid` (it decodes, but is
 * not what it should be), `unknown-routine` and `other-version` (a reference to a built-in
 * this app does not have, or has in another version), `unavailable` (the catalog could not be
 * read just now).
 */
export type LinkProblem = PayloadProblem | 'invalid' | 'unknown-routine' | 'other-version' | 'unavailable';

export type LinkResult<T> =
  | { ok: true; value: T }
  | { ok: false; problem: LinkProblem; details: string[] };

/** A routine link read: the routine itself, or the name of a built-in still to look up. */
export type SharedLink =
  | ({ kind: 'full' } & SharedRoutine)
  | { kind: 'reference'; id: string; hash: string; assignment?: Assignment };

/** The page a link opens: the base without any fragment. */
export function linkBase(base: string): string {
  return base.replace(/#.*$/, '');
}

/** The payload of a routine link. */
export function routinePayload(routine: Routine, assignment?: Assignment): string {
  return encodePayload(assignment ? { routine: toJsonModel(routine), assignment } : { routine: toJsonModel(routine) });
}

/**
 * The link that opens a routine (and plan) in Unknot at `base`. When `builtIn` is the
 * catalog's routine of the same id and the routine is unchanged from it, the link names the
 * routine instead of carrying it: a QR code a tenth of the size, readable from paper.
 */
export function routineLink(base: string, routine: Routine, assignment?: Assignment, builtIn?: Routine | null): string {
  return `${linkBase(base)}${href({ name: 'shared', payload: sharePayload(routine, assignment, builtIn) })}`;
}

/** The payload of `routineLink`: a reference for an unchanged built-in, else the whole routine. */
export function sharePayload(routine: Routine, assignment?: Assignment, builtIn?: Routine | null): string {
  const unchanged = builtIn && builtIn.id === routine.id && routineHash(builtIn) === routineHash(routine);
  return unchanged ? referencePayload(routine, assignment) : routinePayload(routine, assignment);
}

/** The full link that shows a report in Unknot at `base`. */
export function reportLink(base: string, report: Report): string {
  return `${linkBase(base)}${href({ name: 'report', payload: encodePayload(report) })}`;
}

const SharedSchema = v.strictObject({ routine: v.unknown(), assignment: v.optional(v.unknown()) });

/** Reads a routine link's payload of either format; a reference still needs `resolveSharedLink`. */
export function readSharedLink(payload: string): LinkResult<SharedLink> {
  if (!isReference(payload)) {
    const full = readRoutinePayload(payload);
    return full.ok ? { ok: true, value: { kind: 'full', ...full.value } } : full;
  }
  const read = readReference(payload);
  if (!read.ok) return { ok: false, problem: read.problem, details: [] };
  const { id, hash, assignment } = read.value;
  if (assignment === undefined) return { ok: true, value: { kind: 'reference', id, hash } };
  const plan = v.safeParse(AssignmentSchema, assignment, { message: plainMessage });
  if (!plan.success) return { ok: false, problem: 'invalid', details: plan.issues.map((issue) => describeIssue(issue, 'plan')) };
  return { ok: true, value: { kind: 'reference', id, hash, assignment: plan.output } };
}

/**
 * The routine a link opens: carried in it, or the built-in it names, looked up with `builtIn`
 * (the offline catalog) and opened only when its content hash matches the link's.
 */
export async function resolveSharedLink(link: SharedLink, builtIn: (id: string) => Promise<Routine | null>): Promise<LinkResult<SharedRoutine>> {
  if (link.kind === 'full') return { ok: true, value: link.assignment ? { routine: link.routine, assignment: link.assignment } : { routine: link.routine } };
  let routine: Routine | null;
  try {
    routine = await builtIn(link.id);
  } catch {
    return { ok: false, problem: 'unavailable', details: [] };
  }
  if (!routine) return { ok: false, problem: 'unknown-routine', details: [link.id] };
  if (routineHash(routine) !== link.hash) return { ok: false, problem: 'other-version', details: [routine.title] };
  return { ok: true, value: link.assignment ? { routine, assignment: link.assignment } : { routine } };
}

/** Reads a full routine link's payload (format 1); any problem comes back as words, never a throw. */
export function readRoutinePayload(payload: string): LinkResult<SharedRoutine> {
  const decoded = decodePayload(payload);
  if (!decoded.ok) return { ok: false, problem: decoded.problem, details: [] };
  const envelope = v.safeParse(SharedSchema, decoded.data);
  if (!envelope.success) return { ok: false, problem: 'invalid', details: ['this link holds no routine'] };
  const routine = v.safeParse(RoutineSchema, envelope.output.routine);
  const assignment = envelope.output.assignment === undefined ? undefined : v.safeParse(AssignmentSchema, envelope.output.assignment, { message: plainMessage });
  const details = [
    ...(routine.success ? [] : routine.issues.map((issue) => describeIssue(issue))),
    ...(assignment && !assignment.success ? assignment.issues.map((issue) => describeIssue(issue, 'plan')) : []),
  ];
  if (!routine.success || (assignment && !assignment.success)) return { ok: false, problem: 'invalid', details };
  return { ok: true, value: assignment?.success ? { routine: routine.output, assignment: assignment.output } : { routine: routine.output } };
}

/** Checks decoded report data, from a link or a file. */
export function checkReport(data: unknown): LinkResult<Report> {
  const report = v.safeParse(ReportSchema, data);
  if (!report.success) return { ok: false, problem: 'invalid', details: report.issues.map((issue) => describeIssue(issue)) };
  return { ok: true, value: report.output };
}

/** A report file's size limit: a year of sessions three times a day, each with a long note. */
export const MAX_REPORT_FILE_CHARS = 2_000_000;

/** Reads a report file's text (`"format": "unknot-report"` JSON). */
export function readReportFile(text: string): LinkResult<Report> {
  if (text.length > MAX_REPORT_FILE_CHARS) return { ok: false, problem: 'too-long', details: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'damaged', details: [] };
  }
  return checkReport(data);
}

/** Reads a report link's payload. */
export function readReportPayload(payload: string): LinkResult<Report> {
  const decoded = decodePayload(payload);
  return decoded.ok ? checkReport(decoded.data) : { ok: false, problem: decoded.problem, details: [] };
}
