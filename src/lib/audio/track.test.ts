import { describe, expect, it } from 'vitest';
import { makeRoutine, makeStep } from '../../../tests/support/routines';
import { buildTimeline } from '../player/timeline';
import { cueSchedule } from '../player/cues';
import { DEFAULT_SETTINGS } from '../settings';
import { renderTrack, trackPlan, TRACK_RATE, wavBytes } from './track';

const routine = makeRoutine({ steps: [makeStep({ duration: 61 }), makeStep({ duration: 7, sides: 'left-right' })] });
const timeline = buildTimeline(routine);
const cues = cueSchedule(timeline);

/** Records where each sound is started instead of rendering it. */
function fakeContext() {
  const starts: { at: number; length: number }[] = [];
  const node = () => ({ connect() {}, gain: { value: 1 } });
  return {
    starts,
    make: (length: number, rate: number) => ({
      destination: {} as AudioNode,
      createBuffer: (_channels: number, size: number) => ({ length: size, copyToChannel() {} }) as unknown as AudioBuffer,
      createBufferSource: () => {
        const source = { ...node(), buffer: null as AudioBuffer | null, start: (at: number) => starts.push({ at, length: source.buffer!.length }) };
        return source as unknown as AudioBufferSourceNode;
      },
      createGain: () => node() as unknown as GainNode,
      startRendering: async () => ({ length, sampleRate: rate }) as AudioBuffer,
    }),
  };
}

describe('bedtime audio track', () => {
  it('plans every enabled cue at its scheduled time', () => {
    const plan = trackPlan(cues, DEFAULT_SETTINGS.cues);
    expect(plan).toHaveLength(cues.length);
    expect(plan.map((cue) => cue.at)).toEqual(cues.map((cue) => cue.at));
    const quiet = trackPlan(cues, { ...DEFAULT_SETTINGS.cues, tick: false });
    expect(quiet.some((cue) => cue.sound === 'tick')).toBe(false);
  });

  it('starts each sound exactly at its cue time, to the millisecond', async () => {
    const plan = trackPlan(cues, DEFAULT_SETTINGS.cues);
    const fake = fakeContext();
    const rendered = await renderTrack(plan, timeline.total, 1, fake.make);
    expect(fake.starts.map((start) => Math.round(start.at * 1000))).toEqual(plan.map((cue) => cue.at));
    expect(rendered.length).toBeGreaterThanOrEqual((timeline.total / 1000) * TRACK_RATE);
  });

  it('writes a valid mono 16-bit WAV', () => {
    const samples = new Float32Array([0, 0.5, -0.5, 1]);
    const bytes = wavBytes({ sampleRate: 16_000, length: 4, getChannelData: () => samples });
    const view = new DataView(bytes.buffer);
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('RIFF');
    expect(view.getUint32(24, true)).toBe(16_000);
    expect(view.getInt16(46, true)).toBe(16383);
    expect(view.getInt16(50, true)).toBe(32767);
  });
});
