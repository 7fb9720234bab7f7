/**
 * The start page drawn at build time (scripts/vite-plugin-prerender.ts): readable with no
 * script at all, taken over by the app in place, and hidden when the address asks for another
 * screen until the app has drawn that one.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, launch, openApp, PHONE } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Every built-in routine's title, as the build published them. */
const BUILT_INS = (JSON.parse(readFileSync('dist/routines/index.json', 'utf8')) as { id: string; title: string }[]).map(({ id, title }) => ({ id, title }));

/**
 * Collects layout shifts from the first paint on, as Lighthouse's CLS counts them, and keeps the
 * library's heading and first card link as the HTML parser made them.
 */
const WATCH = `
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new MutationObserver(() => {
    window.__parsedHeading ??= document.querySelector('#main h1');
    window.__parsedCard ??= document.querySelector('#main article a');
  }).observe(document, { childList: true, subtree: true });
`;

describe('the start page from HTML', () => {
  it('shows every built-in routine as a link with JavaScript disabled', async () => {
    const { context, page } = await openApp(browser, '#/', { ...PHONE, javaScriptEnabled: false });
    await page.getByRole('heading', { level: 1, name: 'What could use some care today?' }).waitFor();
    const cards = page.getByRole('list').filter({ has: page.getByRole('article') }).first().getByRole('link');
    expect(await cards.allTextContents()).toEqual(BUILT_INS.map(({ title }) => title));
    for (const { id, title } of BUILT_INS) {
      expect(await page.getByRole('link', { name: title, exact: true }).getAttribute('href')).toBe(`#/routine/${id}`);
    }
    // What needs a script to work is not offered without one; the note says so.
    expect(await page.getByRole('searchbox', { name: 'Search' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Open a routine file' }).isVisible()).toBe(false);
    // (Playwright's text locators skip <noscript>, so the note is looked up by its element.)
    const note = await page.evaluate(() => {
      const element = document.querySelector<HTMLElement>('noscript > p');
      return element && element.getBoundingClientRect().height > 0 ? element.textContent : null;
    });
    expect(note).toBe('Unknot needs JavaScript to play routines.');
    await context.close();
  });

  for (const [size, options] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    it(`is taken over in place, without a shift or a warning (${size})`, async () => {
      const warnings: string[] = [];
      const { context, page, errors } = await openApp(browser, '#/', options, async (page) => {
        page.on('console', (message) => {
          if (message.type() === 'warning') warnings.push(message.text());
        });
        await page.addInitScript(WATCH);
      });
      // Everything the start page loads has arrived and run: the store, this week, the banners.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      expect(await page.evaluate('window.__shift')).toBeLessThanOrEqual(0.02);
      // Hydrated, not drawn again: the heading and the cards are the nodes the HTML made.
      expect(await page.evaluate(`window.__parsedHeading === document.querySelector('#main h1')`)).toBe(true);
      expect(await page.evaluate(`window.__parsedCard === document.querySelector('#main article a')`)).toBe(true);
      // The cards drawn into the page are the app's own: they answer the filters.
      await page.getByRole('searchbox', { name: 'Search' }).fill('wind-down');
      const cards = page.getByRole('list').last().getByRole('heading', { level: 3 });
      await expect.poll(() => cards.allTextContents()).toEqual(['Pre-sleep wind-down']);
      await page.getByRole('searchbox', { name: 'Search' }).fill('');
      await expect.poll(() => cards.count()).toBe(BUILT_INS.length);
      expect(warnings).toEqual([]);
      expect(errors).toEqual([]);
      await expectAccessible(page);
      await context.close();
    });
  }

  it('never shows the library on the way to another screen asked for by the address', async () => {
    const { context, page, errors } = await openApp(browser, '#/settings', PHONE, async (page) => {
      await page.addInitScript(`
        window.__libraryShown = false;
        const look = () => {
          const heading = [...document.querySelectorAll('h1')].find((h) => h.textContent === 'What could use some care today?');
          if (heading && heading.checkVisibility({ visibilityProperty: true })) window.__libraryShown = true;
          if (!document.querySelector('h1#settings-title, h1') || heading) requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      `);
    });
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.evaluate('window.__libraryShown')).toBe(false);
    expect(await page.getByRole('heading', { name: 'What could use some care today?' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
