import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { fakeApp } from '../../../tests/support/app';
import { fakeCatalog } from '../../../tests/support/catalog';
import { makeSession } from '../../../tests/support/routines';
import type { SessionRecord } from '../../lib/history/records';
import { download } from '../../lib/platform/download';
import { DEFAULT_SETTINGS, type Settings as SettingsRecord } from '../../lib/settings';
import { MemoryStore } from '../../lib/store/memory-store';
import Settings from './Settings.svelte';

vi.mock('../../lib/platform/download', () => ({ download: vi.fn() }));

describe('Settings', () => {
  it('says nothing about damaged records when there are none', async () => {
    const { context, store } = fakeApp(fakeCatalog([]));
    const asked = vi.spyOn(store, 'setAside');
    render(Settings, { context });
    expect(await asked.mock.results[0]!.value).toEqual([]);
    flushSync();
    expect(screen.getByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    expect(screen.queryByText(/damaged/)).not.toBeInTheDocument();
  });

  it('falls back field by field on damaged settings, and says one damaged record was set aside', async () => {
    const store = new MemoryStore();
    await store.saveSettings({ ...DEFAULT_SETTINGS, volume: 'loud', muted: true } as unknown as SettingsRecord);
    const { context, app } = fakeApp(fakeCatalog([]), { store });
    render(Settings, { context });
    expect(await screen.findByText('1 damaged record was set aside.')).toBeInTheDocument();
    await app.settings.loaded();
    expect(screen.getByRole('slider', { name: 'Volume' })).toHaveValue(String(DEFAULT_SETTINGS.volume));
    expect(screen.getByRole('checkbox', { name: 'Mute all sounds' })).toBeChecked();
  });

  it('counts every damaged record, and downloads them exactly as they were stored', async () => {
    const user = userEvent.setup();
    const store = new MemoryStore();
    const bad = { ...makeSession({ id: 'bad' }), startedAt: 1_763_712_000_000 };
    await store.recordSession(bad as unknown as SessionRecord);
    await store.saveSettings({ ...DEFAULT_SETTINGS, volume: 'loud' } as unknown as SettingsRecord);
    render(Settings, { context: fakeApp(fakeCatalog([]), { store }).context });
    expect(await screen.findByText('2 damaged records were set aside.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download damaged records' }));
    const [fileName, text, type] = vi.mocked(download).mock.calls[0]!;
    expect(fileName).toMatch(/^unknot-damaged-records-\d{4}-\d\d-\d\d\.json$/);
    expect(type).toBe('application/json');
    const file = JSON.parse(text) as { format: string; records: { store: string; key: string; problem: string; record: unknown }[] };
    expect(file.format).toBe('unknot-set-aside');
    expect(file.records).toEqual(expect.arrayContaining([
      expect.objectContaining({ store: 'sessions', key: 'bad', problem: expect.stringMatching(/^startedAt: /), record: bad }),
      expect.objectContaining({ store: 'settings', key: 'settings', problem: 'volume was damaged; its default is used', record: expect.objectContaining({ volume: 'loud' }) }),
    ]));
  });
});
