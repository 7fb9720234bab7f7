import { describe, expect, it } from 'vitest';
import { makeSession } from '../../../tests/support/routines';
import { Calendar } from '../calendar';
import { newAssignmentId, type Assignment } from './assignment';
import { planProgress, planTarget } from './progress';

const calendar = new Calendar('Europe/Berlin');
const twiceDaily: Assignment = { id: 'plan123456', from: 'Dr. Rivera', frequency: { per: 'day', times: 2 }, start: '2026-11-16', days: 14 };
const at = (local: string) => Date.parse(`${local}+01:00`);

describe('plans', () => {
  it('ask for times × days, or times a week over the weeks', () => {
    expect(planTarget(twiceDaily)).toBe(28);
    expect(planTarget({ frequency: { per: 'week', times: 3 }, days: 14 })).toBe(6);
    expect(planTarget({ frequency: { per: 'week', times: 3 }, days: 10 })).toBe(4);
    expect(planTarget({ frequency: { per: 'week', times: 1 }, days: 2 })).toBe(1);
  });

  it('count completed sessions of the routine on the plan days, in local days', () => {
    const sessions = [
      makeSession({ startedAt: '2026-11-15T22:30:00.000Z' }), // 23:30 on the 15th in Berlin: before the plan
      makeSession({ startedAt: '2026-11-15T23:30:00.000Z' }), // 00:30 on the 16th in Berlin: day 1
      makeSession({ startedAt: '2026-11-16T18:00:00.000Z' }),
      makeSession({ startedAt: '2026-11-18T08:00:00.000Z' }),
      makeSession({ startedAt: '2026-11-18T09:00:00.000Z', status: 'partial' }),
      makeSession({ startedAt: '2026-11-18T10:00:00.000Z', routineId: 'other' }),
      makeSession({ startedAt: '2026-11-20T08:00:00.000Z' }),
    ];
    const progress = planProgress(twiceDaily, 'test-routine', sessions, at('2026-11-20T12:00:00'), calendar);
    expect(progress).toMatchObject({ target: 28, done: 4, partial: 1, phase: 'active', day: 5, daysLeft: 9 });
    expect(progress.perDay).toEqual([2, 0, 1, 0, 1]);
    expect(progress.current).toEqual({ done: 1, target: 2, period: 'day' });
  });

  it('know before, during and after', () => {
    expect(planProgress(twiceDaily, 'r', [], at('2026-11-10T12:00:00'), calendar)).toMatchObject({ phase: 'upcoming', day: 0, daysLeft: 14, perDay: [] });
    const last = planProgress(twiceDaily, 'r', [], at('2026-11-29T23:00:00'), calendar);
    expect(last).toMatchObject({ phase: 'active', day: 14, daysLeft: 0 });
    expect(planProgress(twiceDaily, 'r', [], at('2026-11-30T00:30:00'), calendar)).toMatchObject({ phase: 'finished', day: 15 });
  });

  it('follow per-week plans by plan week', () => {
    const weekly: Assignment = { ...twiceDaily, frequency: { per: 'week', times: 3 } };
    const sessions = [makeSession({ startedAt: '2026-11-17T08:00:00.000Z' }), makeSession({ startedAt: '2026-11-24T08:00:00.000Z' })];
    const progress = planProgress(weekly, 'test-routine', sessions, at('2026-11-25T12:00:00'), calendar);
    expect(progress.current).toEqual({ done: 1, target: 3, period: 'week' });
    expect(progress.done).toBe(2);
  });

  it('get ids that are hard to guess and easy to type', () => {
    expect(newAssignmentId()).toMatch(/^[A-Za-z2-9]{10}$/);
    expect(newAssignmentId(() => 0)).toBe('AAAAAAAAAA');
  });
});
