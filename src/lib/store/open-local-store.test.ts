import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeSession } from '../../../tests/support/routines';
import { DEFAULT_SETTINGS } from '../settings';
import { openDatabase } from './idb-store';
import { openLocalStore } from './open-local-store';

describe('openLocalStore', () => {
  it('keeps data in IndexedDB when it opens', async () => {
    const store = openLocalStore({ open: (onBlocked) => openDatabase({ name: 'opens', onBlocked }) });
    expect(store.available).toBe(true);
    await store.recordSession(makeSession({ id: 's1' }));
    expect(await store.ready()).toBe(true);
    expect(store.available).toBe(true);
    const again = openLocalStore({ open: (onBlocked) => openDatabase({ name: 'opens', onBlocked }) });
    expect((await again.sessions()).map((s) => s.id)).toEqual(['s1']);
  });

  it('keeps working in memory when IndexedDB cannot open', async () => {
    const store = openLocalStore({ open: () => Promise.reject(new Error('private mode')) });
    expect(await store.ready()).toBe(false);
    expect(store.available).toBe(false);
    await store.recordSession(makeSession({ id: 's1', startedAt: '2026-11-20T08:00:00.000Z' }));
    expect((await store.sessions()).map((s) => s.id)).toEqual(['s1']);
    expect(await store.settings()).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back to memory when opening throws at once (no IndexedDB at all)', async () => {
    const store = openLocalStore({ open: () => { throw new ReferenceError('no IndexedDB in this browser'); } });
    expect(await store.ready()).toBe(false);
    await store.saveSettings({ ...DEFAULT_SETTINGS, volume: 0.5 });
    expect((await store.settings()).volume).toBe(0.5);
  });
});
