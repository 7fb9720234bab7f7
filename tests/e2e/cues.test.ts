/**
 * The cue sprite decoded the way the player's Web Audio decodes it, in Chromium: every cue
 * starts within 2 ms of its slot (src/lib/audio/sprite.ts). Without the Info tag in front
 * (scripts/make-cues.ts) the encoder's delay put each cue about 35 ms late.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPRITE, SPRITE_LENGTH_MS, type Sound } from '../../src/lib/audio/sprite';
import { synthesize } from '../../src/lib/audio/synth';
import { DESKTOP, launch, openApp } from './browser';

const RATE = 44_100;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The first sample louder than a quarter of the sound's peak, from `from` on. */
function onset(samples: ArrayLike<number>, peak: number, from = 0): number {
  for (let i = Math.max(0, from); i < samples.length; i++) if (Math.abs(samples[i]!) > peak / 4) return i;
  return -1;
}

describe('the cue sprite', () => {
  it('starts every cue within 2 ms of its slot when decoded', async () => {
    const { context, page } = await openApp(browser, '#/', DESKTOP);
    // Decoded at the sounds' own rate, so sample n is n / 44,100 s into the sprite.
    const decoded = await page.evaluate(async (rate) => {
      const bytes = await (await fetch('/audio/cues.mp3')).arrayBuffer();
      const buffer = await new OfflineAudioContext(1, 1, rate).decodeAudioData(bytes);
      return Array.from(buffer.getChannelData(0));
    }, RATE);
    await context.close();

    expect(Math.abs((decoded.length / RATE) * 1000 - SPRITE_LENGTH_MS)).toBeLessThanOrEqual(2);
    const late: Record<string, number> = {};
    for (const sound of Object.keys(SPRITE) as Sound[]) {
      const written = synthesize(sound, RATE);
      const peak = written.reduce((max, sample) => Math.max(max, Math.abs(sample)), 0);
      const slot = Math.round((SPRITE[sound][0] / 1000) * RATE);
      // How late the sound's attack is in the decoded sprite, against the sound as written.
      late[sound] = Math.round(((onset(decoded, peak, slot - RATE / 20) - slot - onset(written, peak)) / RATE) * 10_000) / 10;
    }
    for (const [sound, ms] of Object.entries(late)) expect(Math.abs(ms), `${sound} starts ${ms} ms after its slot`).toBeLessThanOrEqual(2);
  });
});
