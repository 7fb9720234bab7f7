import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { makeSession } from '../../../tests/support/routines';
import { DEFAULT_SETTINGS } from '../settings';
import { openDatabase, UPGRADES, type Upgrade } from './idb-store';
import { openLocalStore } from './open-local-store';

const session = (id: string, startedAt: string) => makeSession({ id, startedAt, routineId: 'desk-break', routineTitle: 'Desk break' });

describe('schema upgrades', () => {
  it('upgrades a version 1 database to version 2 (plans) without losing data', async () => {
    const name = 'upgrade-test';
    const v1 = await openDatabase({ name, upgrades: UPGRADES.slice(0, 1) });
    await v1.put('sessions', session('kept', '2026-11-20T08:00:00.000Z'));
    await v1.put('settings', { ...DEFAULT_SETTINGS, volume: 0.4 }, 'settings');
    v1.close();

    const v2 = await openDatabase({ name, upgrades: UPGRADES.slice(0, 2) });
    expect(v2.version).toBe(2);
    expect([...v2.objectStoreNames]).toContain('plans');
    expect((await v2.get('sessions', 'kept'))?.routineId).toBe('desk-break');
    expect((await v2.get('settings', 'settings'))?.volume).toBe(0.4);
    v2.close();
  });

  it('upgrades a version 2 database to version 3 (a therapist\'s practice) without losing plans', async () => {
    const name = 'upgrade-practice';
    const v2 = await openDatabase({ name, upgrades: UPGRADES.slice(0, 2) });
    const plan = { assignment: { id: 'planAAAAAA', from: 'Dr. Rivera', frequency: { per: 'day' as const, times: 1 }, start: '2026-11-16', days: 14 }, routineId: 'feet', routineTitle: 'Feet', receivedAt: '2026-11-16T08:00:00.000Z' };
    await v2.put('plans', plan);
    v2.close();
    const v3 = await openDatabase({ name, upgrades: UPGRADES.slice(0, 3) });
    expect(v3.version).toBe(3);
    expect([...v3.objectStoreNames]).toContain('practice');
    expect(await v3.get('plans', 'planAAAAAA')).toEqual(plan);
    expect(await v3.count('practice')).toBe(0);
    v3.close();
  });

  it('runs a future rung on top of the current schema', async () => {
    const name = 'future-test';
    (await openDatabase({ name })).close();
    const addStatusIndex: Upgrade = (_db, transaction) => {
      (transaction.objectStore('sessions') as unknown as { createIndex(name: string, key: string): void }).createIndex('by-status', 'status');
    };
    const next = await openDatabase({ name, upgrades: [...UPGRADES, addStatusIndex] });
    expect(next.version).toBe(UPGRADES.length + 1);
    expect([...next.transaction('sessions').store.indexNames]).toContain('by-status');
    next.close();
  });

  it('an older tab closes its connection when a newer one upgrades', async () => {
    const name = 'two-tabs';
    const older = await openDatabase({ name });
    let blocked = false;
    const newer = await openDatabase({ name, upgrades: [...UPGRADES, () => undefined], onBlocked: () => (blocked = true) });
    expect(newer.version).toBe(UPGRADES.length + 1);
    expect(blocked).toBe(false);
    await expect(older.get('sessions', 'x')).rejects.toThrow();
    newer.close();
  });
});

describe('an old tab', () => {
  it('tells the user when an old tab that does not step aside blocks the upgrade', async () => {
    const name = 'stubborn-tab';
    // An old build without a versionchange handler keeps its connection open.
    const stubborn = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('sessions', { keyPath: 'id' }) });
    let blocked = false;
    const store = openLocalStore({ open: (onBlocked) => openDatabase({ name, onBlocked, upgrades: [...UPGRADES, () => undefined] }), onBlocked: () => (blocked = true) });
    await expect.poll(() => blocked).toBe(true);
    stubborn.close();
    expect(await store.ready()).toBe(true);
  });
});
