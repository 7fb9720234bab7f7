/**
 * Synthesizes Unknot's cue sounds (soft chime, tick, bell, gong; src/lib/audio/synth.ts) and
 * writes them as one MP3 sprite, public/audio/cues.mp3, laid out as src/lib/audio/sprite.ts
 * says, with a LAME Info tag in front (scripts/mp3-info-tag.ts) giving the encoder's delay and
 * padding, so decoders drop them and each cue starts on its slot, not some 35 ms after it (the
 * e2e test tests/e2e/cues.test.ts decodes the file in Chromium and checks every cue's start).
 * We own every sample: `npx tsx scripts/make-cues.ts` rebuilds it byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { Mp3Encoder } from '@breezystack/lamejs';
import { SPRITE, SPRITE_LENGTH_MS, type Sound } from '../src/lib/audio/sprite';
import { synthesize } from '../src/lib/audio/synth';
import { frameHeader, withInfoTag } from './mp3-info-tag';

const RATE = 44_100;
/** Samples LAME (and so lamejs) puts before the first input sample, at the MP3's own rate. */
const ENCODER_DELAY = 576;
const samples = new Float32Array(Math.ceil((SPRITE_LENGTH_MS / 1000) * RATE));
for (const sound of Object.keys(SPRITE) as Sound[]) {
  samples.set(synthesize(sound, RATE), Math.round((SPRITE[sound][0] / 1000) * RATE));
}

const pcm = new Int16Array(samples.length);
for (let i = 0; i < samples.length; i++) pcm[i] = Math.max(-1, Math.min(1, samples[i]!)) * 0x7fff;

const encoder = new Mp3Encoder(1, RATE, 48);
const chunks: Uint8Array[] = [];
for (let i = 0; i < pcm.length; i += 1152) chunks.push(encoder.encodeBuffer(pcm.subarray(i, i + 1152)));
chunks.push(encoder.flush());
const frames = Buffer.concat(chunks.map((chunk) => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
// lamejs chooses the MP3's sample rate for the bitrate (32 kHz at 48 kbps): the tag counts in it.
const { sampleRate } = frameHeader(frames, 0);
const mp3 = withInfoTag(frames, { delay: ENCODER_DELAY, samples: Math.round((samples.length / RATE) * sampleRate) });
writeFileSync('public/audio/cues.mp3', mp3);
console.log(`public/audio/cues.mp3: ${(mp3.length / 1024).toFixed(1)} KB, ${SPRITE_LENGTH_MS / 1000} s`);
