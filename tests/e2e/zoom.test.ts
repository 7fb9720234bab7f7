import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, PHONE } from './browser';
import { visitTherapistScreens } from './therapist-screens';
import { makeSession } from '../support/routines';
import { Calendar } from '../../src/lib/calendar';
import { reportLink } from '../../src/lib/share/link';
import { buildReport } from '../../src/lib/share/report';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Elements wider than the viewport: content a reader would lose at this text size. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('main *, header *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        // Shapes inside an <svg> are clipped to its box, which is checked itself; their own
        // boxes ignore the clipping (a picture's wall or bed runs past its frame).
        const clipped = element instanceof SVGElement && element.ownerSVGElement !== null;
        return box.width > 0 && (box.right > width + 1 || box.left < -1) && !clipped && !element.closest('.visually-hidden');
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 80));
  });
}

/** Text at 200%, set through the CSSOM (the app's Content-Security-Policy refuses injected <style> tags). */
const zoomText = (page: Page) => page.evaluate("document.documentElement.style.setProperty('font-size', '200%', 'important')");

describe('text zoom to 200%', () => {
  it('loses nothing sideways on a phone', async () => {
    const { context, page } = await openApp(browser, '#/', PHONE);
    await zoomText(page);
    for (const [path, ready] of [
      ['#/', 'What could use some care today?'],
      ['#/routine/back-relief', 'Back relief'],
      ['#/history', 'History'],
      ['#/settings', 'Settings'],
    ] as const) {
      await page.goto(`/${path}`);
      await zoomText(page);
      await page.getByRole('heading', { level: 1, name: ready }).waitFor();
      expect(await overflowing(page), path).toEqual([]);
    }
    await page.goto('/#/play/back-relief');
    await zoomText(page);
    await page.getByRole('button', { name: 'I understand, continue' }).click();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await overflowing(page), 'player').toEqual([]);
    await context.close();
  });

  it('shows a report with its every session on a phone, at 100 % and 200 % text', async () => {
    const assignment = { id: 'plan123456', from: 'Northside Physio', client: 'JM-07', frequency: { per: 'day', times: 2 }, start: '2026-11-16', days: 14 } as const;
    const sessions = Array.from({ length: 6 }, (_, day) => makeSession({ startedAt: `2026-11-${16 + day}T08:00:00.000Z`, tensionBefore: 7, tensionAfter: 3, status: day === 2 ? 'partial' : 'completed' }));
    const report = buildReport({ assignment, routine: { id: 'test-routine', title: 'Back relief' }, sessions, includeNotes: false, now: Date.parse('2026-11-22T12:00:00Z'), calendar: new Calendar('UTC') });
    const link = reportLink('http://localhost/', report);
    const { context, page } = await openApp(browser, link.slice(link.indexOf('#')), PHONE);
    await page.getByRole('heading', { level: 1, name: 'Report: Back relief' }).waitFor();
    const table = page.getByRole('table');
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Day', 'Finished', 'Minutes', 'Tension before → after']);
    expect(await overflowing(page), 'report').toEqual([]);
    // The last column is on screen, not scrolled out of its box.
    const box = await table.getByRole('cell', { name: '7 → 3' }).first().boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    // Large text: four columns would crush, so each session is a line.
    await zoomText(page);
    await page.getByRole('list', { name: 'Each session' }).getByText('Day 3: not finished, 5\u00a0min, tension 7\u00a0→\u00a03').waitFor();
    expect(await table.isVisible()).toBe(false);
    expect(await overflowing(page), 'report at 200 %').toEqual([]);
    await context.close();
  });

  it('loses nothing sideways on the therapist and client screens', async () => {
    const { context, page } = await openApp(browser, '#/', PHONE);
    await visitTherapistScreens(page, async (screen, name) => {
      await zoomText(screen);
      expect(await overflowing(screen), name).toEqual([]);
    });
    await context.close();
  });
});
