/**
 * `npx tsx scripts/screenshots.ts [outdir]`: builds nothing; serves dist/ and takes a
 * screenshot of every screen at phone and desktop size, light and dark, for a person to look at.
 * Run `npm run build` first. Also writes docs/screenshot.png for the README.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { preview } from 'vite';

const out = process.argv[2] ?? '/tmp/unknot-shots';
mkdirSync(out, { recursive: true });
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const routine = process.env.SHOT_ROUTINE ?? 'back-relief';

type Shot = [name: string, go: (page: Page) => Promise<void>];
const SHOTS: Shot[] = [
  ['library', async (page) => { await page.goto('#/'); await page.getByRole('heading', { level: 3 }).first().waitFor(); }],
  ['detail', async (page) => { await page.goto(`#/routine/${routine}`); await page.getByRole('heading', { name: 'Before you start' }).waitFor(); }],
  ['safety', async (page) => { await page.goto(`#/play/${routine}`); await page.getByRole('button', { name: 'I understand, continue' }).waitFor(); }],
  ['player-ready', async (page) => {
    await page.getByRole('button', { name: 'I understand, continue' }).click();
    await page.getByRole('group', { name: 'How tense do you feel right now?' }).getByRole('button', { name: '6' }).click();
    await page.getByText('Anything sore? Mark it on the body map').click();
    await page.getByRole('checkbox', { name: 'Neck' }).click();
    await page.getByRole('checkbox', { name: 'Shoulders' }).press('Space');
  }],
  ['player-playing', async (page) => { await page.getByRole('button', { name: 'Start' }).click(); await page.getByRole('button', { name: 'Pause' }).waitFor(); await page.clock.runFor(3000 + 12_000); }],
  ['player-paused', async (page) => { await page.getByRole('button', { name: 'Pause' }).click(); }],
  ['complete', async (page) => {
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(3 * 3600 * 1000);
    await page.getByRole('heading', { name: 'Routine complete' }).waitFor();
    const fade = page.getByRole('button', { name: /screen has dimmed/ });
    if (await fade.count()) await fade.click(); // bedtime: the screen fades to dark first
    await page.getByRole('group', { name: 'How tense do you feel now?' }).getByRole('button', { name: '3' }).click();
  }],
  ['history', async (page) => { await page.goto('#/history'); await page.getByRole('heading', { name: 'Sessions' }).waitFor(); }],
  ['library-after', async (page) => { await page.goto('#/'); await page.getByText('This week:').waitFor(); }],
  ['settings', async (page) => { await page.goto('#/settings'); await page.getByRole('heading', { name: 'Settings' }).waitFor(); }],
  ['editor', async (page) => { await page.goto(`#/edit/${routine}`); await page.getByRole('heading', { name: 'New routine' }).waitFor(); }],
  ['editor-problems', async (page) => {
    await page.getByLabel('Title', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Edit step 1' }).click();
    await page.getByLabel('Duration').first().fill('2 hours');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('alert').waitFor();
  }],
  ['share', async (page) => {
    await page.goto(`#/share/${routine}`);
    await page.getByLabel('Add a plan for a client').check();
    await page.getByLabel('From', { exact: true }).fill('Northside Physio');
    await page.getByLabel('How often').selectOption({ label: 'Twice a day' });
    await page.getByLabel('Personal note (optional)').fill('Go gently on the left side this week. Call me if anything hurts.');
  }],
  ['handout', async (page) => { await page.emulateMedia({ media: 'print', colorScheme: 'light' }); }],
  ['shared', async (page) => {
    await page.emulateMedia({ media: 'screen', colorScheme: null });
    const link = await page.getByLabel('Link', { exact: true }).inputValue();
    await page.goto(link.slice(link.indexOf('#')));
    await page.getByText('Sent by Northside Physio').waitFor();
  }],
  ['plan-home', async (page) => {
    await page.getByRole('button', { name: 'Save plan', exact: true }).click();
    await page.getByText('Plan saved.').waitFor();
    await page.goto('#/');
    await page.getByRole('region', { name: 'Your plan' }).waitFor();
  }],
  ['plan', async (page) => {
    await page.getByRole('link', { name: 'See plan and report back' }).click();
    await page.getByRole('button', { name: 'Make report link' }).click();
    await page.getByLabel('Report link').waitFor();
  }],
  ['report', async (page) => {
    const link = await page.getByLabel('Report link').inputValue();
    await page.goto(link.slice(link.indexOf('#')));
    await page.getByRole('heading', { name: /^Report: / }).waitFor();
  }],
  ['link-problem', async (page) => { await page.goto('#/r/1q1ZKKs3JVbKq'); await page.getByRole('heading', { name: 'This link can’t be opened' }).waitFor(); }],
];

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const browser = await launchChromium();
try {
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const colorScheme of ['light', 'dark', 'bedtime'] as const) {
      const context = await browser.newContext({ viewport, colorScheme: colorScheme === 'light' ? 'light' : 'dark', deviceScaleFactor: 1, baseURL: server.resolvedUrls!.local[0] });
      const page = await context.newPage();
      // Daytime for light and dark (no evening offer in the README picture), night for bedtime.
      await page.clock.install({ time: new Date(colorScheme === 'bedtime' ? '2026-11-23T21:30:00' : '2026-11-23T10:30:00') });
      if (colorScheme === 'bedtime') {
        await page.goto('#/settings');
        await page.getByRole('combobox', { name: 'Theme' }).selectOption('bedtime');
      }
      for (const [name, go] of SHOTS) {
        await go(page);
        await page.waitForTimeout(150);
        await page.screenshot({ path: `${out}/${name}-${size}-${colorScheme}.png`, fullPage: name !== 'player-playing' });
      }
      await context.close();
    }
  }
  // README: the library on a phone beside the player on a desktop.
  const data = (name: string) => `data:image/png;base64,${readFileSync(`${out}/${name}.png`).toString('base64')}`;
  const page = await browser.newPage({ viewport: { width: 1400, height: 720 } });
  await page.setContent(`<body style="margin:0;background:#efe6dc;display:flex;gap:32px;align-items:center;justify-content:center;height:720px">
    <div style="width:312px;height:675px;overflow:hidden;border-radius:28px;box-shadow:0 10px 40px #0002"><img src="${data('library-phone-light')}" style="width:312px"></div>
    <div style="width:960px;height:600px;overflow:hidden;border-radius:12px;box-shadow:0 10px 40px #0002"><img src="${data('player-playing-desktop-dark')}" style="width:960px"></div></body>`);
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log(`screenshots in ${out}; docs/screenshot.png updated`);
} finally {
  await browser.close();
  await server.close();
}
