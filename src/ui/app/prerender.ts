/**
 * The start page as the build draws it into index.html (scripts/vite-plugin-prerender.ts):
 * the app shell and the library with the built-in catalog, through Svelte's server renderer.
 * It runs in Node at build time over fixed services — the library address, a store that keeps
 * nothing, the catalog's cards — which are what the browser's first render also sees, so
 * boot.ts can hydrate the page in place.
 */
import { render } from 'svelte/server';
import { Catalog } from '../../lib/catalog';
import type { CatalogEntry } from '../../lib/routine/schema-only';
import { MemoryStore } from '../../lib/store/memory-store';
import App from './App.svelte';
import { HeldLinks } from './held-links';
import { Router } from './router.svelte';
import type { AppServices } from './services.svelte';
import { StorageHealth } from './storage.svelte';

/** The library page for these catalog cards: the markup that goes inside `<div id="app">`. */
export function renderStartPage(cards: CatalogEntry[]): string {
  const page = { location: { hash: '#/' }, addEventListener: () => {}, history: { state: null, replaceState: () => {} } };
  const services: AppServices = {
    router: new Router(page),
    store: new MemoryStore(),
    catalog: new Catalog(() => Promise.reject(new Error('no network at build time')), '/', cards),
    held: new HeldLinks(),
    storage: new StorageHealth(() => {}),
  };
  return render(App, { props: { services } }).body;
}
