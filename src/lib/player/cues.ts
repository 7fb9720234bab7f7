/**
 * The cue schedule: every sound the player makes, with the timeline position it belongs to.
 * Pure, so the audio track rendered for a locked screen and the live player agree exactly.
 */
import type { Timeline } from './timeline';

export type CueKind = 'step' | 'tick' | 'halfway' | 'switch' | 'end';

export interface Cue {
  at: number;
  kind: CueKind;
  /** The segment the cue belongs to. */
  segment: number;
}

/** Steps at least this long get a soft halfway cue. */
export const HALFWAY_MIN_MS = 60_000;

export function cueSchedule(timeline: Timeline): Cue[] {
  const cues: Cue[] = [];
  timeline.segments.forEach((segment, index) => {
    const end = segment.start + segment.duration;
    if (segment.kind === 'step') {
      cues.push({ at: segment.start, kind: 'step', segment: index });
      if (segment.duration >= HALFWAY_MIN_MS) cues.push({ at: segment.start + segment.duration / 2, kind: 'halfway', segment: index });
    }
    if (segment.kind === 'switch') cues.push({ at: segment.start, kind: 'switch', segment: index });
    // The last three seconds tick, on any segment long enough to have them.
    for (const before of [3000, 2000, 1000]) {
      if (segment.duration > before + 500) cues.push({ at: end - before, kind: 'tick', segment: index });
    }
  });
  cues.push({ at: timeline.total, kind: 'end', segment: timeline.segments.length - 1 });
  return cues.sort((a, b) => a.at - b.at || order(a.kind) - order(b.kind));
}

function order(kind: CueKind): number {
  return ['end', 'switch', 'step', 'halfway', 'tick'].indexOf(kind);
}

/** The cues due in the half-open interval (from, to]. */
export function cuesBetween(cues: readonly Cue[], from: number, to: number): Cue[] {
  return cues.filter((cue) => cue.at > from && cue.at <= to);
}
