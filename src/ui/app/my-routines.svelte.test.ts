import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { SavedPlan, SavedRoutine } from '../../lib/store/saved';
import { MyRoutines, sameRoutine } from './my-routines.svelte';
import { fakeRoutineStore } from '../../../tests/support/fakes';
import { makeRoutine, makeStep } from '../../../tests/support/routines';
import { watch } from '../../../tests/support/runes.svelte';

const saved = (id: string, title: string): SavedRoutine => ({ routine: makeRoutine({ id, title }), savedAt: '2026-11-20T09:00:00.000Z', origin: 'editor' });
const planFor = (routineId: string, id: string): SavedPlan => ({
  assignment: { id, from: 'Dr. Rivera', frequency: { per: 'day', times: 2 }, start: '2026-11-16', days: 14 },
  routineId,
  routineTitle: routineId,
  receivedAt: '2026-11-16T08:00:00.000Z',
});

const neck = saved('neck', 'Neck');
const back = saved('back', 'Back relief');
const jaw = saved('jaw', 'Jaw release');

describe('MyRoutines', () => {
  it('loads the routines by title and the plans as stored', async () => {
    const { store } = fakeRoutineStore([neck, back], [planFor('neck', 'plan-1'), planFor('back', 'plan-2')]);
    const mine = new MyRoutines(store);
    expect(mine.routines).toEqual([]);
    await mine.loaded();
    expect(mine.routines.map((r) => r.routine.id)).toEqual(['back', 'neck']);
    expect(mine.get('neck')).toBe(neck);
    expect(mine.plan('plan-2')?.routineId).toBe('back');
    expect(mine.plans).toHaveLength(2);
  });

  it('shows nothing, rather than failing, when the store cannot be read', async () => {
    const mine = new MyRoutines(fakeRoutineStore([neck], [], { fail: true }).store);
    await mine.loaded();
    expect([mine.routines, mine.plans]).toEqual([[], []]);
  });

  it('saves to the store first, then lists the routine in title order, replacing an older copy', async () => {
    const { store, calls } = fakeRoutineStore([neck, back]);
    const mine = new MyRoutines(store);
    await mine.loaded();
    const titles = watch(() => mine.routines.map((r) => r.routine.title));
    await mine.save(jaw);
    const renamed = saved('neck', 'A neck routine');
    await mine.save(renamed);
    flushSync();
    expect(calls).toEqual(['saveRoutine jaw', 'saveRoutine neck']);
    expect(titles.seen.at(-1)).toEqual(['A neck routine', 'Back relief', 'Jaw release']);
    expect(mine.get('neck')).toBe(renamed);
    titles.destroy();
  });

  it('deletes a routine with its plans, and leaves the others', async () => {
    const { store, calls } = fakeRoutineStore([neck, back], [planFor('neck', 'plan-1'), planFor('back', 'plan-2'), planFor('neck', 'plan-3')]);
    const mine = new MyRoutines(store);
    await mine.loaded();
    await mine.delete('neck');
    expect(calls).toEqual(['deleteRoutine neck', 'deletePlan plan-1', 'deletePlan plan-3']);
    expect(mine.routines).toEqual([back]);
    expect(mine.plans.map((plan) => plan.assignment.id)).toEqual(['plan-2']);
  });

  it('puts a new plan first, replaces one received again, and deletes one', async () => {
    const { store, calls } = fakeRoutineStore([neck], [planFor('neck', 'plan-1')]);
    const mine = new MyRoutines(store);
    await mine.loaded();
    await mine.savePlan(planFor('neck', 'plan-2'));
    const again = { ...planFor('neck', 'plan-1'), receivedAt: '2026-11-18T08:00:00.000Z' };
    await mine.savePlan(again);
    expect(mine.plans.map((plan) => plan.assignment.id)).toEqual(['plan-1', 'plan-2']);
    expect(mine.plan('plan-1')).toBe(again);
    await mine.deletePlan('plan-2');
    expect(calls).toEqual(['savePlan plan-2', 'savePlan plan-1', 'deletePlan plan-2']);
    expect(mine.plans).toEqual([again]);
  });

  it('changes nothing on screen when the store refuses a change', async () => {
    const { store } = fakeRoutineStore([neck]);
    const full = () => Promise.reject(new Error('storage full'));
    const mine = new MyRoutines({ ...store, saveRoutine: full, deleteRoutine: full });
    await mine.loaded();
    await expect(mine.save(jaw)).rejects.toThrow('storage full');
    await expect(mine.delete('neck')).rejects.toThrow('storage full');
    expect(mine.routines).toEqual([neck]);
  });
});

describe('sameRoutine', () => {
  it('compares fields, not the order they were written in', () => {
    const routine = makeRoutine({ steps: [makeStep({ position: 'seated', motion: ['circles'] })] });
    const [step] = routine.steps;
    const reordered = { ...routine, steps: [{ motion: step!.motion, position: step!.position, ...step! }] };
    expect(sameRoutine(routine, reordered)).toBe(true);
    expect(sameRoutine(routine, { ...routine, steps: [{ ...step!, motion: ['glide'] }] })).toBe(false);
  });
});
