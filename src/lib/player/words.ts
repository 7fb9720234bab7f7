/**
 * What the player says and shows in words: the words come in (the app passes its English
 * strings); the choice of what to say at each moment is made here, in node-tested code.
 */
import { formatLength } from '../routine/duration';
import type { Routine, Step } from '../routine/schema-only';
import type { Cue } from './cues';
import type { NowPlaying } from './ports';
import type { Segment, Side, Timeline } from './timeline';

/** The player's words: labels for where the routine is, announcements and spoken guidance. */
export interface PlayerWords {
  getReady: string;
  switchSides: string;
  stepOf(n: number, total: number): string;
  side(side: Side): string;
  roundOf(n: number, total: number): string;
  announceGetReady(step: string): string;
  announceSwitch(step: string): string;
  /** `picture` is what the step's picture shows, said once for each step and side. */
  announceStep(where: string, step: string, length: string, picture: string | undefined): string;
  announceComplete(length: string): string;
  /** The routine ended but its session could not be written. */
  announceNotSaved: string;
  announcePaused: string;
  announceResumed: string;
  sayStep(step: string, side: Side | undefined, firstSentence: string): string;
  sayComplete: string;
  sayNext(step: string): string;
  sayNextSwitch: string;
  /** The text alternative of a step's picture on a side; without it, announcements leave the picture out. */
  picture?: (step: Step, side: Side | undefined) => string;
}

/** Where in the routine a segment is, in words: "Step 2 of 7 · Left side". */
export function segmentLabel(routine: Routine, segment: Segment, words: PlayerWords): string {
  if (segment.kind === 'get-ready') return words.getReady;
  const parts = [words.stepOf(segment.step + 1, routine.steps.length)];
  if (segment.kind === 'switch') return words.switchSides;
  if (segment.side) parts.push(words.side(segment.side));
  if (segment.repetitions > 1) parts.push(words.roundOf(segment.repetition, segment.repetitions));
  return parts.join(' · ');
}

/** The first sentence of Markdown instructions, as plain text for speaking. */
export function firstSentence(markdown: string): string {
  const text = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/[*_`#>]+/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  const match = /^.*?[.!?](?=\s|$)/.exec(text);
  return (match ? match[0] : text).trim();
}

/**
 * The aria-live announcement when a segment begins: "Step 1 of 2: Warm up. 10 sec." and what
 * the step's picture shows. The picture is described once for each step and side (on its
 * first round), not again on later rounds, and never with the countdown, which is not live.
 */
export function announceSegment(routine: Routine, segment: Segment, words: PlayerWords): string {
  const step = routine.steps[segment.step]!;
  if (segment.kind === 'get-ready') return words.announceGetReady(step.title);
  if (segment.kind === 'switch') return words.announceSwitch(step.title);
  const picture = segment.repetition === 1 ? words.picture?.(step, segment.side) : undefined;
  return words.announceStep(segmentLabel(routine, segment, words), step.title, formatLength(segment.duration / 1000), picture);
}

/** What the voice says when a segment begins: a step's title, side and first sentence. */
export function speakSegment(routine: Routine, segment: Segment, words: PlayerWords): string {
  const step = routine.steps[segment.step]!;
  if (segment.kind !== 'step') return announceSegment(routine, segment, words);
  return words.sayStep(step.title, segment.side, firstSentence(step.instructions));
}

/** "Next: …", said at the first of a segment's last three ticks; null at any other cue. */
export function sayNextUp(routine: Routine, timeline: Timeline, cue: Cue, words: PlayerWords): string | null {
  const segment = timeline.segments[cue.segment]!;
  if (cue.at !== segment.start + segment.duration - 3000) return null;
  const next = timeline.segments[cue.segment + 1];
  if (!next) return null;
  return next.kind === 'switch' ? words.sayNextSwitch : words.sayNext(routine.steps[next.step]!.title);
}

/** What the lock screen shows for a segment. */
export function nowPlaying(routine: Routine, segment: Segment, playing: boolean, words: PlayerWords): NowPlaying {
  const step = segment.kind === 'get-ready' ? words.getReady : segment.kind === 'switch' ? words.switchSides : routine.steps[segment.step]!.title;
  return { routine: routine.title, step, playing };
}
