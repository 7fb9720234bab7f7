/**
 * A first visit by day: the library drawn into index.html is the page, and the app's code loads
 * at the first use (src/ui/app/first-visit.ts). What the visitor does while it loads is done
 * again once it is there. The app's code is held back in these tests (`holdApp`), so "while it
 * loads" is as long as the test needs it to be.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, draggedFile, expectAccessible, launch, openApp, PHONE } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const DAY = new Date('2026-11-23T10:00:00');
const BUILT_INS = (JSON.parse(readFileSync('dist/routines/index.json', 'utf8')) as unknown[]).length;

/** The app's own chunk, as the build named it. */
const APP_CHUNK = /\/assets\/boot-[\w-]+\.js$/;

/** Holds the app's code back until `release()`; `asked()` says whether the page has asked for it. */
async function holdApp(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route(APP_CHUNK, async (route) => {
    // index.html's prefetch, fetched once the page has loaded and never run, is let through.
    if (route.request().resourceType() === 'script') {
      asked = true;
      await released;
    }
    await route.continue();
  });
  return { release, asked: () => asked };
}

/** A first visit by day, the app's code held back; the page's scripts (URLs) recorded. */
async function firstVisit(options: BrowserContextOptions = PHONE) {
  let hold!: Awaited<ReturnType<typeof holdApp>>;
  const scripts: string[] = [];
  const prefetched: string[] = [];
  // Held back from the page, not from a service worker (which page.route cannot see): none here.
  const opened = await openApp(browser, '#/', { ...options, serviceWorkers: 'block' }, async (page) => {
    await page.clock.setFixedTime(DAY);
    hold = await holdApp(page);
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      else if (APP_CHUNK.test(request.url())) prefetched.push(request.resourceType());
    });
  });
  await opened.page.waitForLoadState('networkidle');
  return { ...opened, hold, scripts, prefetched };
}

const cards = (page: Page) => page.getByRole('list').last().getByRole('heading', { level: 3 });

describe('a first visit by day', () => {
  it('reads, with its styles, before any of the app: the start page runs its one small script', async () => {
    const { context, page, hold, scripts, prefetched, errors } = await firstVisit();
    await page.getByRole('heading', { level: 1, name: 'What could use some care today?' }).waitFor();
    expect(await cards(page).count()).toBe(BUILT_INS);
    expect(hold.asked()).toBe(false);
    // The entry, and after the page's load the database check and the service worker's registration.
    expect(scripts.filter((path) => APP_CHUNK.test(path))).toEqual([]);
    // Its code is fetched, not run, once the page has loaded: a first use waits less for it.
    await expect.poll(() => prefetched).toEqual(['other']);
    expect(hold.asked()).toBe(false);
    // The library's own styles are in the page: cards are laid out as cards.
    expect(await page.locator('#main article').first().evaluate((card) => getComputedStyle(card).borderTopStyle)).not.toBe('none');
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the choices made while the app loads: a chip pressed, a list chosen, a search typed', async () => {
    const { context, page, hold, errors } = await firstVisit();
    await page.getByRole('button', { name: 'At the desk' }).click();
    await expect.poll(() => hold.asked()).toBe(true);
    await page.getByRole('combobox', { name: 'Length' }).selectOption({ label: 'Up to 5 min' });
    await page.getByRole('searchbox', { name: 'Search' }).fill('break');
    hold.release();
    const chip = page.getByRole('button', { name: 'At the desk' });
    await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('combobox', { name: 'Length' }).inputValue()).toBe('5');
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('break');
    await expect.poll(() => cards(page).allTextContents()).toEqual(['Desk break', 'Two-minute micro-break']);
    // The app answers from now on, once per press.
    await chip.click();
    await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows a routine card before the app is there', async () => {
    const { context, page, hold, errors } = await firstVisit(DESKTOP);
    await page.getByRole('link', { name: 'Back relief' }).click();
    hold.release();
    await page.getByRole('heading', { level: 1, name: 'Back relief' }).waitFor();
    // A new screen, as any link to it makes: focus on its heading, for screen readers to announce.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Back relief');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a file dropped before the app is there, and shows where to drop one still on its way', async () => {
    const { context, page, hold } = await firstVisit(DESKTOP);
    const transfer = await draggedFile(page, 'evening-hands.json');
    const zone = page.locator('.drop');
    await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
    await expect.poll(() => hold.asked()).toBe(true);
    hold.release();
    // The file is still held over the page when the app arrives: it says where to let go.
    await page.getByText('Drop the routine file to open it').waitFor();
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByRole('heading', { level: 1, name: 'Evening hands' }).waitFor();
    await context.close();
  });

  it('opens a file dropped while the app loads', async () => {
    const { context, page, hold } = await firstVisit(DESKTOP);
    const transfer = await draggedFile(page, 'evening-hands.json');
    const zone = page.locator('.drop');
    await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
    // Dropped before the app is there: the browser does not open the file in place of the page.
    const kept = await zone.evaluate((element, data) => {
      const drop = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data });
      element.dispatchEvent(drop);
      return drop.defaultPrevented;
    }, transfer);
    expect(kept).toBe(true);
    hold.release();
    await page.getByRole('heading', { level: 1, name: 'Evening hands' }).waitFor();
    await context.close();
  });
});

describe('the app starts without waiting for a first use', () => {
  it('on a device that keeps something of Unknot: its database', async () => {
    const { context, page, hold } = await firstVisit();
    expect(hold.asked()).toBe(false);
    // Anything the app stores opens its database; here the test opens it, as the app would.
    await page.evaluate(() => new Promise<void>((resolve) => (indexedDB.open('unknot').onsuccess = (event) => ((event.target as IDBOpenDBRequest).result.close(), resolve()))));
    hold.release();
    await page.reload();
    await expect.poll(() => hold.asked()).toBe(true);
    await context.close();
  });

  it('on a device that keeps something of Unknot: a setting', async () => {
    const { context, page, hold } = await firstVisit();
    await page.evaluate(() => localStorage.setItem('unknot.theme', 'dark'));
    hold.release();
    await page.reload();
    await expect.poll(() => hold.asked()).toBe(true);
    await context.close();
  });

  it("in the evening, at the page's load, when the bedtime theme is offered", async () => {
    let hold!: Awaited<ReturnType<typeof holdApp>>;
    const { context, page } = await openApp(browser, '#/', { ...PHONE, serviceWorkers: 'block' }, async (page) => {
      await page.clock.setFixedTime(new Date('2026-11-23T21:00:00'));
      hold = await holdApp(page);
    });
    await expect.poll(() => hold.asked()).toBe(true);
    hold.release();
    await page.getByRole('region', { name: 'Bedtime theme' }).waitFor();
    await context.close();
  });
});
