import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Routine } from '../../src/lib/routine/schema-only';
import { expectAccessible, launch, openApp, PHONE } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const routine = (id: string) => JSON.parse(readFileSync(`dist/routines/${id}.json`, 'utf8')) as Routine;

/** The player on a phone in the given theme, a routine playing and past "get ready". */
async function play(id: string, theme: 'light' | 'dark' | 'bedtime') {
  const opened = await openApp(browser, '#/settings', PHONE, (page) => page.clock.install({ time: new Date('2026-11-23T21:30:00') }));
  const { page } = opened;
  await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
  await page.goto(`/#/play/${id}`);
  await page.getByRole('button', { name: 'I understand, continue' }).click();
  await page.getByRole('button', { name: 'Start' }).waitFor();
  // Screen-off guidance (on at bedtime) renders an audio track first; this test is about the screen.
  const screenOff = page.getByRole('checkbox', { name: /Guide me with the screen off/ });
  if ((await screenOff.count()) && (await screenOff.isChecked())) await screenOff.uncheck();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  await page.clock.runFor(4000);
  return opened;
}

/** Whole on screen at 390 × 844 as the page first shows it, with nothing scrolled. */
async function onScreen(what: Locator, name: string) {
  const box = await what.boundingBox();
  expect(box, name).not.toBeNull();
  const { x, y, width, height } = box!;
  expect({ name, top: y >= 0, bottom: y + height <= PHONE.viewport.height, left: x >= 0, right: x + width <= PHONE.viewport.width })
    .toEqual({ name, top: true, bottom: true, left: true, right: true });
}

/** Where the first sentence of the step's instructions ends on screen. */
function firstSentenceBottom(page: Page): Promise<number> {
  return page.getByRole('region', { name: /./ }).locator('.instructions').evaluate((prose) => {
    const walker = document.createTreeWalker(prose, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let node = walker.nextNode();
    if (!node) return Infinity;
    range.setStart(node, 0);
    while (node) {
      const end = (node.textContent ?? '').search(/[.?:;](\s|$)/);
      if (end >= 0) {
        range.setEnd(node, end + 1);
        return range.getBoundingClientRect().bottom;
      }
      range.setEndAfter(node);
      node = walker.nextNode();
    }
    return range.getBoundingClientRect().bottom;
  });
}

describe('step pictures in the player', () => {
  for (const [id, theme] of [['back-relief', 'light'], ['pre-sleep-wind-down', 'bedtime']] as const) {
    it(`shows the time, the controls, the step, its picture and its first sentence without scrolling on a phone (${id}, ${theme})`, async () => {
      const { context, page, errors } = await play(id, theme);
      const titles = routine(id).steps.map((step) => step.title);
      const seen = new Set<string>();
      for (let turn = 0; turn < 2 * titles.length && !(await page.getByRole('heading', { name: 'Routine complete' }).count()); turn++) {
        const title = (await page.locator('#step-title').textContent()) ?? '';
        seen.add(title);
        const step = page.getByRole('region', { name: title });
        await onScreen(page.getByRole('timer'), 'timer');
        await onScreen(page.getByRole('button', { name: 'Pause' }), 'Pause');
        await onScreen(page.getByRole('button', { name: 'Next step' }), 'Next step');
        await onScreen(step.getByRole('heading', { name: title }), `${title}: heading`);
        const pictures = step.getByRole('img');
        expect(await pictures.count()).toBe(2); // the step's picture and the body map
        await onScreen(pictures.first(), `${title}: picture`);
        await onScreen(pictures.last(), `${title}: body map`);
        expect(await firstSentenceBottom(page), `${title}: first sentence`).toBeLessThanOrEqual(PHONE.viewport.height);
        expect(await page.evaluate(() => [window.scrollY, document.documentElement.scrollWidth])).toEqual([0, PHONE.viewport.width]);
        // The picture's name is read when the step comes, not with every announcement.
        expect(await page.locator('[aria-live] [role="img"], [role="timer"] [role="img"]').count()).toBe(0);
        await page.getByRole('button', { name: 'Next step' }).click();
      }
      expect([...seen].sort()).toEqual([...new Set(titles)].sort());
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  for (const theme of ['light', 'dark', 'bedtime'] as const) {
    it(`has no axe violations with a picture on screen (${theme})`, async () => {
      const { context, page } = await play('back-relief', theme);
      expect(await page.getByRole('region', { name: /./ }).getByRole('img').count()).toBe(2);
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Pause' }).click();
      await expectAccessible(page);
      await context.close();
    });
  }
});
