import type { Catalog } from '../../lib/catalog';
import type { Routine } from '../../lib/routine/schema-only';
import { freeId, type MyRoutines } from './my-routines.svelte';
import type { OpenedRoutine, OpenedRoutines } from './opened.svelte';

/**
 * Every routine the app can show, from three places: opened from a file or link in this visit,
 * the user's own (saved), and the built-ins. Screens look routines up here by id.
 *
 * An id belongs to one routine. A file or link may ask for any id, a built-in's included: it is
 * kept under a free one (`back-relief-2`), so it never takes the place of the built-in on the
 * routine's page, in the player, in history or in a plan, and a safety note acknowledged for
 * the built-in says nothing about it (acknowledgements belong to the safety text, see SettingsState).
 */
export class Routines {
  constructor(
    readonly catalog: Catalog,
    readonly opened: OpenedRoutines,
    readonly mine: MyRoutines,
  ) {}

  /** A routine by id: opened this visit, the user's own, or a built-in (no two share an id). */
  async find(id: string): Promise<Routine | null> {
    const open = this.opened.get(id);
    if (open) return open.routine;
    await this.mine.loaded();
    const saved = this.mine.get(id);
    if (saved) return saved.routine;
    return this.catalog.routine(id);
  }

  /**
   * Keeps a routine opened from a file or link for this visit, under the id it asked for when no
   * other routine has it, else a free one. Returns it as kept. Opening one that asks for the same
   * id again replaces the earlier one, under the same id.
   */
  async open(file: Pick<OpenedRoutine, 'fileName' | 'routine'>): Promise<Routine> {
    const requestedId = file.routine.id;
    const taken = await this.takenIds(requestedId);
    const routine = { ...file.routine, id: freeId(requestedId, taken) };
    this.opened.add({ fileName: file.fileName, routine, requestedId });
    return routine;
  }

  /**
   * Every id in use: built-ins, the user's own and those opened this visit (except one opened
   * under `reopening`, which is about to be replaced). When the built-ins' list cannot be read
   * (offline before the first visit), `reopening` itself counts as taken: it might be a built-in's.
   */
  async takenIds(reopening?: string): Promise<Set<string>> {
    const [builtIns] = await Promise.all([this.catalog.entries().then((entries) => entries.map((entry) => entry.id), () => null), this.mine.loaded()]);
    const earlier = reopening === undefined ? undefined : this.opened.requested(reopening);
    return new Set([
      ...(builtIns ?? (reopening === undefined ? [] : [reopening])),
      ...this.mine.routines.map((saved) => saved.routine.id),
      ...this.opened.all.filter((opened) => opened !== earlier).map((opened) => opened.routine.id),
    ]);
  }
}
