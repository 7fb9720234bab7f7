import { describe, expect, it } from 'vitest';
import { makeRoutine, makeStep } from '../../../tests/support/routines';
import { encodePayload } from './codec';
import { readRoutinePayload, readSharedLink, routineLink, routinePayload } from './link';

const ROUTINE_ROUTE = '#/r/';
import type { Assignment } from './assignment';

const plan: Assignment = { id: 'plan123456', from: 'Dr. Rivera, Northside Physio', note: 'Gentle on the left side.', frequency: { per: 'day', times: 2 }, start: '2026-12-01', days: 14 };

describe('routine links', () => {
  it('carry a routine and a plan that read back the same', () => {
    const routine = makeRoutine({ steps: [makeStep(), makeStep({ title: 'Switch', sides: 'left-right', repeat: 2, tool: 'ball', pressure: 'light' })] });
    const link = routineLink('https://unknot.app/index.html#/routine/x', routine, plan);
    expect(link.startsWith(`https://unknot.app/index.html${ROUTINE_ROUTE}1`)).toBe(true);
    const payload = link.slice(link.indexOf(ROUTINE_ROUTE) + ROUTINE_ROUTE.length);
    expect(readRoutinePayload(payload)).toEqual({ ok: true, value: { routine, assignment: plan } });
    expect(readRoutinePayload(routinePayload(routine))).toEqual({ ok: true, value: { routine } });
  });

  it('carry how each step is done, and still open links made before steps said it', () => {
    const routine = makeRoutine({ steps: [
      makeStep({ position: 'wall-lean', tool: 'ball', motion: ['press-hold', 'circles'], sides: 'left-right' }),
      makeStep({ title: 'Warm the left foot', position: 'seated', motion: ['glide'], direction: 'toward-heart', sides: 'left' }),
    ] });
    expect(readRoutinePayload(routinePayload(routine))).toEqual({ ok: true, value: { routine } });
    // Made by format 1 before positions, motions and one-sided steps existed; kept as it was sent.
    const old = '1w2yCAjOxLjAespGaov7AfA0VQjRJfROBoQRp6QKrZGByBZmrALIoF5j_gGw9kHJYwxRcwgHjDVL6gnI7WBqjzQFuMUDDHqgAqb1imAvkw1s2SE2mWKA5mM04oOuRm6g6WFp_IPuhLThwgCOsRWs2OYMloBGip1QbW1sLAA';
    const read = readRoutinePayload(old);
    expect(read.ok && read.value.routine.steps[0]).toEqual({
      title: 'Palm circles', duration: 60, areas: ['lower-back'], sides: 'left-right', repeat: 1, rest: false,
      tool: 'hands', pressure: 'medium', stroke: 'slow circles', instructions: 'Circle slowly.',
    });
  });

  it('validate the routine with the one schema and say where the problem is', () => {
    const bad = encodePayload({ routine: { id: 'x', title: 'T', summary: 'S', safety: 'Careful.', steps: [{ title: 'A', duration: '10s', instructions: 'Do.' }, { title: 'B', duration: '2 hours', instructions: 'Do.' }] } });
    const result = readRoutinePayload(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe('invalid');
    expect(result.details).toHaveLength(1);
    expect(result.details[0]).toMatch(/^step 2, duration: /);
  });

  it('validate the plan too', () => {
    const bad = encodePayload({ routine: JSON.parse(JSON.stringify({ ...makeRoutine() })) as unknown, assignment: { ...plan, frequency: { per: 'day', times: 9 }, from: '' } });
    const result = readRoutinePayload(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.details.join('\n')).toContain('plan, from: say who the plan is from');
    expect(result.details.join('\n')).toContain('plan, frequency, times: times a day can be at most 3');
  });

  it('refuse a plan that starts on a day that does not exist', () => {
    const result = readRoutinePayload(encodePayload({ routine: JSON.parse(JSON.stringify(makeRoutine())) as unknown, assignment: { ...plan, start: '2026-02-31' } }));
    expect(result).toMatchObject({ ok: false, details: ['plan, start: the start date is not a real day'] });
  });

  it('refuse data that is not a routine link', () => {
    expect(readRoutinePayload(encodePayload([1, 2]))).toMatchObject({ ok: false, problem: 'invalid' });
    expect(readRoutinePayload(encodePayload({ routine: makeRoutine(), extra: '<script>' }))).toMatchObject({ ok: false, problem: 'invalid' });
    expect(readRoutinePayload('2abc')).toMatchObject({ ok: false, problem: 'newer-format' });
    expect(readSharedLink('3abc')).toMatchObject({ ok: false, problem: 'newer-format' });
  });
});
