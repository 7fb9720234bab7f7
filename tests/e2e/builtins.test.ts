/**
 * Every built-in routine plays on a phone from Start to "Routine complete", each step and side
 * in its turn, in exactly the time the player's timeline gives it (the guided length the
 * routine table reports: get-ready and side switches included). The clock is Playwright's.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/lib/player/timeline';
import type { CatalogEntry, Routine } from '../../src/lib/routine/schema-only';
import { DEFAULT_SETTINGS } from '../../src/lib/settings';
import { launch, openApp, PHONE } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const index = JSON.parse(readFileSync('dist/routines/index.json', 'utf8')) as CatalogEntry[];
const routine = (id: string) => JSON.parse(readFileSync(`dist/routines/${id}.json`, 'utf8')) as Routine;

describe('built-in routines in the player', () => {
  for (const { id, title } of index) {
    it(`plays ${title} on a phone from Start to the end, every step and side in its turn`, async () => {
      const played = routine(id);
      const timeline = buildTimeline(played, { getReadyMs: DEFAULT_SETTINGS.getReadySeconds * 1000 });
      const { context, page, errors } = await openApp(browser, `#/play/${id}`, PHONE, (p) => p.clock.install({ time: new Date('2026-11-23T10:00:00') }));
      await page.getByRole('button', { name: 'I understand, continue' }).click();
      // Only Playwright moves the clock from here, so the test's own time does not count.
      await page.clock.pauseAt(new Date('2026-11-23T10:01:00'));
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Pause' }).waitFor();

      let at = 0;
      const seen: string[] = [];
      for (const segment of timeline.segments) {
        // The middle of each segment: what the screen says there.
        const middle = segment.start + segment.duration / 2;
        await page.clock.runFor(middle - at);
        at = middle;
        if (segment.kind === 'get-ready') continue;
        const step = played.steps[segment.step]!;
        expect(await page.locator('#step-title').textContent()).toBe(step.title);
        const where = (await page.locator('.where').textContent()) ?? '';
        if (segment.kind === 'switch') {
          expect(where).toContain('Switch sides');
          continue;
        }
        expect(where).toContain(`Step ${segment.step + 1} of ${played.steps.length}`);
        if (segment.side) expect(where).toContain(segment.side === 'left' ? 'Left side' : 'Right side');
        seen.push(`${step.title}${segment.side ? ` (${segment.side})` : ''}`);
      }
      expect(seen).toHaveLength(timeline.segments.filter((segment) => segment.kind === 'step').length);

      // Not over a second before the timeline's end; over a second after it.
      await page.clock.runFor(timeline.total - 1000 - at);
      expect(await page.getByRole('heading', { name: 'Routine complete' }).count()).toBe(0);
      await page.clock.runFor(2000);
      await page.getByRole('heading', { name: 'Routine complete' }).waitFor();
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
