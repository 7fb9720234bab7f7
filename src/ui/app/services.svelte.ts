/**
 * What App.svelte is built on, from outside it: the address it follows, the local store and
 * the built-in catalog. In the browser (main.ts) these are the real ones; the build draws the
 * start page into index.html over fixed ones (prerender.ts), so the two must agree on what the
 * library shows first.
 */
import { Catalog } from '../../lib/catalog';
import type { CatalogEntry } from '../../lib/routine/schema-only';
import type { LocalStore } from '../../lib/store/local-store';
import { openLocalStore } from '../../lib/store/open-local-store';
import { Router } from './router.svelte';

export interface AppServices {
  router: Router;
  store: LocalStore;
  catalog: Catalog;
  /** True once another tab holds an older version of the database open (reactive). */
  readonly blocked: boolean;
}

/** The browser's: this window's address, IndexedDB (or memory), the catalog the page carries. */
export class BrowserServices implements AppServices {
  #blocked = $state(false);
  readonly router = new Router();
  // Another tab holds an older version of the database open: say so rather than hang.
  readonly store = openLocalStore({ onBlocked: () => (this.#blocked = true) });
  readonly catalog: Catalog;

  /** `carried`: the catalog's cards as index.html carries them, or null to fetch them. */
  constructor(carried: CatalogEntry[] | null) {
    this.catalog = new Catalog(undefined, undefined, carried);
  }

  get blocked(): boolean {
    return this.#blocked;
  }
}

/** The id of the script element in which index.html carries the catalog's cards as JSON. */
export const CARRIED_CATALOG = 'catalog';

/** The catalog's cards from the page (our own build wrote them), or null when it has none. */
export function carriedCatalog(doc: Document = document): CatalogEntry[] | null {
  const text = doc.getElementById(CARRIED_CATALOG)?.textContent;
  if (!text) return null;
  try {
    const data: unknown = JSON.parse(text);
    return Array.isArray(data) ? (data as CatalogEntry[]) : null;
  } catch {
    return null;
  }
}
