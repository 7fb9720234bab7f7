import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, launch, openApp, PHONE } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const evening = (hour: number) => (page: Page) => page.clock.install({ time: new Date(2026, 10, 23, hour, 30) });

describe('bedtime', () => {
  it('is offered in the evening, remembered, and painted before the app loads', async () => {
    const { context, page } = await openApp(browser, '#/', PHONE, evening(21));
    await page.getByRole('button', { name: 'Yes, in the evenings' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('bedtime');
    await page.reload({ waitUntil: 'domcontentloaded' });
    // The inline script in index.html has run; the app has not necessarily rendered yet.
    expect(await page.evaluate(() => [document.documentElement.dataset.theme, getComputedStyle(document.documentElement).backgroundColor])).toEqual(['bedtime', 'rgb(12, 8, 6)']);
    await page.getByRole('link', { name: 'Desk break' }).waitFor();
    expect(await page.getByRole('region', { name: 'Bedtime theme' }).count()).toBe(0);
    await context.close();
  });

  it('is not offered above the player, even when the evening begins mid-routine: it waits for the way back', async () => {
    // Opened on the player in the evening: no room is kept for the offer above it.
    const late = await openApp(browser, '#/play/desk-break', PHONE, evening(21));
    await late.page.getByRole('button', { name: 'I understand, continue' }).click();
    await late.page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await late.page.evaluate(() => 'offer' in document.documentElement.dataset)).toBe(false);
    expect(await late.page.getByRole('region', { name: 'Bedtime theme' }).count()).toBe(0);
    await late.page.getByRole('link', { name: '← Leave' }).click();
    await late.page.getByRole('region', { name: 'Bedtime theme' }).waitFor();
    await late.context.close();

    // Playing at 7:59 pm when the evening begins.
    const { context, page } = await openApp(browser, '#/play/desk-break', PHONE, (page) => page.clock.install({ time: new Date(2026, 10, 23, 19, 59, 30) }));
    await page.getByRole('button', { name: 'I understand, continue' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    const stepAt = () => page.locator('.player').evaluate((player) => player.getBoundingClientRect().top);
    const top = await stepAt();
    await page.clock.runFor(90_000);
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    expect(await page.getByRole('region', { name: 'Bedtime theme' }).count()).toBe(0);
    expect(await stepAt()).toBe(top);
    await page.getByRole('link', { name: '← Leave' }).click();
    await page.getByRole('region', { name: 'Bedtime theme' }).waitFor();
    await context.close();
  });

  it('is not offered in the daytime, and can be chosen in settings', async () => {
    const { context, page } = await openApp(browser, '#/settings', DESKTOP, evening(11));
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await page.getByRole('region', { name: 'Bedtime theme' }).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('bedtime');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('bedtime');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await context.close();
  });

  it('fades the screen to dark at the end of a routine, until tapped', async () => {
    const { context, page } = await openApp(browser, '#/settings', PHONE, evening(22));
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('bedtime');
    await page.goto('/#/play/desk-break');
    await page.getByRole('button', { name: 'I understand, continue' }).click();
    // At bedtime, screen-off guidance is on: Start first renders the audio track.
    expect(await page.getByRole('checkbox', { name: /Guide me with the screen off/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    expect(await page.locator('.player').getAttribute('data-track')).toMatch(/^blob:/);
    await page.clock.runFor(60 * 60 * 1000);
    await page.getByRole('heading', { name: 'Routine complete' }).waitFor();
    const fade = page.getByRole('button', { name: 'The screen has dimmed. Press to show it again.' });
    await fade.waitFor();
    await fade.click();
    expect(await fade.count()).toBe(0);
    await context.close();
  });

  for (const [size, options] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    it(`has no axe violations on any screen in the bedtime theme (${size})`, async () => {
      const { context, page } = await openApp(browser, '#/settings', options, evening(22));
      await page.getByRole('combobox', { name: 'Theme' }).selectOption('bedtime');
      // The page takes the theme once the stored settings have been read (no flash of defaults).
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('bedtime');
      await expectAccessible(page);
      for (const [path, heading] of [
        ['#/', 'What could use some care today?'],
        ['#/routine/pre-sleep-wind-down', 'Pre-sleep wind-down'],
        ['#/history', 'History'],
        ['#/nowhere', 'There is nothing here'],
      ] as const) {
        await page.goto(`/${path}`);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await expectAccessible(page);
      }
      await page.goto('/#/play/pre-sleep-wind-down');
      await page.getByRole('button', { name: 'I understand, continue' }).waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'I understand, continue' }).click();
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Pause' }).waitFor();
      await page.clock.runFor(5000);
      await expectAccessible(page);
      await context.close();
    });
  }
});
