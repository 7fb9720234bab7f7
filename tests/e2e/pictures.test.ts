import { readFileSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Routine } from '../../src/lib/routine/schema-only';
import { DESKTOP, expectAccessible, launch, openApp, PHONE } from './browser';

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
      const complete = page.getByRole('heading', { name: 'Routine complete' });
      for (let turn = 0; turn < 2 * titles.length; turn++) {
        // The next step, or the end once the session has been saved.
        await page.locator('#step-title').or(complete).first().waitFor();
        if (await complete.count()) break;
        const title = (await page.locator('#step-title').textContent()) ?? '';
        seen.add(title);
        const step = page.getByRole('region', { name: title });
        await onScreen(page.getByRole('timer'), 'timer');
        await onScreen(page.getByRole('button', { name: 'Pause' }), 'Pause');
        await onScreen(page.getByRole('button', { name: 'Next step' }), 'Next step');
        await onScreen(step.getByRole('heading', { name: title }), `${title}: heading`);
        const pictures = step.getByRole('img');
        await expect.poll(() => pictures.count()).toBe(2); // the step's picture and the body map (its code may still be loading)
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

  it('reads each step’s picture once, with the step’s announcement, and not with each tick', async () => {
    const { context, page, errors } = await play('back-relief', 'light');
    const steps = routine('back-relief').steps;
    // Everything a screen reader is told without moving: each text the live regions take,
    // and each new name of the step's picture, recorded as the page changes.
    await page.evaluate(() => {
      const log = { live: [] as string[], names: [] as string[], ticks: 0 };
      (window as unknown as { heard: typeof log }).heard = log;
      const said = new WeakMap<Element, string>();
      // The card on screen; the one drawn ahead is hidden, from screen readers too.
      const picture = () => document.querySelector('.step:not(.ahead) .step-picture[role="img"]');
      let time = document.querySelector('[role="timer"]')?.textContent;
      const observer = new MutationObserver(() => {
        for (const region of document.querySelectorAll('[aria-live]:not([aria-live="off"])')) {
          const text = region.textContent?.trim() ?? '';
          if (text && text !== said.get(region)) log.live.push(text);
          said.set(region, text);
        }
        const name = picture()?.getAttribute('aria-label') ?? '';
        if (name !== log.names.at(-1)) log.names.push(name);
        const now = document.querySelector('[role="timer"]')?.textContent;
        if (now !== time) log.ticks++;
        time = now;
      });
      for (const region of document.querySelectorAll('[aria-live]')) said.set(region, region.textContent?.trim() ?? '');
      log.names.push(picture()?.getAttribute('aria-label') ?? '');
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    /** Lets the routine play second by second until `done`. */
    const playUntil = async (done: () => Promise<boolean>) => {
      for (let second = 0; second < 200 && !(await done()); second++) await page.clock.runFor(1000);
    };
    const where = () => page.locator('.where').textContent();
    // The rest of the first step and all of the second, then on to the left-right ball: its left, the switch, its right.
    await playUntil(async () => (await page.locator('#step-title').textContent()) === steps[2]!.title);
    await page.getByRole('button', { name: 'Next step' }).click();
    await playUntil(async () => /Right side/.test((await where()) ?? ''));
    await page.clock.runFor(2000);
    const heard = await page.evaluate(() => (window as unknown as { heard: { live: string[]; names: string[]; ticks: number } }).heard);

    expect(heard.ticks).toBeGreaterThan(steps[1]!.duration + steps[3]!.duration);
    // Settle and breathe, the palm circles, the knuckle strokes, the ball on each side: five pictures, five names.
    expect(heard.names).toHaveLength(5);
    expect(heard.names.map((name) => name.split(/[:,]/)[0])).toEqual(['Standing', 'Standing', 'Standing', 'Leaning on a wall', 'Leaning on a wall']);
    expect(heard.names.slice(3)).toEqual([expect.stringContaining('left upper back'), expect.stringContaining('right upper back')]);
    // What the live regions said: each step once as it came, with its picture's name.
    const [, palms, knuckles, left, right] = heard.names;
    expect(heard.live).toEqual([
      `Step 2 of ${steps.length}: ${steps[1]!.title}. 1 min. Picture: ${palms}`,
      `Step 3 of ${steps.length}: ${steps[2]!.title}. 1 min. Picture: ${knuckles}`,
      `Step 4 of ${steps.length} · Left side: ${steps[3]!.title}. 1 min. Picture: ${left}`,
      `Switch sides. Next: ${steps[3]!.title}, right side.`,
      `Step 4 of ${steps.length} · Right side: ${steps[3]!.title}. 1 min. Picture: ${right}`,
    ]);
    // The picture is in no live region: its name is read when its step comes, not with each update.
    expect(await page.locator('[aria-live]:not([aria-live="off"]) [role="img"], [role="timer"] [role="img"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const theme of ['light', 'dark', 'bedtime'] as const) {
    it(`has no axe violations with a picture on screen (${theme})`, async () => {
      const { context, page } = await play('back-relief', theme);
      // The picture's code loads with the first pictured step: wait for it and the body map.
      await expect.poll(() => page.getByRole('region', { name: /./ }).getByRole('img').count()).toBe(2);
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Pause' }).click();
      await expectAccessible(page);
      await context.close();
    });
  }
});

/** The app in a theme, on the settings page. */
async function themed(theme: 'light' | 'dark' | 'bedtime', options: BrowserContextOptions = PHONE) {
  const opened = await openApp(browser, '#/settings', { ...options, colorScheme: theme === 'light' ? 'light' : 'dark' });
  await opened.page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
  return opened;
}

/** Waits until every step picture on the page has its drawing or composed picture in place. */
async function picturesDrawn(page: Page, within: string, count: number) {
  const pictures = page.locator(`${within} .step-picture[role="img"]`);
  await expect.poll(() => pictures.count()).toBe(count);
  await expect.poll(() => page.locator(`${within} .step-picture .loading`).count()).toBe(0);
  for (const name of await pictures.evaluateAll((all) => all.map((picture) => picture.getAttribute('aria-label') ?? ''))) expect(name).toMatch(/^[A-Z].+\.$/);
}

describe('step pictures on the routine page and the printed handout', () => {
  // Back relief has a shipped drawing for a left-right step; the wind-down one for a step lying down.
  const ROUTINES = ['back-relief', 'pre-sleep-wind-down'] as const;
  for (const [size, options] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    for (const theme of ['light', 'dark', 'bedtime'] as const) {
      it(`has no axe violations with every step open and pictured (${size}, ${theme})`, async () => {
        const { context, page, errors } = await themed(theme, options);
        for (const id of ROUTINES) {
          await page.goto(`/#/routine/${id}`);
          await page.getByRole('heading', { level: 1, name: routine(id).title }).waitFor();
          for (const summary of await page.locator('.steps details summary').all()) await summary.click();
          await picturesDrawn(page, '.steps', routine(id).steps.filter((step) => !step.rest).length);
          await expectAccessible(page);
        }
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }

  for (const theme of ['light', 'dark', 'bedtime'] as const) {
    it(`has no axe violations on the printed handout with its pictures (${theme})`, async () => {
      const { context, page, errors } = await themed(theme);
      for (const id of ROUTINES) {
        await page.goto(`/#/share/${id}`);
        await page.getByRole('button', { name: 'Copy link' }).waitFor();
        await page.emulateMedia({ media: 'print' });
        // Paper is white in every theme: wait until the print colours are the ones computed.
        await expect.poll(() => page.locator('.handout').evaluate((handout) => getComputedStyle(handout).color)).toBe('rgb(0, 0, 0)');
        await picturesDrawn(page, '.handout', routine(id).steps.filter((step) => !step.rest).length);
        expect(await page.locator('.handout').isVisible()).toBe(true);
        await expectAccessible(page);
        await page.emulateMedia({ media: 'screen' });
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
