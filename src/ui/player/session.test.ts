import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePlayerDeps } from '../../../tests/support/player';
import { makeRoutine, makeStep } from '../../../tests/support/routines';
import { revokeBlobUrl } from '../../lib/platform/blob-url';
import { PlayerSession } from './session.svelte';

vi.mock('../../lib/platform/blob-url', () => ({ createBlobUrl: vi.fn(), revokeBlobUrl: vi.fn() }));

// Get ready 3 s, "Warm up" 10 s, "Squeeze" 5 s a side with a 5 s switch: 28 s.
const routine = makeRoutine({
  id: 'desk-break',
  title: 'Desk break',
  steps: [makeStep({ title: 'Warm up', duration: 10 }), makeStep({ title: 'Squeeze', duration: 5, sides: 'left-right' })],
});
const track = { play() {}, pause() {}, seek() {}, position: () => 0, playing: () => true, unload() {} };

describe('PlayerSession', () => {
  beforeEach(() => vi.mocked(revokeBlobUrl).mockClear());

  it('mirrors the runner, and keeps the ratings with the session they belong to', async () => {
    const fake = fakePlayerDeps();
    const session = new PlayerSession(routine, fake.deps);
    session.rateBefore(6);
    session.start();
    fake.clock.advance(3000);
    expect(session.view.segment.kind).toBe('step');
    expect(session.announcement).toBe('Step 1 of 2: Warm up. 10 sec. Picture: Seated, resting still.');
    await expect.poll(() => fake.store.checkpoint()).toMatchObject({ sessionId: 'session-1', tensionBefore: 6 });

    fake.clock.advance(25_000);
    expect(session.view.status).toBe('finished');
    expect(session.saveFailed).toBe(true); // this store keeps nothing across visits
    // The session is written first; the rating and note change it.
    await expect.poll(() => fake.store.sessions()).toEqual([expect.objectContaining({ id: 'session-1', tensionBefore: 6 })]);
    await session.rateAfter(2);
    await session.saveNote('  Calmer.  ');
    expect(await fake.store.sessions()).toEqual([expect.objectContaining({ id: 'session-1', tensionBefore: 6, tensionAfter: 2, note: 'Calmer.' })]);

    session.restart();
    expect(session.sessionId).toBe('session-2');
    expect(session.tensionBefore).toBeUndefined();
    expect(session.tensionAfter).toBeUndefined();
  });

  it("gives the screen-off track's address back when the session closes, or at once when it comes too late", async () => {
    const fake = fakePlayerDeps();
    const session = new PlayerSession(routine, fake.deps);
    session.useTrack(track, 'blob:first');
    session.useTrack(track, 'blob:second');
    expect(revokeBlobUrl).toHaveBeenCalledWith('blob:first');
    expect(session.trackUrl).toBe('blob:second');
    await session.close();
    expect(revokeBlobUrl).toHaveBeenLastCalledWith('blob:second');
    expect(session.trackUrl).toBeNull();

    session.useTrack(track, 'blob:late');
    expect(revokeBlobUrl).toHaveBeenLastCalledWith('blob:late');
    expect(session.trackUrl).toBeNull();
  });
});
