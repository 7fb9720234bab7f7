import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { safetyKey } from '../../lib/safety-key';
import { SettingsState } from './settings.svelte';
import { acknowledge, acknowledged } from '../player/acknowledgements';
import { fakeSettingsStore } from '../../../tests/support/fakes';
import { watch } from '../../../tests/support/runes.svelte';

const backRelief = { id: 'back-relief', version: 1, safety: 'Stop if anything hurts.', cautions: ['Not over a fresh injury.'] };
const STORED: Settings = { ...DEFAULT_SETTINGS, volume: 0.4, theme: 'dark', acknowledged: [safetyKey(backRelief)] };

describe('SettingsState', () => {
  it('shows the defaults until the stored settings are read', async () => {
    const { store } = fakeSettingsStore(STORED);
    const settings = new SettingsState(store);
    expect(settings.value).toEqual(DEFAULT_SETTINGS);
    await settings.loaded();
    expect(settings.value).toEqual(STORED);
  });

  it('changes what it is told to, keeps the rest, and saves each change', async () => {
    const { store, saved } = fakeSettingsStore(STORED);
    const settings = new SettingsState(store);
    await settings.loaded();
    const theme = watch(() => settings.value.theme);
    settings.update({ theme: 'bedtime', muted: true });
    flushSync();
    expect(theme.seen).toEqual(['dark', 'bedtime']);
    expect(settings.value).toEqual({ ...STORED, theme: 'bedtime', muted: true });
    expect(saved).toEqual([{ ...STORED, theme: 'bedtime', muted: true }]);
    theme.destroy();
  });

  it('applies a change made before the stored settings arrive on top of them, and saves once', async () => {
    const { store, saved } = fakeSettingsStore(STORED);
    const settings = new SettingsState(store);
    settings.update({ theme: 'bedtime' });
    const changed = { ...backRelief, version: 2, safety: 'Stop if anything hurts or tingles.' };
    acknowledge(settings, changed);
    expect(settings.value.theme).toBe('bedtime');
    expect(saved).toEqual([]); // nothing written over settings not yet read
    await settings.loaded();
    // The stored volume and acknowledgements are kept; the early choices win where they speak.
    const expected = { ...STORED, theme: 'bedtime' as const, acknowledged: [safetyKey(backRelief), safetyKey(changed)] };
    expect(settings.value).toEqual(expected);
    expect(saved).toEqual([expected]);
    settings.update({ muted: true });
    expect(saved).toHaveLength(2);
  });

  it('lays a change to one field of a group over the stored group, not over the defaults', async () => {
    const stored: Settings = { ...STORED, reminders: { ...STORED.reminders, days: [1, 3], routine: 'desk-break' }, cues: { ...STORED.cues, tick: false } };
    const { store, saved } = fakeSettingsStore(stored);
    const settings = new SettingsState(store);
    // As the settings screen turns reminders on and a cue off, before the stored settings are read.
    settings.change((current) => ({ reminders: { ...current.reminders, enabled: true } }));
    settings.change((current) => ({ cues: { ...current.cues, end: false } }));
    await settings.loaded();
    expect(settings.value.reminders).toEqual({ ...stored.reminders, enabled: true });
    expect(settings.value.cues).toEqual({ ...stored.cues, end: false });
    expect(saved).toEqual([settings.value]);
  });

  it('keeps a change on screen when saving it fails', async () => {
    const { store, saved, written } = fakeSettingsStore(STORED, { failSave: true });
    const settings = new SettingsState(store);
    await settings.loaded();
    settings.update({ volume: 1 });
    await written();
    expect(settings.value.volume).toBe(1);
    expect(saved).toHaveLength(1);
  });

  it('remembers the exact safety text acknowledged, not the routine id and version', async () => {
    const { store, saved } = fakeSettingsStore(STORED);
    const settings = new SettingsState(store);
    await settings.loaded();
    expect(acknowledged(settings, backRelief)).toBe(true);
    // The same id and version with other words (a file or link reusing the id) asks again.
    const impostor = { ...backRelief, cautions: [] };
    expect(acknowledged(settings, impostor)).toBe(false);
    // The same words under another id were read already.
    const copy = { ...backRelief, id: 'back-relief-copy', version: 3 };
    expect(acknowledged(settings, copy)).toBe(true);
    acknowledge(settings, backRelief);
    expect(saved).toEqual([]);
    const changed = { ...backRelief, version: 2, safety: 'Stop if anything hurts or tingles.' };
    expect(acknowledged(settings, changed)).toBe(false);
    acknowledge(settings, changed);
    acknowledge(settings, changed);
    expect(acknowledged(settings, changed)).toBe(true);
    expect(settings.value.acknowledged).toEqual([safetyKey(backRelief), safetyKey(changed)]);
    expect(saved).toHaveLength(1);
  });

  it('asks once more for notes acknowledged by id@version before, and drops those entries', async () => {
    const { store, saved } = fakeSettingsStore({ ...STORED, acknowledged: ['back-relief@1'] });
    const settings = new SettingsState(store);
    await settings.loaded();
    expect(acknowledged(settings, backRelief)).toBe(false);
    acknowledge(settings, backRelief);
    expect(settings.value.acknowledged).toEqual([safetyKey(backRelief)]);
    expect(saved.at(-1)?.acknowledged).toEqual([safetyKey(backRelief)]);
  });
});
