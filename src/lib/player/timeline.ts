/**
 * A routine laid out in time: every side and repetition of every step becomes a segment with
 * a start and a length in milliseconds. The player only ever asks "where is position p?".
 */
import type { Routine } from '../routine/schema-only';
import { LIMITS } from '../routine/vocabulary';

export type Side = 'left' | 'right';

export interface Segment {
  kind: 'get-ready' | 'step' | 'switch';
  /** Index into routine.steps (for get-ready: the first step). */
  step: number;
  side?: Side;
  /** 1-based repetition of the step, and how many there are. */
  repetition: number;
  repetitions: number;
  start: number;
  duration: number;
}

export interface Timeline {
  segments: Segment[];
  total: number;
  /** Total of the routine's own steps, without get-ready and switch moments. */
  stepsTotal: number;
}

export interface TimelineOptions {
  /** Get-ready countdown before the first step; 0 for none. */
  getReadyMs?: number;
  /** The pause to change sides on a left-right step. */
  switchMs?: number;
}

export const DEFAULT_GET_READY_MS = 3000;
/** The routine schema counts this pause in a routine's length. */
export const DEFAULT_SWITCH_MS = LIMITS.switchSeconds * 1000;

export function buildTimeline(routine: Routine, options: TimelineOptions = {}): Timeline {
  const getReady = options.getReadyMs ?? DEFAULT_GET_READY_MS;
  const switchMs = options.switchMs ?? DEFAULT_SWITCH_MS;
  const segments: Segment[] = [];
  let at = 0;
  let stepsTotal = 0;
  const push = (segment: Omit<Segment, 'start'>) => {
    segments.push({ ...segment, start: at });
    at += segment.duration;
  };
  if (getReady > 0) push({ kind: 'get-ready', step: 0, repetition: 1, repetitions: 1, duration: getReady });
  routine.steps.forEach((step, index) => {
    const duration = step.duration * 1000;
    for (let repetition = 1; repetition <= step.repeat; repetition++) {
      const base = { step: index, repetition, repetitions: step.repeat, duration };
      if (step.sides === 'left-right') {
        push({ ...base, kind: 'step', side: 'left' });
        push({ ...base, kind: 'switch', side: 'right', duration: switchMs });
        push({ ...base, kind: 'step', side: 'right' });
        stepsTotal += 2 * duration;
      } else {
        push({ ...base, kind: 'step' });
        stepsTotal += duration;
      }
    }
  });
  return { segments, total: at, stepsTotal };
}

/** The index of the segment playing at `position` (the last one once finished). */
export function segmentAt(timeline: Timeline, position: number): number {
  const { segments } = timeline;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (segments[middle]!.start <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Segments a person can jump to with Next and Previous: steps and sides, not pauses. */
export function isStop(segment: Segment): boolean {
  return segment.kind === 'step';
}
