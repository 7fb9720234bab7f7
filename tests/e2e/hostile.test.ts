/**
 * The hostile inputs of issue #11 on the screens that meet them: a link, a routine file and a
 * history file from a stranger each get a calm answer naming the problem, the page keeps
 * working, and nothing is logged as an error. The inputs come from the hostile corpus.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, HOSTILE_DIR } from '../../scripts/hostile-corpus';
import { expectAccessible, launch, openApp, PHONE } from './browser';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'unknot-hostile-'));
});
afterAll(async () => {
  await browser?.close();
});

/** A corpus input's text: committed, or made now. */
function hostile(file: string): string {
  const input = CORPUS.find((entry) => entry.file === file)!;
  return input.committed ? readFileSync(join(HOSTILE_DIR, file), 'utf8').trim() : input.make();
}

/** A corpus input written to a file the page can be given. */
function hostileFile(file: string): string {
  const path = join(dir, file);
  writeFileSync(path, hostile(file));
  return path;
}

async function pickRoutineFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a routine file' }).click();
  await (await chooser).setFiles(path);
}

describe('hostile links', () => {
  it.each([
    ['deep-list-link.txt', 'step 1, instructions: lists or quotes in the instructions go more than 8 levels deep; keep them to 8 levels inside each other'],
    ['deep-quote-link.txt', 'step 1, instructions: lists or quotes in the instructions go more than 8 levels deep; keep them to 8 levels inside each other'],
    ['empty-steps-link.txt', 'step 1001: a routine has at most 1000 steps; this is step 1001, so split the routine'],
  ])('%s opens a page that says what is wrong, and the app goes on', async (file, detail) => {
    const { context, page, errors } = await openApp(browser, `#/r/${hostile(file)}`, PHONE);
    await page.getByRole('heading', { name: 'This link can’t be opened' }).waitFor();
    expect(await page.getByRole('listitem').allTextContents()).toEqual([detail]);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Back to the library' }).click();
    await page.getByRole('button', { name: 'Open a routine file' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a report link of 170,000 sessions says a report holds at most 1200', async () => {
    const { context, page, errors } = await openApp(browser, `#/report/${hostile('huge-report-link.txt')}`);
    await page.getByRole('heading', { name: 'This report can’t be opened' }).waitFor();
    expect(await page.getByRole('listitem').allTextContents()).toEqual(['sessions: a report holds at most 1200 sessions, and this one has 170,466']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('hostile routine files', () => {
  it('0.9 MB of empty steps gets one problem, and the button is ready again', async () => {
    const { context, page, errors } = await openApp(browser);
    await pickRoutineFile(page, hostileFile('empty-steps.json'));
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: '“empty-steps.json” could not be opened: 1 problem' }).waitFor();
    expect(await alert.getByRole('listitem').allTextContents()).toEqual(['Line 1, column 3112: a routine has at most 1000 steps; this is step 1001, so split the routine']);
    await expect.poll(() => page.getByRole('button', { name: 'Open a routine file' }).isEnabled()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a file with a problem in every field shows the first 50 and counts the rest', async () => {
    const { context, page, errors } = await openApp(browser, '#/', PHONE);
    await pickRoutineFile(page, hostileFile('problems-everywhere.json'));
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: '“problems-everywhere.json” could not be opened: 16,001 problems' }).waitFor();
    expect(await alert.getByRole('listitem').count()).toBe(50);
    await alert.getByText('…and 15,951 more problems. Fix these first; the rest may go with them.').waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a routine of 40,000 hours is refused at the step that passes 3 hours', async () => {
    const { context, page, errors } = await openApp(browser);
    await pickRoutineFile(page, hostileFile('days-long.json'));
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: '“days-long.json” could not be opened: 1 problem' }).waitFor();
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([
      'Line 1, column 139: the routine passes 3 hours at this step: it runs 40,027 h 47 min in all, counting every repeat and side and the pauses to switch sides; a routine lasts at most 3 hours, so shorten steps or split it into several routines',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('hostile history files', () => {
  it('400,000 empty sessions are refused with one message and nothing imported', async () => {
    const { context, page, errors } = await openApp(browser, '#/history');
    await page.getByRole('heading', { name: 'Nothing here yet' }).waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import' }).click();
    await (await chooser).setFiles(hostileFile('empty-sessions-history.json'));
    await page.getByText('“empty-sessions-history.json” was not imported. This history file holds more than 20,000 sessions, more than Unknot imports from one file. Nothing was imported.').waitFor();
    await expect.poll(() => page.getByRole('heading', { name: 'Nothing here yet' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
