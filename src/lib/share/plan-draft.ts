/**
 * The plan form's fields as typed, and the one conversion from them to an Assignment through
 * the schema, with each problem keyed by the field that shows it.
 */
import * as v from 'valibot';
import { sentence } from '../routine/draft';
import { AssignmentSchema, type Assignment } from './assignment';

export interface PlanDraft {
  from: string;
  /** The therapist's short reference for the client: initials or a number. */
  client: string;
  note: string;
  /** Once or twice a day, or some times a week. */
  often: 'day-1' | 'day-2' | 'week';
  timesAWeek: number;
  start: string;
  length: number;
  unit: 'days' | 'weeks';
}

export type PlanField = 'from' | 'client' | 'note' | 'often' | 'start' | 'length';

export function emptyPlanDraft(today: string): PlanDraft {
  return { from: '', client: '', note: '', often: 'day-1', timesAWeek: 3, start: today, length: 2, unit: 'weeks' };
}

/** The assignment a draft describes, or a message per field that is wrong. */
export function planFromDraft(draft: PlanDraft, id: string): { ok: true; assignment: Assignment } | { ok: false; problems: Partial<Record<PlanField, string>> } {
  const days = draft.unit === 'weeks' ? draft.length * 7 : draft.length;
  const candidate = {
    id,
    from: draft.from,
    ...(draft.client.trim() ? { client: draft.client } : {}),
    ...(draft.note.trim() ? { note: draft.note } : {}),
    frequency: draft.often === 'week' ? { per: 'week', times: draft.timesAWeek } : { per: 'day', times: draft.often === 'day-2' ? 2 : 1 },
    start: draft.start,
    days: Number.isFinite(days) ? days : NaN,
  };
  const result = v.safeParse(AssignmentSchema, candidate);
  if (result.success) return { ok: true, assignment: result.output };
  const problems: Partial<Record<PlanField, string>> = {};
  for (const issue of result.issues) {
    const key = issue.path?.[0]?.key;
    const field: PlanField = key === 'days' ? 'length' : key === 'frequency' ? 'often' : key === 'from' || key === 'client' || key === 'note' || key === 'start' ? key : 'from';
    problems[field] ??= sentence(key === 'days' ? lengthMessage(draft) : issue.message);
  }
  return { ok: false, problems };
}

function lengthMessage(draft: PlanDraft): string {
  return draft.unit === 'weeks' ? 'the plan lasts 1 to 52 weeks' : 'the plan lasts 1 to 365 days';
}
