/**
 * `npx tsx scripts/step-shots.ts [outdir] [routine...]`: serves dist/ (run `npx vite build`
 * first) and photographs every step of the given routines in the player, at phone size (and
 * desktop with SHOT_DESKTOP=1), light and bedtime, as the screen shows it without scrolling,
 * for a person to look at one by one.
 */
import { mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { launchChromium } from './chromium';

const out = process.argv[2] ?? '/tmp/unknot-steps';
const routines = process.argv.length > 3 ? process.argv.slice(3) : ['back-relief', 'pre-sleep-wind-down'];
mkdirSync(out, { recursive: true });
const SIZES = { phone: { width: 390, height: 844 }, ...(process.env.SHOT_DESKTOP ? { desktop: { width: 1280, height: 800 } } : {}) };

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const browser = await launchChromium();
try {
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const theme of ['light', 'bedtime'] as const) {
      const context = await browser.newContext({ viewport, colorScheme: 'light', deviceScaleFactor: 1, baseURL: server.resolvedUrls!.local[0] });
      const page = await context.newPage();
      await page.clock.install({ time: new Date('2026-11-23T10:30:00') });
      await page.goto('#/settings');
      await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
      for (const routine of routines) {
        await page.goto(`#/play/${routine}`);
        await page.getByRole('button', { name: 'I understand, continue' }).click();
        const guide = page.getByRole('checkbox', { name: /Guide me with the screen off/ });
        if (await guide.count() && await guide.isChecked()) await guide.uncheck();
        await page.getByRole('button', { name: 'Start' }).click();
        await page.getByRole('button', { name: 'Pause' }).waitFor();
        await page.clock.runFor(4000); // past "get ready"
        for (let step = 1; ; step++) {
          await page.waitForTimeout(120);
          await page.screenshot({ path: `${out}/${routine}-${String(step).padStart(2, '0')}-${size}-${theme}.png` });
          const where = await page.locator('.where').textContent();
          if (!where || /Step (\d+) of \1\b/.test(where) && !/Left side/.test(where)) break;
          await page.getByRole('button', { name: 'Next step' }).click();
          if (await page.getByRole('heading', { name: 'Routine complete' }).count()) break;
        }
      }
      await context.close();
    }
  }
  console.log(`steps in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
