import type { Catalog } from '../../lib/catalog';
import type { Routine } from '../../lib/routine/schema-only';
import type { MyRoutines } from './my-routines.svelte';
import type { OpenedRoutines } from './opened.svelte';

/**
 * Every routine the app can show, from three places: opened from a file or link in this visit,
 * the user's own (saved), and the built-ins. Screens look routines up here by id.
 */
export class Routines {
  constructor(
    readonly catalog: Catalog,
    readonly opened: OpenedRoutines,
    readonly mine: MyRoutines,
  ) {}

  /** A routine by id: one opened from a file or link first, then the user's own, then the built-ins. */
  async find(id: string): Promise<Routine | null> {
    const open = this.opened.get(id);
    if (open) return open.routine;
    await this.mine.loaded();
    const saved = this.mine.get(id);
    if (saved) return saved.routine;
    return this.catalog.routine(id);
  }
}
