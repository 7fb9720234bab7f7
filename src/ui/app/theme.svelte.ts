/**
 * The theme on screen: the user's choice, or bedtime in the evening when they asked for it.
 * Mirrored to localStorage so index.html can paint the right background before any script
 * loads — no white flash in a dark bedroom.
 */
import type { Settings } from '../../lib/settings';
import { systemClock, type Clock } from '../../lib/player/clock';
import { localStore, type KeyValueStore } from '../../lib/platform/local-storage';
import { MinuteClock } from '../common/minute.svelte';

export type EffectiveTheme = 'system' | 'light' | 'dark' | 'bedtime';

/** 8 pm to 5 am. */
export function isEvening(date: Date): boolean {
  const hour = date.getHours();
  return hour >= 20 || hour < 5;
}

export function effectiveTheme(settings: Pick<Settings, 'theme' | 'eveningBedtime'>, now: Date): EffectiveTheme {
  if (settings.theme === 'system' && settings.eveningBedtime === 'yes' && isEvening(now)) return 'bedtime';
  return settings.theme;
}

/** The key index.html's inline script reads before the first paint: keep the two in step. */
const STORAGE_KEY = 'unknot.theme';
const THEME_COLOR: Record<Exclude<EffectiveTheme, 'system'>, string> = { light: '#f7f1ea', dark: '#1b1714', bedtime: '#0c0806' };

/** Applies a theme to the document and remembers it for the next first paint. */
export function applyTheme(theme: EffectiveTheme, doc: Document = document, storage: KeyValueStore = localStore): void {
  const root = doc.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  for (const meta of doc.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    if (theme === 'system') meta.content = meta.media.includes('dark') ? THEME_COLOR.dark : THEME_COLOR.light;
    else meta.content = THEME_COLOR[theme];
  }
  // Storage blocked: the theme still applies for this visit (the store swallows the error).
  if (theme === 'system') storage.remove(STORAGE_KEY);
  else storage.set(STORAGE_KEY, theme);
}

/**
 * Keeps the page's theme in step with the settings and the clock: evening starts while the app
 * is open, so the clock is read again every minute while the state's owner lives. Create it
 * where effects can run.
 */
export class ThemeState {
  #minute: MinuteClock;
  readonly current: EffectiveTheme = $derived.by(() => effectiveTheme(this.settings(), new Date(this.#minute.now)));

  constructor(
    private readonly settings: () => Pick<Settings, 'theme' | 'eveningBedtime'>,
    clock: Clock = systemClock,
  ) {
    this.#minute = new MinuteClock(clock);
  }

  /** Re-reads the clock at once; called when the page comes back. */
  tick(): void {
    this.#minute.refresh();
  }

  get evening(): boolean {
    return isEvening(new Date(this.#minute.now));
  }
}
