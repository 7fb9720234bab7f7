/**
 * `npx tsx scripts/share-shots.ts [outdir] [routine]`: serves dist/ (run `npx vite build`
 * first) and photographs the screens that list a routine's steps with their pictures: the
 * routine's page and the shared-link page (steps opened), and the printed handout, at phone
 * and desktop size, light and bedtime.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium } from './chromium';

const out = process.argv[2] ?? '/tmp/unknot-share';
const routine = process.argv[3] ?? 'back-relief';
mkdirSync(out, { recursive: true });
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

async function openSteps(page: Page) {
  for (const summary of await page.locator('summary').all()) {
    if (await summary.evaluate((element) => element.closest('ol') !== null)) await summary.click();
  }
}

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const browser = await launchChromium();
try {
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const theme of ['light', 'bedtime'] as const) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, baseURL: server.resolvedUrls!.local[0] });
      const page = await context.newPage();
      await page.goto('#/settings');
      await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
      await page.goto(`#/routine/${routine}`);
      await page.getByRole('heading', { name: 'Before you start' }).waitFor();
      await openSteps(page);
      await page.screenshot({ path: `${out}/detail-${size}-${theme}.png`, fullPage: true });
      await page.locator('ol li').nth(1).evaluate((item) => item.scrollIntoView());
      await page.screenshot({ path: `${out}/detail-steps-${size}-${theme}.png` });
      await page.goto(`#/share/${routine}`);
      const link = await page.getByLabel('Link', { exact: true }).inputValue();
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `${out}/handout-${size}-${theme}.png`, fullPage: true });
      if (size === 'desktop' && theme === 'bedtime') await page.pdf({ path: `${out}/handout.pdf` });
      await page.emulateMedia({ media: 'screen' });
      await page.goto(link.slice(link.indexOf('#')));
      await page.getByRole('heading', { level: 1 }).waitFor();
      await openSteps(page);
      await page.screenshot({ path: `${out}/shared-${size}-${theme}.png`, fullPage: true });
      await page.locator('ol li').nth(3).evaluate((item) => item.scrollIntoView());
      await page.screenshot({ path: `${out}/shared-steps-${size}-${theme}.png` });
      await context.close();
    }
  }
  console.log(`share shots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
