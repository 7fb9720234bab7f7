/**
 * App-wide state, made once in App.svelte and provided to every screen through Svelte's
 * context, so components read what they need instead of threading it through props or asking
 * the store again.
 */
import { getContext, setContext } from 'svelte';
import type { LocalStore } from '../../lib/store/local-store';
import type { HeldLinks } from './held-links';
import type { Router } from './router.svelte';
import type { Routines } from './routines.svelte';
import type { SessionsState } from './sessions.svelte';
import type { SettingsState } from './settings.svelte';
import type { StorageHealth } from './storage.svelte';
import type { ThemeState } from './theme.svelte';

export interface App {
  routines: Routines;
  sessions: SessionsState;
  settings: SettingsState;
  theme: Pick<ThemeState, 'current'>;
  router: Pick<Router, 'route' | 'go'>;
  /** For the player's checkpoints and Settings' set-aside records; the rest goes through the managers above. */
  store: LocalStore;
  /** The plan or report link (or report file) read in this tab, out of the address bar. */
  held: HeldLinks;
  /** What storage cannot keep right now; the store reports into it. */
  storage: Pick<StorageHealth, 'problem'>;
}

/** The context key; tests provide the app with `new Map([[APP, app]])`. */
export const APP = Symbol('unknot-app');

export function provideApp(app: App): void {
  setContext(APP, app);
}

/** The app's shared state; every screen is rendered inside App.svelte, which provides it. */
export function useApp(): App {
  const app = getContext<App | undefined>(APP);
  if (!app) throw new Error('useApp() outside the app: render inside App.svelte or pass the APP context');
  return app;
}
