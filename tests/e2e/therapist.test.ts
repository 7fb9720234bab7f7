import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, expectAccessible, launch, openApp, PHONE } from './browser';
import { pdfPages, printHandout } from '../../scripts/share-table';
import { fragment, visitTherapistScreens } from './therapist-screens';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const NOW = new Date('2026-11-23T10:00:00');
const withClock = (page: Page) => page.clock.install({ time: NOW });

/** Writes a two-step routine in the editor, checking inline validation on the way. */
async function writeRoutine(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'New routine' }).waitFor();
  // Nothing invalid saves: the first problem gets focus and every field says what is wrong.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'need fixing before you save' }).waitFor();
  // Focus moves a tick after the alert appears: wait for it rather than read it once.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ed-title');
  expect(await page.getByText('Title is empty; write something here', { exact: true }).isVisible()).toBe(true);

  await page.getByLabel('Title', { exact: true }).fill('Evening neck release');
  await page.getByLabel('Summary', { exact: true }).fill('Ease the neck and shoulders before sleep.');
  await page.getByRole('textbox', { name: 'Safety note' }).fill('Stop at sharp pain, numbness or dizziness. Light pressure only at the sides of the neck.');
  await page.getByLabel('Step title').fill('Neck strokes');
  await page.getByLabel('Duration').fill('2 hours');
  await page.getByLabel('Duration').blur();
  await page.getByText(/duration/i).filter({ hasText: '2 hours' }).first().waitFor();
  await page.getByLabel('Duration').fill('5s');
  await page.getByRole('checkbox', { name: 'Neck' }).click();
  await page.getByRole('textbox', { name: 'Instructions' }).fill('Stroke **down** the side of your neck with light fingertips.');
  await page.getByRole('button', { name: 'Preview' }).nth(2).click();
  expect(await page.getByRole('region', { name: 'Preview of Instructions' }).locator('strong').textContent()).toBe('down');

  await page.getByRole('button', { name: 'Add a step' }).click();
  await page.getByLabel('Step title').nth(1).fill('Shoulder squeeze');
  await page.getByLabel('Duration').nth(1).fill('4s');
  await page.getByLabel('Left side, then right side').nth(1).check();
  await page.getByRole('textbox', { name: 'Instructions' }).nth(0).fill('Squeeze the ridge of your shoulder, then let go.');
  await page.getByText('21 sec in total · 2 steps').or(page.getByText(/in total · 2 steps/)).first().waitFor();

  // Reorder by keyboard, then back by dragging the handle.
  await page.getByRole('button', { name: 'Move step 2 up' }).click();
  expect(await page.getByLabel('Step title').first().inputValue()).toBe('Shoulder squeeze');
  await page.locator('.handle').nth(1).dragTo(page.locator('.handle').nth(0));
  expect(await page.getByLabel('Step title').first().inputValue()).toBe('Neck strokes');
}

describe('therapist and client', () => {
  it('builds a routine, shares it with a plan, and the client plays it, saves it and reports back', async () => {
    // A tall window keeps both step handles on screen for the drag (a person's browser scrolls while dragging).
    const therapist = await openApp(browser, '#/edit', { ...DESKTOP, viewport: { width: 1280, height: 2400 } }, withClock);
    const { page } = therapist;
    await writeRoutine(page);
    await expectAccessible(page);

    // Exported files are routine files the validator accepts.
    for (const format of ['md', 'json']) {
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: `Export .${format}` }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(`evening-neck-release.${format}`);
      const path = join(mkdtempSync(join(tmpdir(), 'unknot-export-')), download.suggestedFilename());
      await download.saveAs(path);
      expect(execFileSync('npx', ['tsx', 'scripts/validate.ts', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toContain('1 routine file valid.');
    }

    await page.getByRole('button', { name: 'Save and share' }).click();
    await page.getByRole('heading', { level: 1, name: 'Share Evening neck release' }).waitFor();
    await page.getByLabel('Add a plan for a client').check();
    await page.getByText('Finish the plan to get its link.').waitFor();
    await page.getByLabel('From', { exact: true }).fill('Northside Physio');
    await page.getByLabel('How often').selectOption({ label: 'Twice a day' });
    await page.getByLabel('Personal note (optional)').fill('Keep it light on the left side.');
    const link = await page.getByLabel('Link', { exact: true }).inputValue();
    expect(link).toContain('#/r/1');
    await page.getByRole('img', { name: 'QR code that opens Evening neck release in Unknot' }).first().waitFor();
    expect(await page.getByText(/characters; fits a QR code/).textContent()).toMatch(/^[\d,]+ characters; fits a QR code \(version \d+\)/);
    await expectAccessible(page);

    // The library marks the routine as the therapist's own.
    await page.goto('/#/');
    await page.getByRole('region', { name: 'Your routines' }).getByRole('link', { name: 'Evening neck release' }).waitFor();

    // The client: a fresh browser profile on a phone, with nothing but the link.
    const client = await openApp(browser, fragment(link).slice(1), PHONE, withClock);
    const phone = client.page;
    await phone.getByRole('heading', { level: 1, name: 'Evening neck release' }).waitFor();
    await phone.getByText('Sent by Northside Physio').waitFor();
    await phone.getByText('Twice a day for 2 weeks, from November 23, 2026').waitFor();
    await phone.getByText('Keep it light on the left side.').waitFor();
    await expectAccessible(phone);
    await phone.getByRole('button', { name: 'Save plan and start' }).click();
    await phone.getByRole('button', { name: 'I understand, continue' }).click();
    await phone.getByRole('group', { name: 'How tense do you feel right now?' }).getByRole('button', { name: '6' }).click();
    await phone.getByRole('button', { name: 'Start' }).click();
    await phone.clock.runFor(60_000);
    await phone.getByRole('heading', { name: 'Routine complete' }).waitFor();
    await phone.getByRole('group', { name: 'How tense do you feel now?' }).getByRole('button', { name: '2' }).click();

    // Home: the plan and how it goes.
    await phone.goto('/#/');
    const plan = phone.getByRole('region', { name: 'Your plan' });
    await plan.getByText('1 of 28 this course').first().waitFor();
    await plan.getByText('1 of 2 today').waitFor();
    await phone.getByRole('region', { name: 'Your routines' }).getByText('From Northside Physio').waitFor();
    await expectAccessible(phone);

    // History counts the routine's sessions against the plan too.
    await phone.goto('/#/history');
    await phone.getByRole('region', { name: 'Your plan' }).getByText('1 of 28 this course').waitFor();
    await phone.goto('/#/');
    await plan.getByRole('link', { name: 'See plan and report back' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Your plan: Evening neck release' }).waitFor();
    await phone.getByRole('button', { name: 'Make report link' }).click();
    const reportLink = await phone.getByLabel('Report link').inputValue();
    const downloadingReport = phone.waitForEvent('download');
    await phone.getByRole('button', { name: 'Download report file' }).click();
    const reportFile = join(mkdtempSync(join(tmpdir(), 'unknot-report-')), (await downloadingReport).suggestedFilename());
    await (await downloadingReport).saveAs(reportFile);
    expect(reportLink).toContain('#/report/1');
    await expectAccessible(phone);

    // Back at the clinic: the report reads as a summary with a chart.
    await page.goto(fragment(reportLink));
    await page.getByRole('heading', { level: 1, name: 'Report: Evening neck release' }).waitFor();
    await page.getByText('Plan from Northside Physio: twice a day for 2 weeks, from November 23, 2026.', { exact: false }).waitFor();
    const tiles = page.locator('.tiles');
    expect(await tiles.textContent()).toMatch(/Sessions done\s*1 of 2\s*28 over the whole plan/);
    expect(await tiles.textContent()).toMatch(/6\.0 → 2\.0/);
    expect(await page.getByRole('img', { name: /Sessions per day, goal 2 a day: day 1: 1/ }).count()).toBe(1);
    await expectAccessible(page);

    // The same report sent as a file opens from the library's file button.
    await page.goto('/#/');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a routine file' }).click();
    await (await chooser).setFiles(reportFile);
    await page.getByRole('heading', { level: 1, name: 'Report: Evening neck release' }).waitFor();
    expect(await page.locator('.tiles').textContent()).toMatch(/Sessions done\s*1 of 2/);

    expect(therapist.errors).toEqual([]);
    expect(client.errors).toEqual([]);
    await therapist.context.close();
    await client.context.close();
  }, 90_000);

  it('npm run link prints a short link for a built-in that opens the routine from the catalog', async () => {
    const base = inject('baseURL');
    const link = execFileSync('npx', ['tsx', 'scripts/link.ts', 'routines/back-relief.md', '--base', `${base}/`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    expect(link).toMatch(new RegExp(`^${base}/#/r/2back-relief\\.[A-Za-z0-9_-]{8}$`));
    const { context, page, errors } = await openApp(browser, fragment(link).slice(1), PHONE);
    await page.getByRole('heading', { level: 1, name: 'Back relief' }).waitFor();
    // Read, then cut out of the address bar.
    expect(await page.evaluate(() => location.hash)).toBe('#/r');
    // The same as the built-in: nothing to save twice.
    await page.getByText('This routine is already in your library.').waitFor();
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.getByRole('heading', { name: 'Before you start' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers a broken link with what is wrong, and the app goes on working', async () => {
    const base = inject('baseURL');
    const link = execFileSync('npx', ['tsx', 'scripts/link.ts', 'routines/desk-break.json', '--full', '--base', `${base}/`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    const payload = link.slice(link.indexOf('#/r/') + 4);
    expect(payload).toMatch(/^1/);
    const { context, page } = await openApp(browser, '#/', PHONE);
    for (const [broken, message] of [
      [payload.slice(0, payload.length - 40), 'The link is cut short'],
      [`${payload.slice(0, 30)}!!${payload.slice(32)}`, 'characters an Unknot link never has'],
      [`3${payload.slice(1)}`, 'made by a newer version of Unknot'],
      [`1${'A'.repeat(40_000)}`, 'far longer than any Unknot link'],
      // A reference to a built-in this copy does not have, or has in another version: never a wrong routine.
      ['2no-such-routine.AAAAAAAA', 'names a built-in routine that this copy of Unknot doesn’t have yet'],
      ['2desk-break.AAAAAAAA', 'names a version of a built-in routine that this copy of Unknot doesn’t have'],
      ['2desk-break.AAA', 'The link is cut short'],
    ] as const) {
      await page.goto(`/#/r/${broken}`);
      await page.getByRole('heading', { level: 1, name: 'This link can’t be opened' }).waitFor();
      await page.getByText(message, { exact: false }).waitFor();
    }
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Back to the library' }).click();
    await page.getByRole('heading', { level: 1, name: 'What could use some care today?' }).waitFor();
    await context.close();
  });
});

describe('therapist and client screens', () => {
  for (const [size, options] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    for (const theme of ['light', 'dark', 'bedtime'] as const) {
      it(`have no axe violations in the ${theme} theme (${size})`, async () => {
        const { context, page, errors } = await openApp(browser, '#/settings', { ...options, colorScheme: theme === 'light' ? 'light' : 'dark' }, withClock);
        if (theme === 'bedtime') await page.getByRole('combobox', { name: 'Theme' }).selectOption('bedtime');
        await visitTherapistScreens(page, async (screen) => expectAccessible(screen));
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('the printed handout', () => {
  it('is a routine a client can follow on paper: back relief with a plan on two A4 pages, no step cut, a QR code a camera reads', async () => {
    const { context, page, errors } = await openApp(browser, '#/', DESKTOP);
    const pages = pdfPages(await printHandout(page, 'back-relief'));
    expect(pages).toBe(2);
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByRole('region', { name: 'Printed handout' });
    await handout.getByText('Sent by Dr. Rivera, Northside Physio').waitFor();
    await handout.getByText('Client: JM-07').waitFor();
    await handout.getByText('Twice a day for 2 weeks, from December 1, 2026').waitFor();
    await handout.getByText('Gentle on the left side.').waitFor();
    await handout.getByRole('heading', { name: 'Before you start' }).waitFor();
    await handout.getByText('Do not do this routine if:').waitFor();
    const steps = handout.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    expect(await steps.count()).toBe(8);
    // Each step: number and title, time and sides, tool and pressure, the words in full, its picture.
    await steps.nth(3).getByRole('heading', { name: '4. Ball between the shoulder blades' }).waitFor();
    await steps.nth(3).getByText('1 min each side').waitFor();
    await steps.nth(3).getByText('Massage ball').waitFor();
    await steps.nth(3).getByText('medium pressure').waitFor();
    await steps.nth(3).getByText('For the second side, step away and move the ball to the other side of your spine.', { exact: false }).waitFor();
    expect(await steps.nth(3).getByRole('img').count()).toBe(1);
    expect(await steps.evaluateAll((items) => items.map((item) => getComputedStyle(item).breakInside))).toEqual(new Array(8).fill('avoid'));
    // At least 0.6 mm a module (96 CSS pixels to the inch), quiet zone included in the count.
    const qr = await handout.getByRole('img', { name: 'QR code that opens Back relief in Unknot' }).evaluate((svg) => ({
      width: svg.getBoundingClientRect().width, modules: (svg as SVGSVGElement).viewBox.baseVal.width,
    }));
    expect((qr.width / 96) * 25.4 / qr.modules).toBeGreaterThanOrEqual(0.6);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is dark on white in the bedtime theme too, with the QR code and no app controls', async () => {
    const { context, page } = await openApp(browser, '#/settings', { ...PHONE, colorScheme: 'dark' }, withClock);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('bedtime');
    await page.goto('/#/share/feet');
    await page.getByRole('button', { name: 'Copy link' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    // Colours ease between themes, so read them once they settle.
    const look = () => page.evaluate(`(() => {
      const html = getComputedStyle(document.documentElement);
      const handout = document.querySelector('.handout');
      return {
        page: html.backgroundColor,
        text: getComputedStyle(handout.querySelector('h1')).color,
        qr: getComputedStyle(handout.querySelector('.qr rect')).fill,
        controls: [...document.querySelectorAll('button')].filter((b) => b.offsetParent !== null).length,
      };
    })()`);
    await expect.poll(look).toEqual({ page: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', qr: 'rgb(255, 255, 255)', controls: 0 });
    await context.close();
  });
});
