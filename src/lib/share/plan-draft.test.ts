import { describe, expect, it } from 'vitest';
import { emptyPlanDraft, planFromDraft } from './plan-draft';

describe('plan form', () => {
  it('turns the fields into an assignment', () => {
    const draft = { ...emptyPlanDraft('2026-12-01'), from: '  Northside Physio ', often: 'day-2' as const, note: 'Keep the left side light.' };
    expect(planFromDraft(draft, 'plan123456')).toEqual({
      ok: true,
      assignment: { id: 'plan123456', from: 'Northside Physio', note: 'Keep the left side light.', frequency: { per: 'day', times: 2 }, start: '2026-12-01', days: 14 },
    });
    expect(planFromDraft({ ...draft, client: ' JM-07 ' }, 'plan123456')).toMatchObject({ ok: true, assignment: { client: 'JM-07' } });
    const weekly = planFromDraft({ ...draft, often: 'week', timesAWeek: 4, length: 10, unit: 'days', note: '  ' }, 'plan123456');
    expect(weekly).toMatchObject({ ok: true, assignment: { frequency: { per: 'week', times: 4 }, days: 10 } });
    expect(weekly.ok && 'note' in weekly.assignment).toBe(false);
  });

  it('puts each problem next to its field', () => {
    const result = planFromDraft({ ...emptyPlanDraft(''), length: 60, often: 'week', timesAWeek: 20, client: 'Jane Margaret Example-Smith' }, 'plan123456');
    expect(result).toEqual({
      ok: false,
      problems: {
        from: 'Say who the plan is from: your name or your clinic',
        client: 'The client reference is too long; keep it under 20 characters, such as initials or a number',
        often: 'Times a week can be at most 14',
        start: 'The start date must be a date such as 2026-12-01',
        length: 'The plan lasts 1 to 52 weeks',
      },
    });
  });
});
