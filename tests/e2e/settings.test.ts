import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launch, openApp, storedRecord } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('settings', () => {
  it('keeps changes across a reload and applies them in the player', async () => {
    const { context, page, errors } = await openApp(browser, '#/settings');
    await page.getByRole('checkbox', { name: /Last three seconds/ }).uncheck();
    await page.getByRole('combobox', { name: 'Countdown before the first step' }).selectOption({ label: 'None' });
    await page.getByRole('checkbox', { name: 'Mute all sounds' }).check();
    // Saving is asynchronous: reload once the last change is in the database.
    await expect.poll(() => storedRecord(page, 'settings', 'settings')).toMatchObject({ muted: true, getReadySeconds: 0, cues: { tick: false } });
    await page.reload();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await expect.poll(() => page.getByRole('checkbox', { name: /Last three seconds/ }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Mute all sounds' }).isChecked()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Countdown before the first step' }).inputValue()).toBe('0');

    // No countdown: the player opens on the first step, and the mute button shows sound off.
    await page.goto('/#/play/desk-break');
    await page.getByRole('button', { name: 'I understand, continue' }).click();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await page.locator('.where').textContent()).toBe('Step 1 of 7');
    expect(await page.getByRole('button', { name: /mute sounds/ }).getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lines up its lists in one column on a desktop, however long a routine title in them', async () => {
    const { context, page } = await openApp(browser, '#/settings', DESKTOP);
    const routine = page.getByRole('combobox', { name: 'Routine to offer' });
    // The list holds the desk routines once the catalog is read; its longest title set its width.
    await expect.poll(() => routine.locator('option').count()).toBeGreaterThan(1);
    const edges = await page.locator('.row select').evaluateAll((selects) => selects.map((select) => Math.round(select.getBoundingClientRect().right)));
    expect(new Set(edges).size).toBe(1);
    await context.close();
  });
});
