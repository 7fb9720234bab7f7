/**
 * `npx tsx scripts/hostile-shots.ts [outdir]`: serves dist/ (run `npx vite build` first) and
 * photographs what hostile inputs of the corpus meet: the problem list of a file with a problem
 * in every field (its last items and "and N more") and the page of a link nested too deeply, at
 * phone and desktop size, light and bedtime.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { launchChromium } from './chromium';
import { CORPUS, HOSTILE_DIR } from './hostile-corpus';

const out = process.argv[2] ?? '/tmp/unknot-hostile';
mkdirSync(out, { recursive: true });
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const file = join(mkdtempSync(join(tmpdir(), 'unknot-shots-')), 'problems-everywhere.json');
writeFileSync(file, CORPUS.find((input) => input.file === 'problems-everywhere.json')!.make());
const link = readFileSync(join(HOSTILE_DIR, 'deep-list-link.txt'), 'utf8').trim();

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const browser = await launchChromium();
try {
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const theme of ['light', 'bedtime'] as const) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, baseURL: server.resolvedUrls!.local[0] });
      const page = await context.newPage();
      await page.goto('#/settings');
      await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
      await page.goto('#/');
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Open a routine file' }).click();
      await (await chooser).setFiles(file);
      const alert = page.getByRole('alert');
      await alert.getByRole('button', { name: 'Dismiss' }).waitFor();
      await alert.getByRole('heading').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${out}/problems-top-${size}-${theme}.png` });
      await alert.getByRole('button', { name: 'Dismiss' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${out}/problems-end-${size}-${theme}.png` });
      await page.goto(`#/r/${link}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.screenshot({ path: `${out}/link-${size}-${theme}.png` });
      await context.close();
    }
  }
  console.log(`hostile shots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
