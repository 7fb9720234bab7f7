import { readFileSync } from 'node:fs';
import { Mp3Encoder } from '@breezystack/lamejs';
import { describe, expect, it } from 'vitest';
import { crc16, frameHeader, SAMPLES_PER_FRAME, withInfoTag } from './mp3-info-tag';

/** Half a second of a quiet tone through lamejs, as make-cues.ts encodes the sprite. */
function encode(): Uint8Array {
  const pcm = new Int16Array(22_050);
  for (let i = 0; i < pcm.length; i++) pcm[i] = Math.round(Math.sin(i / 10) * 3000);
  const encoder = new Mp3Encoder(1, 44_100, 48);
  const chunks = [encoder.encodeBuffer(pcm), encoder.flush()];
  return new Uint8Array(Buffer.concat(chunks.map((chunk) => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength))));
}

describe('the MP3 Info tag', () => {
  it('computes the CRC-16 the LAME tag uses', () => {
    expect(crc16(new TextEncoder().encode('123456789'))).toBe(0xbb3d);
  });

  it('puts a frame in front that counts the frames and bytes and gives the delay and padding', () => {
    const frames = encode();
    const { sampleRate, size } = frameHeader(frames, 0);
    const samples = Math.round(0.5 * sampleRate);
    const tagged = withInfoTag(frames, { delay: 576, samples });
    expect(tagged.subarray(size)).toEqual(frames);
    const tag = frameHeader(tagged, 0);
    expect(tag).toMatchObject({ sampleRate, mono: true, size: tagged.length - frames.length });
    const view = new DataView(tagged.buffer);
    const text = (at: number, length: number) => new TextDecoder().decode(tagged.subarray(at, at + length));
    expect(text(21, 4)).toBe('Info');
    const count = view.getUint32(29, false);
    expect(count * SAMPLES_PER_FRAME).toBeGreaterThanOrEqual(576 + samples);
    expect(view.getUint32(33, false)).toBe(tagged.length);
    expect(text(37, 4)).toBe('LAME');
    const delays = (tagged[58]! << 16) | (tagged[59]! << 8) | tagged[60]!;
    expect({ delay: delays >> 12, padding: delays & 0xfff }).toEqual({ delay: 576, padding: count * SAMPLES_PER_FRAME - 576 - samples });
    expect(view.getUint16(71, false)).toBe(crc16(tagged.subarray(0, 71)));
  });

  it('refuses what it cannot describe', () => {
    const frames = encode();
    expect(() => withInfoTag(frames, { delay: 576, samples: 10 ** 7 })).toThrow('do not fit');
    expect(() => withInfoTag(frames.subarray(1), { delay: 576, samples: 100 })).toThrow('no MPEG-1 Layer III frame at byte 0');
  });

  it('is in front of the shipped cue sprite', () => {
    const sprite = new Uint8Array(readFileSync('public/audio/cues.mp3'));
    expect(new TextDecoder().decode(sprite.subarray(21, 25))).toBe('Info');
  });
});
