/** What the player screen shows at a moment: derived from state and time, never stored. */
import { activeMs, position, type PlayerState, type Status } from './machine';
import { isStop, segmentAt, type Segment, type Timeline } from './timeline';

export interface PlayerView {
  status: Status;
  segmentIndex: number;
  segment: Segment;
  /** The next step or side to come, if any. */
  upNext: Segment | undefined;
  position: number;
  remainingMs: number;
  elapsedMs: number;
  /** 0..1 of the current segment and of the whole routine. */
  segmentProgress: number;
  routineProgress: number;
  activeMs: number;
  /** Steps of the routine passed through, and how many there are. */
  stepsDone: number;
  stepsTotal: number;
}

export function playerView(timeline: Timeline, state: PlayerState, now: number, stepCount: number): PlayerView {
  const at = position(timeline, state, now);
  const index = state.status === 'finished' ? timeline.segments.length - 1 : segmentAt(timeline, at);
  const segment = timeline.segments[index]!;
  const elapsed = Math.min(Math.max(at - segment.start, 0), segment.duration);
  const upNext = upNextAfter(timeline, index);
  return {
    status: state.status,
    segmentIndex: index,
    segment,
    upNext,
    position: at,
    remainingMs: segment.duration - elapsed,
    elapsedMs: elapsed,
    segmentProgress: segment.duration ? elapsed / segment.duration : 1,
    routineProgress: timeline.total ? at / timeline.total : 1,
    activeMs: activeMs(state, now),
    stepsDone: stepsDone(timeline, Math.max(state.furthest, at), stepCount),
    stepsTotal: stepCount,
  };
}

/** The next step or side to come after segment `index`, as "up next" shows it. */
export function upNextAfter(timeline: Timeline, index: number): Segment | undefined {
  // During get-ready the first step is already on screen, so "up next" is the one after it.
  const previewed = timeline.segments[index]?.kind === 'get-ready' ? timeline.segments.findIndex(isStop) : index;
  return timeline.segments.slice(previewed + 1).find(isStop);
}

/** Steps whose every segment ends at or before `furthest`. */
export function stepsDone(timeline: Timeline, furthest: number, stepCount: number): number {
  const lastEnd = new Array<number>(stepCount).fill(0);
  for (const segment of timeline.segments) {
    if (segment.kind !== 'get-ready') lastEnd[segment.step] = segment.start + segment.duration;
  }
  return lastEnd.filter((end) => end > 0 && end <= furthest).length;
}

/** Seconds to show on the countdown: rounded up, so "0:01" shows until the very end. */
export function displaySeconds(remainingMs: number): number {
  return Math.ceil(Math.max(0, remainingMs) / 1000);
}
