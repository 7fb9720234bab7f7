import { describe, expect, it } from 'vitest';
import { makeSession } from '../../../tests/support/routines';
import { Calendar } from '../calendar';
import type { Assignment } from './assignment';
import { checkReport, readReportPayload, reportLink } from './link';
import { buildReport, summarizeReport } from './report';

const calendar = new Calendar('UTC');
const plan: Assignment = { id: 'plan123456', from: 'Northside Physio', note: 'Private to the client', frequency: { per: 'day', times: 1 }, start: '2026-11-16', days: 14 };
const sessions = [
  makeSession({ startedAt: '2026-11-16T08:00:00.000Z', tensionBefore: 7, tensionAfter: 4, note: 'Left side tight' }),
  makeSession({ startedAt: '2026-11-17T08:00:00.000Z', tensionBefore: 6, tensionAfter: 3 }),
  makeSession({ startedAt: '2026-11-17T20:00:00.000Z', status: 'partial', activeSeconds: 90 }),
  makeSession({ startedAt: '2026-11-19T08:00:00.000Z', tensionBefore: 5 }),
  makeSession({ startedAt: '2026-11-19T09:00:00.000Z', routineId: 'another' }),
];
const build = (includeNotes: boolean) =>
  buildReport({ assignment: plan, routine: { id: 'test-routine', title: 'Test routine' }, sessions, includeNotes, now: Date.parse('2026-11-20T12:00:00Z'), calendar });

describe('reports', () => {
  it('hold the plan, the sessions by plan day, ratings, and notes only when asked', () => {
    const report = build(false);
    expect(report.through).toBe(5);
    expect(report.assignment).not.toHaveProperty('note');
    expect(report.sessions).toEqual([
      { day: 0, completed: true, minutes: 5, before: 7, after: 4 },
      { day: 1, completed: true, minutes: 5, before: 6, after: 3 },
      { day: 1, completed: false, minutes: 2 },
      { day: 3, completed: true, minutes: 5, before: 5 },
    ]);
    expect(build(true).sessions[0]?.note).toBe('Left side tight');
  });

  it('carry the client reference the plan was sent with, so the therapist knows whose it is', () => {
    const report = buildReport({ assignment: { ...plan, client: 'JM-07' }, routine: { id: 'test-routine', title: 'Test routine' }, sessions, includeNotes: false, now: Date.parse('2026-11-20T12:00:00Z'), calendar });
    expect(report.assignment.client).toBe('JM-07');
    expect(readReportPayload(reportLink('http://localhost:4173/', report).split('#/report/')[1]!)).toMatchObject({ ok: true, value: { assignment: { client: 'JM-07' } } });
  });

  it('sum up adherence and tension for the therapist', () => {
    const summary = summarizeReport(build(true));
    expect(summary).toMatchObject({ target: 14, targetSoFar: 5, completed: 3, partial: 1, perDay: [1, 1, 0, 1, 0], activeDays: 3, rated: 2 });
    expect(summary.averageBefore).toBe(6);
    expect(summary.averageAfter).toBe(3.5);
    expect(summary.averageChange).toBe(-3);
    expect(summary.notes).toEqual([{ day: 0, note: 'Left side tight' }]);
  });

  it('travel as a link and come back identical', () => {
    const report = build(true);
    const link = reportLink('http://localhost:4173/', report);
    expect(link.length).toBeLessThan(600);
    expect(readReportPayload(link.split('#/report/')[1]!)).toEqual({ ok: true, value: report });
  });

  it('refuse files that are not reports, with the reason', () => {
    expect(checkReport({ format: 'unknot-history', version: 1 })).toMatchObject({ ok: false });
    const future = checkReport({ ...build(false), version: 2 });
    expect(future.ok).toBe(false);
    if (!future.ok) expect(future.details).toContain('version: this report was made by a newer version of Unknot');
  });
});
