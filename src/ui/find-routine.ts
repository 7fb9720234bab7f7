import type { Catalog } from '../lib/catalog';
import type { Routine } from '../lib/routine/schema-only';
import type { OpenedRoutines } from './opened.svelte';

/** A routine by id: one opened from a file first, then the built-ins. */
export async function findRoutine(id: string, catalog: Catalog, opened: OpenedRoutines): Promise<Routine | null> {
  return opened.get(id)?.routine ?? (await catalog.routine(id));
}
