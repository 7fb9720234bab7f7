/**
 * Share links: `#/r/<payload>` carries a routine (and optionally a plan), `#/report/<payload>`
 * a client's report. Everything decoded goes through the one schema before it is used.
 */
import * as v from 'valibot';
import { href } from '../route';
import { RoutineSchema, type Routine } from '../routine/schema-only';
import { plainMessage } from '../routine/issue-message';
import { toJsonModel } from '../routine/serialize-json';
import { AssignmentSchema, type Assignment } from './assignment';
import { decodePayload, encodePayload, type PayloadProblem } from './codec';
import { describeIssue } from './issues';
import { ReportSchema, type Report } from './report';

export interface SharedRoutine {
  routine: Routine;
  assignment?: Assignment;
}

export type LinkResult<T> =
  | { ok: true; value: T }
  | { ok: false; problem: PayloadProblem | 'invalid'; details: string[] };

/** The page a link opens: the base without any fragment. */
export function linkBase(base: string): string {
  return base.replace(/#.*$/, '');
}

/** The payload of a routine link. */
export function routinePayload(routine: Routine, assignment?: Assignment): string {
  return encodePayload(assignment ? { routine: toJsonModel(routine), assignment } : { routine: toJsonModel(routine) });
}

/** The full link that opens a routine (and plan) in Unknot at `base`. */
export function routineLink(base: string, routine: Routine, assignment?: Assignment): string {
  return `${linkBase(base)}${href({ name: 'shared', payload: routinePayload(routine, assignment) })}`;
}

/** The full link that shows a report in Unknot at `base`. */
export function reportLink(base: string, report: Report): string {
  return `${linkBase(base)}${href({ name: 'report', payload: encodePayload(report) })}`;
}

const SharedSchema = v.strictObject({ routine: v.unknown(), assignment: v.optional(v.unknown()) });

/** Reads a routine link's payload; any problem comes back as words, never a throw. */
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

/** Reads a report link's payload. */
export function readReportPayload(payload: string): LinkResult<Report> {
  const decoded = decodePayload(payload);
  return decoded.ok ? checkReport(decoded.data) : { ok: false, problem: decoded.problem, details: [] };
}
