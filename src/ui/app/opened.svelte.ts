import type { Routine } from '../../lib/routine/schema-only';

export interface OpenedRoutine {
  /** Where it came from, as the screens name it: the file's name, or "a link". */
  fileName: string;
  /** The routine, under the id it has on this device (`routine.id`), which no other routine uses. */
  routine: Routine;
  /** The id the file or link asked for; another routine may have it (a built-in, one of the user's). */
  requestedId: string;
}

/**
 * Routines the user opened from a file or a link in this visit, by the id each has here.
 * Opening a file that asks for the same id again replaces the earlier one; saving them for good
 * is the editor's job. Routines.open gives them their ids.
 */
export class OpenedRoutines {
  #files = $state.raw<ReadonlyMap<string, OpenedRoutine>>(new Map());

  get(id: string): OpenedRoutine | undefined {
    return this.#files.get(id);
  }

  get all(): OpenedRoutine[] {
    return [...this.#files.values()];
  }

  /** The routine opened from a file or link that asked for this id, if any. */
  requested(id: string): OpenedRoutine | undefined {
    return this.all.find((opened) => opened.requestedId === id);
  }

  add(opened: OpenedRoutine): void {
    const next = new Map(this.#files);
    const earlier = this.requested(opened.requestedId);
    if (earlier) next.delete(earlier.routine.id);
    this.#files = next.set(opened.routine.id, opened);
  }

  remove(id: string): void {
    const next = new Map(this.#files);
    next.delete(id);
    this.#files = next;
  }
}
