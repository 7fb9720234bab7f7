/**
 * Lighthouse (mobile settings) against the production build served with gzip, as a real host
 * would: three runs, the median by performance score. Part of `npm run bench`.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromePath, CHROMIUM_ARGS, launchChromium } from './chromium';
import { zoneAt } from './time-zone';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.mp3': 'audio/mpeg',
};

/** Answers one request from root; a file that cannot be read is a 404. */
async function respond(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = normalize(decodeURIComponent((request.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  try {
    let body = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    response.setHeader('Content-Type', type);
    response.setHeader('Cache-Control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (/text|javascript|json|svg|manifest/.test(type) && /gzip/.test(String(request.headers['accept-encoding']))) {
      body = gzipSync(body);
      response.setHeader('Content-Encoding', 'gzip');
    }
    response.end(body);
  } catch {
    response.statusCode = 404;
    response.end('not found');
  }
}

/** A static server for dist/ that compresses text, with long caching for hashed assets. */
function serve(root: string): Promise<{ server: Server; url: string }> {
  // The request listener's return value is ignored: mark the answer as fire-and-forget.
  const server = createServer((request, response) => void respond(root, request, response));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
  }));
}

export type TimeOfDay = 'day' | 'evening';
const HOUR: Record<TimeOfDay, number> = { day: 10, evening: 21 };

const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * A fresh phone-sized page in `browser` with the CPU slowed four times, no service worker, and
 * a time zone in which it is `when` now; with `network`, Lighthouse's mobile network too (150 ms
 * round trips, 1.6 Mbit/s down). A time zone rather than Playwright's clock, whose performance
 * object reports no paint or resource entries. The caller closes its context.
 */
async function slowPhone(browser: Browser, when: TimeOfDay, { network = false } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
    timezoneId: zoneAt(HOUR[when]),
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  }
  return { context, page };
}

export async function benchLighthouse(runs = 3, when: TimeOfDay = 'day') {
  const { server, url } = await serve('dist');
  const results: { performance: number; accessibility: number; bestPractices: number; fcp: number; lcp: number; tbt: number; cls: number }[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const chrome = await chromeLauncher.launch({
        chromePath: chromePath(),
        chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
        envVars: { ...process.env, TZ: zoneAt(HOUR[when]) },
      });
      try {
        const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
        const lhr = result!.lhr;
        const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        results.push({
          performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
          bestPractices: Math.round((lhr.categories['best-practices']?.score ?? 0) * 100),
          fcp: metric('first-contentful-paint'),
          lcp: metric('largest-contentful-paint'),
          tbt: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
        });
      } finally {
        chrome.kill();
      }
    }
  } finally {
    server.close();
  }
  results.sort((a, b) => a.performance - b.performance);
  const median = results[Math.floor(results.length / 2)]!;
  console.log(
    `lighthouse (mobile, median of ${runs}, first visit ${when === 'day' ? 'by day' : 'in the evening'}): performance ${median.performance}, accessibility ${median.accessibility}, best practices ${median.bestPractices}; ` +
      `FCP ${Math.round(median.fcp)} ms, LCP ${Math.round(median.lcp)} ms, TBT ${Math.round(median.tbt)} ms, CLS ${median.cls.toFixed(3)}`,
  );
}

/**
 * The start page in real Chromium with the CPU slowed four times (Lighthouse simulates its
 * slowing; this runs it): the longest task running at or after the first paint, and the blocking
 * time after it (each task's time over 50 ms), median of `runs` first visits with no service worker.
 */
export async function benchStartTasks(runs = 9, when: TimeOfDay = 'day') {
  const { server, url } = await serve('dist');
  const browser = await launchChromium();
  const longest: number[] = [];
  const blocking: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const { context, page } = await slowPhone(browser, when);
      try {
        await page.addInitScript(() => {
          const tasks: [number, number][] = ((window as unknown as { __tasks: [number, number][] }).__tasks = []);
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
          }).observe({ type: 'longtask', buffered: true });
        });
        await page.goto(url);
        // The takeover and what loads after the first paint are done well within this.
        await page.waitForTimeout(2500);
        const { tasks, fcp } = await page.evaluate(() => ({
          tasks: (window as unknown as { __tasks: [number, number][] }).__tasks,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
        }));
        // A task that began before the first paint and ran on after it counts too.
        longest.push(Math.max(0, ...tasks.filter(([start, duration]) => start + duration > fcp).map(([, duration]) => duration)));
        blocking.push(tasks.filter(([start]) => start > fcp).reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0));
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(
    `start page in Chromium at CPU ×4 (median of ${runs} first visits ${when === 'day' ? 'by day' : 'in the evening'}): longest task at or after the first paint ${Math.round(middle(longest))} ms ` +
      `(${longest.map(Math.round).join(', ')}), blocking time after it ${Math.round(middle(blocking))} ms`,
  );
}

/**
 * A first visit by day loads the app's code at the first use (src/ui/app/first-visit.ts): how
 * long from a tap on a filter to the filter pressed, in Chromium with the CPU slowed four times
 * and Lighthouse's mobile network (150 ms round trips, 1.6 Mbit/s down), median of `runs` visits:
 * a tap as soon as the network is quiet after the load (the app fetched and run), and a tap
 * 2.5 s later (the app's code prefetched a second after the load, so only run). Then the same
 * tap again, the app now there.
 */
export async function benchFirstUse(runs = 5) {
  const { server, url } = await serve('dist');
  const browser = await launchChromium();
  const taps = { early: [] as number[], prefetched: [] as number[], next: [] as number[] };
  try {
    for (let run = 0; run < runs; run++) {
      for (const when of ['early', 'prefetched'] as const) {
        const { context, page } = await slowPhone(browser, 'day', { network: true });
        try {
          let fetched = false;
          page.on('requestfinished', (request) => (fetched ||= request.url().includes('/assets/boot-')));
          await page.goto(url);
          await page.waitForLoadState('networkidle');
          if (when === 'prefetched') {
            await page.waitForTimeout(2500);
            if (!fetched) throw new Error("the app's code was not prefetched 2.5 s after the load");
          }
          taps[when].push(await tapFilter(page, 'Bedtime'));
          taps.next.push(await tapFilter(page, 'Bedtime'));
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const figure = (values: number[]) => `${Math.round(middle(values))} ms (${values.map(Math.round).join(', ')})`;
  console.log(
    `first use of a first visit (CPU ×4, Lighthouse's mobile network, median of ${runs}): tap to the filter shown, as the load ends ${figure(taps.early)}, ` +
      `2.5 s after it (the app's code prefetched) ${figure(taps.prefetched)}; the next tap ${Math.round(middle(taps.next))} ms (median of ${taps.next.length})`,
  );
}

/** Taps the filter chip named `name` and waits for it to turn: ms from the tap to the frame after. */
function tapFilter(page: Page, name: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const chip = [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === name)!;
        const pressed = chip.getAttribute('aria-pressed') === 'true';
        const began = performance.now();
        new MutationObserver((_, observer) => {
          if ((chip.getAttribute('aria-pressed') === 'true') !== pressed) {
            observer.disconnect();
            // The frame after the change: when the visitor sees it.
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - began)));
          }
        }).observe(chip, { attributes: true });
        chip.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
        chip.click();
      }),
    name,
  );
}
