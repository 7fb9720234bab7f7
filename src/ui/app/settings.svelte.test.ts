import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { SettingsState } from './settings.svelte';
import { fakeSettingsStore, settle } from '../../../tests/support/fakes';
import { watch } from '../../../tests/support/runes.svelte';

const STORED: Settings = { ...DEFAULT_SETTINGS, volume: 0.4, theme: 'dark', acknowledged: ['back-relief@1'] };
const backRelief = (version: number) => ({ id: 'back-relief', version });

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

  it('keeps a change on screen when saving it fails', async () => {
    const { store, saved } = fakeSettingsStore(STORED, { failSave: true });
    const settings = new SettingsState(store);
    await settings.loaded();
    settings.update({ volume: 1 });
    await settle();
    expect(settings.value.volume).toBe(1);
    expect(saved).toHaveLength(1);
  });

  it('remembers a safety note read once per routine version', async () => {
    const { store, saved } = fakeSettingsStore(STORED);
    const settings = new SettingsState(store);
    await settings.loaded();
    expect(settings.acknowledged(backRelief(1))).toBe(true);
    expect(settings.acknowledged(backRelief(2))).toBe(false);
    settings.acknowledge(backRelief(1));
    expect(saved).toEqual([]);
    settings.acknowledge(backRelief(2));
    settings.acknowledge(backRelief(2));
    expect(settings.acknowledged(backRelief(2))).toBe(true);
    expect(settings.value.acknowledged).toEqual(['back-relief@1', 'back-relief@2']);
    expect(saved).toHaveLength(1);
  });
});
