/**
 * The start page drawn at build time (scripts/vite-plugin-prerender.ts): readable with no
 * script at all, taken over by the app in place, and hidden when the address asks for another
 * screen until the app has drawn that one.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSession } from '../support/routines';
import { DESKTOP, expectAccessible, launch, openApp, PHONE, startApp } from './browser';

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
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__shift += entry.value;
      // What moved, for the failure's message.
      (window.__moved ??= []).push(entry.value.toFixed(4) + ': ' + entry.sources.map((source) => (source.node?.nodeName ?? '?') + '.' + (source.node?.getAttribute?.('class') ?? '') + ' ' + JSON.stringify(source.previousRect) + ' → ' + JSON.stringify(source.currentRect)).join('; '));
    }
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
    // The start page's stylesheet is in the page itself (no request before the first paint),
    // and the Content-Security-Policy lets it apply.
    expect(readFileSync('dist/index.html', 'utf8')).not.toMatch(/<link rel="stylesheet"/);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).maxWidth)).not.toBe('none');
    await context.close();
  });

  // In the evening a first visit is offered the bedtime theme in a banner above the page.
  for (const [size, options, when] of [['phone', PHONE, 'day'], ['desktop', DESKTOP, 'day'], ['phone', PHONE, 'evening'], ['desktop', DESKTOP, 'evening']] as const) {
    it(`is taken over in place, without a shift or a warning (${size}, ${when})`, async () => {
      const warnings: string[] = [];
      const { context, page, errors } = await openApp(browser, '#/', options, async (page) => {
        page.on('console', (message) => {
          if (message.type() === 'warning') warnings.push(message.text());
        });
        await page.clock.setFixedTime(new Date(when === 'day' ? '2026-11-23T10:00:00' : '2026-11-23T21:00:00'));
        await page.addInitScript(WATCH);
      });
      const offer = page.getByRole('region', { name: 'Bedtime theme' });
      if (when === 'evening') await offer.waitFor();
      await page.waitForLoadState('networkidle');
      // By day a first visit's app starts at the first use: a focus, which (unlike a tap or a
      // key) leaves every layout shift counted.
      if (when === 'day') {
        await page.getByRole('searchbox', { name: 'Search' }).focus();
        await page.waitForLoadState('networkidle');
      }
      // Everything the start page loads has arrived and run: the app, the store, this week, the banners.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      expect(await page.evaluate('window.__shift'), String(await page.evaluate('window.__moved'))).toBeLessThanOrEqual(0.02);
      // Hydrated, not drawn again: the heading and the cards are the nodes the HTML made.
      expect(await page.evaluate(`window.__parsedHeading === document.querySelector('#main h1')`)).toBe(true);
      expect(await page.evaluate(`window.__parsedCard === document.querySelector('#main article a')`)).toBe(true);
      // The cards drawn into the page are the app's own: they answer the filters.
      await page.getByRole('searchbox', { name: 'Search' }).fill('wind-down');
      const cards = page.getByRole('list').last().getByRole('heading', { level: 3 });
      await expect.poll(() => cards.allTextContents()).toEqual(['Pre-sleep wind-down']);
      await page.getByRole('searchbox', { name: 'Search' }).fill('');
      await expect.poll(() => cards.count()).toBe(BUILT_INS.length);
      expect(await offer.count()).toBe(when === 'evening' ? 1 : 0);
      expect(warnings).toEqual([]);
      expect(errors).toEqual([]);
      await expectAccessible(page);
      await context.close();
    });
  }

  it('keeps the room the resume banner and this week took last time, so the catalog does not move', async () => {
    const { context, page, errors } = await openApp(browser, '#/', PHONE, async (page) => void (await page.addInitScript(WATCH)));
    await page.waitForLoadState('networkidle');
    await startApp(page);
    // A routine left unfinished and a session an hour ago, as the player leaves them.
    const routine = JSON.parse(readFileSync('dist/routines/desk-break.json', 'utf8')) as unknown;
    const now = Date.now();
    const state = { status: 'paused', anchor: 0, held: 20_000, cursor: 20_000, segment: 2, furthest: 20_000, activeMs: 17_000, runStart: null, startedAt: now - 60_000 };
    const checkpoint = { sessionId: 'left-mid-way', routine, state, position: 20_000, getReadyMs: 3000, savedAt: now - 30_000 };
    const session = makeSession({ routineId: 'desk-break', routineTitle: 'Desk break', startedAt: new Date(now - 3_600_000).toISOString() });
    await page.evaluate(
      ({ checkpoint, session }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('unknot');
          open.onerror = () => reject(new Error('IndexedDB did not open'));
          open.onsuccess = () => {
            const transaction = open.result.transaction(['checkpoint', 'sessions'], 'readwrite');
            transaction.objectStore('checkpoint').put(checkpoint, 'current');
            transaction.objectStore('sessions').put(session);
            transaction.oncomplete = () => (open.result.close(), resolve());
            transaction.onerror = () => reject(new Error('IndexedDB did not write'));
          };
        }),
      { checkpoint, session },
    );
    const resume = page.getByRole('heading', { name: 'Continue Desk break?' });
    const week = page.getByRole('complementary', { name: 'Your week' });
    // The first time they show, their room is measured and kept.
    await page.reload();
    await resume.waitFor();
    await week.waitFor();
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('unknot.reserve') ?? '{}') as { home?: number })).toMatchObject({ home: expect.any(Number) });
    // Every later start keeps that room from the first paint on.
    await page.reload();
    await resume.waitFor();
    await week.waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(await page.evaluate('window.__shift')).toBeLessThanOrEqual(0.02);
    // Discarded, the banner goes; the room kept for next time is what is left.
    const kept = await page.evaluate(() => (JSON.parse(localStorage.getItem('unknot.reserve')!) as { home: number }).home);
    await page.getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => resume.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem('unknot.reserve')!) as { home: number }).home)).toBeLessThan(kept);
    expect(errors).toEqual([]);
    await context.close();
  });

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
