import type { Routine } from '../../lib/routine/schema-only';

export type LoadedRoutine =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'error'; message: string }
  | { state: 'ready'; routine: Routine };

/**
 * A routine by id as reactive state, for screens that show one: loading, missing, failed or
 * ready. Looks again when the id (or anything `find` reads before its first await) changes,
 * and drops answers to questions no longer asked.
 */
export class RoutineLoader {
  #loaded = $state.raw<LoadedRoutine>({ state: 'loading' });

  constructor(id: () => string, find: (id: string) => Promise<Routine | null>) {
    $effect(() => {
      const wanted = id();
      let current = true;
      this.#loaded = { state: 'loading' };
      find(wanted).then(
        (routine) => {
          if (current) this.#loaded = routine ? { state: 'ready', routine } : { state: 'missing' };
        },
        (error: unknown) => {
          if (current) this.#loaded = { state: 'error', message: error instanceof Error ? error.message : String(error) };
        },
      );
      return () => {
        current = false;
      };
    });
  }

  get current(): LoadedRoutine {
    return this.#loaded;
  }
}
