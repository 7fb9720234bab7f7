import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, openApp, storedRecord } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('desk breaks', () => {
  it('reminds during working hours, snoozes, and starts the two-minute micro-break in one tap', async () => {
    // Monday 23 November 2026, 10:00 local.
    const { context, page } = await openApp(browser, '#/settings', undefined, (p) => p.clock.install({ time: new Date(2026, 10, 23, 10, 0) }));
    await page.getByRole('checkbox', { name: 'Remind me to take a break while Unknot is open' }).check();
    await page.getByRole('combobox', { name: 'Every' }).selectOption({ label: '30 minutes' });
    await page.goto('/#/');
    const reminder = page.getByRole('region', { name: 'Desk break reminder' });
    await page.clock.runFor(29 * 60_000);
    expect(await reminder.count()).toBe(0);
    await page.clock.runFor(6 * 60_000);
    await reminder.waitFor();
    await expectAccessible(page);

    await reminder.getByRole('button', { name: 'Later' }).click();
    expect(await reminder.count()).toBe(0);
    await page.clock.runFor(16 * 60_000);
    await reminder.waitFor();
    await reminder.getByRole('link', { name: 'Start Two-minute micro-break' }).click();
    await page.getByRole('button', { name: 'I understand, continue' }).waitFor();
    expect(page.url()).toMatch(/#\/play\/micro-break$/);
    await context.close();
  });

  it('offers the routine chosen in Settings, and keeps the choice', async () => {
    const { context, page, errors } = await openApp(browser, '#/settings', undefined, (p) => p.clock.install({ time: new Date(2026, 10, 23, 10, 0) }));
    await page.getByRole('checkbox', { name: 'Remind me to take a break while Unknot is open' }).check();
    const routine = page.getByRole('combobox', { name: 'Routine to offer' });
    await expect.poll(() => routine.locator('option').allTextContents()).toEqual(expect.arrayContaining(['Two-minute micro-break', 'Desk break']));
    expect(await routine.inputValue()).toBe('micro-break');
    await routine.selectOption({ label: 'Desk break' });
    // A reload right after a choice would abort its write (written with strict durability, it
    // can take a moment on a busy disk): wait until it is in the database, as a person would.
    await expect.poll(() => storedRecord(page, 'settings', 'settings')).toMatchObject({ reminders: { routine: 'desk-break' } });
    await page.reload();
    await expect.poll(() => page.getByRole('combobox', { name: 'Routine to offer' }).inputValue()).toBe('desk-break');
    await page.goto('/#/');
    await page.clock.runFor(61 * 60_000);
    const reminder = page.getByRole('region', { name: 'Desk break reminder' });
    await reminder.getByRole('link', { name: 'Start Desk break' }).click();
    await page.getByRole('button', { name: 'I understand, continue' }).waitFor();
    expect(page.url()).toMatch(/#\/play\/desk-break$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('stays quiet outside working hours', async () => {
    const { context, page } = await openApp(browser, '#/settings', undefined, (p) => p.clock.install({ time: new Date(2026, 10, 23, 19, 0) }));
    await page.getByRole('checkbox', { name: 'Remind me to take a break while Unknot is open' }).check();
    await page.goto('/#/');
    await page.clock.runFor(3 * 3_600_000);
    expect(await page.getByRole('region', { name: 'Desk break reminder' }).count()).toBe(0);
    await context.close();
  });

  it('downloads a calendar file with a repeating event that opens the routine', async () => {
    const { context, page } = await openApp(browser, '#/routine/desk-break');
    await page.getByRole('heading', { name: 'Add to your calendar' }).waitFor();
    await page.getByRole('button', { name: 'Add a time' }).click();
    await page.getByLabel('Time 3', { exact: true }).fill('16:45');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download calendar file' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('desk-break.ics');
    const file = readFileSync(await download.path(), 'utf8').replace(/\r\n /g, '');
    expect(file.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(file).toMatch(/DTSTART:\d{8}T110000/);
    expect(file).toMatch(/DTSTART:\d{8}T164500/);
    expect(file).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    expect(file).toMatch(/URL:http:\/\/127\.0\.0\.1:\d+\/#\/play\/desk-break/);
    await context.close();
  });
});
