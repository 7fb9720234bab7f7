import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { routinePayload } from '../../src/lib/share/link';
import { makeRoutine, makeStep } from '../support/routines';
import { launch, openApp } from './browser';
import { XSS_VECTORS } from './fixtures/xss-vectors';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A routine with one vector in each step's instructions, and all of them in the intro and safety note. */
const hostile = makeRoutine({
  id: 'hostile',
  title: '<img src=x onerror=alert(1)> Hostile',
  summary: '<script>alert(1)</script>',
  intro: XSS_VECTORS.slice(0, 20).join('\n\n'),
  safety: XSS_VECTORS.slice(20).join('\n\n'),
  steps: XSS_VECTORS.map((vector, index) => makeStep({ title: `Vector ${index + 1}`, instructions: `Before.\n\n${vector}\n\nAfter.` })),
});

/** Everything that could run or fetch, inside the rendered Markdown. */
async function dangerousMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const allowed = new Set(['P', 'BR', 'STRONG', 'EM', 'B', 'I', 'DEL', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'CODE', 'PRE', 'H3', 'H4', 'H5', 'H6', 'HR', 'A']);
    for (const prose of document.querySelectorAll('.prose')) {
      for (const element of prose.querySelectorAll('*')) {
        if (!allowed.has(element.tagName)) found.push(`<${element.tagName.toLowerCase()}>`);
        for (const attribute of element.attributes) {
          if (/^on/i.test(attribute.name) || attribute.name === 'style' || attribute.name === 'src' || attribute.name === 'srcset') found.push(`${attribute.name}=`);
          if (attribute.name === 'href' && !/^(https?:|mailto:)/i.test(attribute.value)) found.push(`href=${attribute.value}`);
        }
      }
    }
    return found;
  });
}

describe('hostile routine text', () => {
  it(`renders ${XSS_VECTORS.length} XSS vectors from a link as inert text: nothing runs, nothing remote loads`, async () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(30);
    const origin = new URL(inject('baseURL')).origin;
    const dialogs: string[] = [];
    const remote: string[] = [];
    const { context, page, errors } = await openApp(browser, '#/', undefined, async (page) => {
      // The page's timers run when the test says: any that slipped through fire below.
      await page.clock.install();
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on('request', (request) => {
        if (!request.url().startsWith(origin) && !/^(blob|data):/.test(request.url())) remote.push(request.url());
      });
    });
    await page.goto(`/#/r/${routinePayload(hostile)}`);
    await page.getByRole('heading', { level: 1, name: '<img src=x onerror=alert(1)> Hostile' }).waitFor();
    expect(await page.getByText('<script>alert(1)</script>', { exact: true }).count()).toBe(1);
    expect(await page.locator('.steps li').count()).toBe(XSS_VECTORS.length);
    expect(await dangerousMarkup(page)).toEqual([]);

    // Saved and shown on its own page (and in the player) it stays just as inert.
    await page.getByRole('button', { name: 'Save to my routines' }).click();
    await page.getByRole('link', { name: 'Open it' }).click();
    await page.getByRole('heading', { level: 1, name: '<img src=x onerror=alert(1)> Hostile' }).waitFor();
    for (const summary of await page.locator('.steps summary').all()) await summary.click();
    expect(await dangerousMarkup(page)).toEqual([]);
    await page.getByRole('link', { name: 'Start routine' }).first().click();
    await page.getByRole('button', { name: 'I understand, continue' }).click();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await dangerousMarkup(page)).toEqual([]);

    // Let any timer that slipped through fire, and any image finish loading or failing.
    await page.clock.runFor(60_000);
    await expect.poll(() => page.evaluate(() => [...document.images].every((image) => image.complete))).toBe(true);
    expect(dialogs).toEqual([]);
    expect(remote).toEqual([]);
    // DOMPurify parses the text in an inert document that inherits the page's Content-Security-
    // Policy, so Chromium reports the handlers, styles and <base> it refused there. Nothing else.
    expect(errors.filter((error) => !/violates the following Content Security Policy directive/.test(error))).toEqual([]);
    expect(errors.length, "the reports show the policy is in force").toBeGreaterThan(0);
    await context.close();
  });
});
