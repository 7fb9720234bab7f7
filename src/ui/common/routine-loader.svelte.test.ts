import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Routine } from '../../lib/routine/schema-only';
import { RoutineLoader } from './routine-loader.svelte';
import { deferred } from '../../../tests/support/fakes';
import { makeRoutine } from '../../../tests/support/routines';
import { owned } from '../../../tests/support/runes.svelte';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** A loader whose questions the test answers one by one, and an id it can change. */
function loader() {
  const asked = new Map<string, ReturnType<typeof deferred<Routine | null>>>();
  const wanted = $state({ id: 'neck' });
  const find = (id: string) => {
    const answer = deferred<Routine | null>();
    asked.set(id, answer);
    return answer.promise;
  };
  const made = owned(() => new RoutineLoader(() => wanted.id, find));
  cleanups.push(made.destroy);
  /** Resolves once the question about `id` has been answered, and the loader has heard the answer. */
  const answered = (id: string) => asked.get(id)!.promise.then(() => undefined, () => undefined);
  return { loader: made.value, asked, wanted, answered };
}

describe('RoutineLoader', () => {
  it('is loading, then ready with the routine', async () => {
    const { loader: routine, asked, answered } = loader();
    expect(routine.current).toEqual({ state: 'loading' });
    const neck = makeRoutine({ id: 'neck' });
    asked.get('neck')!.resolve(neck);
    await answered('neck');
    expect(routine.current).toEqual({ state: 'ready', routine: neck });
  });

  it('says when there is no such routine, or why it failed', async () => {
    const missing = loader();
    missing.asked.get('neck')!.resolve(null);
    const failing = loader();
    failing.asked.get('neck')!.reject(new Error('the file is damaged'));
    await Promise.all([missing.answered('neck'), failing.answered('neck')]);
    expect(missing.loader.current).toEqual({ state: 'missing' });
    expect(failing.loader.current).toEqual({ state: 'error', message: 'the file is damaged' });
  });

  it('looks again when the id changes, and drops the answer to the old question', async () => {
    const { loader: routine, asked, wanted, answered } = loader();
    wanted.id = 'jaw';
    flushSync();
    expect([...asked.keys()]).toEqual(['neck', 'jaw']);
    const jaw = makeRoutine({ id: 'jaw' });
    asked.get('jaw')!.resolve(jaw);
    await answered('jaw');
    asked.get('neck')!.resolve(makeRoutine({ id: 'neck' }));
    await answered('neck');
    expect(routine.current).toEqual({ state: 'ready', routine: jaw });
  });

  it('shows loading again while the new routine comes', async () => {
    const { loader: routine, asked, wanted, answered } = loader();
    asked.get('neck')!.resolve(makeRoutine({ id: 'neck' }));
    await answered('neck');
    expect(routine.current.state).toBe('ready');
    wanted.id = 'jaw';
    flushSync();
    expect(routine.current).toEqual({ state: 'loading' });
    asked.get('jaw')!.reject('offline');
    await answered('jaw');
    expect(routine.current).toEqual({ state: 'error', message: 'offline' });
  });

  it('ignores answers that come after its screen has gone', async () => {
    const { loader: routine, asked, answered } = loader();
    cleanups.splice(0).forEach((cleanup) => cleanup());
    asked.get('neck')!.resolve(makeRoutine({ id: 'neck' }));
    await answered('neck');
    expect(routine.current).toEqual({ state: 'loading' });
  });
});
