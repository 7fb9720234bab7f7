/**
 * How a plan is going: plain arithmetic over the session history, in the user's calendar
 * days. No schema library here, so the home screen's plan cards stay light.
 */
import type { SessionRecord } from '../history/records';
import type { Calendar } from '../calendar';
import type { Assignment } from './assignment';

/** Sessions the plan asks for over its whole length. */
export function planTarget(assignment: Pick<Assignment, 'frequency' | 'days'>): number {
  const { frequency, days } = assignment;
  return frequency.per === 'day' ? frequency.times * days : Math.max(1, Math.round((frequency.times * days) / 7));
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

/** The 0-based plan day a session started on (in the user's calendar), or null outside the plan. */
export function planDay(assignment: Pick<Assignment, 'start' | 'days'>, startedAt: string, calendar: Calendar): number | null {
  const day = daysBetween(assignment.start, calendar.day(startedAt));
  return day >= 0 && day < assignment.days ? day : null;
}

/** How many of the plan's days have begun by `now`: 0 before it starts, all of them after. */
export function daysBegun(assignment: Pick<Assignment, 'start' | 'days'>, now: number, calendar: Calendar): number {
  return Math.max(0, Math.min(assignment.days, daysBetween(assignment.start, calendar.day(now)) + 1));
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
  const perDay = new Array<number>(daysBegun(assignment, now, calendar)).fill(0);
  let done = 0;
  let partial = 0;
  for (const session of sessions) {
    if (session.routineId !== routineId) continue;
    const index = planDay(assignment, session.startedAt, calendar);
    if (index === null) continue;
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
