import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeRoutine } from '../../../tests/support/routines';
import { initialState } from '../player/machine';
import { HistoryStore, openDatabase } from './db';
import { DEFAULT_SETTINGS, type SessionRecord } from './records';

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
});
