/** The app's shared state over fakes, for component tests: `render(Screen, { props, context })`. */
import type { Catalog } from '../../src/lib/catalog';
import { MemoryStore } from '../../src/lib/store/memory-store';
import { APP, type App } from '../../src/ui/app/context';
import { HeldLinks } from '../../src/ui/app/held-links';
import { MyRoutines } from '../../src/ui/app/my-routines.svelte';
import { OpenedRoutines } from '../../src/ui/app/opened.svelte';
import { Router } from '../../src/ui/app/router.svelte';
import { Routines } from '../../src/ui/app/routines.svelte';
import { SessionsState } from '../../src/ui/app/sessions.svelte';
import { SettingsState } from '../../src/ui/app/settings.svelte';
import { StorageHealth } from '../../src/ui/app/storage.svelte';

export function fakeApp(catalog: Catalog, options: { theme?: App['theme']['current']; store?: MemoryStore } = {}) {
  const store = options.store ?? new MemoryStore();
  const storage = new StorageHealth(() => {});
  const opened = new OpenedRoutines();
  const mine = new MyRoutines(store);
  const app: App = {
    routines: new Routines(catalog, opened, mine),
    sessions: new SessionsState(store),
    settings: new SettingsState(store),
    theme: { current: options.theme ?? 'light' },
    router: new Router(),
    store,
    held: new HeldLinks(),
    storage,
  };
  return { app, store, storage, opened, mine, context: new Map<symbol, unknown>([[APP, app]]) };
}
