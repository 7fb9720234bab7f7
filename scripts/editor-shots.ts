/**
 * `npx tsx scripts/editor-shots.ts [outdir]`: serves dist/ (run `npx vite build` first) and
 * photographs the editor's step picture in three states (a copied step opened, position and
 * tool set, one side and two motions set), at phone and desktop size, light and bedtime.
 */
import { mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { launchChromium } from './chromium';

const out = process.argv[2] ?? '/tmp/unknot-editor';
mkdirSync(out, { recursive: true });
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const browser = await launchChromium();
try {
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const theme of ['light', 'bedtime'] as const) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, baseURL: server.resolvedUrls!.local[0] });
      const page = await context.newPage();
      await page.goto('#/settings');
      await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
      await page.goto('#/edit/back-relief');
      await page.getByRole('button', { name: 'Edit step 3' }).click();
      const shoot = async (name: string) => {
        await page.getByRole('figure', { name: 'Picture' }).scrollIntoViewIfNeeded();
        await page.waitForTimeout(150);
        await page.screenshot({ path: `${out}/editor-${name}-${size}-${theme}.png` });
      };
      await shoot('1-open');
      await page.getByLabel('Position').selectOption({ label: 'Lying on your back' });
      await page.getByLabel('Tool').selectOption({ label: 'Massage ball' });
      await shoot('2-position-tool');
      await page.getByLabel('Left side, then right side').uncheck();
      await page.getByLabel('One side only').selectOption({ label: 'Right side only' });
      await page.getByLabel('Motion', { exact: true }).selectOption({ label: 'Press and hold' });
      await page.getByLabel('Then (optional)').selectOption({ label: 'Circles' });
      await shoot('3-side-motions');
      await context.close();
    }
  }
  console.log(`editor shots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
