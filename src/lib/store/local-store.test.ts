import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeRoutine, makeSession, makeStep } from '../../../tests/support/routines';
import type { SessionRecord } from '../history/records';
import type { Checkpoint } from '../player/checkpoint';
import { initialState } from '../player/machine';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { IdbStore, openDatabase } from './idb-store';
import type { LocalStore } from './local-store';
import { MemoryStore } from './memory-store';
import { planSent } from '../share/practice';

let counter = 0;
const session = (id: string, startedAt: string) => makeSession({ id, startedAt, routineId: 'desk-break', routineTitle: 'Desk break' });
const checkpoint = (sessionId: string): Checkpoint => ({ sessionId, routine: makeRoutine(), state: initialState(), position: 1234, getReadyMs: 3000, savedAt: 1 });

/** The same contract, for both: what IndexedDB keeps, memory keeps the same way. */
describe.each<[string, () => Promise<LocalStore>]>([
  ['IdbStore', async () => new IdbStore(await openDatabase({ name: `test-${++counter}` }))],
  ['MemoryStore', async () => new MemoryStore()],
])('%s', (_name, fresh) => {
  it('gives default settings, then what was saved', async () => {
    const store = await fresh();
    expect(await store.settings()).toEqual(DEFAULT_SETTINGS);
    await store.saveSettings({ ...DEFAULT_SETTINGS, volume: 0.3, cues: { ...DEFAULT_SETTINGS.cues, tick: false } });
    expect(await store.settings()).toMatchObject({ volume: 0.3, cues: { tick: false, step: true } });
  });

  it('saves, reads and clears the checkpoint', async () => {
    const store = await fresh();
    expect(await store.checkpoint()).toBeUndefined();
    await store.saveCheckpoint(checkpoint('s1'));
    expect(await store.checkpoint()).toEqual(checkpoint('s1'));
    await store.clearCheckpoint();
    expect(await store.checkpoint()).toBeUndefined();
  });

  it('records sessions newest first and clears the checkpoint in the same transaction', async () => {
    const store = await fresh();
    await store.saveCheckpoint({ ...checkpoint('s2'), position: 0, getReadyMs: 0 });
    await store.recordSession(session('s1', '2026-11-20T08:00:00.000Z'));
    await store.recordSession(session('s2', '2026-11-22T08:00:00.000Z'));
    expect((await store.sessions()).map((s) => s.id)).toEqual(['s2', 's1']);
    expect(await store.checkpoint()).toBeUndefined();
  });

  it('adds the after-ratings and a note to a recorded session', async () => {
    const store = await fresh();
    await store.recordSession(session('s1', '2026-11-20T08:00:00.000Z'));
    await store.updateSession('s1', { tensionAfter: 2, areasAfter: { neck: 1 } });
    await store.updateSession('s1', { note: 'Slept well.' });
    await store.updateSession('missing', { note: 'Nowhere to go.' });
    expect(await store.sessions()).toEqual([{ ...session('s1', '2026-11-20T08:00:00.000Z'), tensionAfter: 2, areasAfter: { neck: 1 }, note: 'Slept well.' }]);
  });

  it('merges imported sessions by id, reporting what it added and skipped', async () => {
    const store = await fresh();
    await store.recordSession(session('a', '2026-11-20T08:00:00.000Z'));
    const result = await store.importSessions([session('a', '2026-11-20T08:00:00.000Z'), session('b', '2026-11-21T08:00:00.000Z'), session('b', '2026-11-21T08:00:00.000Z')]);
    expect(result).toEqual({ added: 1, skipped: 2 });
    expect((await store.sessions()).map((s) => s.id)).toEqual(['b', 'a']);
  });

  it('reads recent sessions and the last one through the start-time index', async () => {
    const store = await fresh();
    await store.importSessions([session('a', '2026-11-01T08:00:00.000Z'), session('c', '2026-11-22T08:00:00.000Z'), session('b', '2026-11-20T08:00:00.000Z')]);
    expect((await store.sessionsSince('2026-11-15T00:00:00.000Z')).map((s) => s.id)).toEqual(['c', 'b']);
    expect((await store.lastSession())?.id).toBe('c');
  });

  it('deletes one session, or all of them', async () => {
    const store = await fresh();
    await store.importSessions([session('a', '2026-11-20T08:00:00.000Z'), session('b', '2026-11-21T08:00:00.000Z')]);
    await store.deleteSession('a');
    expect((await store.sessions()).map((s) => s.id)).toEqual(['b']);
    await store.deleteAllSessions();
    expect(await store.sessions()).toEqual([]);
  });

  it("keeps the user's own routines, and sets aside a stored one that no longer passes the schema", async () => {
    const store = await fresh();
    const mine = makeRoutine({ id: 'my-neck', title: 'My neck' });
    const broken = { routine: { ...makeRoutine({ id: 'broken' }), steps: [] }, savedAt: '2026-11-20T08:00:00.000Z', origin: 'link' as const };
    await store.saveRoutine({ routine: mine, savedAt: '2026-11-20T08:00:00.000Z', origin: 'editor' });
    await store.saveRoutine(broken);
    expect((await store.routines()).map((saved) => saved.routine)).toEqual([mine]);
    expect(await store.setAside()).toEqual([expect.objectContaining({ store: 'routines', key: 'broken', problem: expect.stringMatching(/^routine\.steps: this routine has no steps/), record: broken })]);
    await store.deleteRoutine('my-neck');
    expect(await store.routines()).toEqual([]);
  });

  it('keeps plans by id, newest first', async () => {
    const store = await fresh();
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

  it("keeps a therapist's practice by plan id, all at once, and sets a damaged plan aside", async () => {
    const store = await fresh();
    const practicePlan = (planId: string, client?: string) => planSent(undefined, {
      id: planId, from: 'Northside Physio', ...(client ? { client } : {}), frequency: { per: 'day', times: 1 }, start: '2026-11-16', days: 14,
    }, { id: 'back-relief', title: 'Back relief' }, Date.parse('2026-11-15T10:00:00Z'));
    expect(await store.practiceCount()).toBe(0);
    await store.savePractice([practicePlan('planAAAAAA', 'JM'), practicePlan('planBBBBBB')]);
    await store.savePractice([practicePlan('planAAAAAA', 'JM-07')]);
    expect(await store.practiceCount()).toBe(2);
    expect((await store.practice()).map((plan) => [plan.planId, plan.assignment.client]).sort()).toEqual([['planAAAAAA', 'JM-07'], ['planBBBBBB', undefined]]);
    await store.savePractice([{ ...practicePlan('planCCCCCC'), earlierNotes: [{ day: -1, note: 'x' }] }]);
    expect((await store.practice()).map((plan) => plan.planId).sort()).toEqual(['planAAAAAA', 'planBBBBBB']);
    expect(await store.setAside()).toEqual([expect.objectContaining({ store: 'practice', key: 'planCCCCCC', problem: expect.stringMatching(/^earlierNotes\.0\.day: /) })]);
    await store.deletePractice(['planAAAAAA', 'planCCCCCC']);
    expect((await store.practice()).map((plan) => plan.planId)).toEqual(['planBBBBBB']);
  });

  describe('reading back damaged records', () => {
    it('gives a damaged settings field its default, and sets the record aside once with both problems', async () => {
      const store = await fresh();
      const stored = { ...DEFAULT_SETTINGS, muted: true, volume: 'loud', cues: { ...DEFAULT_SETTINGS.cues, tick: 'yes' } };
      await store.saveSettings(stored as unknown as Settings);
      expect(await store.settings()).toEqual({ ...DEFAULT_SETTINGS, muted: true });
      expect(await store.settings()).toEqual({ ...DEFAULT_SETTINGS, muted: true });
      expect(await store.setAside()).toEqual([{
        id: expect.stringMatching(/^settings\/settings\//),
        store: 'settings',
        key: 'settings',
        problem: 'volume was damaged; its default is used; cues.tick was damaged; its default is used',
        foundAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        record: stored,
      }]);
    });

    it("discards a checkpoint whose routine has steps: 'nope', keeping a copy aside, and saves the next one", async () => {
      const store = await fresh();
      const bad = { ...checkpoint('s1'), routine: { ...makeRoutine(), steps: 'nope' } };
      await store.saveCheckpoint(bad as unknown as Checkpoint);
      await expect(store.checkpoint()).resolves.toBeUndefined();
      expect(await store.setAside()).toEqual([expect.objectContaining({ store: 'checkpoint', key: 'current', problem: 'routine.steps: steps must be a list, not "nope"', record: bad })]);
      await store.saveCheckpoint(checkpoint('s2'));
      expect(await store.checkpoint()).toEqual(checkpoint('s2'));
      expect(await store.setAside()).toHaveLength(1);
    });

    it('discards a checkpoint whose step lies outside the routine it holds', async () => {
      const store = await fresh();
      await store.saveCheckpoint({ ...checkpoint('s1'), state: { ...initialState(), segment: 40 } });
      await expect(store.checkpoint()).resolves.toBeUndefined();
      expect(await store.setAside()).toEqual([expect.objectContaining({ store: 'checkpoint', problem: 'the step or position it holds lies outside its routine' })]);
    });

    it('skips a session with a numeric startedAt everywhere sessions are read, and sets it aside once, leaving it in place', async () => {
      const store = await fresh();
      const bad = { ...session('bad', '2026-11-21T08:00:00.000Z'), startedAt: 1_763_712_000_000 };
      await store.recordSession(session('good', '2026-11-20T08:00:00.000Z'));
      await store.recordSession(bad as unknown as SessionRecord);
      expect((await store.sessions()).map((s) => s.id)).toEqual(['good']);
      expect((await store.sessionsSince('2026-11-01T00:00:00.000Z')).map((s) => s.id)).toEqual(['good']);
      expect((await store.lastSession())?.id).toBe('good');
      expect(await store.setAside()).toEqual([expect.objectContaining({ store: 'sessions', key: 'bad', problem: expect.stringMatching(/^startedAt: /), record: bad })]);
      // Still stored where it was (deleting the history deletes it): only its copy is aside.
      await store.deleteAllSessions();
      expect(await store.setAside()).toHaveLength(1);
    });

    it('falls back to the newest sound session when the newest one is damaged', async () => {
      const store = await fresh();
      await store.recordSession(session('older', '2026-11-20T08:00:00.000Z'));
      await store.recordSession({ ...session('newest', '2026-11-22T08:00:00.000Z'), status: 'maybe' } as unknown as SessionRecord);
      expect((await store.lastSession())?.id).toBe('older');
      expect(await store.setAside()).toEqual([expect.objectContaining({ store: 'sessions', key: 'newest', problem: expect.stringMatching(/^status: /) })]);
    });

    it('finds damage nobody has read yet when asked for what was set aside', async () => {
      const store = await fresh();
      await store.savePlan({
        assignment: { id: 'plan-cccccc', from: '', frequency: { per: 'day', times: 1 }, start: '2026-11-16', days: 14 },
        routineId: 'my-neck', routineTitle: 'My neck', receivedAt: '2026-11-16T08:00:00.000Z',
      });
      expect(await store.setAside()).toEqual([expect.objectContaining({ store: 'plans', key: 'plan-cccccc', problem: expect.stringMatching(/^assignment\.from: /) })]);
      expect(await store.plans()).toEqual([]);
    });
  });

  describe('a checkpoint that reached the end', () => {
    const finished = (sessionId: string): Checkpoint => {
      const routine = makeRoutine({ steps: [makeStep({ duration: 10 })] });
      const state = { ...initialState(), status: 'finished' as const, held: 13_000, cursor: 13_000, furthest: 13_000, activeMs: 13_000, startedAt: Date.parse('2026-11-22T21:00:00.000Z') };
      return { sessionId, routine, state, position: 13_000, getReadyMs: 3000, savedAt: Date.parse('2026-11-22T21:00:13.000Z'), tensionBefore: 6 };
    };

    it('becomes the completed session it stands for, once', async () => {
      const store = await fresh();
      await store.saveCheckpoint(finished('run-1'));
      const session = await store.finishCheckpoint();
      expect(session).toEqual({
        id: 'run-1', routineId: 'test-routine', routineTitle: 'Test routine',
        startedAt: '2026-11-22T21:00:00.000Z', endedAt: '2026-11-22T21:00:13.000Z', status: 'completed',
        stepsCompleted: 1, stepsTotal: 1, activeSeconds: 13, tensionBefore: 6,
      });
      expect(await store.finishCheckpoint()).toBeUndefined();
      expect(await store.sessions()).toEqual([session]);
      expect(await store.checkpoint()).toBeUndefined();
    });

    it('never replaces the session that was written before the app stopped', async () => {
      const store = await fresh();
      await store.saveCheckpoint(finished('run-1'));
      // The session was recorded and rated, yet the checkpoint came back (an older build's order).
      await store.importSessions([{ ...session('run-1', '2026-11-22T21:00:00.000Z'), tensionAfter: 2 }]);
      expect(await store.finishCheckpoint()).toBeUndefined();
      expect((await store.sessions()).map((s) => s.tensionAfter)).toEqual([2]);
      expect(await store.checkpoint()).toBeUndefined();
    });

    it('leaves a routine still under way for Resume', async () => {
      const store = await fresh();
      await store.saveCheckpoint(checkpoint('run-2'));
      expect(await store.finishCheckpoint()).toBeUndefined();
      expect(await store.checkpoint()).toEqual(checkpoint('run-2'));
      expect(await store.sessions()).toEqual([]);
    });
  });
});
