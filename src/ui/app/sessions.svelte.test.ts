import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { initialState } from '../../lib/player/machine';
import { MemoryStore } from '../../lib/store/memory-store';
import { makeSession, makeRoutine } from '../../../tests/support/routines';
import { watch } from '../../../tests/support/runes.svelte';
import { SessionsState } from './sessions.svelte';

const monday = makeSession({ id: 'mon', startedAt: '2026-11-23T08:00:00.000Z' });
const tuesday = makeSession({ id: 'tue', startedAt: '2026-11-24T08:00:00.000Z' });
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** Every screen's view of the list: what an effect reading `all` sees after each change. */
function seen(sessions: SessionsState) {
  const watcher = watch(() => sessions.all?.map((session) => session.id) ?? null);
  cleanups.push(watcher.destroy);
  return watcher.seen;
}

describe('SessionsState', () => {
  it('reads the store once, on first use, newest first', async () => {
    const store = new MemoryStore();
    await store.importSessions([monday, tuesday]);
    let reads = 0;
    const sessions = new SessionsState({ ...storeMethods(store), sessions: () => (reads++, store.sessions()) });
    expect(reads).toBe(0);
    const views = seen(sessions);
    await sessions.load();
    await sessions.load();
    flushSync();
    expect(reads).toBe(1);
    expect(views).toEqual([null, ['tue', 'mon']]);
  });

  it('shows a recorded session, an update, a deletion and an import without reading everything again', async () => {
    const store = new MemoryStore();
    await store.importSessions([monday]);
    const sessions = new SessionsState(store);
    const views = seen(sessions);
    await sessions.load();
    await sessions.recordSession(tuesday);
    await sessions.updateSession('tue', { note: 'Slept well' });
    flushSync();
    expect(sessions.all?.find((session) => session.id === 'tue')?.note).toBe('Slept well');
    await sessions.deleteSession('mon');
    flushSync();
    const wednesday = makeSession({ id: 'wed', startedAt: '2026-11-25T08:00:00.000Z' });
    expect(await sessions.importSessions([wednesday, tuesday])).toEqual({ added: 1, skipped: 1 });
    flushSync();
    expect(views.at(-1)).toEqual(['wed', 'tue']);
    expect((await store.sessions()).map((session) => session.id)).toEqual(['wed', 'tue']);
    await sessions.deleteAllSessions();
    flushSync();
    expect(views.at(-1)).toEqual([]);
  });

  it('writes before it shows: a failed write leaves the list as it was', async () => {
    const store = new MemoryStore();
    const sessions = new SessionsState({ ...storeMethods(store), recordSession: () => Promise.reject(new Error('quota')) });
    await sessions.load();
    await expect(sessions.recordSession(monday)).rejects.toThrow('quota');
    expect(sessions.all).toEqual([]);
  });

  it('shows an empty list when the store cannot be read, and says whether it keeps anything', async () => {
    const sessions = new SessionsState({ ...storeMethods(new MemoryStore({ available: false })), sessions: () => Promise.reject(new Error('closed')) });
    expect(await sessions.load()).toEqual([]);
    expect(sessions.available).toBe(false);
  });

  it('answers the home screen\'s week and latest session without reading every session', async () => {
    const store = new MemoryStore();
    const older = makeSession({ id: 'old', startedAt: '2026-10-01T08:00:00.000Z' });
    await store.importSessions([older, monday, tuesday]);
    let reads = 0;
    const sessions = new SessionsState({ ...storeMethods(store), sessions: () => (reads++, store.sessions()) });
    expect((await sessions.since('2026-11-23T00:00:00.000Z')).map((session) => session.id)).toEqual(['tue', 'mon']);
    expect((await sessions.last())?.id).toBe('tue');
    expect(reads).toBe(0);
    // Once the whole list has been read (the history screen), it answers from the list.
    await sessions.load();
    await sessions.recordSession(makeSession({ id: 'wed', startedAt: '2026-11-25T08:00:00.000Z' }));
    expect((await sessions.since('2026-11-24T00:00:00.000Z')).map((session) => session.id)).toEqual(['wed', 'tue']);
    expect((await sessions.last())?.id).toBe('wed');
    expect(reads).toBe(1);
  });

  it('reads no week and no latest session when the store cannot be read', async () => {
    const failing = () => Promise.reject(new Error('closed'));
    const sessions = new SessionsState({ ...storeMethods(new MemoryStore()), sessionsSince: failing, lastSession: failing });
    expect(await sessions.since('2026-11-23T00:00:00.000Z')).toEqual([]);
    expect(await sessions.last()).toBeUndefined();
  });

  it('reads the unfinished routine fresh each time and can forget it', async () => {
    const store = new MemoryStore();
    const sessions = new SessionsState(store);
    expect(await sessions.unfinished()).toBeUndefined();
    const routine = makeRoutine();
    const state = { ...initialState(), status: 'paused' as const, held: 1000, cursor: 1000, startedAt: 0 };
    await store.saveCheckpoint({ sessionId: 's', routine, state, position: 1000, getReadyMs: 0, savedAt: 1000 });
    expect((await sessions.unfinished())?.sessionId).toBe('s');
    await sessions.discardUnfinished();
    expect(await sessions.unfinished()).toBeUndefined();
  });
});

/** The store's methods as a plain object, so a test can replace one of them. */
function storeMethods(store: MemoryStore) {
  return {
    get available() {
      return store.available;
    },
    sessions: () => store.sessions(),
    sessionsSince: (iso: string) => store.sessionsSince(iso),
    lastSession: () => store.lastSession(),
    recordSession: (session: Parameters<MemoryStore['recordSession']>[0]) => store.recordSession(session),
    updateSession: (id: string, change: Parameters<MemoryStore['updateSession']>[1]) => store.updateSession(id, change),
    importSessions: (sessions: Parameters<MemoryStore['importSessions']>[0]) => store.importSessions(sessions),
    deleteSession: (id: string) => store.deleteSession(id),
    deleteAllSessions: () => store.deleteAllSessions(),
    checkpoint: () => store.checkpoint(),
    clearCheckpoint: () => store.clearCheckpoint(),
  };
}
