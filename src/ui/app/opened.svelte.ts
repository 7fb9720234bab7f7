import type { Routine } from '../../lib/routine/schema-only';

export interface OpenedRoutine {
  fileName: string;
  routine: Routine;
}

/**
 * Routines the user opened from a file in this visit. They are shown in place of a built-in
 * with the same id until closed; saving them for good is the editor's job.
 */
export class OpenedRoutines {
  #files = $state.raw<ReadonlyMap<string, OpenedRoutine>>(new Map());

  get(id: string): OpenedRoutine | undefined {
    return this.#files.get(id);
  }

  get all(): OpenedRoutine[] {
    return [...this.#files.values()];
  }

  add(opened: OpenedRoutine): void {
    this.#files = new Map(this.#files).set(opened.routine.id, opened);
  }

  remove(id: string): void {
    const next = new Map(this.#files);
    next.delete(id);
    this.#files = next;
  }
}
