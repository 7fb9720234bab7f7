import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draggedFile, expectAccessible, launch, openApp } from './browser';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function pick(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a routine file' }).click();
  await (await chooser).setFiles(path);
}

describe('opening a routine file', () => {
  it('lists every problem with its line, and changes nothing', async () => {
    const { context, page, errors } = await openApp(browser);
    await pick(page, fixture('broken.md'));
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: '“broken.md” could not be opened: 2 problems' }).waitFor();
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([
      'Line 9, column 11: "fast" is not a duration; write 45s, 1m or 1m30s',
      'Line 16, column 11: "hard" is not a pressure; use one of: light, medium, firm',
    ]);
    await expectAccessible(page);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(page.url()).toMatch(/#\/$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a valid file on its detail page, rendering its Markdown safely, and plays it', async () => {
    const { context, page, errors } = await openApp(browser);
    await pick(page, fixture('evening-hands.json'));
    await page.getByRole('heading', { level: 1, name: 'Evening hands' }).waitFor();
    expect(page.url()).toMatch(/#\/routine\/evening-hands$/);
    await page.getByText('Opened from evening-hands.json').waitFor();
    expect(await page.locator('.safety strong').textContent()).toBe('sharp pain');
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.getByRole('link', { name: 'Start routine' }).first().getAttribute('href')).toBe('#/play/evening-hands');

    // Back in the library it is listed as opened from a file.
    await page.getByRole('link', { name: '← All routines' }).click();
    await page.getByText('From evening-hands.json').waitFor();
    // The file's `onerror` never runs: DOMPurify parses it in an inert document, where Chromium
    // still reports the (blocked) handler against the page's Content-Security-Policy.
    expect(errors.filter((error) => !error.startsWith('Executing inline event handler violates'))).toEqual([]);
    await context.close();
  });

  it('opens a file dropped onto the library', async () => {
    const { context, page } = await openApp(browser);
    await page.getByRole('link', { name: 'Desk break' }).waitFor();
    const transfer = await draggedFile(page, 'evening-hands.json');
    const zone = page.locator('.drop');
    await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
    await page.getByText('Drop the routine file to open it').waitFor();
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByRole('heading', { level: 1, name: 'Evening hands' }).waitFor();
    await context.close();
  });

  it('says a binary file is not a routine', async () => {
    const { context, page } = await openApp(browser);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a routine file' }).click();
    await (await chooser).setFiles({ name: 'photo.md', mimeType: 'text/markdown', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe, 0xfd]) });
    await page.getByText('Line 1, column 1: this is not a text file; a routine is a Markdown (.md) or JSON (.json) text file').waitFor();
    await context.close();
  });
});
