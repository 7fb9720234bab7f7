/**
 * Screen off, still guided: a routine's cues rendered into one continuous audio track. Phones
 * throttle or stop JavaScript timers when the screen locks, but a playing track keeps time, so
 * every cue lands on its step boundary. The plan is pure; rendering uses OfflineAudioContext.
 */
import type { Cue, CueKind } from '../player/cues';
import { SOUND_FOR_CUE, SPRITE, type Sound } from './sprite';
import { synthesize } from './synth';

export interface TrackCue {
  /** ms from the start of the timeline. */
  at: number;
  sound: Sound;
}

/** The sounds of the track: the cue schedule, without the cues the user switched off. */
export function trackPlan(cues: readonly Cue[], enabled: Record<CueKind, boolean>): TrackCue[] {
  return cues.filter((cue) => enabled[cue.kind]).map((cue) => ({ at: cue.at, sound: SOUND_FOR_CUE[cue.kind] }));
}

/** 16 kHz mono: our cues have nothing above 8 kHz, and a 12-minute track stays near 23 MB. */
export const TRACK_RATE = 16_000;

interface RenderContext {
  readonly destination: AudioNode;
  createBuffer(channels: number, length: number, rate: number): AudioBuffer;
  createBufferSource(): AudioBufferSourceNode;
  createGain(): GainNode;
  startRendering(): Promise<AudioBuffer>;
}

/** Renders the plan; `makeContext` is injectable so tests can check where every sound is placed. */
export async function renderTrack(
  plan: readonly TrackCue[],
  totalMs: number,
  volume = 1,
  makeContext: (length: number, rate: number) => RenderContext = (length, rate) => new OfflineAudioContext(1, length, rate),
): Promise<AudioBuffer> {
  const tail = Math.max(...Object.values(SPRITE).map(([, length]) => length));
  const context = makeContext(Math.ceil(((totalMs + tail) / 1000) * TRACK_RATE), TRACK_RATE);
  const gain = context.createGain();
  gain.gain.value = volume;
  gain.connect(context.destination);
  const buffers = new Map<Sound, AudioBuffer>();
  for (const { at, sound } of plan) {
    let buffer = buffers.get(sound);
    if (!buffer) {
      const samples = synthesize(sound, TRACK_RATE);
      buffer = context.createBuffer(1, samples.length, TRACK_RATE);
      buffer.copyToChannel(samples, 0);
      buffers.set(sound, buffer);
    }
    const source = context.createBufferSource();
    source.buffer = buffer;
    source.connect(gain);
    source.start(at / 1000);
  }
  return context.startRendering();
}

/** A rendered track as a 16-bit PCM WAV file, for Howler to play. */
export function wavBytes(buffer: Pick<AudioBuffer, 'sampleRate' | 'length' | 'getChannelData'>): Uint8Array<ArrayBuffer> {
  const samples = buffer.getChannelData(0);
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => [...text].forEach((char, i) => view.setUint8(offset + i, char.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, buffer.sampleRate, true);
  view.setUint32(28, buffer.sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) view.setInt16(44 + i * 2, Math.max(-1, Math.min(1, samples[i]!)) * 0x7fff, true);
  return bytes;
}
