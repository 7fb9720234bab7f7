import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeRoutine, makeStep } from '../../../tests/support/routines';
import { buildTimeline } from '../player/timeline';
import { cueSchedule } from '../player/cues';
import { checkRoutine } from '../routine/schema-only';
import { LIMITS } from '../routine/vocabulary';
import { DEFAULT_SETTINGS } from '../settings';
import { SPRITE } from './sprite';
import { synthesize } from './synth';
import { CHUNK_SAMPLES, renderTrack, trackBlob, trackBytes, trackParts, trackPlan, TRACK_RATE, wavHeader, type TrackCue } from './track';

const routine = makeRoutine({ steps: [makeStep({ duration: 61 }), makeStep({ duration: 7, sides: 'left-right' })] });
const timeline = buildTimeline(routine);
const cues = cueSchedule(timeline);

/** The track as one buffer, the simple way: every sound added in at its sample. */
function wholeTrack(plan: readonly TrackCue[], totalMs: number, volume: number): Int16Array {
  const tail = Math.max(...Object.values(SPRITE).map(([, length]) => length));
  const mix = new Float32Array(Math.ceil(((totalMs + tail) / 1000) * TRACK_RATE));
  const sounds = new Map<string, Float32Array>();
  for (const { at, sound } of plan) {
    const samples = sounds.get(sound) ?? synthesize(sound, TRACK_RATE);
    sounds.set(sound, samples);
    const start = Math.round((at / 1000) * TRACK_RATE);
    for (let i = 0; i < samples.length && start + i < mix.length; i++) mix[start + i]! += samples[i]!;
  }
  const out = new Int16Array(mix.length);
  for (let i = 0; i < mix.length; i++) out[i] = Math.max(-1, Math.min(1, mix[i]! * volume)) * 0x7fff;
  return out;
}

/** Where two sample buffers first differ, or -1 (a deep equality over millions of samples would take minutes). */
function firstDifference(a: Int16Array, b: Int16Array): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

/** The samples a track plays, chunk after chunk. */
function played(track: ReturnType<typeof renderTrack>): Int16Array {
  const out = new Int16Array(track.length);
  let at = 0;
  for (const index of track.order) {
    const chunk = track.chunks[index]!;
    out.set(new Int16Array(chunk.buffer, chunk.byteOffset, chunk.byteLength / 2), at);
    at += chunk.byteLength / 2;
  }
  expect(at).toBe(track.length);
  return out;
}

/** A routine as near the schema's limit of three hours as the given steps, repeated in turn, can come. */
function threeHours(pattern: { duration: number; sides?: 'both' | 'left-right'; repeat?: number }[]) {
  const steps = [];
  let total = 0;
  for (let added = true; added && steps.length < LIMITS.steps; ) {
    added = false;
    for (const { duration, sides = 'both', repeat = 1 } of pattern) {
      const length = sides === 'left-right' ? repeat * (2 * duration + LIMITS.switchSeconds) : repeat * duration;
      if (total + length > LIMITS.totalSeconds || steps.length === LIMITS.steps) continue;
      total += length;
      added = true;
      steps.push(makeStep({ title: `Step ${steps.length + 1}`, duration, sides, repeat }));
    }
  }
  const made = makeRoutine({ steps });
  expect(checkRoutine(made)).not.toBeNull();
  return made;
}

describe('bedtime audio track', () => {
  it('plans every enabled cue at its scheduled time', () => {
    const plan = trackPlan(cues, DEFAULT_SETTINGS.cues);
    expect(plan).toHaveLength(cues.length);
    expect(plan.map((cue) => cue.at)).toEqual(cues.map((cue) => cue.at));
    const quiet = trackPlan(cues, { ...DEFAULT_SETTINGS.cues, tick: false });
    expect(quiet.some((cue) => cue.sound === 'tick')).toBe(false);
  });

  it('plays exactly the samples of the whole track mixed in one buffer, at any volume', () => {
    const plan = trackPlan(cues, DEFAULT_SETTINGS.cues);
    for (const volume of [1, 0.45, 0]) {
      const track = renderTrack(plan, timeline.total, volume);
      expect(firstDifference(played(track), wholeTrack(plan, timeline.total, volume))).toBe(-1);
    }
    // Sounds that overlap (a tick inside a chime) and a get-ready that is not a whole second.
    const odd = buildTimeline(makeRoutine({ steps: [makeStep({ duration: 1 }), makeStep({ duration: 2 }), makeStep({ duration: 5, sides: 'left-right' })] }), { getReadyMs: 2300 });
    const oddPlan = trackPlan(cueSchedule(odd), DEFAULT_SETTINGS.cues);
    expect(firstDifference(played(renderTrack(oddPlan, odd.total, 0.8)), wholeTrack(oddPlan, odd.total, 0.8))).toBe(-1);
  }, 60_000);

  it('makes a WAV file of the header and the chunks in order', async () => {
    const track = renderTrack(trackPlan(cues, DEFAULT_SETTINGS.cues), timeline.total, 1);
    const bytes = new Uint8Array(await trackBlob(track).arrayBuffer());
    const view = new DataView(bytes.buffer);
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('RIFF');
    expect(view.getUint32(24, true)).toBe(TRACK_RATE);
    expect(view.getUint32(40, true)).toBe(track.length * 2);
    expect(bytes.length).toBe(44 + track.length * 2);
    expect(firstDifference(new Int16Array(bytes.buffer.slice(44)), played(track))).toBe(-1);
    expect(bytes.slice(0, 44)).toEqual(wavHeader(track.length));
  });

  it('holds a three-hour routine in under a megabyte, where one buffer would take 345 MB', () => {
    for (const pattern of [
      [{ duration: 60 }],
      [{ duration: 1, repeat: 11 }],
      [{ duration: 45, sides: 'left-right' as const, repeat: 3 }, { duration: 61 }, { duration: 7 }, { duration: 3600 }],
    ]) {
      const long = buildTimeline(threeHours(pattern), { getReadyMs: 3000 });
      const track = renderTrack(trackPlan(cueSchedule(long), DEFAULT_SETTINGS.cues), long.total, 0.45);
      expect(track.length * 2).toBeGreaterThan(300_000_000);
      expect(trackBytes(track)).toBeLessThan(1_000_000);
      // One part per chunk that sounds, a few per stretch of silence: never more than one per chunk.
      const parts = trackParts(track);
      expect(parts.length).toBeLessThanOrEqual(track.order.length + 1);
      if (pattern[0]!.duration === 60) expect(parts.length).toBeLessThan(track.order.length / 4);
    }
  }, 60_000);

  it('stays under 2 MB for any routine the schema accepts (50 runs of three-hour routines)', () => {
    const step = fc.record({
      duration: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: LIMITS.maxStepSeconds })),
      sides: fc.constantFrom('both' as const, 'left-right' as const),
      repeat: fc.integer({ min: 1, max: LIMITS.repeat }),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 60_000 }), (pattern, getReadyMs) => {
        const fitting = pattern.filter((s) => s.repeat * (2 * s.duration + LIMITS.switchSeconds) <= LIMITS.totalSeconds);
        if (fitting.length === 0) return;
        const made = threeHours(fitting);
        const long = buildTimeline(made, { getReadyMs });
        const track = renderTrack(trackPlan(cueSchedule(long), DEFAULT_SETTINGS.cues), long.total, 1);
        expect(trackBytes(track)).toBeLessThan(2_000_000);
        expect(track.order.length).toBe(Math.ceil(track.length / CHUNK_SAMPLES));
      }),
      { numRuns: 50 },
    );
  }, 120_000);
});
