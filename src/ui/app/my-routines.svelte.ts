import type { LocalStore } from '../../lib/store/local-store';
import type { SavedPlan, SavedRoutine } from '../../lib/store/saved';
import type { Routine } from '../../lib/routine/schema-only';

/** The part of the store this state reads and writes; tests pass a fake. */
export type RoutineStore = Pick<LocalStore, 'routines' | 'plans' | 'saveRoutine' | 'deleteRoutine' | 'savePlan' | 'deletePlan'>;

const byTitle = (a: SavedRoutine, b: SavedRoutine) => a.routine.title.localeCompare(b.routine.title);

/**
 * The user's own routines and the plans therapists sent, as reactive state over the store.
 * Loaded once; every change goes to the store first, then to the screen.
 */
export class MyRoutines {
  #routines = $state.raw<SavedRoutine[]>([]);
  #plans = $state.raw<SavedPlan[]>([]);
  #loaded: Promise<void>;

  constructor(private readonly store: RoutineStore) {
    this.#loaded = Promise.all([store.routines(), store.plans()]).then(
      ([routines, plans]) => {
        this.#routines = routines.sort(byTitle);
        this.#plans = plans;
      },
      () => undefined,
    );
  }

  loaded(): Promise<void> {
    return this.#loaded;
  }

  get routines(): SavedRoutine[] {
    return this.#routines;
  }

  get plans(): SavedPlan[] {
    return this.#plans;
  }

  get(id: string): SavedRoutine | undefined {
    return this.#routines.find((saved) => saved.routine.id === id);
  }

  plan(id: string): SavedPlan | undefined {
    return this.#plans.find((plan) => plan.assignment.id === id);
  }

  async save(saved: SavedRoutine): Promise<void> {
    await this.store.saveRoutine(saved);
    this.#routines = [...this.#routines.filter((r) => r.routine.id !== saved.routine.id), saved].sort(byTitle);
  }

  /** Deletes a routine and any plan for it. */
  async delete(id: string): Promise<void> {
    await this.store.deleteRoutine(id);
    for (const plan of this.#plans.filter((p) => p.routineId === id)) await this.store.deletePlan(plan.assignment.id);
    this.#routines = this.#routines.filter((saved) => saved.routine.id !== id);
    this.#plans = this.#plans.filter((plan) => plan.routineId !== id);
  }

  async savePlan(plan: SavedPlan): Promise<void> {
    await this.store.savePlan(plan);
    this.#plans = [plan, ...this.#plans.filter((p) => p.assignment.id !== plan.assignment.id)];
  }

  async deletePlan(id: string): Promise<void> {
    await this.store.deletePlan(id);
    this.#plans = this.#plans.filter((plan) => plan.assignment.id !== id);
  }
}

/** An id for a routine that no built-in or saved routine uses yet: `back-relief-2`, `-3`... */
export function freeId(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  const stem = wanted.replace(/-\d+$/, '').slice(0, 58);
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/**
 * The same routine, field for field (a link opened twice should not save twice), whatever order
 * its fields were written in: a routine read from a link and the same built-in fetched as JSON
 * can list a step's fields in a different order.
 */
export function sameRoutine(a: Routine, b: Routine): boolean {
  return JSON.stringify(a, sortedKeys) === JSON.stringify(b, sortedKeys);
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
