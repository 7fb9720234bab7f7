/**
 * `npx tsx scripts/storage-shots.ts [outdir]`: serves dist/ (run `npx vite build` first) and
 * photographs what the user sees when storage fails, at phone and desktop size, light and
 * bedtime: the notice after another tab upgraded the database, on the library and on the
 * completion screen of a routine whose session could not be written; the notice for a
 * database newer than the page; and Settings with damaged records set aside.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium } from './chromium';

const out = process.argv[2] ?? '/tmp/unknot-storage';
mkdirSync(out, { recursive: true });
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

/** Opens Unknot's database at a higher version from `page`, as a newer Unknot in another tab would. */
function upgradeFrom(page: Page) {
  return page.evaluate(() => new Promise<void>((resolve) => {
    const request = indexedDB.open('unknot', 99);
    request.onsuccess = () => {
      (window as unknown as { newer: IDBDatabase }).newer = request.result;
      resolve();
    };
  }));
}

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const browser = await launchChromium();
try {
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const theme of ['light', 'bedtime'] as const) {
      const name = (what: string) => `${out}/${what}-${size}-${theme}.png`;
      const context = await browser.newContext({ viewport, colorScheme: 'light', deviceScaleFactor: 1, baseURL: server.resolvedUrls!.local[0] });
      const page = await context.newPage();
      await page.clock.install({ time: new Date('2026-11-23T10:30:00') });
      await page.goto('#/settings');
      await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
      // Damaged records, as a failing disk would leave them, then a fresh start on them.
      await page.evaluate(() => new Promise<void>((resolve) => {
        const request = indexedDB.open('unknot');
        request.onsuccess = () => {
          const tx = request.result.transaction(['sessions', 'checkpoint'], 'readwrite');
          tx.objectStore('sessions').put({ id: 'bad', routineId: 'desk-break', startedAt: 1_763_712_000_000 });
          tx.objectStore('checkpoint').put({ sessionId: 'x', routine: { steps: 'nope' } }, 'current');
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
        };
      }));
      await page.reload();
      await page.getByText(/damaged records were set aside/).scrollIntoViewIfNeeded();
      await page.screenshot({ path: name('settings-set-aside') });

      // A routine under way when another tab upgrades: the notice, then a session not saved.
      await page.goto('#/play/desk-break');
      await page.getByRole('button', { name: 'I understand, continue' }).click();
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Pause' }).waitFor();
      const other = await context.newPage();
      await other.goto(page.url().replace(/#.*/, '#/'));
      await upgradeFrom(other);
      await page.getByRole('region', { name: 'Saving on this device' }).waitFor();
      await page.clock.runFor(60 * 60 * 1000);
      await page.getByRole('heading', { name: 'Routine finished, not saved yet' }).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: name('player-not-saved'), fullPage: size === 'phone' });
      await page.goto('#/');
      await page.getByRole('link', { name: 'Desk break' }).waitFor();
      await page.screenshot({ path: name('library-replaced') });

      // Reloaded under the newer database: its own message.
      await page.reload();
      await page.getByText(/newer version of Unknot than this page/).waitFor();
      await page.screenshot({ path: name('library-newer') });
      await other.evaluate(() => (window as unknown as { newer: IDBDatabase }).newer.close());
      await context.close();
    }
  }
  console.log(`storage screens in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
