import { describe, expect, it } from 'vitest';
import { makeSession } from '../../../tests/support/routines';
import { Calendar } from '../calendar';
import type { Assignment } from './assignment';
import { allNotes, byClient, exportPractice, keepReport, mergePlan, parsePracticeFile, planSent, planStanding, type PracticePlan } from './practice';
import { buildReport } from './report';

const calendar = new Calendar('UTC');
const plan: Assignment = { id: 'plan123456', from: 'Northside Physio', client: 'JM-07', note: 'Gentle on the left side.', frequency: { per: 'day', times: 1 }, start: '2026-11-16', days: 14 };
const routine = { id: 'back-relief', title: 'Back relief' };
const at = (iso: string) => Date.parse(iso);
const sessions = [
  makeSession({ routineId: 'back-relief', startedAt: '2026-11-16T08:00:00.000Z', tensionBefore: 7, tensionAfter: 4, note: 'Left side tight' }),
  makeSession({ routineId: 'back-relief', startedAt: '2026-11-17T08:00:00.000Z', tensionBefore: 6, tensionAfter: 3, note: 'Better' }),
  makeSession({ routineId: 'back-relief', startedAt: '2026-11-19T08:00:00.000Z', tensionBefore: 5, tensionAfter: 3 }),
];
const report = (now: string, includeNotes: boolean, list = sessions, assignment = plan) =>
  buildReport({ assignment, routine, sessions: list, includeNotes, now: at(now), calendar });

describe('a practice', () => {
  it('records a plan when its link is made, waiting for a report', () => {
    const sent = planSent(undefined, plan, routine, at('2026-11-15T10:00:00Z'));
    expect(sent).toEqual({ planId: 'plan123456', assignment: plan, routine, sentAt: '2026-11-15T10:00:00.000Z', earlierNotes: [] });
    expect(planStanding(sent)).toMatchObject({ waiting: true, lastReport: null });
    // Made again (the therapist changed the note): same plan, first sent date.
    expect(planSent(sent, { ...plan, note: 'Both sides.' }, routine, at('2026-11-16T10:00:00Z'))).toMatchObject({ sentAt: '2026-11-15T10:00:00.000Z', assignment: { note: 'Both sides.' } });
  });

  it('keeps a report: adherence to date with a percentage, tension before and after', () => {
    const kept = keepReport(planSent(undefined, plan, routine, at('2026-11-15T10:00:00Z')), report('2026-11-20T12:00:00Z', true), at('2026-11-21T09:00:00Z'));
    expect(kept.assignment.note).toBe('Gentle on the left side.');
    expect(kept.keptAt).toBe('2026-11-21T09:00:00.000Z');
    expect(planStanding(kept)).toEqual({ waiting: false, done: 3, expected: 5, percent: 60, through: 5, lastReport: '2026-11-20T12:00:00.000Z', averageBefore: 6, averageAfter: 10 / 3 });
    // A report of a plan made on another device: the plan as the report tells it.
    expect(keepReport(undefined, report('2026-11-20T12:00:00Z', false), at('2026-11-21T09:00:00Z')).assignment).toEqual({ ...plan, note: undefined });
  });

  it('replaces a report by a newer one without losing notes from days the newer one no longer has', () => {
    const first = keepReport(undefined, report('2026-11-18T12:00:00Z', true), at('2026-11-18T13:00:00Z'));
    // Sent without notes, and the first session was deleted on the phone meanwhile.
    const second = keepReport(first, report('2026-11-25T12:00:00Z', false, sessions.slice(1)), at('2026-11-25T13:00:00Z'));
    expect(second.report?.madeAt).toBe('2026-11-25T12:00:00.000Z');
    expect(planStanding(second)).toMatchObject({ done: 2, expected: 10, percent: 20 });
    expect(allNotes(second)).toEqual([{ day: 0, note: 'Left side tight', earlier: true }, { day: 1, note: 'Better', earlier: true }]);
    // A third with notes again: its own notes replace the earlier ones of the same days.
    const third = keepReport(second, report('2026-11-26T12:00:00Z', true, [...sessions.slice(1), makeSession({ routineId: 'back-relief', startedAt: '2026-11-26T08:00:00.000Z', note: 'Sleeping better' })]), at('2026-11-26T13:00:00Z'));
    expect(allNotes(third)).toEqual([{ day: 0, note: 'Left side tight', earlier: true }, { day: 1, note: 'Better', earlier: false }, { day: 10, note: 'Sleeping better', earlier: false }]);
    // An older report arriving late does not replace the newer one; its notes still count.
    const late = keepReport(keepReport(undefined, report('2026-11-25T12:00:00Z', false), 0), report('2026-11-18T12:00:00Z', true), 0);
    expect(late.report?.madeAt).toBe('2026-11-25T12:00:00.000Z');
    expect(allNotes(late).map((entry) => entry.note)).toEqual(['Left side tight', 'Better']);
  });

  it('groups plans by client reference, plans without one last', () => {
    const plans = [
      planSent(undefined, { ...plan, id: 'planAAAAAA', client: 'MK' }, routine, at('2026-11-01T10:00:00Z')),
      planSent(undefined, { ...plan, id: 'planBBBBBB', client: undefined }, routine, at('2026-11-02T10:00:00Z')),
      planSent(undefined, { ...plan, id: 'planCCCCCC', client: 'AB' }, routine, at('2026-11-03T10:00:00Z')),
      planSent(undefined, { ...plan, id: 'planDDDDDD', client: 'MK' }, routine, at('2026-11-04T10:00:00Z')),
    ];
    expect(byClient(plans).map((group) => [group.client, group.plans.map((p) => p.planId)])).toEqual([
      ['AB', ['planCCCCCC']], ['MK', ['planDDDDDD', 'planAAAAAA']], [null, ['planBBBBBB']],
    ]);
  });

  it('exports and imports every plan, refusing a damaged file with where it is damaged', () => {
    const kept = keepReport(planSent(undefined, plan, routine, at('2026-11-15T10:00:00Z')), report('2026-11-20T12:00:00Z', true), at('2026-11-21T09:00:00Z'));
    const text = exportPractice([kept], new Date('2026-11-22T10:00:00Z'));
    expect(parsePracticeFile(text)).toEqual({ ok: true, plans: [kept] });
    const data = JSON.parse(text) as { plans: PracticePlan[] };
    expect(parsePracticeFile(JSON.stringify({ ...data, version: 2 }))).toEqual({ ok: false, message: 'This practice file is from a newer version of Unknot; update the app to import it.' });
    expect(parsePracticeFile(JSON.stringify({ format: 'unknot-history', version: 1 }))).toEqual({ ok: false, message: 'This is not an Unknot practice file.' });
    expect(parsePracticeFile('{')).toMatchObject({ ok: false, message: expect.stringContaining('not valid JSON') });
    const broken = structuredClone(data);
    (broken.plans[0]!.report!.sessions[1] as { before: number }).before = 11;
    expect(parsePracticeFile(JSON.stringify(broken))).toMatchObject({ ok: false, message: expect.stringMatching(/^This practice file is damaged at plan 1: report, sessions, entry 2, before: .*Nothing was imported\.$/) });
    expect(parsePracticeFile(JSON.stringify({ ...data, plans: new Array(5001).fill(kept) }))).toMatchObject({ ok: false, message: expect.stringContaining('at most 5000 plans') });
    expect(parsePracticeFile(' '.repeat(50_000_001))).toMatchObject({ ok: false });
  });

  it('merges an imported plan with the one kept here', () => {
    const here = keepReport(undefined, report('2026-11-25T12:00:00Z', false), 0);
    const imported = keepReport(planSent(undefined, plan, routine, at('2026-11-15T10:00:00Z')), report('2026-11-18T12:00:00Z', true), 0);
    const merged = mergePlan(here, imported, 0);
    expect(merged).toMatchObject({ sentAt: '2026-11-15T10:00:00.000Z', assignment: { note: 'Gentle on the left side.' }, report: { madeAt: '2026-11-25T12:00:00.000Z' } });
    expect(allNotes(merged).map((entry) => entry.note)).toEqual(['Left side tight', 'Better']);
    expect(mergePlan(merged, merged, 0)).toEqual(merged);
  });
});
