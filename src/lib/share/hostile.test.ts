/**
 * Links anyone can send (issue #11): whatever the payload holds, decoding answers with a value
 * or a few problems, after work bounded by the limits, and never throws.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mutatedText, mutatedValue } from '../../../tests/support/mutate';
import { makeRoutine, makeSession, makeStep } from '../../../tests/support/routines';
import { Calendar } from '../calendar';
import { parseRoutineFile } from '../routine';
import { toJsonModel } from '../routine/serialize-json';
import { deflateSync, strToU8 } from 'fflate';
import { encodePayload, FORMAT, MAX_JSON_BYTES, toBase64Url } from './codec';
import { DICTIONARY_V1 } from './dictionary';
import { readReportPayload, readRoutinePayload, readSharedLink, routinePayload, type LinkResult } from './link';
import { referencePayload } from './reference';
import { buildReport, REPORT_LIMITS } from './report';

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

describe('any link', () => {
  /** 10,000 runs take seconds alone, and longer on a machine busy with other work. */
  const PROPERTY_TIMEOUT = 180_000;

  /** A value, or a problem: a code for a payload that does not decode, words for one that does not validate. */
  /** A payload as the app writes it, but deflated fast: 10,000 of them at level 9 would take minutes. */
  const dictionary = strToU8(DICTIONARY_V1);
  const quickPayload = (value: unknown) => FORMAT + toBase64Url(deflateSync(strToU8(JSON.stringify(value) ?? 'null'), { level: 1, dictionary }));

  const answered = (result: LinkResult<unknown>) => {
    if (result.ok) return;
    expect(result.problem).toMatch(/^(empty|too-long|newer-format|not-a-link|cut-short|damaged|invalid)$/);
    if (result.problem === 'invalid') expect(result.details.length).toBeGreaterThan(0);
    for (const detail of result.details) expect(detail.length).toBeLessThan(1000);
  };

  const parsed = parseRoutineFile('back-relief.md', readFileSync('routines/back-relief.md', 'utf8'));
  if (!parsed.ok) throw new Error('back-relief.md is invalid');
  const plan = { id: 'plan123456', from: 'Northside Physio', note: 'Gentle.', frequency: { per: 'day', times: 2 }, start: '2026-12-01', days: 14 };
  const shared = { routine: toJsonModel(parsed.value), assignment: plan };
  const sessions = Array.from({ length: 6 }, (_, i) => makeSession({ startedAt: `2026-12-0${i + 1}T08:00:00.000Z`, routineId: 'back-relief', tensionBefore: 6, tensionAfter: 3, note: 'Tight.' }));
  const report = buildReport({ assignment: plan as never, routine: { id: 'back-relief', title: 'Back relief' }, sessions, includeNotes: true, now: Date.parse('2026-12-08T12:00:00Z'), calendar: new Calendar('UTC') });

  it('answers arbitrary text and damaged payloads with a problem, as a routine or a report (10,000 runs)', () => {
    const good = [encodePayload(shared), encodePayload(report)];
    const text = fc.oneof(fc.string({ maxLength: 200 }), fc.stringMatching(/^1[A-Za-z0-9_-]{0,300}$/), fc.constantFrom(...good).chain((payload) => mutatedText(payload)));
    fc.assert(
      fc.property(text, (payload) => {
        answered(readRoutinePayload(payload));
        answered(readReportPayload(payload));
      }),
      { numRuns: 10_000 },
    );
  }, PROPERTY_TIMEOUT);

  it('answers a routine and plan with fields replaced, removed, added or multiplied (10,000 runs)', () => {
    fc.assert(
      fc.property(mutatedValue(shared), (value) => answered(readRoutinePayload(quickPayload(value)))),
      { numRuns: 10_000 },
    );
  }, PROPERTY_TIMEOUT);

  it('answers a report with fields replaced, removed, added or multiplied (10,000 runs)', () => {
    fc.assert(
      fc.property(mutatedValue(report), (value) => answered(readReportPayload(quickPayload(value)))),
      { numRuns: 10_000 },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
  }, PROPERTY_TIMEOUT);
});

describe('hostile reference links (format 2)', () => {
  const routine = makeRoutine({ steps: [makeStep()] });
  const plan = { id: 'plan123456', from: 'Northside Physio', frequency: { per: 'day' as const, times: 1 }, start: '2026-12-01', days: 14 };

  it('hold a plan to the same name rules: a control character in who it is from or in the client reference is refused, invisible edges dropped', () => {
    const from = readSharedLink(referencePayload(routine, { ...plan, from: 'Dr. \u0007Rivera' }));
    expect(!from.ok && from.details).toEqual(['plan, from: who the plan is from contains a control character (U+0007); remove it']);
    const client = readSharedLink(referencePayload(routine, { ...plan, client: 'JM\u001B07' }));
    expect(!client.ok && client.details).toEqual(['plan, client: the client reference contains a control character (U+001B); remove it']);
    const edges = readSharedLink(referencePayload(routine, { ...plan, client: '\u202EJM-07\u200B' }));
    expect(edges.ok && edges.value.kind === 'reference' && edges.value.assignment?.client).toBe('JM-07');
  });

  it('refuse a plan part that inflates past the payload limit', () => {
    const huge = referencePayload(routine, { ...plan, note: ' '.repeat(MAX_JSON_BYTES) });
    expect(readSharedLink(huge)).toEqual({ ok: false, problem: 'too-long', details: [] });
  });

  it('answer arbitrary text after the format digit with a problem, never a throw (2,000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (tail) => {
        const result = readSharedLink(`2${tail}`);
        if (!result.ok) for (const detail of result.details) expect(detail.length).toBeLessThan(1000);
      }),
      { numRuns: 2000 },
    );
  });
});
