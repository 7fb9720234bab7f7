/**
 * The LAME "Info" tag for a constant-bitrate MP3 (the format LAME and FFmpeg write, documented at
 * http://gabriel.mp3-tech.org/mp3infotag.html): a silent first frame that says how many frames
 * follow and how many samples the encoder added at the start (its delay) and at the end (its
 * padding). A decoder that reads it (FFmpeg, so Chromium; Firefox; Safari) drops those samples
 * and the decoder's own 529, so every sound plays at the time it was written at: gapless.
 * @breezystack/lamejs writes frames only; scripts/make-cues.ts adds this tag in front of them.
 */

/** What an MPEG-1 Layer III frame header says, as far as the tag needs it. */
interface FrameHeader {
  bitrate: number;
  sampleRate: number;
  mono: boolean;
  size: number;
}

const BITRATES = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const SAMPLE_RATES = [44_100, 48_000, 32_000];
/** Samples in one MPEG-1 Layer III frame. */
export const SAMPLES_PER_FRAME = 1152;
/** Samples every standard MP3 decoder delays its output by (the synthesis filterbank). */
export const DECODER_DELAY = 529;

/** Reads the frame header at `offset`: MPEG-1 Layer III, no CRC, as lamejs writes it. */
export function frameHeader(mp3: Uint8Array, offset: number): FrameHeader {
  const [b0, b1, b2, b3] = [mp3[offset], mp3[offset + 1], mp3[offset + 2], mp3[offset + 3]];
  if (b0 !== 0xff || b1 === undefined || b2 === undefined || b3 === undefined || (b1 & 0xfe) !== 0xfa) {
    throw new Error(`no MPEG-1 Layer III frame at byte ${offset}`);
  }
  const bitrate = BITRATES[b2 >> 4];
  const sampleRate = SAMPLE_RATES[(b2 >> 2) & 3];
  if (!bitrate || !sampleRate) throw new Error(`unsupported bitrate or sample rate in the frame at byte ${offset}`);
  const padding = (b2 >> 1) & 1;
  return { bitrate, sampleRate, mono: b3 >> 6 === 3, size: Math.floor((144 * bitrate * 1000) / sampleRate) + padding };
}

/** CRC-16 as the LAME tag uses it (polynomial 0x8005, reflected: 0xA001), from `crc`. */
export function crc16(bytes: Uint8Array, crc = 0): number {
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
  }
  return crc;
}

/**
 * The MP3 with an Info tag in front: `delay` samples the encoder added before the first input
 * sample (lamejs: 576), `samples` the input's length, both at the MP3's own sample rate.
 */
export function withInfoTag(mp3: Uint8Array, { delay, samples }: { delay: number; samples: number }): Uint8Array {
  const first = frameHeader(mp3, 0);
  let frames = 0;
  for (let offset = 0; offset < mp3.length; frames++) offset += frameHeader(mp3, offset).size;
  const padding = frames * SAMPLES_PER_FRAME - delay - samples;
  if (delay < 0 || delay > 4095 || padding < 0 || padding > 4095) throw new Error(`delay ${delay} and padding ${padding} do not fit the tag`);

  // The tag's own frame: the first frame's header without its padding bit, silent side info.
  const size = Math.floor((144 * first.bitrate * 1000) / first.sampleRate);
  const frame = new Uint8Array(size);
  frame.set(mp3.subarray(0, 4));
  frame[2] = frame[2]! & ~0x02;
  const view = new DataView(frame.buffer);
  let at = 4 + (first.mono ? 17 : 32);
  const text = (value: string) => {
    for (const char of value) frame[at++] = char.charCodeAt(0);
  };
  text('Info');
  view.setUint32(at, 0x3, false); // fields present: frames, bytes
  view.setUint32(at + 4, frames, false);
  view.setUint32(at + 8, size + mp3.length, false);
  at += 12;
  text('LAME3.98r'); // lamejs is LAME 3.98's encoder; the tag says so
  frame[at++] = 0x01; // tag revision 0, constant bitrate
  at += 1 + 4 + 2 + 2 + 1; // lowpass, replay gain peak, radio and audiophile gain, flags: unknown
  frame[at++] = Math.min(first.bitrate, 255);
  frame[at++] = delay >> 4;
  frame[at++] = ((delay & 0x0f) << 4) | (padding >> 8);
  frame[at++] = padding & 0xff;
  at += 1 + 1 + 2; // misc, MP3 gain, preset and surround
  view.setUint32(at, size + mp3.length, false); // the music's length, this frame included
  view.setUint16(at + 4, crc16(mp3), false); // the music's CRC
  at += 6;
  view.setUint16(at, crc16(frame.subarray(0, at)), false); // the tag's own CRC
  const tagged = new Uint8Array(size + mp3.length);
  tagged.set(frame);
  tagged.set(mp3, size);
  return tagged;
}
