/**
 * The player as a pure state machine: (timeline, state, event, now) -> { state, effects }.
 * Position is derived from timestamps — an anchor while playing, a held position otherwise —
 * never counted from ticks, so late timers, hidden tabs and sleeping phones cannot make it drift.
 */
import { cuesBetween, type Cue } from './cues';
import { isStop, segmentAt, type Timeline } from './timeline';

export type Status = 'ready' | 'playing' | 'paused' | 'finished';

export interface PlayerState {
  status: Status;
  /** While playing: the wall-clock time at which timeline position 0 was (or would have been). */
  anchor: number;
  /** The position while ready, paused or finished. */
  held: number;
  /** Cues up to this position have been played. */
  cursor: number;
  /** The segment the last event or tick was in. */
  segment: number;
  /** The furthest position reached: steps before it count as done. */
  furthest: number;
  /** Time spent playing (not paused), in ms, before the current run. */
  activeMs: number;
  /** When the current run of playing began, or null when not playing. */
  runStart: number | null;
  /** When Start was first pressed, or null. */
  startedAt: number | null;
}

export type PlayerEvent =
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'restart' }
  | { type: 'tick' }
  /** Jump to a timeline position: the screen catching up with the bedtime audio track. */
  | { type: 'seek'; position: number };

export type Effect =
  | { type: 'cue'; cue: Cue }
  | { type: 'segment'; segment: number; skipped: boolean }
  | { type: 'finished' };

export interface Transition {
  state: PlayerState;
  effects: Effect[];
}

/** Previous within this long after a step began goes back a step; later, it restarts the step. */
export const PREVIOUS_RESTARTS_AFTER_MS = 3000;
/** Cues older than this when a late tick arrives are dropped: no burst of stale ticks on return. */
export const STALE_CUE_MS = 1500;

export function initialState(): PlayerState {
  return { status: 'ready', anchor: 0, held: 0, cursor: -1, segment: 0, furthest: 0, activeMs: 0, runStart: null, startedAt: null };
}

/** Where in the timeline the player is at `now`, in ms from its start. */
export function position(timeline: Timeline, state: PlayerState, now: number): number {
  const raw = state.status === 'playing' ? now - state.anchor : state.held;
  return Math.min(Math.max(raw, 0), timeline.total);
}

/** Milliseconds spent playing, pauses excluded. */
export function activeMs(state: PlayerState, now: number): number {
  return state.activeMs + (state.runStart === null ? 0 : Math.max(0, now - state.runStart));
}

/** Moves the player to `target` ms, keeping it playing or paused as it was. */
function seek(state: PlayerState, target: number, now: number): PlayerState {
  return state.status === 'playing'
    ? { ...state, anchor: now - target, cursor: target - 1 }
    : { ...state, held: target, cursor: target - 1 };
}

function finish(timeline: Timeline, state: PlayerState, now: number, effects: Effect[]): Transition {
  // A routine that ran out finished at its end, however late the tick that noticed it.
  const end = state.status === 'playing' ? Math.min(now, state.anchor + timeline.total) : now;
  const last = timeline.segments.length - 1;
  if (state.segment !== last) effects.push({ type: 'segment', segment: last, skipped: true });
  effects.push({ type: 'cue', cue: { at: timeline.total, kind: 'end', segment: last } }, { type: 'finished' });
  return {
    state: {
      ...state,
      status: 'finished',
      held: timeline.total,
      cursor: timeline.total,
      segment: last,
      furthest: timeline.total,
      activeMs: activeMs(state, end),
      runStart: null,
    },
    effects,
  };
}

/** Plays the cues due since the last tick and notices segment changes and the end. */
function advance(timeline: Timeline, cues: readonly Cue[], state: PlayerState, now: number, skipped: boolean): Transition {
  const at = position(timeline, state, now);
  const effects: Effect[] = [];
  const segment = segmentAt(timeline, at);
  if (state.status === 'playing' && at >= timeline.total) {
    return finish(timeline, { ...state, segment: state.segment }, now, effects);
  }
  if (segment !== state.segment) effects.push({ type: 'segment', segment, skipped });
  if (state.status === 'playing') {
    for (const cue of cuesBetween(cues, state.cursor, at)) {
      if (cue.kind !== 'end' && cue.at >= at - STALE_CUE_MS) effects.push({ type: 'cue', cue });
    }
  }
  return {
    state: { ...state, segment, cursor: state.status === 'playing' ? Math.max(state.cursor, at) : state.cursor, furthest: Math.max(state.furthest, at) },
    effects,
  };
}

function stopAfter(timeline: Timeline, index: number): number | undefined {
  const found = timeline.segments.findIndex((segment, i) => i > index && isStop(segment));
  return found < 0 ? undefined : found;
}

function stopBefore(timeline: Timeline, index: number): number | undefined {
  for (let i = index - 1; i >= 0; i--) if (isStop(timeline.segments[i]!)) return i;
  return undefined;
}

export function transition(timeline: Timeline, cues: readonly Cue[], state: PlayerState, event: PlayerEvent, now: number): Transition {
  // Catch up to `now` first, so every event acts on where the player really is.
  const caught = state.status === 'playing' ? advance(timeline, cues, state, now, false) : { state, effects: [] };
  if (caught.state.status === 'finished' && event.type !== 'restart' && event.type !== 'start') return caught;
  const current = caught.state;
  const pre = caught.effects;
  const withEffects = (next: Transition): Transition => ({ state: next.state, effects: [...pre, ...next.effects] });

  switch (event.type) {
    case 'tick':
      return caught;
    case 'start':
      if (current.status === 'paused') return transition(timeline, cues, current, { type: 'resume' }, now);
      if (current.status === 'playing') return caught;
      if (current.status === 'finished') return transition(timeline, cues, current, { type: 'restart' }, now);
      return advance(
        timeline,
        cues,
        // segment -1: the first segment is announced like any step change.
        { ...current, status: 'playing', anchor: now - current.held, runStart: now, startedAt: current.startedAt ?? now, cursor: current.held - 1, segment: -1 },
        now,
        false,
      );
    case 'pause':
      if (current.status !== 'playing') return caught;
      return {
        state: { ...current, status: 'paused', held: position(timeline, current, now), activeMs: activeMs(current, now), runStart: null },
        effects: pre,
      };
    case 'resume':
      if (current.status !== 'paused') return caught;
      return { state: { ...current, status: 'playing', anchor: now - current.held, runStart: now }, effects: pre };
    case 'restart': {
      const running: PlayerState = {
        ...current,
        status: 'playing',
        activeMs: activeMs(current, now),
        runStart: now,
        startedAt: current.startedAt ?? now,
      };
      return withEffects(advance(timeline, cues, { ...running, anchor: now, cursor: -1 }, now, true));
    }
    case 'next': {
      const target = stopAfter(timeline, current.segment);
      if (target === undefined) return withEffects(finish(timeline, current, now, []));
      return withEffects(advance(timeline, cues, seek(current, timeline.segments[target]!.start, now), now, true));
    }
    case 'seek': {
      const target = Math.min(Math.max(event.position, 0), timeline.total);
      if (target >= timeline.total) return withEffects(finish(timeline, current, now, []));
      return withEffects(advance(timeline, cues, seek(current, target, now), now, true));
    }
    case 'previous': {
      const segment = timeline.segments[current.segment]!;
      const elapsed = position(timeline, current, now) - segment.start;
      let target: number;
      if (isStop(segment) && elapsed > PREVIOUS_RESTARTS_AFTER_MS) target = segment.start;
      else {
        const before = stopBefore(timeline, current.segment);
        target = before !== undefined ? timeline.segments[before]!.start : segment.kind === 'step' ? segment.start : 0;
      }
      return withEffects(advance(timeline, cues, seek(current, target, now), now, true));
    }
  }
}
