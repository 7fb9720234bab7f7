/**
 * Statistics over sessions: days, streaks, totals, per-routine counts, a calendar and trends.
 * Pure: the time zone and "now" come in, so DST changes and month ends are unit-tested.
 */
import type { Area } from '../routine/vocabulary';
import type { SessionRecord } from './records';

const DAY_MS = 86_400_000;

/**
 * Turns instants into local calendar days (`2026-11-23`) in one time zone. Formatting every
 * instant with Intl is slow for thousands of sessions, so it learns the zone's UTC offset once
 * per day (offsets only change on DST transitions) and does the rest with arithmetic.
 */
export class Calendar {
  readonly #parts: Intl.DateTimeFormat;
  readonly #offsets = new Map<number, number>();

  constructor(readonly timeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone) {
    this.#parts = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    });
  }

  /** The zone's offset from UTC, in ms, at an instant (looked up with Intl, no cache). */
  #lookup(at: number): number {
    const part: Record<string, number> = {};
    for (const { type, value } of this.#parts.formatToParts(at)) part[type] = Number(value);
    return Date.UTC(part.year!, part.month! - 1, part.day, part.hour, part.minute) - at;
  }

  /**
   * The offset at `ms`. Cached per UTC day when the day starts and ends with the same offset
   * (nearly always), and per hour on the few days a DST change happens.
   */
  #offset(ms: number): number {
    const day = Math.floor(ms / DAY_MS);
    let offset = this.#offsets.get(day);
    if (offset === undefined) {
      const start = this.#lookup(day * DAY_MS);
      offset = start === this.#lookup(day * DAY_MS + DAY_MS - 60_000) ? start : NaN;
      this.#offsets.set(day, offset);
    }
    if (!Number.isNaN(offset)) return offset;
    const hour = -1 - Math.floor(ms / 3_600_000); // negative keys: hours, apart from days
    let hourly = this.#offsets.get(hour);
    if (hourly === undefined) {
      hourly = this.#lookup(Math.floor(ms / 3_600_000) * 3_600_000);
      this.#offsets.set(hour, hourly);
    }
    return hourly;
  }

  readonly #names = new Map<number, string>();

  /** The local day of an instant (ISO string or epoch ms). */
  day(instant: string | number): string {
    const ms = typeof instant === 'number' ? instant : Date.parse(instant);
    const local = Math.floor((ms + this.#offset(ms)) / DAY_MS);
    let name = this.#names.get(local);
    if (name === undefined) {
      name = new Date(local * DAY_MS).toISOString().slice(0, 10);
      this.#names.set(local, name);
    }
    return name;
  }
}

/** Days are compared as calendar dates, in UTC arithmetic, so a 23- or 25-hour day is still one day. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Monday of the week a day is in. */
export function weekStart(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

export interface Streaks {
  current: number;
  longest: number;
}

/**
 * Days in a row with at least one completed routine. Today without one does not break the
 * current streak yet: the day is not over.
 */
export function streaks(days: ReadonlySet<string>, today: string): Streaks {
  let current = 0;
  let cursor = days.has(today) ? today : addDays(today, -1);
  while (days.has(cursor)) {
    current++;
    cursor = addDays(cursor, -1);
  }
  let longest = 0;
  let run = 0;
  let previous: string | undefined;
  for (const day of [...days].sort()) {
    run = previous !== undefined && addDays(previous, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  return { current, longest };
}

export interface Totals {
  sessions: number;
  minutes: number;
}

export interface HistoryStats {
  today: string;
  streaks: Streaks;
  week: Totals;
  month: Totals;
  all: Totals;
  /** Sessions per routine, most played first. */
  routines: { routineId: string; routineTitle: string; count: number }[];
  /** Minutes of practice per local day. */
  minutesByDay: Map<string, number>;
  /** Completed days, for the calendar. */
  completedDays: Set<string>;
  last: SessionRecord | undefined;
}

/** Everything the history screen and the library summary show, in one pass over the sessions. */
let localCalendar: Calendar | undefined;

/** The calendar of the user's own time zone, kept so its offsets stay cached. */
export function userCalendar(): Calendar {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (localCalendar?.timeZone !== zone) localCalendar = new Calendar(zone);
  return localCalendar;
}

export function historyStats(sessions: readonly SessionRecord[], now: number, calendar = userCalendar()): HistoryStats {
  const today = calendar.day(now);
  const week = weekStart(today);
  const month = today.slice(0, 7);
  const totals = { week: { sessions: 0, minutes: 0 }, month: { sessions: 0, minutes: 0 }, all: { sessions: 0, minutes: 0 } };
  const routines = new Map<string, { routineId: string; routineTitle: string; count: number }>();
  const minutesByDay = new Map<string, number>();
  const completedDays = new Set<string>();
  let last: SessionRecord | undefined;
  for (const session of sessions) {
    const day = calendar.day(session.startedAt);
    const minutes = session.activeSeconds / 60;
    const add = (total: Totals) => {
      total.sessions++;
      total.minutes += minutes;
    };
    add(totals.all);
    if (day >= week && day <= today) add(totals.week);
    if (day.startsWith(month)) add(totals.month);
    minutesByDay.set(day, (minutesByDay.get(day) ?? 0) + minutes);
    if (session.status === 'completed') completedDays.add(day);
    const entry = routines.get(session.routineId) ?? { routineId: session.routineId, routineTitle: session.routineTitle, count: 0 };
    entry.count++;
    routines.set(session.routineId, entry);
    if (!last || session.startedAt > last.startedAt) last = session;
  }
  return {
    today,
    streaks: streaks(completedDays, today),
    ...totals,
    routines: [...routines.values()].sort((a, b) => b.count - a.count || a.routineTitle.localeCompare(b.routineTitle)),
    minutesByDay,
    completedDays,
    last,
  };
}

/** The calendar heat-map: `weeks` whole weeks, Monday first, ending with the current week. */
export function heatmap(stats: HistoryStats, weeks: number): { day: string; minutes: number; future: boolean }[][] {
  const start = addDays(weekStart(stats.today), -7 * (weeks - 1));
  return Array.from({ length: weeks }, (_, w) =>
    Array.from({ length: 7 }, (_, d) => {
      const day = addDays(start, w * 7 + d);
      return { day, minutes: stats.minutesByDay.get(day) ?? 0, future: day > stats.today };
    }),
  );
}

/** Before and after ratings, oldest first, for the trend chart. */
export function tensionTrend(sessions: readonly SessionRecord[]): { startedAt: string; before?: number; after?: number }[] {
  return sessions
    .filter((session) => session.tensionBefore !== undefined || session.tensionAfter !== undefined)
    .map((session) => ({ startedAt: session.startedAt, before: session.tensionBefore, after: session.tensionAfter }))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

/** Per body area: how sore it was rated before and after, on average, across sessions. */
export function areaTrends(sessions: readonly SessionRecord[]): { area: Area; sessions: number; before: number; after: number | null; latestAfter: number | null }[] {
  const byArea = new Map<Area, { before: number[]; after: number[]; latest: { at: string; value: number } | null }>();
  for (const session of sessions) {
    for (const [area, value] of Object.entries(session.areasBefore ?? {}) as [Area, number][]) {
      const entry = byArea.get(area) ?? { before: [], after: [], latest: null };
      entry.before.push(value);
      const after = session.areasAfter?.[area];
      if (after !== undefined) {
        entry.after.push(after);
        if (!entry.latest || session.startedAt > entry.latest.at) entry.latest = { at: session.startedAt, value: after };
      }
      byArea.set(area, entry);
    }
  }
  const mean = (values: number[]) => Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
  return [...byArea.entries()]
    .map(([area, entry]) => ({
      area,
      sessions: entry.before.length,
      before: mean(entry.before),
      after: entry.after.length ? mean(entry.after) : null,
      latestAfter: entry.latest?.value ?? null,
    }))
    .sort((a, b) => b.sessions - a.sessions || a.area.localeCompare(b.area));
}
