import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/lib/player/timeline';
import type { Routine } from '../../src/lib/routine/schema-only';
import { expectAccessible, launch, openApp, startApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const deskBreak = JSON.parse(readFileSync('dist/routines/desk-break.json', 'utf8')) as Routine;

/** Puts records into Unknot's database from the page, as a damaged disk or an old bug would leave them. */
function putRecords(page: Page, records: { store: string; value: unknown; key?: string }[]) {
  return page.evaluate((records) => new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('unknot');
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction([...new Set(records.map((record) => record.store))], 'readwrite');
      for (const { store, value, key } of records) tx.objectStore(store).put(value, key);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(new Error(String(tx.error)));
    };
    request.onerror = () => reject(new Error(String(request.error)));
  }), records);
}

/** The keys of one object store in Unknot's database, read from the page. */
function storedKeys(page: Page, store: string) {
  return page.evaluate((store) => new Promise<string[]>((resolve, reject) => {
    const request = indexedDB.open('unknot');
    request.onsuccess = () => {
      const db = request.result;
      const keys = db.transaction(store).objectStore(store).getAllKeys();
      keys.onsuccess = () => {
        db.close();
        resolve(keys.result as string[]);
      };
    };
    request.onerror = () => reject(new Error(String(request.error)));
  }), store);
}

describe('storage', () => {
  it('says so when another tab upgrades the database, fails later writes into the same notice, and names a newer database on reload', async () => {
    const { context, page, errors } = await openApp(browser, '#/settings');
    await page.getByRole('checkbox', { name: 'Mute all sounds' }).waitFor();
    const other = await context.newPage();
    await other.goto(page.url());
    await other.getByRole('heading', { name: 'Settings' }).waitFor();

    // A newer Unknot in the other tab opens the database at a higher version.
    await other.evaluate(() => new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('unknot', 99);
      request.onsuccess = () => {
        (window as unknown as { newerDb: IDBDatabase }).newerDb = request.result;
        resolve();
      };
      request.onerror = () => reject(new Error(String(request.error)));
      request.onblocked = () => reject(new Error('blocked: the old tab did not step aside'));
    }));
    const notice = page.getByRole('region', { name: 'Saving on this device' });
    await notice.getByText('Unknot was updated in another tab. Reload this page to keep saving; everything saved so far is safe.').waitFor();
    await expectAccessible(page);

    // Dismissed, it comes back with the next write, which fails instead of pretending to save.
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: 'Mute all sounds' }).check();
    await notice.getByText('Unknot was updated in another tab.').waitFor();

    // Reloaded, the page is older than the database: its own message, not the private-mode one.
    await other.evaluate(() => (window as unknown as { newerDb: IDBDatabase }).newerDb.close());
    await other.close();
    await notice.getByRole('button', { name: 'Reload' }).click();
    await notice.getByText('This device holds data from a newer version of Unknot than this page.').waitFor();
    await page.goto(page.url().replace(/#.*/, '#/history'));
    await page.getByText('Your history was saved by a newer version of Unknot, which this page cannot read.').waitFor();
    expect(await page.getByText(/private browsing/).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays a routine whose stored checkpoint is damaged, and reports the damaged records in Settings for download', async () => {
    const { context, page, errors } = await openApp(browser, '#/');
    await page.getByRole('link', { name: 'Desk break' }).waitFor();
    // The app opens its database, which these records go into.
    await startApp(page);
    const badCheckpoint = { sessionId: 'broken', routine: { ...deskBreak, steps: 'nope' }, state: {}, position: 0, getReadyMs: 0, savedAt: 1 };
    const badSession = { id: 'numeric-start', routineId: 'desk-break', routineTitle: 'Desk break', startedAt: 1_763_712_000_000, endedAt: '2026-11-21T08:05:00.000Z', status: 'completed', stepsCompleted: 7, stepsTotal: 7, activeSeconds: 300 };
    await putRecords(page, [
      { store: 'checkpoint', value: badCheckpoint, key: 'current' },
      { store: 'sessions', value: badSession },
      { store: 'settings', value: { volume: 'loud' }, key: 'settings' },
    ]);

    // The app starts on what the disk holds.
    await page.reload();
    await page.getByRole('link', { name: 'Desk break' }).waitFor();
    await page.goto('/#/play/desk-break');
    await page.getByRole('button', { name: 'I understand, continue' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();

    await page.goto('/#/history');
    await page.getByRole('heading', { name: 'Nothing here yet' }).waitFor();
    await page.goto('/#/settings');
    await page.getByText('3 damaged records were set aside.').waitFor();
    expect(await page.getByRole('slider', { name: 'Volume' }).inputValue()).toBe('0.8');
    await expectAccessible(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download damaged records' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^unknot-damaged-records-\d{4}-\d\d-\d\d\.json$/);
    const file = JSON.parse(readFileSync((await download.path()), 'utf8')) as { records: { store: string; record: unknown }[] };
    expect(file.records.map((entry) => entry.store).sort()).toEqual(['checkpoint', 'sessions', 'settings']);
    expect(file.records.find((entry) => entry.store === 'sessions')?.record).toEqual(badSession);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('turns a checkpoint that reached the end of its routine into one completed session, however often the app starts', async () => {
    const { context, page } = await openApp(browser, '#/');
    await page.getByRole('link', { name: 'Desk break' }).waitFor();
    // The app opens its database, which these records go into.
    await startApp(page);
    const { total } = buildTimeline(deskBreak, { getReadyMs: 3000 });
    const startedAt = Date.parse('2026-11-22T21:00:00.000Z');
    await putRecords(page, [{
      store: 'checkpoint',
      key: 'current',
      value: {
        sessionId: 'run-at-the-end', routine: deskBreak, position: total, getReadyMs: 3000, savedAt: startedAt + total,
        state: { status: 'finished', anchor: startedAt, held: total, cursor: total, segment: 0, furthest: total, activeMs: total, runStart: null, startedAt },
      },
    }]);
    // Each start settles the checkpoint before anything reads sessions; the history shows what it found.
    const sessionList = page.getByRole('region', { name: 'Sessions' }).getByRole('listitem');
    for (let start = 0; start < 2; start++) {
      await page.goto('/#/history');
      await page.reload();
      await page.getByRole('button', { name: /^Delete Desk break/ }).waitFor();
      expect(await sessionList.count()).toBe(1);
    }
    expect(await storedKeys(page, 'sessions')).toEqual(['run-at-the-end']);
    expect(await storedKeys(page, 'checkpoint')).toEqual([]);
    await context.close();
  });
});
