import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { makeRoutine } from '../../../tests/support/routines';
import { initialState } from '../player/machine';
import { HistoryStore, openDatabase, UPGRADES, type Upgrade } from './db';
import { DEFAULT_SETTINGS } from '../settings';
import type { SessionRecord } from './records';

let counter = 0;
const fresh = () => {
  const name = `test-${++counter}`;
  return new HistoryStore(() => openDatabase({ name }));
};

const session = (id: string, startedAt: string): SessionRecord => ({
  id, routineId: 'desk-break', routineTitle: 'Desk break', startedAt, endedAt: startedAt,
  status: 'completed', stepsCompleted: 5, stepsTotal: 5, activeSeconds: 240,
});

describe('HistoryStore', () => {
  it('gives default settings, then what was saved', async () => {
    const store = fresh();
    expect(await store.settings()).toEqual(DEFAULT_SETTINGS);
    await store.saveSettings({ ...DEFAULT_SETTINGS, volume: 0.3, cues: { ...DEFAULT_SETTINGS.cues, tick: false } });
    expect(await store.settings()).toMatchObject({ volume: 0.3, cues: { tick: false, step: true } });
  });

  it('saves, reads and clears the checkpoint', async () => {
    const store = fresh();
    expect(await store.checkpoint()).toBeUndefined();
    const checkpoint = { sessionId: 's1', routine: makeRoutine(), state: initialState(), position: 1234, getReadyMs: 3000, savedAt: 1 };
    await store.saveCheckpoint(checkpoint);
    expect(await store.checkpoint()).toEqual(checkpoint);
    await store.clearCheckpoint();
    expect(await store.checkpoint()).toBeUndefined();
  });

  it('records sessions newest first and clears the checkpoint in the same transaction', async () => {
    const store = fresh();
    await store.saveCheckpoint({ sessionId: 's2', routine: makeRoutine(), state: initialState(), position: 0, getReadyMs: 0, savedAt: 1 });
    await store.recordSession(session('s1', '2026-11-20T08:00:00.000Z'));
    await store.recordSession(session('s2', '2026-11-22T08:00:00.000Z'));
    expect((await store.sessions()).map((s) => s.id)).toEqual(['s2', 's1']);
    expect(await store.checkpoint()).toBeUndefined();
  });

  it('keeps working in memory when IndexedDB cannot open', async () => {
    const store = new HistoryStore(() => Promise.reject(new Error('private mode')));
    expect(await store.ready()).toBe(false);
    expect(store.available).toBe(false);
    await store.recordSession(session('s1', '2026-11-20T08:00:00.000Z'));
    expect((await store.sessions()).map((s) => s.id)).toEqual(['s1']);
    expect(await store.settings()).toEqual(DEFAULT_SETTINGS);
  });

  it('merges imported sessions by id, reporting what it added and skipped', async () => {
    const store = fresh();
    await store.recordSession(session('a', '2026-11-20T08:00:00.000Z'));
    const result = await store.importSessions([session('a', '2026-11-20T08:00:00.000Z'), session('b', '2026-11-21T08:00:00.000Z'), session('b', '2026-11-21T08:00:00.000Z')]);
    expect(result).toEqual({ added: 1, skipped: 2 });
    expect((await store.sessions()).map((s) => s.id)).toEqual(['b', 'a']);
  });

  it('reads recent sessions and the last one through the start-time index', async () => {
    const store = fresh();
    await store.importSessions([session('a', '2026-11-01T08:00:00.000Z'), session('c', '2026-11-22T08:00:00.000Z'), session('b', '2026-11-20T08:00:00.000Z')]);
    expect((await store.sessionsSince('2026-11-15T00:00:00.000Z')).map((s) => s.id)).toEqual(['c', 'b']);
    expect((await store.lastSession())?.id).toBe('c');
  });

  it('deletes one session, or all of them', async () => {
    const store = fresh();
    await store.importSessions([session('a', '2026-11-20T08:00:00.000Z'), session('b', '2026-11-21T08:00:00.000Z')]);
    await store.deleteSession('a');
    expect((await store.sessions()).map((s) => s.id)).toEqual(['b']);
    await store.deleteAllSessions();
    expect(await store.sessions()).toEqual([]);
  });

  it("keeps the user's own routines, and drops a stored one that no longer passes the schema", async () => {
    for (const store of [fresh(), new HistoryStore(() => Promise.reject(new Error('no IndexedDB')))]) {
      const mine = makeRoutine({ id: 'my-neck', title: 'My neck' });
      await store.saveRoutine({ routine: mine, savedAt: '2026-11-20T08:00:00.000Z', origin: 'editor' });
      await store.saveRoutine({ routine: { ...makeRoutine({ id: 'broken' }), steps: [] }, savedAt: '2026-11-20T08:00:00.000Z', origin: 'link' });
      expect((await store.routines()).map((saved) => saved.routine)).toEqual([mine]);
      await store.deleteRoutine('my-neck');
      expect(await store.routines()).toEqual([]);
    }
  });

  it('keeps plans by id, newest first', async () => {
    const store = fresh();
    const plan = (id: string, receivedAt: string) => ({
      assignment: { id, from: 'Dr. Rivera', frequency: { per: 'day' as const, times: 1 }, start: '2026-11-16', days: 14 },
      routineId: 'my-neck', routineTitle: 'My neck', receivedAt,
    });
    await store.savePlan(plan('plan-aaaaaa', '2026-11-16T08:00:00.000Z'));
    await store.savePlan(plan('plan-bbbbbb', '2026-11-18T08:00:00.000Z'));
    expect((await store.plans()).map((p) => p.assignment.id)).toEqual(['plan-bbbbbb', 'plan-aaaaaa']);
    await store.deletePlan('plan-bbbbbb');
    expect((await store.plans()).map((p) => p.assignment.id)).toEqual(['plan-aaaaaa']);
  });
});

describe('schema upgrades', () => {
  it('upgrades a version 1 database to version 2 (plans) without losing data', async () => {
    const name = 'upgrade-test';
    const v1 = await openDatabase({ name, upgrades: UPGRADES.slice(0, 1) });
    await v1.put('sessions', session('kept', '2026-11-20T08:00:00.000Z'));
    await v1.put('settings', { ...DEFAULT_SETTINGS, volume: 0.4 }, 'settings');
    v1.close();

    const v2 = await openDatabase({ name });
    expect(v2.version).toBe(2);
    expect([...v2.objectStoreNames]).toContain('plans');
    expect((await v2.get('sessions', 'kept'))?.routineId).toBe('desk-break');
    expect((await v2.get('settings', 'settings'))?.volume).toBe(0.4);
    v2.close();
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

  it('tells the user when an old tab that does not step aside blocks the upgrade', async () => {
    const name = 'stubborn-tab';
    // An old build without a versionchange handler keeps its connection open.
    const stubborn = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('sessions', { keyPath: 'id' }) });
    let blocked = false;
    const store = new HistoryStore((onBlocked) => openDatabase({ name, onBlocked, upgrades: [...UPGRADES, () => undefined] }), () => (blocked = true));
    await expect.poll(() => blocked).toBe(true);
    stubborn.close();
    expect(await store.ready()).toBe(true);
  });
});
