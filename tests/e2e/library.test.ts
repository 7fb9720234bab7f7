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

const BUILT_INS = [
  'Back relief', 'Calves and shins', 'Desk break', 'Feet', 'Hands and forearms', 'Jaw and temples', 'Lower back and glutes',
  'Morning heel and arch', 'Neck and shoulders', 'Pre-sleep wind-down', 'Tension headache and screen eyes', 'Two-minute micro-break',
];

/** Resolves once the page has painted a frame: two animation frames from now. */
function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

describe('library', () => {
  it('does not shift while it loads (the routine list and the sections below it arrive together)', async () => {
    // The routine list comes with the page (drawn at build time); what the store holds comes
    // later. A slow store: its code is held back until the page has painted without it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { context, page } = await openApp(browser, '#/', { ...PHONE, serviceWorkers: 'block' }, async (page) => {
      await page.route('**/assets/idb-store-*.js', async (route) => {
        await held;
        await route.continue();
      });
      await page.addInitScript(`
        window.__shift = 0;
        window.__shifts = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
        });
        window.__shifts.observe({ type: 'layout-shift', buffered: true });
      `);
    });
    await page.getByRole('link', { name: 'Desk break' }).waitFor();
    // A first visit by day starts the app at the first use; a focus is one that leaves every shift counted.
    await page.getByRole('searchbox', { name: 'Search' }).focus();
    await page.evaluate(painted);
    release();
    // The store's code has been asked for and has run.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => /\/idb-store-[\w-]+\.js$/.test(entry.name)))).toBe(true);
    await page.waitForLoadState('networkidle');
    await page.getByRole('heading', { name: 'Your routines' }).waitFor();
    await page.getByRole('button', { name: 'Open a routine file' }).waitFor();
    // Once a frame with everything in it has been painted, every shift is recorded.
    await page.evaluate(painted);
    const shift = await page.evaluate(() => {
      const observer = (window as unknown as { __shifts: PerformanceObserver }).__shifts;
      const pending = (observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]).filter((entry) => !entry.hadRecentInput);
      return (window as unknown as { __shift: number }).__shift + pending.reduce((sum, entry) => sum + entry.value, 0);
    });
    expect(shift).toBeLessThan(0.05);
    await context.close();
  });

  it('lists every built-in routine, and finds them by text, situation, area and length', async () => {
    const { context, page, errors } = await openApp(browser);
    const cards = page.getByRole('list').last().getByRole('heading', { level: 3 });
    await expect.poll(() => cards.allTextContents()).toEqual(BUILT_INS);
    await expect.poll(() => page.getByText(/^\d+ routines$/).textContent()).toBe(`${BUILT_INS.length} routines`);

    await page.getByRole('searchbox', { name: 'Search' }).fill('wind-down');
    await expect.poll(() => cards.allTextContents()).toEqual(['Pre-sleep wind-down']);
    await expect.poll(() => page.getByText('1 routine', { exact: true }).isVisible()).toBe(true);

    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await page.getByRole('button', { name: 'At the desk' }).click();
    await expect.poll(() => cards.allTextContents()).toContain('Desk break');
    expect(await cards.allTextContents()).toEqual(expect.arrayContaining(['Two-minute micro-break', 'Tension headache and screen eyes']));
    expect(await cards.allTextContents()).not.toContain('Pre-sleep wind-down');
    expect(await page.getByRole('button', { name: 'At the desk' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Morning' }).click();
    await expect.poll(() => cards.allTextContents()).toEqual(['Morning heel and arch']);

    await page.getByRole('button', { name: 'Any time' }).click();
    await page.getByRole('combobox', { name: 'Body area' }).selectOption({ label: 'Feet' });
    await expect.poll(() => cards.allTextContents()).toContain('Feet');
    expect(await cards.allTextContents()).not.toContain('Jaw and temples');

    await page.getByRole('combobox', { name: 'Length' }).selectOption({ label: 'Up to 5 min' });
    await page.getByRole('searchbox', { name: 'Search' }).fill('knee');
    await expect.poll(() => page.getByText('No routine matches “knee”.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => cards.count()).toBe(BUILT_INS.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a routine, shows its safety note and steps, and links to the player', async () => {
    const { context, page, errors } = await openApp(browser);
    await page.getByRole('link', { name: 'Back relief' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/routine\/back-relief$/);
    const heading = page.getByRole('heading', { level: 1, name: 'Back relief' });
    await heading.waitFor();
    // Focus moves to the new screen's heading (a moment after it appears), so screen readers announce it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Back relief');
    expect(await page.title()).toBe('Back relief · Unknot');
    await page.getByRole('heading', { name: 'Before you start' }).waitFor();
    expect(await page.getByRole('list').filter({ has: page.locator('details') }).getByRole('listitem').count()).toBeGreaterThan(3);
    expect(await page.getByRole('link', { name: 'Start routine' }).first().getAttribute('href')).toBe('#/play/back-relief');

    const firstStep = page.locator('details').first();
    await firstStep.locator('summary').click();
    expect(await firstStep.locator('.prose').isVisible()).toBe(true);

    await page.getByRole('link', { name: '← All routines' }).click();
    await page.getByRole('heading', { level: 1, name: 'What could use some care today?' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers an unknown routine or page with a friendly not-found page', async () => {
    const { context, page } = await openApp(browser, '#/routine/no-such-routine');
    await page.getByRole('heading', { name: 'We could not find that routine' }).waitFor();
    await page.goto('/#/nowhere');
    await page.getByRole('heading', { name: 'There is nothing here' }).waitFor();
    await page.getByRole('link', { name: 'Back to the library' }).click();
    await page.getByRole('heading', { level: 1, name: 'What could use some care today?' }).waitFor();
    await context.close();
  });

  for (const [size, options] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no axe violations on the library, a routine, not-found, settings and history (${size}, ${colorScheme})`, async () => {
        const { context, page } = await openApp(browser, '#/', { ...options, colorScheme });
        await page.getByRole('link', { name: 'Desk break' }).waitFor();
        await expectAccessible(page);
        await page.goto('/#/routine/pre-sleep-wind-down');
        await page.getByRole('heading', { name: 'Before you start' }).waitFor();
        await page.locator('details summary').first().click();
        await expectAccessible(page);
        await page.goto('/#/routine/nope');
        await page.getByRole('heading', { name: 'We could not find that routine' }).waitFor();
        await expectAccessible(page);
        await page.goto('/#/settings');
        await page.getByRole('heading', { name: 'Settings' }).waitFor();
        await expectAccessible(page);
        await page.goto('/#/history');
        await page.getByRole('heading', { name: 'Nothing here yet' }).waitFor();
        await expectAccessible(page);
        await context.close();
      });
    }
  }
});
