import type { Catalog } from '../../lib/catalog';
import type { Routine } from '../../lib/routine/schema-only';
import type { MyRoutines } from './my-routines.svelte';
import type { OpenedRoutines } from './opened.svelte';

/** A routine by id: one opened from a file or link first, then the user's own, then the built-ins. */
export async function findRoutine(id: string, catalog: Catalog, opened: OpenedRoutines, mine?: MyRoutines): Promise<Routine | null> {
  const open = opened.get(id);
  if (open) return open.routine;
  if (mine) {
    await mine.loaded();
    const saved = mine.get(id);
    if (saved) return saved.routine;
  }
  return catalog.routine(id);
}
