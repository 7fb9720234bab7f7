import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Routine } from '../../src/lib/routine/schema-only';
import { HOUSEKEEPING_DELAY_MS } from '../../src/lib/player/runner';
import { DESKTOP, expectAccessible, launch, openApp, PHONE, storedRecord } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const deskBreak = JSON.parse(readFileSync('dist/routines/desk-break.json', 'utf8')) as Routine;
const first = deskBreak.steps[0]!;
const second = deskBreak.steps[1]!;
const clockText = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

const timer = (page: Page) => page.getByRole('timer');
const stepTitle = (page: Page) => page.locator('#step-title');

/**
 * Opens the player past the safety note with Playwright's clock in control and standing still:
 * time moves only by runFor, so what the timer shows does not depend on how busy the machine is.
 */
async function openPlayer(options = DESKTOP) {
  const opened = await openApp(browser, '#/play/desk-break', options, (page) => page.clock.install({ time: new Date('2026-11-23T10:00:00') }));
  const { page } = opened;
  await page.getByRole('heading', { name: 'Before you start' }).waitFor();
  await page.getByRole('button', { name: 'I understand, continue' }).click();
  await page.getByRole('button', { name: 'Start' }).waitFor();
  await page.clock.pauseAt(new Date('2026-11-23T10:30:00'));
  return opened;
}

describe('player', () => {
  it('plays Desk break from Start to the completion screen, with pause, resume, next and previous', async () => {
    const { context, page, errors } = await openPlayer();
    expect(await timer(page).textContent()).toBe('0:03');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(3000);
    expect(await stepTitle(page).textContent()).toBe(first.title);
    expect(await timer(page).textContent()).toBe(clockText(first.duration));
    expect(await page.locator('[aria-live="polite"]').last().textContent()).toContain(first.title);

    await page.clock.runFor(5000);
    expect(await timer(page).textContent()).toBe(clockText(first.duration - 5));
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.clock.runFor(60_000);
    expect(await timer(page).textContent()).toBe(clockText(first.duration - 5));
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(2000);
    expect(await timer(page).textContent()).toBe(clockText(first.duration - 7));

    await page.getByRole('button', { name: 'Next step' }).click();
    expect(await stepTitle(page).textContent()).toBe(second.title);
    await page.getByRole('button', { name: 'Previous step' }).click();
    expect(await stepTitle(page).textContent()).toBe(first.title);
    expect(await timer(page).textContent()).toBe(clockText(first.duration));

    // Keyboard: arrow keys move, Space pauses.
    await page.keyboard.press('ArrowRight');
    expect(await stepTitle(page).textContent()).toBe(second.title);
    await page.keyboard.press('ArrowLeft');
    expect(await stepTitle(page).textContent()).toBe(first.title);
    // Space anywhere but on a control (where it presses that control) pauses and resumes.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Pause' }).waitFor();

    // axe-core works on timers: let time flow again (nothing below reads the clock's exact time).
    await page.clock.resume();
    await expectAccessible(page);
    await page.clock.runFor(60 * 60 * 1000);
    await page.getByRole('heading', { name: 'Routine complete' }).waitFor();
    expect(await page.locator('[aria-live="polite"]').last().textContent()).toMatch(/^Routine complete/);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space');
    expect(await page.getByRole('heading', { name: 'Routine complete' }).isVisible()).toBe(true);
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers Resume after a reload mid-step and continues where it was', async () => {
    const { context, page } = await openPlayer();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(3000 + 4000);
    expect(await timer(page).textContent()).toBe(clockText(first.duration - 4));
    // A checkpoint that falls on a step change or a whole second is written a moment after it
    // (the change itself stays light): let that moment pass, then, with the clock standing
    // still, wait until that checkpoint is in the database, and reload.
    await page.clock.runFor(HOUSEKEEPING_DELAY_MS);
    const now = await page.evaluate(() => Date.now());
    await expect.poll(async () => ((await storedRecord(page, 'checkpoint', 'current')) as { savedAt?: number } | undefined)?.savedAt).toBe(now);
    await page.reload();
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    expect(await stepTitle(page).textContent()).toBe(first.title);
    expect(await timer(page).textContent()).toBe(clockText(first.duration - 4));
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(2000);
    expect(await page.getByRole('button', { name: 'Pause' }).isVisible()).toBe(true);

    // Closed mid-routine (a new document, not a hash change), the library offers it too.
    await page.goto('/index.html#/');
    await page.getByRole('heading', { name: 'Continue Desk break?' }).waitFor();
    await page.getByRole('link', { name: 'Resume' }).click();
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    await context.close();
  });

  it('shows the safety note only before the first play of a routine', async () => {
    const { context, page } = await openPlayer();
    await page.goto('/#/routine/desk-break');
    await page.getByRole('heading', { level: 1, name: 'Desk break' }).waitFor();
    await page.goto('/#/play/desk-break');
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Before you start' }).count()).toBe(0);
    await context.close();
  });

  for (const [size, options] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no axe violations on the safety note and the player (${size}, ${colorScheme})`, async () => {
        const { context, page } = await openApp(browser, '#/play/back-relief', { ...options, colorScheme });
        await page.getByRole('heading', { name: 'Before you start' }).waitFor();
        await expectAccessible(page);
        await page.getByRole('button', { name: 'I understand, continue' }).click();
        await page.getByRole('button', { name: 'Start' }).waitFor();
        await expectAccessible(page);
        await context.close();
      });
    }
  }
});
