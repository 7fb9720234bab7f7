import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, PHONE } from './browser';
import { visitTherapistScreens } from './therapist-screens';

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

  it('loses nothing sideways on the therapist and client screens', async () => {
    const { context, page } = await openApp(browser, '#/', PHONE);
    await visitTherapistScreens(page, async (screen, name) => {
      await zoomText(screen);
      expect(await overflowing(screen), name).toEqual([]);
    });
    await context.close();
  });
});
