import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trackPlan } from '../../src/lib/audio/track';
import { DEFAULT_SETTINGS } from '../../src/lib/settings';
import { buildTimeline, cueSchedule } from '../../src/lib/player';
import { parseRoutineFile } from '../../src/lib/routine';
import { launch, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Five 10-second steps: every cue sound ends before the next begins, so onsets are clean.
const routineText = JSON.stringify({
  id: 'track-check',
  title: 'Track check',
  summary: 'Five even steps.',
  safety: 'A test routine.',
  steps: Array.from({ length: 5 }, (_, i) => ({ title: `Step ${i + 1}`, duration: 10, instructions: 'Breathe.' })),
});

describe('screen-off track', () => {
  it('renders every cue into the track at its scheduled time, to the millisecond', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'unknot-')), 'track-check.json');
    writeFileSync(path, routineText);
    const { context, page, errors } = await openApp(browser, '#/');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a routine file' }).click();
    await (await chooser).setFiles(path);
    await page.getByRole('link', { name: 'Start routine' }).first().click();
    await page.getByRole('button', { name: 'I understand, continue' }).click();
    await page.getByRole('checkbox', { name: /Guide me with the screen off/ }).check();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    const url = await page.locator('.player').getAttribute('data-track');
    expect(url).toMatch(/^blob:/);

    // Find each sound's first sample above a whisper, after silence, in the rendered WAV.
    const found = await page.evaluate(async (trackUrl) => {
      const bytes = new DataView(await (await fetch(trackUrl)).arrayBuffer());
      const rate = bytes.getUint32(24, true);
      const count = (bytes.byteLength - 44) / 2;
      const onsets: number[] = [];
      let quiet = Infinity;
      for (let i = 0; i < count; i++) {
        const loud = Math.abs(bytes.getInt16(44 + i * 2, true)) > 65;
        if (loud && quiet > rate * 0.05) onsets.push((i / rate) * 1000);
        quiet = loud ? 0 : quiet + 1;
      }
      return onsets;
    }, url!);

    const parsed = parseRoutineFile('track-check.json', routineText);
    if (!parsed.ok) throw new Error('fixture routine is invalid');
    const expected = trackPlan(cueSchedule(buildTimeline(parsed.value, { getReadyMs: 3000 })), DEFAULT_SETTINGS.cues).map((cue) => cue.at);
    expect(found).toHaveLength(expected.length);
    found.forEach((at, index) => expect(Math.abs(at - expected[index]!), `cue ${index} at ${expected[index]} ms`).toBeLessThanOrEqual(1));
    expect(errors).toEqual([]);
    await context.close();
  });
});
