import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routinePayload } from '../../src/lib/share/link';
import { makeRoutine, makeStep } from '../support/routines';
import { DESKTOP, expectAccessible, launch, openApp, PHONE } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const BROKEN = 'Unknot couldn’t show this';
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const heading = (page: Page) => page.locator('main h1');

/**
 * The Settings screen's code, wrapped so that it throws while rendering whenever the page sets
 * `window.__fault`: a screen with a bug, in the real build. The service worker is blocked so
 * that the page itself fetches the screen's code, where the route sees it.
 */
async function faultySettings(page: Page) {
  await page.route('**/assets/Settings-*.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `import Real from '${new URL(route.request().url()).pathname}?real';
export default function Settings(anchor, props) {
  if (globalThis.__fault) throw new RangeError('Maximum call stack size exceeded');
  return Real(anchor, props);
}`,
    }),
  );
  await page.addInitScript(() => ((globalThis as { __fault?: boolean }).__fault = true));
}

describe('a screen that fails', () => {
  for (const [size, options] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    it(`shows a calm page with a way home while the rest of the app works, and is tried afresh on the next visit (${size})`, async () => {
      const { context, page, errors } = await openApp(browser, '#/', { ...options, serviceWorkers: 'block' }, faultySettings);
      await page.getByRole('link', { name: 'Desk break' }).waitFor();
      await nav(page).getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('heading', { level: 1, name: BROKEN }).waitFor();
      await page.getByText('Your routines, history and settings are safe on this device.').waitFor();
      expect(await page.title()).toBe(`${BROKEN} · Unknot`);
      // Focus moves to the heading, as on any new screen.
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(BROKEN);
      await expectAccessible(page);
      expect(errors).toEqual([expect.stringContaining('RangeError: Maximum call stack size exceeded')]);

      // The details say which screen and what went wrong, for a bug report.
      await page.getByText('Details for a bug report').click();
      const details = await page.locator('main pre').textContent();
      expect(details).toMatch(/^Screen: settings\nError: RangeError: Maximum call stack size exceeded\n/);

      // The header still works; another screen shows normally.
      await nav(page).getByRole('link', { name: 'History' }).click();
      await page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
      // Back to Settings, the fault gone: the screen is tried again, not the old failure kept.
      await page.evaluate(() => ((globalThis as { __fault?: boolean }).__fault = false));
      await nav(page).getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      expect(await page.getByRole('heading', { name: BROKEN }).count()).toBe(0);

      // And the way home works.
      await page.evaluate(() => ((globalThis as { __fault?: boolean }).__fault = true));
      await page.getByRole('link', { name: 'History' }).first().click();
      await nav(page).getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('link', { name: 'Back to the library' }).click();
      await page.getByRole('link', { name: 'Desk break' }).waitFor();
      await context.close();
    });
  }

  it('answers calmly when a screen\'s code cannot be fetched, and the app goes on', async () => {
    const { context, page } = await openApp(browser, '#/', { ...DESKTOP, serviceWorkers: 'block' }, async (p) => {
      await p.route('**/assets/History-*.js', (route) => route.abort('internetdisconnected'));
    });
    await page.getByRole('link', { name: 'Desk break' }).waitFor();
    await nav(page).getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { level: 1, name: 'Unknot could not load this page' }).waitFor();
    await page.getByText('Check your connection and reload the page.').waitFor();
    await expectAccessible(page);
    await nav(page).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await context.close();
  });

  it('shows a routine link nested 1,999 lists deep as a page that works, not a broken screen', async () => {
    // Issue 11's hostile link: instructions of `- ` repeated 1,999 times once made marked throw
    // RangeError and broke the page. Whatever answers it now (the steps, or a link problem),
    // it is a working page, not the boundary's.
    const deep = makeRoutine({ id: 'deep', title: 'Deep', steps: [makeStep({ instructions: '- '.repeat(1999) })] });
    const { context, page, errors } = await openApp(browser, `#/r/${routinePayload(deep)}`);
    await heading(page).waitFor();
    expect(await heading(page).textContent()).not.toBe(BROKEN);
    expect(errors).toEqual([]);
    await nav(page).getByRole('link', { name: 'Library' }).click();
    await page.getByRole('link', { name: 'Desk break' }).waitFor();
    await context.close();
  });
});
