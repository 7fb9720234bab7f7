import { describe, expect, it } from 'vitest';
import { makeRoutine, makeStep } from '../../../tests/support/routines';
import type { Routine } from '../routine/schema-only';
import type { Assignment } from './assignment';
import { encodePayload } from './codec';
import { readSharedLink, resolveSharedLink, routineLink, sharePayload } from './link';
import { canonicalJson, readReference, referencePayload, routineHash } from './reference';

const plan: Assignment = { id: 'plan123456', from: 'Northside Physio', client: 'JM-07', note: 'Gentle on the left side.', frequency: { per: 'week', times: 3 }, start: '2026-12-01', days: 14 };
const routine = makeRoutine({ id: 'back-relief', steps: [makeStep(), makeStep({ title: 'Switch', sides: 'left-right', tool: 'ball', pressure: 'light' })] });
const catalog = (routines: ReturnType<typeof makeRoutine>[]) => async (id: string) => routines.find((r) => r.id === id) ?? null;

describe('reference links', () => {
  it('hash a routine the same way forever (printed links carry the hash)', () => {
    expect(routineHash(routine)).toBe(routineHash(structuredClone(routine)));
    expect(routineHash(routine)).toMatch(/^[A-Za-z0-9_-]{8}$/);
    // Frozen: a change to how the hash is made breaks every reference link ever printed.
    const fixed: Routine = {
      id: 'fixed', title: 'Fixed', summary: 'Never changes.', tags: ['desk'], safety: 'Stop at sharp pain.', cautions: [], version: 1,
      steps: [{ title: 'Palm circles', duration: 60, instructions: 'Circle slowly.', areas: ['lower-back'], sides: 'both', repeat: 1, rest: false, tool: 'hands', pressure: 'medium' }],
    };
    expect(routineHash(fixed)).toBe('xABEp6E5');
  });

  it('hash content, not the order fields were written in, and every word of it', () => {
    const reordered = { ...routine, steps: routine.steps.map((step) => Object.fromEntries(Object.entries(step).reverse()) as typeof step) };
    expect(routineHash(reordered)).toBe(routineHash(routine));
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
    const edited = { ...routine, steps: [{ ...routine.steps[0]!, instructions: `${routine.steps[0]!.instructions} ` + 'Breathe.' }, routine.steps[1]!] };
    expect(routineHash(edited)).not.toBe(routineHash(routine));
    expect(routineHash({ ...routine, steps: [routine.steps[0]!, { ...routine.steps[1]!, duration: 61 }] })).not.toBe(routineHash(routine));
  });

  it('name an unchanged built-in, with or without a plan, and carry anything else whole', () => {
    expect(sharePayload(routine, undefined, routine)).toBe(`2back-relief.${routineHash(routine)}`);
    expect(sharePayload(routine, plan, routine)).toMatch(new RegExp(`^2back-relief\\.${routineHash(routine)}\\.1[A-Za-z0-9_-]+$`));
    const changed = { ...routine, title: 'Back relief, my way' };
    expect(sharePayload(changed, undefined, routine)).toMatch(/^1/);
    expect(sharePayload(routine, undefined, null)).toMatch(/^1/);
    expect(sharePayload({ ...routine, id: 'other' }, undefined, routine)).toMatch(/^1/);
    expect(routineLink('https://unknot.app/#/share/back-relief', routine, undefined, routine)).toBe(`https://unknot.app/#/r/2back-relief.${routineHash(routine)}`);
  });

  it('open the built-in and the plan exactly as sent', async () => {
    for (const assignment of [plan, { ...plan, client: undefined }, { ...plan, note: undefined }, { ...plan, client: undefined, note: undefined, frequency: { per: 'day', times: 2 } } as Assignment]) {
      const clean = JSON.parse(JSON.stringify(assignment)) as Assignment;
      const read = readSharedLink(referencePayload(routine, clean));
      expect(read).toEqual({ ok: true, value: { kind: 'reference', id: 'back-relief', hash: routineHash(routine), assignment: clean } });
      if (!read.ok) return;
      expect(await resolveSharedLink(read.value, catalog([routine]))).toEqual({ ok: true, value: { routine, assignment: clean } });
    }
    const bare = readSharedLink(referencePayload(routine));
    expect(bare.ok && (await resolveSharedLink(bare.value, catalog([routine])))).toEqual({ ok: true, value: { routine } });
  });

  it('never open another routine or another version: they ask for an update', async () => {
    const link = readSharedLink(referencePayload(routine, plan));
    if (!link.ok) throw new Error('unreadable');
    expect(await resolveSharedLink(link.value, catalog([]))).toEqual({ ok: false, problem: 'unknown-routine', details: ['back-relief'] });
    const older = { ...routine, steps: [routine.steps[0]!] };
    expect(await resolveSharedLink(link.value, catalog([older]))).toEqual({ ok: false, problem: 'other-version', details: ['Test routine'] });
    expect(await resolveSharedLink(link.value, () => Promise.reject(new Error('offline')))).toEqual({ ok: false, problem: 'unavailable', details: [] });
  });

  it('say how a reference link is broken', () => {
    const payload = referencePayload(routine, plan);
    expect(readReference('2back-relief.AbC')).toEqual({ ok: false, problem: 'cut-short' });
    expect(readReference('2back-reli')).toEqual({ ok: false, problem: 'cut-short' });
    expect(readReference('2Back relief.AbCdEfGh')).toEqual({ ok: false, problem: 'not-a-link' });
    expect(readSharedLink(payload.slice(0, -8))).toMatchObject({ ok: false, problem: 'cut-short' });
    const badPlan = `2back-relief.${routineHash(routine)}.${encodePayload(['plan123456', '', 9, -1, 14])}`;
    const read = readSharedLink(badPlan);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.details).toEqual(expect.arrayContaining([
      'plan, from: say who the plan is from: your name or your clinic',
      'plan, frequency, times: times a day can be at most 3',
      'plan, start: the start date must be a date',
    ]));
    expect(readSharedLink(`2back-relief.${routineHash(routine)}.${encodePayload(['plan123456', 'A', 0, 9800, 14])}`))
      .toMatchObject({ ok: false, details: [expect.stringContaining('plan, frequency, times: times a day must be at least 1')] });
    expect(readSharedLink(`2back-relief.${routineHash(routine)}.${encodePayload({ id: 'x' })}`)).toMatchObject({ ok: false, problem: 'invalid' });
    expect(readSharedLink(`2back-relief.${routineHash(routine)}.${encodePayload(['plan123456', 'A', 1, 9800, 14, 'x'.repeat(30)])}`))
      .toMatchObject({ ok: false, details: [expect.stringContaining('plan, client: the client reference is too long')] });
  });
});
