/**
 * What App.svelte is built on, from outside it: the address it follows, the local store and
 * the built-in catalog. In the browser (boot.ts) these are the real ones; the build draws the
 * start page into index.html over fixed ones (prerender.ts), so the two must agree on what the
 * library shows first.
 */
import { Catalog } from '../../lib/catalog';
import type { CatalogEntry } from '../../lib/routine/schema-only';
import { sessionSlots } from '../../lib/platform/session-storage';
import type { LocalStore } from '../../lib/store/local-store';
import { openLocalStore } from '../../lib/store/open-local-store';
import { HeldLinks } from './held-links';
import { Router } from './router.svelte';
import { StorageHealth } from './storage.svelte';

export interface AppServices {
  router: Router;
  store: LocalStore;
  catalog: Catalog;
  /** The plan or report link (or report file) read in this tab, out of the address bar. */
  held: HeldLinks;
  /** What storage cannot keep right now; the store reports into it. */
  storage: StorageHealth;
}

/** The browser's: this window's address, IndexedDB (or memory), the catalog the page carries. */
export class BrowserServices implements AppServices {
  // Links that carry health data are read into the tab and cut out of the address bar.
  readonly held = new HeldLinks(sessionSlots);
  readonly router = new Router(window, this.held);
  // Whatever keeps storage from saving (another tab, a newer database, a full disk) is said above every screen.
  readonly storage = new StorageHealth();
  readonly store = openLocalStore({ onProblem: this.storage.report });
  readonly catalog: Catalog;

  /** `carried`: the catalog's cards as index.html carries them, or null to fetch them. */
  constructor(carried: CatalogEntry[] | null) {
    this.catalog = new Catalog(undefined, undefined, carried);
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
