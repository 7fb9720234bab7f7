/**
 * Links anyone can send (issue #11): whatever the payload holds, decoding answers with a value
 * or a few problems, after work bounded by the limits, and never throws.
 */
import { describe, expect, it } from 'vitest';
import { makeRoutine, makeStep } from '../../../tests/support/routines';
import { encodePayload, MAX_JSON_BYTES } from './codec';
import { readReportPayload, readRoutinePayload, routinePayload } from './link';
import { REPORT_LIMITS } from './report';

const header = { id: 'x', title: 'X', summary: 'S.', safety: 'Stop at pain.' };
const report = (sessions: unknown[]) => ({
  format: 'unknot-report', version: 1, madeAt: '2026-11-20T12:00:00.000Z',
  assignment: { id: 'plan123456', from: 'Northside Physio', frequency: { per: 'day', times: 1 }, start: '2026-11-16', days: 14 },
  routine: { id: 'x', title: 'X' }, through: 5, includesNotes: true, sessions,
});

describe('hostile routine links', () => {
  it.each([
    ['a list', `${'- '.repeat(1999)}x`],
    ['a quote', '>'.repeat(2000)],
  ])('refuse instructions that nest %s thousands deep, in a link of a few hundred characters', (_name, instructions) => {
    const payload = encodePayload({ routine: { ...header, steps: [{ title: 'T', duration: 5, instructions }] } });
    expect(payload.length).toBeLessThan(200);
    expect(readRoutinePayload(payload)).toEqual({
      ok: false, problem: 'invalid',
      details: ['step 1, instructions: lists or quotes in the instructions go more than 8 levels deep; keep them to 8 levels inside each other'],
    });
  });

  it('answer 150,000 empty steps with one problem, not 300,000', () => {
    const payload = encodePayload({ routine: { ...header, steps: Array.from({ length: 150_000 }, () => ({})) } });
    expect(payload.length).toBeLessThan(1000);
    expect(readRoutinePayload(payload)).toEqual({
      ok: false, problem: 'invalid', details: ['step 1001: a routine has at most 1000 steps; this is step 1001, so split the routine'],
    });
  });

  it('refuse a routine of days', () => {
    const steps = Array.from({ length: 1000 }, () => ({ title: 'T', duration: 3600, repeat: 20, sides: 'left-right', instructions: 'Hold.' }));
    const result = readRoutinePayload(encodePayload({ routine: { ...header, steps } }));
    expect(!result.ok && result.details).toEqual([
      'step 1, duration: the routine passes 3 hours at this step: it runs 40,027 h 47 min in all, counting every repeat and side and the pauses to switch sides; a routine lasts at most 3 hours, so shorten steps or split it into several routines',
    ]);
  });

  it('refuse a plan from someone whose name holds a control character, and drop invisible edges', () => {
    const routine = makeRoutine({ steps: [makeStep()] });
    const plan = { id: 'plan123456', from: 'Dr. \u0007Rivera', frequency: { per: 'day', times: 1 }, start: '2026-12-01', days: 14 };
    const bad = readRoutinePayload(encodePayload({ routine, assignment: plan }));
    expect(!bad.ok && bad.details).toEqual(['plan, from: who the plan is from contains a control character (U+0007); remove it']);
    const edges = readRoutinePayload(encodePayload({ routine, assignment: { ...plan, from: '\u202EDr. Rivera\u200B' } }));
    expect(edges.ok && edges.value.assignment?.from).toBe('Dr. Rivera');
    expect(readRoutinePayload(routinePayload(routine)).ok).toBe(true);
  });
});

describe('hostile report links', () => {
  it('answer a report of as many sessions as a link can carry with one problem', () => {
    const count = Math.floor(MAX_JSON_BYTES / 3) - 200;
    const payload = encodePayload(report(Array.from({ length: count }, () => ({}))));
    expect(readReportPayload(payload)).toEqual({
      ok: false, problem: 'invalid', details: [`sessions: a report holds at most ${REPORT_LIMITS.sessions} sessions, and this one has ${count.toLocaleString('en')}`],
    });
  });

  it('refuse a note longer than a report carries before reading the rest', () => {
    const sessions = [{ day: 0, completed: true, minutes: 5, note: 'x'.repeat(100_000) }, { day: 1, completed: 'yes', minutes: 5 }];
    expect(readReportPayload(encodePayload(report(sessions)))).toEqual({
      ok: false, problem: 'invalid', details: ['sessions, entry 1, note: the note is too long (100,000 characters); a note in a report is at most 1000'],
    });
  });

  it('refuse a routine title with a control character', () => {
    const result = readReportPayload(encodePayload({ ...report([]), routine: { id: 'x', title: 'Back\u0000relief' } }));
    expect(!result.ok && result.details).toEqual(['routine, title: the routine title contains a control character (U+0000); remove it']);
  });

  it('refuse a payload that inflates past its limit', () => {
    const huge = encodePayload(report([{ day: 0, completed: true, minutes: 5, note: ' '.repeat(MAX_JSON_BYTES) }]));
    expect(readReportPayload(huge)).toEqual({ ok: false, problem: 'too-long', details: [] });
  });
});
