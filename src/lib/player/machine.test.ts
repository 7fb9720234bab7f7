import { describe, expect, it } from 'vitest';
import { makeRoutine, makeStep } from '../../../tests/support/routines';
import {
  buildTimeline, cueSchedule, initialState, playerView, transition,
  type Effect, type PlayerEvent, type PlayerState,
} from '.';

// Get ready 3 s, A 10 s, B 5 s per side with a 5 s switch, C 20 s twice: 3+10+5+5+5+20+20 = 68 s.
const routine = makeRoutine({
  steps: [
    makeStep({ title: 'A', duration: 10 }),
    makeStep({ title: 'B', duration: 5, sides: 'left-right' }),
    makeStep({ title: 'C', duration: 20, repeat: 2 }),
  ],
});
const timeline = buildTimeline(routine);
const cues = cueSchedule(timeline);
const T0 = 1_000_000;

/** Drives the machine like the app does, collecting every effect. */
function driver() {
  let state: PlayerState = initialState();
  const effects: Effect[] = [];
  return {
    send(event: PlayerEvent, at: number) {
      const next = transition(timeline, cues, state, event, T0 + at);
      state = next.state;
      effects.push(...next.effects);
      return next.effects;
    },
    view(at: number) {
      return playerView(timeline, state, T0 + at, routine.steps.length);
    },
    get state() {
      return state;
    },
    effects,
  };
}

const titleOf = (view: ReturnType<ReturnType<typeof driver>['view']>) =>
  `${view.segment.kind}:${routine.steps[view.segment.step]!.title}${view.segment.side ? `:${view.segment.side}` : ''}${view.segment.repetitions > 1 ? `#${view.segment.repetition}` : ''}`;

describe('timeline', () => {
  it('expands sides into left, switch, right and repeats into repetitions, after a get-ready', () => {
    expect(timeline.segments.map((s) => [s.kind, s.step, s.side ?? '', s.repetition, s.start, s.duration])).toEqual([
      ['get-ready', 0, '', 1, 0, 3000],
      ['step', 0, '', 1, 3000, 10_000],
      ['step', 1, 'left', 1, 13_000, 5000],
      ['switch', 1, 'right', 1, 18_000, 5000],
      ['step', 1, 'right', 1, 23_000, 5000],
      ['step', 2, '', 1, 28_000, 20_000],
      ['step', 2, '', 2, 48_000, 20_000],
    ]);
    expect(timeline.total).toBe(68_000);
    expect(timeline.stepsTotal).toBe(60_000);
    expect(buildTimeline(routine, { getReadyMs: 0 }).segments[0]!.kind).toBe('step');
  });

  it('schedules step, last-three-seconds, halfway, switch and end cues', () => {
    const long = buildTimeline(makeRoutine({ steps: [makeStep({ duration: 60 })] }), { getReadyMs: 0 });
    expect(cueSchedule(long).map((c) => `${c.kind}@${c.at}`)).toEqual([
      'step@0', 'halfway@30000', 'tick@57000', 'tick@58000', 'tick@59000', 'end@60000',
    ]);
    expect(cues.filter((c) => c.kind === 'switch').map((c) => c.at)).toEqual([18_000]);
    expect(cues.filter((c) => c.kind === 'halfway')).toEqual([]);
  });
});

describe('player machine', () => {
  it('plays from the get-ready countdown to the end, changing steps on time', () => {
    const p = driver();
    expect(p.view(0)).toMatchObject({ status: 'ready', remainingMs: 3000 });
    expect(p.view(0).upNext).toMatchObject({ step: 1, side: 'left' }); // step A is on screen already
    p.send({ type: 'start' }, 0);
    expect(titleOf(p.view(2999))).toBe('get-ready:A');
    const changes: [number, string][] = [];
    for (let at = 0; at <= 70_000; at += 250) {
      for (const effect of p.send({ type: 'tick' }, at)) {
        if (effect.type === 'segment') changes.push([at, titleOf(p.view(at))]);
      }
    }
    expect(changes).toEqual([
      [3000, 'step:A'], [13_000, 'step:B:left'], [18_000, 'switch:B:right'], [23_000, 'step:B:right'],
      [28_000, 'step:C#1'], [48_000, 'step:C#2'],
    ]);
    expect(p.state.status).toBe('finished');
    expect(p.effects.filter((e) => e.type === 'finished')).toHaveLength(1);
    expect(p.view(90_000)).toMatchObject({ status: 'finished', stepsDone: 3, routineProgress: 1, activeMs: 68_000 });
  });

  it('holds time while paused and continues from the same point', () => {
    const p = driver();
    p.send({ type: 'start' }, 0);
    p.send({ type: 'pause' }, 8000);
    expect(p.view(8000).remainingMs).toBe(5000);
    expect(p.view(600_000).remainingMs).toBe(5000);
    p.send({ type: 'resume' }, 600_000);
    expect(p.view(601_000).remainingMs).toBe(4000);
    expect(p.view(601_000).activeMs).toBe(9000);
  });

  it('pauses at the last millisecond without finishing, then finishes after resume', () => {
    const p = driver();
    p.send({ type: 'start' }, 0);
    p.send({ type: 'pause' }, 67_999);
    expect(p.state.status).toBe('paused');
    expect(p.view(100_000)).toMatchObject({ remainingMs: 1, segmentIndex: 6 });
    p.send({ type: 'resume' }, 100_000);
    expect(p.send({ type: 'tick' }, 100_001).map((e) => e.type)).toContain('finished');
  });

  it('previous at the first step restarts it; previous late in a step restarts that step', () => {
    const p = driver();
    p.send({ type: 'start' }, 0);
    p.send({ type: 'tick' }, 4000);
    p.send({ type: 'previous' }, 4000);
    expect(p.view(4000)).toMatchObject({ segmentIndex: 1, elapsedMs: 0 });
    p.send({ type: 'tick' }, 17_000); // position 16 s: B left, 3 s in
    p.send({ type: 'previous' }, 17_000);
    expect(titleOf(p.view(17_000))).toBe('step:A');
    p.send({ type: 'tick' }, 22_000); // 5 s into A
    p.send({ type: 'previous' }, 22_000);
    expect(p.view(22_000)).toMatchObject({ segmentIndex: 1, elapsedMs: 0 });
  });

  it('next skips the countdown, skips the switch moment, and on the last step finishes', () => {
    const p = driver();
    p.send({ type: 'start' }, 0);
    p.send({ type: 'next' }, 1000);
    expect(p.view(1000)).toMatchObject({ segmentIndex: 1, remainingMs: 10_000 });
    p.send({ type: 'next' }, 2000);
    expect(titleOf(p.view(2000))).toBe('step:B:left');
    p.send({ type: 'next' }, 2500);
    expect(titleOf(p.view(2500))).toBe('step:B:right');
    p.send({ type: 'next' }, 3000);
    p.send({ type: 'next' }, 3000);
    expect(titleOf(p.view(3000))).toBe('step:C#2');
    const effects = p.send({ type: 'next' }, 3500);
    expect(effects.map((e) => e.type)).toEqual(['cue', 'finished']);
    expect(p.state.status).toBe('finished');
    expect(p.send({ type: 'next' }, 4000)).toEqual([]);
  });

  it('takes rapid double events one at a time', () => {
    const p = driver();
    p.send({ type: 'start' }, 0);
    p.send({ type: 'start' }, 0);
    p.send({ type: 'pause' }, 5000);
    p.send({ type: 'pause' }, 5001);
    expect(p.view(9000).remainingMs).toBe(8000);
    p.send({ type: 'resume' }, 9000);
    p.send({ type: 'resume' }, 9001);
    expect(p.view(10_000).remainingMs).toBe(7000);
    p.send({ type: 'next' }, 10_000);
    p.send({ type: 'next' }, 10_000);
    expect(titleOf(p.view(10_000))).toBe('step:B:right');
  });

  it('a next while paused moves without starting the clock', () => {
    const p = driver();
    p.send({ type: 'start' }, 0);
    p.send({ type: 'pause' }, 1000);
    p.send({ type: 'next' }, 2000);
    expect(p.state.status).toBe('paused');
    expect(p.view(50_000)).toMatchObject({ segmentIndex: 1, remainingMs: 10_000 });
  });

  it('seeks to a position, keeping it playing', () => {
    const p = driver();
    p.send({ type: 'start' }, 0);
    p.send({ type: 'seek', position: 25_000 }, 1000);
    expect(p.view(1000)).toMatchObject({ segmentIndex: 4, position: 25_000, status: 'playing' });
    expect(p.view(2000).position).toBe(26_000);
    p.send({ type: 'seek', position: 999_999 }, 2000);
    expect(p.state.status).toBe('finished');
  });

  it('restart goes back to the beginning and keeps playing', () => {
    const p = driver();
    p.send({ type: 'start' }, 0);
    p.send({ type: 'tick' }, 30_000);
    p.send({ type: 'restart' }, 30_000);
    expect(p.view(30_000)).toMatchObject({ segmentIndex: 0, status: 'playing', position: 0 });
  });

  it('catches up after a frozen tab to the right step, without a burst of stale cues', () => {
    const p = driver();
    p.send({ type: 'start' }, 0);
    p.send({ type: 'tick' }, 1000);
    const effects = p.send({ type: 'tick' }, 50_500); // the tab slept 49.5 s
    expect(titleOf(p.view(50_500))).toBe('step:C#2');
    expect(p.view(50_500).remainingMs).toBe(17_500);
    expect(effects.filter((e) => e.type === 'cue')).toEqual([]);
    expect(effects.filter((e) => e.type === 'segment')).toEqual([{ type: 'segment', segment: 6, skipped: false }]);
  });

  it('has no drift over a 2-hour routine ticked irregularly', () => {
    const steps = Array.from({ length: 120 }, (_, i) => makeStep({ title: `S${i}`, duration: 60 }));
    const big = makeRoutine({ steps });
    const bigTimeline = buildTimeline(big);
    const bigCues = cueSchedule(bigTimeline);
    let state = initialState();
    const starts: number[] = [];
    state = transition(bigTimeline, bigCues, state, { type: 'start' }, 0).state;
    // Ticks arrive late by a varying 0–37 ms, as real timers do.
    for (let at = 0, i = 0; at < 7_300_000; at += 1000 + ((i * 7919) % 38), i++) {
      const next = transition(bigTimeline, bigCues, state, { type: 'tick' }, at);
      state = next.state;
      for (const effect of next.effects) {
        if (effect.type === 'segment') starts.push(bigTimeline.segments[effect.segment]!.start);
      }
    }
    expect(bigTimeline.total).toBe(3000 + 7_200_000);
    expect(state.status).toBe('finished');
    expect(starts).toHaveLength(120);
    const view = playerView(bigTimeline, state, 7_300_000, 120);
    expect(view.activeMs).toBe(bigTimeline.total);
  });
});
