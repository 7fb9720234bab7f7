/** Real Chromium for the e2e suite: Debian's build, driven by playwright-core. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, JSHandle, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';
import { expect, inject } from 'vitest';

export { chromePath } from '../../scripts/chromium';

export function launch(): Promise<Browser> {
  return launchChromium();
}

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1280, height: 800 } };

/** A fresh browser profile on the app, with console errors collected. */
export async function openApp(
  browser: Browser,
  path = '#/',
  options: BrowserContextOptions = DESKTOP,
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL: inject('baseURL'), ...options });
  const page = await context.newPage();
  await beforeLoad?.(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`/${path}`);
  return { context, page, errors };
}

/**
 * On the library a first visit by day starts the app at the first use (src/ui/app/first-visit.ts):
 * make one, as a visitor reaching for the search would, and wait until the app has opened its
 * database, so a test can write into it.
 */
export async function startApp(page: Page): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search' }).focus();
  await expect
    .poll(() => page.evaluate(async () => (await indexedDB.databases()).some((database) => database.name === 'unknot')))
    .toBe(true);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core in the page and fails with a readable list of violations. */
export async function expectAccessible(page: Page): Promise<void> {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy refuses injected <script> tags.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => ({ id: violation.id, help: violation.help, nodes: violation.nodes.map((node) => ({ target: node.target, failureSummary: node.failureSummary })) }));
  });
  // Where, and what axe measured (a contrast failure names the two colours), to tell a real
  // failure from a page caught mid-change.
  const readable = violations.map(
    (violation) => `${violation.id}: ${violation.help} on ${page.url()} at ${violation.nodes.map((node) => `${node.target.join(' ')} (${node.failureSummary ?? ''})`).join(', ')}`,
  );
  expect(readable).toEqual([]);
}

/**
 * A record as the app's database holds it now (`undefined` when there is none), read straight
 * from IndexedDB: for waiting until a write has landed, e.g. before a reload.
 */
export function storedRecord(page: Page, store: string, key: string): Promise<unknown> {
  return page.evaluate(
    ([store, key]) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('unknot');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction(store).objectStore(store).get(key);
          read.onsuccess = () => {
            db.close();
            resolve(read.result);
          };
          read.onerror = () => {
            db.close();
            reject(new Error(String(read.error)));
          };
        };
      }),
    [store, key] as const,
  );
}

/**
 * A routine file from tests/e2e/fixtures held as a drag would hold it: the DataTransfer to pass
 * to `dispatchEvent('dragenter' | 'drop', { dataTransfer })` on the page's drop zone.
 */
export function draggedFile(page: Page, name: string): Promise<JSHandle<DataTransfer>> {
  const content = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  return page.evaluateHandle(
    ([content, name]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], name, { type: name.endsWith('.json') ? 'application/json' : 'text/markdown' }));
      return data;
    },
    [content, name] as const,
  );
}
