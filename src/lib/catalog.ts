/**
 * The built-in routines, published by the build as static JSON (scripts/vite-plugin-routines.ts)
 * and fetched on demand, so the start page carries no routine text.
 */
import type { CatalogEntry, Routine } from './routine/schema-only';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type Fetch = (url: string) => Promise<Response>;

export class CatalogError extends Error {}

/** Loads built-in routines from the app's own origin. */
export class Catalog {
  #index: Promise<CatalogEntry[]> | undefined;
  readonly #routines = new Map<string, Promise<Routine | null>>();

  constructor(
    private readonly fetcher: Fetch = (url) => fetch(url),
    private readonly base = import.meta.env.BASE_URL,
    /** The cards when the page already carries them (index.html is built with them). */
    private readonly carried: CatalogEntry[] | null = null,
  ) {
    if (carried) this.#index = Promise.resolve(carried);
  }

  /** The cards known without waiting: those the page carried, or null. */
  get known(): CatalogEntry[] | null {
    return this.carried;
  }

  /** Library cards of every built-in routine; fetched once. */
  entries(): Promise<CatalogEntry[]> {
    this.#index ??= this.#json(`${this.base}routines/index.json`).then((data) => {
      if (!Array.isArray(data)) throw new CatalogError('The routine list is damaged. Reload the page to try again.');
      return data as CatalogEntry[];
    });
    this.#index.catch(() => (this.#index = undefined));
    return this.#index;
  }

  /** A built-in routine by id, or null when there is none by that id. */
  routine(id: string): Promise<Routine | null> {
    if (!SLUG.test(id)) return Promise.resolve(null);
    let pending = this.#routines.get(id);
    if (!pending) {
      pending = this.#json(`${this.base}routines/${id}.json`, true).then(async (data) => {
        if (data === null) return null;
        // The schema loads with the first routine, not with the start page.
        const { checkRoutine } = await import('./routine/schema-only');
        const routine = checkRoutine(data);
        if (!routine) throw new CatalogError(`The routine "${id}" is damaged. Reload the page to try again.`);
        return routine;
      });
      pending.catch(() => this.#routines.delete(id));
      this.#routines.set(id, pending);
    }
    return pending;
  }

  async #json(url: string, missingIsNull = false): Promise<unknown> {
    let response: Response;
    try {
      response = await this.fetcher(url);
    } catch {
      throw new CatalogError('Unknot could not load its routines. Check your connection and try again.');
    }
    if (missingIsNull && response.status === 404) return null;
    if (!response.ok) throw new CatalogError(`Unknot could not load its routines (error ${response.status}). Try again.`);
    const type = response.headers.get('content-type') ?? '';
    // A static host answers unknown paths with index.html; that means "no such routine".
    if (missingIsNull && type.includes('text/html')) return null;
    try {
      return await response.json();
    } catch {
      throw new CatalogError('The routine data is damaged. Reload the page to try again.');
    }
  }
}
