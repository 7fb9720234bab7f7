import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../lib/settings';
import { ManualClock } from '../../lib/player/clock';
import { localStore, type KeyValueStore } from '../../lib/platform/local-storage';
import { applyTheme, ThemeState } from './theme.svelte';
import { owned, watch } from '../../../tests/support/runes.svelte';
import html from '../../../index.html?raw';

/** Monday 23 November 2026, local time. */
const at = (hour: number, minute: number, second = 0) => new Date(2026, 10, 23, hour, minute, second).getTime();
type Look = Pick<Settings, 'theme' | 'eveningBedtime'>;

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function themeAt(start: number, initial: Look = { theme: 'system', eveningBedtime: 'yes' }) {
  const clock = new ManualClock(start);
  const settings = $state({ value: initial });
  const theme = owned(() => new ThemeState(() => settings.value, clock));
  cleanups.push(theme.destroy);
  return { clock, settings, theme: theme.value, destroy: theme.destroy };
}

describe('ThemeState', () => {
  it('turns to bedtime at 8 pm while the app is open', () => {
    const { clock, theme } = themeAt(at(19, 59, 30));
    expect([theme.current, theme.evening]).toEqual(['system', false]);
    const shown = watch(() => theme.current);
    cleanups.push(shown.destroy);
    clock.advance(30_000);
    expect([theme.current, theme.evening]).toEqual(['bedtime', true]);
    flushSync();
    expect(shown.seen).toEqual(['system', 'bedtime']);
  });

  it('turns back at 5 am', () => {
    const { clock, theme } = themeAt(at(4, 59, 10));
    expect(theme.current).toBe('bedtime');
    clock.advance(49_999);
    expect(theme.current).toBe('bedtime');
    clock.advance(1);
    expect([theme.current, theme.evening]).toEqual(['system', false]);
  });

  it('follows the settings at once, and only offers the evening when the user has not said yes', () => {
    const { settings, theme } = themeAt(at(21, 0), { theme: 'system', eveningBedtime: 'ask' });
    expect([theme.current, theme.evening]).toEqual(['system', true]);
    settings.value = { theme: 'system', eveningBedtime: 'yes' };
    expect(theme.current).toBe('bedtime');
    settings.value = { theme: 'light', eveningBedtime: 'yes' };
    expect(theme.current).toBe('light');
  });

  it('looks at the clock again when the page comes back', () => {
    const { clock, theme } = themeAt(at(19, 50));
    clock.jump(20 * 60_000); // the tab slept: no timer ran
    expect(theme.current).toBe('system');
    theme.tick();
    expect(theme.current).toBe('bedtime');
  });

  it('stops re-reading the clock when its owner is destroyed', () => {
    const { clock, theme, destroy } = themeAt(at(19, 59));
    destroy();
    clock.advance(5 * 60_000);
    expect(theme.current).toBe('system');
  });
});

describe('applyTheme', () => {
  function memoryStore(): KeyValueStore & { items: Map<string, string> } {
    const items = new Map<string, string>();
    return { items, set: (key, value) => void items.set(key, value), remove: (key) => void items.delete(key) };
  }

  it('sets the page and the browser bar colours, and remembers the theme for the next first paint', () => {
    const storage = memoryStore();
    applyTheme('bedtime', document, storage);
    expect(document.documentElement.dataset.theme).toBe('bedtime');
    expect(storage.items).toEqual(new Map([['unknot.theme', 'bedtime']]));
    applyTheme('system', document, storage);
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(storage.items.size).toBe(0);
  });

  it('leaves what index.html paints before any script runs in step with the app', () => {
    // index.html's inline script, run as the browser would on the next visit.
    const inline = /<script>([^]*?)<\/script>/.exec(html)?.[1];
    expect(inline).toContain('unknot.theme');
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs index.html's own inline script, which is the point
    const firstPaint = new Function(inline!) as () => void;
    for (const theme of ['dark', 'bedtime', 'system'] as const) {
      applyTheme(theme, document, localStore);
      delete document.documentElement.dataset.theme;
      firstPaint();
      expect(document.documentElement.dataset.theme).toBe(theme === 'system' ? undefined : theme);
    }
  });
});
