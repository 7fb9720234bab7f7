/**
 * Synthesizes Unknot's cue sounds (soft chime, tick, bell, gong) and writes them as one MP3
 * sprite, public/audio/cues.mp3, laid out as src/lib/audio/sprite.ts says. We own every
 * sample: `npx tsx scripts/make-cues.ts` rebuilds it byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { Mp3Encoder } from '@breezystack/lamejs';
import { SPRITE, SPRITE_LENGTH_MS, type Sound } from '../src/lib/audio/sprite';

const RATE = 44_100;
const samples = new Float32Array(Math.ceil((SPRITE_LENGTH_MS / 1000) * RATE));

interface Partial {
  /** Frequency as a multiple of the fundamental. */
  ratio: number;
  gain: number;
  /** Seconds for the partial to fall to 1/e. */
  decay: number;
}

/** A struck, bell-like tone: a few sine partials, each with its own exponential decay. */
function strike(sound: Sound, fundamental: number, partials: Partial[], attack: number, level: number) {
  const [offset, length] = SPRITE[sound];
  const start = Math.round((offset / 1000) * RATE);
  const count = Math.round((length / 1000) * RATE);
  const fadeOut = Math.round(0.05 * RATE);
  for (let i = 0; i < count; i++) {
    const t = i / RATE;
    let value = 0;
    for (const partial of partials) {
      value += partial.gain * Math.exp(-t / partial.decay) * Math.sin(2 * Math.PI * fundamental * partial.ratio * t);
    }
    const envelope = Math.min(1, t / attack) * Math.min(1, (count - i) / fadeOut);
    samples[start + i] = value * envelope * level;
  }
}

strike('chime', 659.25, [
  { ratio: 1, gain: 0.6, decay: 0.55 },
  { ratio: 2.0, gain: 0.18, decay: 0.3 },
  { ratio: 3.01, gain: 0.08, decay: 0.18 },
], 0.008, 0.55);
strike('tick', 1318.5, [
  { ratio: 1, gain: 0.7, decay: 0.025 },
  { ratio: 2.4, gain: 0.15, decay: 0.012 },
], 0.002, 0.35);
strike('bell', 880, [
  { ratio: 1, gain: 0.5, decay: 0.7 },
  { ratio: 2.76, gain: 0.2, decay: 0.35 },
  { ratio: 5.4, gain: 0.07, decay: 0.15 },
  { ratio: 0.5, gain: 0.15, decay: 0.9 },
], 0.006, 0.5);
strike('gong', 196, [
  { ratio: 1, gain: 0.5, decay: 1.4 },
  { ratio: 2.1, gain: 0.25, decay: 0.9 },
  { ratio: 3.3, gain: 0.12, decay: 0.6 },
  { ratio: 4.6, gain: 0.06, decay: 0.4 },
], 0.03, 0.6);

const pcm = new Int16Array(samples.length);
for (let i = 0; i < samples.length; i++) pcm[i] = Math.max(-1, Math.min(1, samples[i]!)) * 0x7fff;

const encoder = new Mp3Encoder(1, RATE, 48);
const chunks: Uint8Array[] = [];
for (let i = 0; i < pcm.length; i += 1152) chunks.push(encoder.encodeBuffer(pcm.subarray(i, i + 1152)));
chunks.push(encoder.flush());
const mp3 = Buffer.concat(chunks.map((chunk) => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
writeFileSync('public/audio/cues.mp3', mp3);
console.log(`public/audio/cues.mp3: ${(mp3.length / 1024).toFixed(1)} KB, ${SPRITE_LENGTH_MS / 1000} s`);
