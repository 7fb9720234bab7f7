import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, openApp, PHONE } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Plays Desk break to the end with the fake clock, rating 7 before and 3 after. */
async function completeDeskBreak(page: Page) {
  await page.goto('/#/play/desk-break');
  await page.getByRole('button', { name: 'I understand, continue' }).click();
  await page.getByRole('group', { name: 'How tense do you feel right now?' }).getByRole('button', { name: '7' }).click();
  await page.getByText('Anything sore? Mark it on the body map').click();
  await page.getByRole('checkbox', { name: 'Neck' }).click();
  await page.getByRole('group', { name: 'Neck' }).getByRole('button', { name: '6' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(60 * 60 * 1000);
  await page.getByRole('heading', { name: 'Routine complete' }).waitFor();
  await page.getByRole('group', { name: 'How tense do you feel now?' }).getByRole('button', { name: '3' }).click();
  await page.getByText('That is 4 points lower than before you started.').waitFor();
  await page.getByRole('group', { name: 'Neck' }).getByRole('button', { name: '2' }).click();
  await page.getByLabel('A note for your history (optional)').fill('Shoulders much looser');
  await page.getByRole('button', { name: 'Save note' }).click();
  await page.getByRole('button', { name: 'Note saved' }).waitFor();
}

describe('history', () => {
  it('shows an invitation before the first routine', async () => {
    const { context, page } = await openApp(browser, '#/history');
    await page.getByRole('heading', { name: 'Nothing here yet' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('keeps a completed routine after a reload; exports it and imports it into a fresh profile', async () => {
    const { context, page, errors } = await openApp(browser, '#/', undefined, (p) => p.clock.install({ time: new Date('2026-11-23T10:00:00') }));
    await completeDeskBreak(page);
    await page.reload();
    await page.goto('/#/history');
    await page.getByRole('heading', { name: 'Sessions' }).waitFor();
    const list = page.getByRole('region', { name: 'Sessions' }).getByRole('listitem');
    expect(await list.count()).toBe(1);
    expect(await list.first().textContent()).toMatch(/Desk break.*completed.*tension 7 → 3.*Shoulders much looser/s);
    await page.getByRole('heading', { name: 'How tense you felt' }).waitFor();
    expect(await page.getByRole('table').getByRole('row', { name: /Neck/ }).textContent()).toBe('Neck162');
    await expectAccessible(page);

    // The library shows the week.
    await page.goto('/#/');
    await page.getByText(/This week:\s*1 session/).waitFor();

    await page.goto('/#/history');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const exported = readFileSync(await (await downloading).path(), 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'unknot-history', version: 1, sessions: [{ routineId: 'desk-break', status: 'completed', tensionBefore: 7, tensionAfter: 3, areasBefore: { neck: 6 }, areasAfter: { neck: 2 } }] });
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    expect(readFileSync(await (await csvDownload).path(), 'utf8')).toMatch(/^id,routineId,/);
    expect(errors).toEqual([]);
    await context.close();

    // A fresh browser profile: import reproduces the history, and a second import skips it.
    const fresh = await openApp(browser, '#/history', PHONE);
    await fresh.page.getByRole('heading', { name: 'Nothing here yet' }).waitFor();
    for (const expected of ['Imported 1 session.', 'Imported 0 sessions; 1 was already here and skipped.']) {
      const chooser = fresh.page.waitForEvent('filechooser');
      await fresh.page.getByRole('button', { name: 'Import' }).click();
      await (await chooser).setFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
      await fresh.page.getByText(expected).waitFor();
    }
    expect(await fresh.page.getByRole('region', { name: 'Sessions' }).getByRole('listitem').first().textContent()).toMatch(/Desk break.*tension 7 → 3/s);
    await fresh.context.close();
  });

  it('refuses a broken import file and leaves the history as it was', async () => {
    const { context, page } = await openApp(browser, '#/', undefined, (p) => p.clock.install({ time: new Date('2026-11-23T10:00:00') }));
    await completeDeskBreak(page);
    await page.goto('/#/history');
    await page.getByRole('heading', { name: 'Sessions' }).waitFor();
    for (const [name, content, message] of [
      ['notes.json', '{"format": "unknot-history", "version": 1, "sessions": [', 'it is not valid JSON'],
      ['routine.json', '{"id": "desk-break", "steps": []}', 'This is not an Unknot history file.'],
      ['future.json', '{"format": "unknot-history", "version": 9, "exportedAt": "2026-11-23T10:00:00.000Z", "sessions": []}', 'newer version of Unknot'],
    ] as const) {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import' }).click();
      await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
      await page.getByText(`“${name}” was not imported.`, { exact: false }).waitFor();
      expect(await page.getByRole('status').last().textContent()).toContain(message);
      expect(await page.getByRole('region', { name: 'Sessions' }).getByRole('listitem').count()).toBe(1);
    }

    // Deleting everything asks first.
    await page.getByRole('button', { name: 'Delete all history' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByRole('region', { name: 'Sessions' }).getByRole('listitem').count()).toBe(1);
    await page.getByRole('button', { name: 'Delete all history' }).click();
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByRole('heading', { name: 'Nothing here yet' }).waitFor();
    await context.close();
  });
});
