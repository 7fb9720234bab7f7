import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routinePayload } from '../../src/lib/share/link';
import { makeRoutine } from '../support/routines';
import { launch, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the service worker is active and controls the page. */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await page.evaluate(() => navigator.serviceWorker.ready);
  }
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

describe('offline', () => {
  it('after one visit, works with no network: library, a routine, the player', async () => {
    const { context, page, errors } = await openApp(browser, '#/');
    await page.getByRole('link', { name: 'Desk break' }).waitFor();
    await controlled(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('link', { name: 'Pre-sleep wind-down' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pre-sleep wind-down' }).waitFor();
    await page.getByRole('link', { name: 'Start routine' }).first().click();
    await page.getByRole('button', { name: 'I understand, continue' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.getByRole('button', { name: 'Next step' }).click(); // past get-ready, to "Settle in"
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.getByRole('heading', { level: 2, name: 'Scalp circles' }).waitFor();
    await page.goto('/#/history');
    await page.getByRole('heading', { name: 'History' }).waitFor();
    // A link a therapist sent opens in airplane mode too: the routine is in the link.
    const link = routinePayload({ ...makeRoutine({ id: 'offline-link', title: 'Sent while offline' }) });
    await page.goto(`/#/r/${link}`);
    await page.getByRole('heading', { level: 1, name: 'Sent while offline' }).waitFor();
    await page.getByRole('button', { name: 'Save to my routines' }).click();
    await page.getByText('Saved to your routines.').waitFor();
    expect(errors.filter((error) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(error))).toEqual([]);
    await context.close();
  });

  it('offers a new version without reloading under a routine, and reloads when asked', async () => {
    const { context, page } = await openApp(browser, '#/');
    await page.getByRole('link', { name: 'Desk break' }).waitFor();
    await controlled(page);
    await page.goto('/#/play/desk-break');
    await page.getByRole('button', { name: 'I understand, continue' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));

    const original = readFileSync('dist/sw.js', 'utf8');
    try {
      appendFileSync('dist/sw.js', `\n// a new version ${Date.now()}\n`);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await page.getByText('Update available.').waitFor();
      await page.getByText('Finish your routine first; the update waits.').waitFor();
      // The new version waits, installed, while the old one still controls this page: nothing
      // can reload it until the user asks.
      await expect
        .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state))
        .toBe('installed');
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
      expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
      expect(await page.getByRole('button', { name: 'Pause' }).isVisible()).toBe(true);

      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
      expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBeUndefined();
    } finally {
      writeFileSync('dist/sw.js', original);
    }
    await context.close();
  });
});
