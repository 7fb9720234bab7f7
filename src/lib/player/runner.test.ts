import { describe, expect, it } from 'vitest';
import { deferred } from '../../../tests/support/fakes';
import { fakePlayerPorts } from '../../../tests/support/player';
import { makeRoutine, makeStep } from '../../../tests/support/routines';
import type { SessionLog } from './ports';
import type { Checkpoint } from './checkpoint';
import { HOUSEKEEPING_DELAY_MS, MAX_LEAD_MS, PlayerRunner } from './runner';

/** Lets the fakes' already-settled writes run their callbacks (a macrotask turn; the clock does not move). */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

// Get ready 3 s, "Warm up" 10 s, "Squeeze" 5 s a side with a 5 s switch: 28 s.
const routine = makeRoutine({
  id: 'desk-break',
  title: 'Desk break',
  steps: [
    makeStep({ title: 'Warm up', duration: 10, instructions: 'Rub your palms together. Then rest them on your neck.', areas: ['shoulders'], tool: 'hands', motion: ['squeeze'], position: 'seated' }),
    makeStep({ title: 'Squeeze', duration: 5, sides: 'left-right', areas: ['calves'], tool: 'hands', motion: ['squeeze'], position: 'seated' }),
  ],
});


/**
 * A runner started on `playing`, whose changes reach the page when the test says so:
 * `nextChange()` runs the clock to the next change on time, `show(ms)` has it take that long to show.
 */
function playing(played = routine) {
  const fake = fakePlayerPorts();
  const pending: (() => void)[] = [];
  const session = new PlayerRunner(played, { ...fake.ports, shown: (callback) => pending.push(callback) });
  session.start();
  const nextChange = () => {
    while (!pending.length) fake.clock.advance(1);
  };
  const show = (ms: number) => {
    fake.clock.jump(ms);
    for (const callback of pending.splice(0)) callback();
  };
  return { fake, session, nextChange, show };
}

describe('PlayerRunner', () => {
  it('plays the routine through its adapters and records a completed session', async () => {
    const fake = fakePlayerPorts();
    const session = new PlayerRunner(routine, fake.ports);
    session.start();
    expect(fake.wake).toEqual(['hold']);
    expect(session.announcement).toBe('Get ready. First: Warm up.');
    fake.clock.advance(3000);
    expect(session.view.segment.kind).toBe('step');
    expect(session.announcement).toBe('Step 1 of 2: Warm up. 10 sec. Picture: Seated: palms on both shoulders, squeeze and release.');
    expect(fake.played).toEqual(['tick', 'tick', 'chime']);
    fake.clock.advance(10_000);
    expect(session.announcement).toBe('Step 2 of 2 · Left side: Squeeze. 5 sec. Picture: Seated: palms on the left calf, squeeze and release.');
    fake.clock.advance(5000);
    expect(session.announcement).toBe('Switch sides. Next: Squeeze, right side.');
    fake.clock.advance(5000);
    expect(session.announcement).toBe('Step 2 of 2 · Right side: Squeeze. 5 sec. Picture: Seated: palms on the right calf, squeeze and release.');
    fake.clock.advance(5000);
    expect(session.view.status).toBe('finished');
    expect(session.snapshot.record).toBe('saving');
    expect(fake.played.at(-1)).toBe('gong');
    expect(fake.wake.at(-1)).toBe('release');
    await flush();
    expect(session.snapshot.record).toBe('saved');
    expect(session.announcement).toBe('Routine complete. 28 sec of self-care.');
    expect(await fake.store.sessions()).toEqual([
      expect.objectContaining({ id: 'session-1', routineId: 'desk-break', status: 'completed', stepsCompleted: 2, stepsTotal: 2, activeSeconds: 28 }),
    ]);
    await expect.poll(() => fake.store.checkpoint()).toBeUndefined();
  });

  it('describes a step’s picture once for each side, not on its later rounds nor with the countdown', async () => {
    const fake = fakePlayerPorts();
    const rounds = makeRoutine({ steps: [makeStep({ title: 'Squeeze', duration: 5, sides: 'left-right', repeat: 2, areas: ['calves'], tool: 'hands', motion: ['squeeze'], position: 'seated' })] });
    const session = new PlayerRunner(rounds, fake.ports);
    const heard: string[] = [];
    session.subscribe((snapshot) => {
      if (snapshot.announcement !== heard.at(-1)) heard.push(snapshot.announcement);
    });
    session.start();
    // Every second of the routine (3 s to get ready, 4 × 5 s of steps, 2 × 5 s switches): the
    // countdown moves, the announcement changes only at each segment.
    for (let second = 0; second < 33; second++) fake.clock.advance(1000);
    expect(session.view.status).toBe('finished');
    await flush(); // the session's write commits, then the routine is announced complete
    expect(heard).toEqual([
      'Get ready. First: Squeeze.',
      'Step 1 of 1 · Left side · Round 1 of 2: Squeeze. 5 sec. Picture: Seated: palms on the left calf, squeeze and release.',
      'Switch sides. Next: Squeeze, right side.',
      'Step 1 of 1 · Right side · Round 1 of 2: Squeeze. 5 sec. Picture: Seated: palms on the right calf, squeeze and release.',
      'Step 1 of 1 · Left side · Round 2 of 2: Squeeze. 5 sec.',
      'Switch sides. Next: Squeeze, right side.',
      'Step 1 of 1 · Right side · Round 2 of 2: Squeeze. 5 sec.',
      'Routine complete. 33 sec of self-care.',
    ]);
  });

  it('saves the checkpoint just after a change on time, so the change comes first, and at once when the user acts', async () => {
    const fake = fakePlayerPorts();
    const start = fake.clock.now();
    const saved: { at: number; position: number }[] = [];
    const checkpoints = {
      saveCheckpoint: (checkpoint: Checkpoint) => {
        saved.push({ at: fake.clock.now() - start, position: checkpoint.position });
        return fake.store.saveCheckpoint(checkpoint);
      },
      clearCheckpoint: () => fake.store.clearCheckpoint(),
    };
    const session = new PlayerRunner(routine, { ...fake.ports, checkpoints });
    session.start();
    expect(saved).toEqual([{ at: 0, position: 0 }]);
    // Each second and the step change at 3 s are saved a moment later, where they were.
    fake.clock.advance(3000);
    expect(saved.map(({ at }) => at)).toEqual([0, 1000 + HOUSEKEEPING_DELAY_MS, 2000 + HOUSEKEEPING_DELAY_MS]);
    fake.clock.advance(HOUSEKEEPING_DELAY_MS);
    expect(saved.at(-1)).toEqual({ at: 3000 + HOUSEKEEPING_DELAY_MS, position: 3000 + HOUSEKEEPING_DELAY_MS });
    fake.clock.advance(500);
    session.next();
    expect(saved.at(-1)).toEqual({ at: 3750, position: 13_000 });
    // The end (the 15 s left) records the session; nothing saved after it could offer to resume it.
    const end = 3750 + 15_000;
    fake.clock.advance(30_000);
    await flush();
    expect(saved.filter(({ at }) => at > end)).toEqual([]);
    expect(await fake.store.checkpoint()).toBeUndefined();
    expect(await fake.store.sessions()).toHaveLength(1);
  });

  it('at a change on time sounds the cue and tells the screen first, then the voice and the lock screen', () => {
    const fake = fakePlayerPorts({ voice: true });
    const session = new PlayerRunner(routine, fake.ports);
    const order: string[] = [];
    session.subscribe((snapshot) => order.push(`screen: ${snapshot.announcement}`));
    session.start();
    fake.clock.advance(2999);
    const [played, spoken, media] = [fake.played.length, fake.spoken.length, fake.media.length];
    // The clock reaches the change; its timer of 0 ms for the unseen work has not run yet.
    fake.clock.jump(1);
    session.refresh();
    expect(fake.played.slice(played)).toEqual(['chime']);
    expect(order.at(-1)).toBe('screen: Step 1 of 2: Warm up. 10 sec. Picture: Seated: palms on both shoulders, squeeze and release.');
    expect(fake.spoken.slice(spoken)).toEqual([]);
    expect(fake.media.slice(media)).toEqual([]);
    fake.clock.advance(0);
    expect(fake.spoken.slice(spoken)).toEqual(['Warm up. Rub your palms together.']);
    expect(fake.media.slice(media)).toEqual(['Warm up:playing']);
    // A change the user asks for is said at once.
    session.next();
    expect(fake.spoken.at(-1)).toMatch(/^Squeeze\. Left side\./);
    expect(fake.media.at(-1)).toBe('Squeeze:playing');
  });

  it('keeps cues that are switched off silent, and speaks steps when voice is on', () => {
    const fake = fakePlayerPorts({ voice: true, cues: { step: true, tick: false, halfway: true, switch: true, end: true } });
    const session = new PlayerRunner(routine, fake.ports);
    session.start();
    fake.clock.advance(3000);
    expect(fake.played).toEqual(['chime']);
    expect(fake.spoken.at(-1)).toBe('Warm up. Rub your palms together.');
    fake.clock.advance(7000);
    expect(fake.spoken.at(-1)).toBe('Next: Squeeze.');
  });

  it('holds still while paused, and saves a checkpoint a reload resumes from', async () => {
    const fake = fakePlayerPorts();
    const session = new PlayerRunner(routine, fake.ports);
    session.start();
    fake.clock.advance(7500);
    session.pause();
    expect(session.view.remainingMs).toBe(5500);
    fake.clock.advance(60_000);
    expect(session.view.remainingMs).toBe(5500);
    await expect.poll(() => fake.store.checkpoint()).toMatchObject({ sessionId: 'session-1', position: 7500 });
    const checkpoint = await fake.store.checkpoint();

    const restored = new PlayerRunner(routine, fake.ports, checkpoint);
    expect(restored.view).toMatchObject({ status: 'paused', remainingMs: 5500 });
    restored.resume();
    fake.clock.advance(1000);
    restored.refresh();
    expect(restored.view.remainingMs).toBe(4500);
    expect(restored.sessionId).toBe('session-1');
  });

  it('keeps a session left after one step as partial, and one left before any step as nothing', async () => {
    const fake = fakePlayerPorts();
    const early = new PlayerRunner(routine, fake.ports);
    early.start();
    fake.clock.advance(5000);
    await early.close();
    expect(await fake.store.sessions()).toEqual([]);

    const later = new PlayerRunner(routine, fake.ports);
    later.start();
    fake.clock.advance(15_000);
    await later.close();
    expect(await fake.store.sessions()).toEqual([
      expect.objectContaining({ status: 'partial', stepsCompleted: 1, stepsTotal: 2, activeSeconds: 15 }),
    ]);
  });

  it('learns how late its changes reach the page and starts the next ones that much ahead, drawn at their time', () => {
    const { fake, session, nextChange, show } = playing(routine);
    const start = fake.clock.now();
    // Every change reaches the page 6 ms after the runner made it.
    const ahead: number[] = [];
    for (let second = 1; second <= 12; second++) {
      nextChange();
      const due = start + second * 1000;
      ahead.push(due - fake.clock.now());
      expect(session.snapshot.now).toBe(due); // the change is drawn at its time, not at the wake-up's
      show(6);
    }
    expect(ahead[0]).toBe(0);
    // The clock moves in whole ms: the wake-up comes at the first one within the lead.
    expect(ahead.at(-1)).toBeGreaterThanOrEqual(5); // changes now land on time, the 6 ms taken before it
    expect(Math.abs(session.leads.second - 6)).toBeLessThan(1);
    // A pause just after a change drawn ahead keeps it: the runner's time does not go back.
    nextChange();
    expect(fake.clock.now()).toBeLessThan(start + 13_000);
    expect(session.view.segment).toMatchObject({ kind: 'step', side: 'left' });
    session.pause();
    expect(session.view.segment).toMatchObject({ kind: 'step', side: 'left' });
    expect(session.view.remainingMs).toBe(5000);
    expect(session.view.status).toBe('paused');
  });

  it('settles its lead near the slower changes, not their average, so few land late', () => {
    const { session, nextChange, show } = playing(makeRoutine({ steps: [makeStep({ duration: 60 })] }));
    // Four changes in five take 2 ms to show, one takes 10: 3.6 ms on average.
    const leads: number[] = [];
    for (let change = 0; change < 50; change++) {
      nextChange();
      show(change % 5 === 4 ? 10 : 2);
      leads.push(session.leads.second);
    }
    const settled = leads.slice(25).reduce((sum, lead) => sum + lead, 0) / 25;
    expect(settled).toBeGreaterThan(5);
    expect(settled).toBeLessThan(10);
  });

  it('never starts a change more than a frame ahead, nor learns from one held up by a hidden page', () => {
    const { fake, session, nextChange, show } = playing(routine);
    for (let second = 1; second <= 10; second++) {
      nextChange();
      show(40);
    }
    expect(session.leads.second).toBe(MAX_LEAD_MS);
    nextChange();
    expect(session.snapshot.now - fake.clock.now()).toBe(MAX_LEAD_MS); // woken a frame ahead, no more
    show(900); // timers slept in a hidden tab
    expect(session.leads.second).toBe(MAX_LEAD_MS);
  });

  it('learns step changes apart from the countdown: a costly change once in 45 s still lands on time', () => {
    const steps = Array.from({ length: 6 }, (_, i) => makeStep({ title: `Step ${i + 1}`, duration: 45 }));
    const { fake, session, nextChange, show } = playing(makeRoutine({ steps }));
    // A step change takes 12 ms to reach the page; the countdown's seconds between take 1 ms.
    const changes: number[] = [];
    while (session.view.status !== 'finished') {
      const segment = session.view.segmentIndex;
      nextChange();
      const changed = session.view.segmentIndex !== segment;
      if (changed) changes.push(session.snapshot.now - fake.clock.now());
      show(changed ? 12 : 1);
    }
    expect(changes).toHaveLength(6); // get ready → step 1, then each step to the next, and the end
    // Each step change wakes up further ahead, the last ones nearly the 12 ms it takes.
    expect(changes[0]).toBe(0);
    expect(changes.at(-1)).toBeGreaterThanOrEqual(10);
    expect(session.leads.part).toBeGreaterThan(10.5);
    expect(session.leads.second).toBeLessThan(2);
  });

  it('follows a clock set back, rather than waiting for it to catch up', () => {
    const { fake, session, nextChange, show } = playing(routine);
    for (let second = 1; second <= 6; second++) {
      nextChange();
      show(5);
    }
    fake.clock.jump(-60_000); // the device's time corrected
    session.refresh(); // as when the page is shown again
    fake.clock.advance(1000);
    expect(session.snapshot.now).toBe(fake.clock.now()); // the countdown went on within a second
  });

  it('catches up after the page was frozen, on the right step', () => {
    const fake = fakePlayerPorts();
    const session = new PlayerRunner(routine, fake.ports);
    session.start();
    fake.clock.jump(25_000); // timers did not run while the page was frozen
    session.refresh();
    expect(session.view.segment).toMatchObject({ kind: 'step', side: 'right' });
    expect(session.view.remainingMs).toBe(3000);
  });

  it('hands the cues to a screen-off track, keeps it in step, and follows it when the page returns', () => {
    const fake = fakePlayerPorts();
    const calls: string[] = [];
    let trackAt = 0;
    const track = {
      play: () => calls.push('play'),
      pause: () => calls.push('pause'),
      seek: (ms: number) => { trackAt = ms; calls.push(`seek ${ms}`); },
      position: () => trackAt,
      playing: () => true,
      unload: () => calls.push('unload'),
    };
    const session = new PlayerRunner(routine, fake.ports);
    session.useTrack(track);
    session.start();
    expect(calls).toEqual(['seek 0', 'play']);
    fake.clock.advance(3000);
    expect(fake.played).toEqual([]); // the track makes the sounds now
    session.next();
    expect(calls.at(-2)).toBe('seek 13000');
    session.pause();
    expect(calls.at(-1)).toBe('pause');
    session.resume();
    // The phone slept: timers stopped but the track played on to 20.5 s.
    trackAt = 20_500;
    session.refresh();
    expect(session.view.position).toBe(20_500);
    expect(session.view.segment.kind).toBe('switch');
  });

  it('tells subscribers about each change, and keeps the before-ratings with the checkpoint and the session', async () => {
    const fake = fakePlayerPorts();
    const session = new PlayerRunner(routine, { ...fake.ports, before: () => ({ tensionBefore: 6, areasBefore: { neck: 4 } }) });
    const seen: string[] = [];
    const stop = session.subscribe((snapshot) => seen.push(`${snapshot.state.status}: ${snapshot.announcement}`));
    session.start();
    expect(seen).toEqual(['playing: Get ready. First: Warm up.']);
    expect(session.snapshot).toMatchObject({ sessionId: 'session-1', saveFailed: true }); // nothing is kept in this store
    fake.clock.advance(3000);
    expect(seen.at(-1)).toBe('playing: Step 1 of 2: Warm up. 10 sec. Picture: Seated: palms on both shoulders, squeeze and release.');
    expect(fake.media.at(-1)).toBe('Warm up:playing');
    await expect.poll(() => fake.store.checkpoint()).toMatchObject({ tensionBefore: 6, areasBefore: { neck: 4 } });
    stop();
    const heard = seen.length;
    fake.clock.advance(25_000);
    expect(seen).toHaveLength(heard);
    await expect.poll(() => fake.store.sessions()).toEqual([expect.objectContaining({ status: 'completed', tensionBefore: 6, areasBefore: { neck: 4 } })]);
  });

  it('leaves a skipped rating and an empty body map out, and says when the session could not be saved', async () => {
    const fake = fakePlayerPorts();
    const full: SessionLog = { available: true, recordSession: () => Promise.reject(new Error('QuotaExceededError')), updateSession: async () => {} };
    const session = new PlayerRunner(routine, { ...fake.ports, sessions: full, before: () => ({ tensionBefore: undefined, areasBefore: {} }) });
    session.start();
    expect(session.snapshot.saveFailed).toBe(false);
    await expect.poll(() => fake.store.checkpoint()).toMatchObject({ sessionId: 'session-1' });
    expect(Object.keys((await fake.store.checkpoint()) ?? {})).not.toContain('tensionBefore');
    expect(Object.keys((await fake.store.checkpoint()) ?? {})).not.toContain('areasBefore');
    const saved: boolean[] = [];
    session.subscribe((snapshot) => saved.push(snapshot.saveFailed));
    fake.clock.advance(28_000);
    await expect.poll(() => saved.at(-1)).toBe(true);
  });

  it("says the routine is complete only once its session's write has committed, after writing the finished checkpoint", async () => {
    const fake = fakePlayerPorts({ voice: true });
    const writes: string[] = [];
    const commit = deferred<void>();
    const session = new PlayerRunner(routine, {
      ...fake.ports,
      checkpoints: {
        saveCheckpoint: async (checkpoint) => void writes.push(`checkpoint ${checkpoint.state.status}`),
        clearCheckpoint: async () => {},
      },
      sessions: {
        available: true,
        recordSession: (record) => {
          writes.push(`session ${record.id} ${record.status}`);
          return commit.promise;
        },
        updateSession: async () => {},
      },
    });
    session.start();
    fake.clock.advance(28_000);
    await flush();
    expect(writes.slice(-2)).toEqual(['checkpoint finished', 'session session-1 completed']);
    expect(session.snapshot).toMatchObject({ record: 'saving', saveFailed: false });
    expect(session.announcement).not.toMatch(/complete/);
    expect(fake.spoken).not.toContain('Routine complete. Well done.');
    commit.resolve();
    await flush();
    expect(session.snapshot.record).toBe('saved');
    expect(session.announcement).toBe('Routine complete. 28 sec of self-care.');
    expect(fake.spoken.at(-1)).toBe('Routine complete. Well done.');
  });

  it('says when the completed session could not be written, and writes the same session again on retry', async () => {
    const fake = fakePlayerPorts();
    const records: string[] = [];
    let full = true;
    const session = new PlayerRunner(routine, {
      ...fake.ports,
      sessions: {
        available: true,
        recordSession: async (record) => {
          records.push(`${record.id} ${record.activeSeconds}`);
          if (full) throw new Error('QuotaExceededError');
        },
        updateSession: async () => {},
      },
    });
    session.start();
    fake.clock.advance(28_000);
    await flush();
    expect(session.snapshot).toMatchObject({ record: 'failed', saveFailed: true, announcement: 'Routine finished, but it could not be saved yet.' });
    full = false;
    fake.clock.advance(60_000); // the person reads the message first
    session.retrySave();
    expect(session.snapshot.record).toBe('saving');
    await flush();
    expect(session.snapshot).toMatchObject({ record: 'saved', saveFailed: false, announcement: 'Routine complete. 28 sec of self-care.' });
    expect(records).toEqual(['session-1 28', 'session-1 28']);
  });

  it('says when a checkpoint could not be written, and stops saying it once one is', async () => {
    const fake = fakePlayerPorts();
    let failing = true;
    const session = new PlayerRunner(routine, {
      ...fake.ports,
      checkpoints: { saveCheckpoint: async () => { if (failing) throw new Error('InvalidStateError'); }, clearCheckpoint: async () => {} },
    });
    session.start();
    await flush();
    expect(session.snapshot.checkpointFailed).toBe(true);
    failing = false;
    fake.clock.advance(3000);
    await flush();
    expect(session.snapshot.checkpointFailed).toBe(false);
  });

  it('plays a finished routine again as a new session from the headset button too', async () => {
    const fake = fakePlayerPorts();
    const session = new PlayerRunner(routine, fake.ports);
    session.start();
    fake.clock.advance(28_000);
    await flush();
    session.toggle();
    expect(session.sessionId).toBe('session-2');
    expect(session.snapshot).toMatchObject({ record: 'none', state: { status: 'playing' } });
    fake.clock.advance(28_000);
    await flush();
    expect((await fake.store.sessions()).map((s) => s.id).sort()).toEqual(['session-1', 'session-2']);
  });

  it('plays a finished routine again as a new session', () => {
    const fake = fakePlayerPorts();
    const session = new PlayerRunner(routine, fake.ports);
    session.start();
    fake.clock.advance(28_000);
    expect(session.view.status).toBe('finished');
    session.restart();
    expect(session.sessionId).toBe('session-2');
    expect(session.view).toMatchObject({ status: 'playing', position: 0 });
  });

  it('lets go of a track that arrives after the user left', async () => {
    const fake = fakePlayerPorts();
    const session = new PlayerRunner(routine, fake.ports);
    await session.close();
    const calls: string[] = [];
    session.useTrack({ play() {}, pause() {}, seek() {}, position: () => 0, playing: () => false, unload: () => calls.push('unload') });
    expect(calls).toEqual(['unload']);
    expect(fake.wake).toEqual(['release']);
    expect(fake.media).toEqual(['clear']);
  });
});
