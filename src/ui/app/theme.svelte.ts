/**
 * The theme on screen: the user's choice, or bedtime in the evening when they asked for it.
 * Mirrored to localStorage so index.html can paint the right background before any script
 * loads — no white flash in a dark bedroom.
 */
import type { Settings } from '../../lib/settings';

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

const STORAGE_KEY = 'unknot.theme';
const THEME_COLOR: Record<Exclude<EffectiveTheme, 'system'>, string> = { light: '#f7f1ea', dark: '#1b1714', bedtime: '#0c0806' };

/** Applies a theme to the document and remembers it for the next first paint. */
export function applyTheme(theme: EffectiveTheme, doc: Document = document): void {
  const root = doc.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  for (const meta of doc.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    if (theme === 'system') meta.content = meta.media.includes('dark') ? THEME_COLOR.dark : THEME_COLOR.light;
    else meta.content = THEME_COLOR[theme];
  }
  try {
    if (theme === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage blocked: the theme still applies for this visit.
  }
}

/** Keeps the page's theme in step with the settings and the clock (evening starts while open). */
export class ThemeState {
  #now = $state(new Date());
  readonly current: EffectiveTheme = $derived.by(() => effectiveTheme(this.settings(), this.#now));

  constructor(private readonly settings: () => Pick<Settings, 'theme' | 'eveningBedtime'>) {}

  /** Re-reads the clock; called every few minutes and when the page comes back. */
  tick(): void {
    this.#now = new Date();
  }

  get evening(): boolean {
    return isEvening(this.#now);
  }
}
