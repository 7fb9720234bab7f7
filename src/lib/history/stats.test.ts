import { describe, expect, it } from 'vitest';
import { Calendar } from '../calendar';
import { areaTrends, heatmap, historyStats, streaks } from './stats';
import type { SessionRecord } from './records';

let n = 0;
const session = (startedAt: string, overrides: Partial<SessionRecord> = {}): SessionRecord => ({
  id: `s${++n}`, routineId: 'desk-break', routineTitle: 'Desk break', startedAt, endedAt: startedAt,
  status: 'completed', stepsCompleted: 7, stepsTotal: 7, activeSeconds: 300, ...overrides,
});

describe('streaks', () => {
  it('counts days in a row, keeping today open until it ends', () => {
    const days = new Set(['2026-11-20', '2026-11-21', '2026-11-22']);
    expect(streaks(days, '2026-11-22')).toEqual({ current: 3, longest: 3 });
    expect(streaks(days, '2026-11-23')).toEqual({ current: 3, longest: 3 });
    expect(streaks(days, '2026-11-24')).toEqual({ current: 0, longest: 3 });
  });

  it('runs across a month end and a year end', () => {
    expect(streaks(new Set(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']), '2026-11-02')).toEqual({ current: 4, longest: 4 });
    expect(streaks(new Set(['2026-12-31', '2027-01-01']), '2027-01-01')).toEqual({ current: 2, longest: 2 });
  });

  it('keeps a streak across the DST change in the user time zone', () => {
    // Berlin: clocks go back at 03:00 on 25 October 2026, a 25-hour day.
    const berlin = new Calendar('Europe/Berlin');
    const sessions = [
      session('2026-10-24T21:30:00.000Z'), // 23:30 on the 24th, local
      session('2026-10-25T22:30:00.000Z'), // 23:30 on the 25th (UTC+1 now)
      session('2026-10-26T05:00:00.000Z'), // 06:00 on the 26th
    ];
    const stats = historyStats(sessions, Date.parse('2026-10-26T12:00:00.000Z'), berlin);
    expect([...stats.completedDays].sort()).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    expect(stats.streaks).toEqual({ current: 3, longest: 3 });
  });

  it('the same sessions make different days in different time zones', () => {
    const sessions = [session('2026-11-21T23:30:00.000Z'), session('2026-11-22T00:30:00.000Z')];
    const now = Date.parse('2026-11-22T12:00:00.000Z');
    expect(historyStats(sessions, now, new Calendar('UTC')).streaks).toEqual({ current: 2, longest: 2 });
    expect(historyStats(sessions, now, new Calendar('Europe/Berlin')).streaks).toEqual({ current: 1, longest: 1 });
  });

  it('counts only completed sessions toward streaks', () => {
    const stats = historyStats([session('2026-11-21T10:00:00.000Z'), session('2026-11-22T10:00:00.000Z', { status: 'partial' })], Date.parse('2026-11-22T12:00:00Z'), new Calendar('UTC'));
    expect(stats.streaks).toEqual({ current: 1, longest: 1 });
  });
});

describe('history stats', () => {
  it('totals this week, this month and all time, and counts per routine', () => {
    const calendar = new Calendar('UTC');
    const sessions = [
      session('2026-11-23T08:00:00.000Z', { activeSeconds: 600, routineId: 'back-relief', routineTitle: 'Back relief' }),
      session('2026-11-22T08:00:00.000Z'), // Sunday: last week, this month
      session('2026-10-31T08:00:00.000Z'),
    ];
    const stats = historyStats(sessions, Date.parse('2026-11-23T20:00:00.000Z'), calendar);
    expect(stats.week).toEqual({ sessions: 1, minutes: 10 });
    expect(stats.month).toEqual({ sessions: 2, minutes: 15 });
    expect(stats.all).toEqual({ sessions: 3, minutes: 20 });
    expect(stats.routines).toEqual([
      { routineId: 'desk-break', routineTitle: 'Desk break', count: 2 },
      { routineId: 'back-relief', routineTitle: 'Back relief', count: 1 },
    ]);
    expect(stats.last?.startedAt).toBe('2026-11-23T08:00:00.000Z');
  });

  it('lays out a heat-map of whole weeks ending with this one', () => {
    const stats = historyStats([session('2026-11-23T08:00:00.000Z')], Date.parse('2026-11-24T08:00:00.000Z'), new Calendar('UTC'));
    const grid = heatmap(stats, 2);
    expect(grid.map((week) => week[0]!.day)).toEqual(['2026-11-16', '2026-11-23']);
    expect(grid[1]![0]).toEqual({ day: '2026-11-23', minutes: 5, future: false });
    expect(grid[1]![2]!.future).toBe(true);
  });
});

describe('area trends', () => {
  it('averages soreness per area before and after', () => {
    const trends = areaTrends([
      session('2026-11-20T08:00:00.000Z', { areasBefore: { neck: 6, feet: 2 }, areasAfter: { neck: 3 } }),
      session('2026-11-21T08:00:00.000Z', { areasBefore: { neck: 5 }, areasAfter: { neck: 2 } }),
      session('2026-11-22T08:00:00.000Z'),
    ]);
    expect(trends).toEqual([
      { area: 'neck', sessions: 2, before: 5.5, after: 2.5, latestAfter: 2 },
      { area: 'feet', sessions: 1, before: 2, after: null, latestAfter: null },
    ]);
  });
});
