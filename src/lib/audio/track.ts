/**
 * Screen off, still guided: a routine's cues as one continuous audio track. Phones throttle or
 * stop JavaScript timers when the screen locks, but a playing track keeps time, so every cue
 * lands on its step boundary.
 *
 * A track is mostly silence, and its sounds repeat: it is cut into half-second chunks, each
 * distinct chunk is rendered once, and the track is the list of which chunk plays when. Every
 * cue falls on a whole or half second, so a routine of three hours (the longest the schema
 * allows, 345 MB as one buffer) needs a few dozen distinct chunks, under a megabyte. The WAV
 * file the player streams is a Blob made of references to those chunks: nothing is copied.
 * Rendering is pure arithmetic on our synthesized sounds, so node tests hear the same samples.
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

/** 16 kHz mono: our cues have nothing above 8 kHz. */
export const TRACK_RATE = 16_000;
/** Half a second of samples: cues start on whole and half seconds, so chunks repeat exactly. */
export const CHUNK_SAMPLES = TRACK_RATE / 2;

/** A track as distinct chunks of 16-bit PCM and the order they play in. */
export interface Track {
  /** Samples in the whole track. */
  length: number;
  /** Each distinct chunk's samples as little-endian 16-bit PCM; the first is silence. */
  chunks: Uint8Array<ArrayBuffer>[];
  /** The chunk that plays at each half second, in order. */
  order: Uint32Array;
}

interface Placed {
  start: number;
  samples: Float32Array;
  sound: Sound;
}

/**
 * Renders the plan as chunks. Memory is the distinct chunks (16 KB each) and one index per
 * half second, whatever the routine's length.
 */
export function renderTrack(plan: readonly TrackCue[], totalMs: number, volume = 1): Track {
  const tail = Math.max(...Object.values(SPRITE).map(([, length]) => length));
  const length = Math.ceil(((totalMs + tail) / 1000) * TRACK_RATE);
  const sounds = new Map<Sound, Float32Array>();
  const placed: Placed[] = [...plan]
    .sort((a, b) => a.at - b.at)
    .map(({ at, sound }) => {
      let samples = sounds.get(sound);
      if (!samples) sounds.set(sound, (samples = synthesize(sound, TRACK_RATE)));
      return { start: Math.round((at / 1000) * TRACK_RATE), samples, sound };
    });

  const count = Math.ceil(length / CHUNK_SAMPLES);
  const order = new Uint32Array(count);
  const chunks: Uint8Array<ArrayBuffer>[] = [pcm(new Float32Array(CHUNK_SAMPLES), 1)];
  const known = new Map<string, number>([['', 0]]);
  const mix = new Float32Array(CHUNK_SAMPLES);
  let next = 0;
  let active: Placed[] = [];
  for (let index = 0; index < count; index++) {
    const from = index * CHUNK_SAMPLES;
    const to = Math.min(from + CHUNK_SAMPLES, length);
    active = active.filter((cue) => cue.start + cue.samples.length > from);
    while (next < placed.length && placed[next]!.start < to) {
      const cue = placed[next++]!;
      if (cue.start + cue.samples.length > from) active.push(cue);
    }
    // A chunk is known by what sounds in it and where: the same sounds at the same offsets are the same samples.
    const key = active.map((cue) => `${cue.sound}@${cue.start - from}`).join(' ') + (to - from < CHUNK_SAMPLES ? `/${to - from}` : '');
    let chunk = known.get(key);
    if (chunk === undefined) {
      mix.fill(0);
      for (const cue of active) {
        const first = Math.max(from, cue.start);
        const last = Math.min(to, cue.start + cue.samples.length);
        for (let at = first; at < last; at++) mix[at - from]! += cue.samples[at - cue.start]!;
      }
      chunk = chunks.length;
      chunks.push(pcm(mix.subarray(0, to - from), volume));
      known.set(key, chunk);
    }
    order[index] = chunk;
  }
  return { length, chunks, order };
}

/** Samples as 16-bit little-endian PCM at `volume`, clipped to full scale. */
function pcm(samples: Float32Array, volume: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(samples.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < samples.length; i++) view.setInt16(i * 2, Math.max(-1, Math.min(1, samples[i]! * volume)) * 0x7fff, true);
  return bytes;
}

/** The 44-byte header of a mono 16-bit PCM WAV file of `length` samples. */
export function wavHeader(length: number, rate = TRACK_RATE): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(44);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => [...text].forEach((char, i) => view.setUint8(offset + i, char.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + length * 2, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, length * 2, true);
  return bytes;
}

/** The longest stretch of silence one part of the file holds: 2^6 chunks, 32 seconds, 1 MB. */
const LONGEST_SILENCE = 6;

/**
 * The parts of the track's WAV file, in order: the header, each distinct chunk's bytes (one Blob
 * each, referred to wherever it plays), and stretches of silence as Blobs of 1, 2, 4 ... 64 chunks.
 * Fewer parts than chunks: a browser keeps a little bookkeeping for each.
 */
export function trackParts(track: Track): BlobPart[] {
  const chunks = new Map<number, Blob>();
  const silences: Blob[] = [];
  const silence = (power: number) => (silences[power] ??= new Blob([new Uint8Array(CHUNK_SAMPLES * 2 * 2 ** power)]));
  const parts: BlobPart[] = [wavHeader(track.length)];
  const { order } = track;
  for (let at = 0; at < order.length; ) {
    const index = order[at]!;
    if (index !== 0) {
      let chunk = chunks.get(index);
      if (!chunk) chunks.set(index, (chunk = new Blob([track.chunks[index]!])));
      parts.push(chunk);
      at++;
      continue;
    }
    let run = 1;
    while (at + run < order.length && order[at + run] === 0) run++;
    at += run;
    while (run > 0) {
      const power = Math.min(LONGEST_SILENCE, Math.floor(Math.log2(run)));
      parts.push(silence(power));
      run -= 2 ** power;
    }
  }
  return parts;
}

/**
 * The track as a WAV file for the player to stream: a Blob made of Blobs shares their bytes, so
 * a three-hour track costs its distinct chunks, a few silences and a reference per part.
 */
export function trackBlob(track: Track): Blob {
  return new Blob(trackParts(track), { type: 'audio/wav' });
}

/** Bytes held by a track's distinct chunks: its memory, whatever its length. */
export function trackBytes(track: Track): number {
  return track.chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0) + track.order.byteLength;
}
