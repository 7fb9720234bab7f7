import 'fake-indexeddb/auto';
import { forceCloseDatabase } from 'fake-indexeddb';
import { openDB, unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeRoutine, makeSession, makeStep } from '../../../tests/support/routines';
import type { Checkpoint } from '../player/checkpoint';
import { initialState } from '../player/machine';
import { DEFAULT_SETTINGS } from '../settings';
import { IdbStore, openDatabase, UPGRADES, type Upgrade } from './idb-store';
import { StorageLostError, type StorageProblem } from './local-store';
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

  it('upgrades a version 2 database to version 3 (records set aside) and keeps every store', async () => {
    const name = 'upgrade-3';
    const v2 = await openDatabase({ name, upgrades: UPGRADES.slice(0, 2) });
    await v2.put('plans', { assignment: { id: 'plan-aaaaaa', from: 'Dr. Rivera', frequency: { per: 'day', times: 1 }, start: '2026-11-16', days: 14 }, routineId: 'r', routineTitle: 'R', receivedAt: '2026-11-16T08:00:00.000Z' });
    v2.close();
    const v3 = await openDatabase({ name, upgrades: UPGRADES.slice(0, 3) });
    expect(v3.version).toBe(3);
    expect([...v3.objectStoreNames].sort()).toEqual(['checkpoint', 'plans', 'routines', 'sessions', 'setAside', 'settings']);
    expect(await v3.count('plans')).toBe(1);
    v3.close();
  });

  it('upgrades a version 3 database to version 4 (a therapist\'s practice) without losing plans or set-aside records', async () => {
    const name = 'upgrade-practice';
    const v3 = await openDatabase({ name, upgrades: UPGRADES.slice(0, 3) });
    const plan = { assignment: { id: 'planAAAAAA', from: 'Dr. Rivera', frequency: { per: 'day' as const, times: 1 }, start: '2026-11-16', days: 14 }, routineId: 'feet', routineTitle: 'Feet', receivedAt: '2026-11-16T08:00:00.000Z' };
    const aside = { id: 'plans/x/1', store: 'plans' as const, key: 'x', problem: 'p', foundAt: '2026-11-16T08:00:00.000Z', record: { x: 1 } };
    await v3.put('plans', plan);
    await v3.put('setAside', aside);
    v3.close();
    const v4 = await openDatabase({ name });
    expect(v4.version).toBe(4);
    expect([...v4.objectStoreNames].sort()).toEqual(['checkpoint', 'plans', 'practice', 'routines', 'sessions', 'setAside', 'settings']);
    expect(await v4.get('plans', 'planAAAAAA')).toEqual(plan);
    expect(await v4.get('setAside', 'plans/x/1')).toEqual(aside);
    expect(await v4.count('practice')).toBe(0);
    v4.close();
  });
});

describe('an old tab', () => {
  it('tells the user when an old tab that does not step aside blocks the upgrade, and when it has gone through', async () => {
    const name = 'stubborn-tab';
    // An old build without a versionchange handler keeps its connection open.
    const stubborn = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('sessions', { keyPath: 'id' }) });
    const problems: (StorageProblem | null)[] = [];
    const store = openLocalStore({ open: (onBlocked) => openDatabase({ name, onBlocked, upgrades: [...UPGRADES, () => undefined] }), onProblem: (problem) => problems.push(problem) });
    await expect.poll(() => problems).toEqual(['blocked']);
    stubborn.close();
    expect(await store.ready()).toBe(true);
    expect(problems).toEqual(['blocked', null]);
  });
});

describe('when the connection goes', () => {
  it('a newer tab upgrades the database: the old tab says so, and every later write fails into the same notice', async () => {
    const name = 'newer-tab';
    const problems: (StorageProblem | null)[] = [];
    const old = openLocalStore({ open: (onBlocked) => openDatabase({ name, onBlocked }), onProblem: (problem) => problems.push(problem) });
    await old.recordSession(makeSession({ id: 'before' }));

    const newer = await openDatabase({ name, upgrades: [...UPGRADES, () => undefined] });
    expect(problems).toEqual(['replaced']);
    await expect(old.saveSettings({ ...DEFAULT_SETTINGS, volume: 0.2 })).rejects.toThrow(StorageLostError);
    await expect(old.recordSession(makeSession({ id: 'after' }))).rejects.toMatchObject({ name: 'StorageLostError', reason: 'replaced' });
    await expect(old.updateSession('before', { note: 'late' })).rejects.toThrow(StorageLostError);
    await expect(old.saveCheckpoint({} as Checkpoint)).rejects.toThrow(StorageLostError);
    await expect(old.savePractice([])).rejects.toThrow(StorageLostError);
    await expect(old.deletePractice(['planAAAAAA'])).rejects.toThrow(StorageLostError);
    expect(problems).toEqual(['replaced', 'replaced', 'replaced', 'replaced', 'replaced', 'replaced', 'replaced']);
    // Nothing written before is lost, and the newer tab holds it.
    expect(await newer.getAllKeys('sessions')).toEqual(['before']);
    newer.close();
  });

  it('the browser closes the connection: every later call fails and says so', async () => {
    const db = await openDatabase({ name: 'terminated' });
    const problems: StorageProblem[] = [];
    const store = new IdbStore(db, { onProblem: (problem) => problems.push(problem) });
    forceCloseDatabase(unwrap(db) as never);
    expect(problems).toEqual(['closed']);
    await expect(store.savePlan({} as never)).rejects.toMatchObject({ name: 'StorageLostError', reason: 'closed' });
    await expect(store.sessions()).rejects.toThrow(StorageLostError);
    await expect(store.savePractice([])).rejects.toThrow(StorageLostError);
    // Reads of the practice answer empty, as plans and routines do, and still say why.
    expect(await store.practice()).toEqual([]);
    expect(await store.practiceCount()).toBe(0);
    expect(problems).toEqual(['closed', 'closed', 'closed', 'closed', 'closed', 'closed']);
  });

  it('a database newer than the app: its own problem, and the app keeps working in memory', async () => {
    const name = 'from-the-future';
    (await openDatabase({ name, upgrades: [...UPGRADES, () => undefined] })).close();
    const problems: (StorageProblem | null)[] = [];
    const store = openLocalStore({ open: (onBlocked) => openDatabase({ name, onBlocked }), onProblem: (problem) => problems.push(problem) });
    expect(await store.ready()).toBe(false);
    expect(problems).toEqual(['newer']);
    expect(store.available).toBe(false);
    await store.recordSession(makeSession({ id: 'kept-in-memory' }));
    expect((await store.sessions()).map((session) => session.id)).toEqual(['kept-in-memory']);
  });

  it('a write that fails for another reason (storage full) is reported as such and still rejects', async () => {
    const db = await openDatabase({ name: 'full' });
    const problems: StorageProblem[] = [];
    const store = new IdbStore(db, { onProblem: (problem) => problems.push(problem) });
    const quota = Object.assign(new Error('the quota was exceeded'), { name: 'QuotaExceededError' });
    vi.spyOn(db, 'transaction').mockImplementationOnce(() => { throw quota; });
    await expect(store.saveSettings(DEFAULT_SETTINGS)).rejects.toBe(quota);
    expect(problems).toEqual(['write-failed']);
    await store.saveSettings(DEFAULT_SETTINGS);
    expect(problems).toEqual(['write-failed']);
    db.close();
  });
});

describe('durability', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes everything the user keeps with strict durability; only the every-second checkpoint is relaxed', async () => {
    const db = await openDatabase({ name: 'durable' });
    const store = new IdbStore(db);
    const opened = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const write = (tx: IDBTransaction) => `${[...tx.objectStoreNames].join('+')}: ${tx.durability}`;
    const writes = () => opened.mock.results.map((result) => result.value as IDBTransaction).filter((tx) => tx.mode === 'readwrite').map(write);
    const routine = makeRoutine({ id: 'my-neck' });
    const plan = { assignment: { id: 'plan-aaaaaa', from: 'Dr. Rivera', frequency: { per: 'day' as const, times: 1 }, start: '2026-11-16', days: 14 }, routineId: 'my-neck', routineTitle: 'My neck', receivedAt: '2026-11-16T08:00:00.000Z' };
    await store.saveSettings(DEFAULT_SETTINGS);
    await store.saveRoutine({ routine, savedAt: '2026-11-20T08:00:00.000Z', origin: 'editor' });
    await store.deleteRoutine('my-neck');
    await store.savePlan(plan);
    await store.deletePlan('plan-aaaaaa');
    await store.savePractice([]);
    await store.deletePractice(['plan-aaaaaa']);
    await store.recordSession(makeSession({ id: 's1' }));
    await store.updateSession('s1', { note: 'Calmer.' });
    await store.importSessions([makeSession({ id: 's2' })]);
    await store.deleteSession('s1');
    await store.deleteAllSessions();
    await store.saveCheckpoint({ sessionId: 's3', routine, state: initialState(), position: 0, getReadyMs: 0, savedAt: 1 });
    expect(writes()).toEqual([
      'settings: strict', 'routines: strict', 'routines: strict', 'plans: strict', 'plans: strict', 'practice: strict', 'practice: strict',
      'checkpoint+sessions: strict', 'sessions: strict', 'sessions: strict', 'sessions: strict', 'sessions: strict',
      'checkpoint: default',
    ]);
    db.close();
  });
});

describe('two starts after a crash at the end of a routine', () => {
  const routine = makeRoutine({ steps: [makeStep({ duration: 10 })] });
  const finished: Checkpoint = {
    sessionId: 'run-7', routine, position: 13_000, getReadyMs: 3000, savedAt: Date.parse('2026-11-22T21:00:13.000Z'),
    state: { ...initialState(), status: 'finished', held: 13_000, cursor: 13_000, furthest: 13_000, activeMs: 13_000, startedAt: Date.parse('2026-11-22T21:00:00.000Z') },
  };

  it('make one completed session, one after the other or both at once', async () => {
    for (const [name, together] of [['one-then-another', false], ['both-at-once', true]] as const) {
      const db = await openDatabase({ name });
      await db.put('checkpoint', finished, 'current');
      db.close();
      const start = () => openLocalStore({ open: (onBlocked) => openDatabase({ name, onBlocked }) });
      const stores = together ? [start(), start()] : [start()];
      if (!together) await stores[0]!.ready();
      if (!together) stores.push(start());
      const sessions = await Promise.all(stores.map((store) => store.sessions()));
      for (const seen of sessions) expect(seen).toEqual([expect.objectContaining({ id: 'run-7', status: 'completed', stepsCompleted: 1, activeSeconds: 13 })]);
      expect(await stores[1]!.checkpoint()).toBeUndefined();
    }
  });
});
