/**
 * The player in real Chromium, no fake clock unless said: how late each step change reaches
 * the screen against the schedule (in the foreground, and with the CPU slowed four times as on
 * a slow phone, with the long tasks seen meanwhile), whether a page frozen as a hidden tab
 * shows the right step on return, and the heap over an hour of play with a fast-forwarded clock.
 * Part of `npm run bench`; alone, after `npx vite build`:
 * `npx tsx scripts/bench-timer.ts [steps] [heap] [frozen]` (all three without an argument).
 * `BENCH_HIDDEN_SECONDS` shortens the frozen spell (default 300).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium } from './chromium';

const STEP_SECONDS = 10;
const STEPS = 12;
const GET_READY_MS = 3000;

interface BenchStep {
  title: string;
  duration: number;
  instructions: string;
  [field: string]: unknown;
}

function writeRoutine(id: string, steps: BenchStep[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-bench-'));
  const path = join(dir, `${id}.json`);
  writeFileSync(path, JSON.stringify({ id, title: 'Timer bench', summary: 'Steps for measuring the player.', safety: 'A benchmark routine.', steps }));
  return path;
}

/** Equal steps with one-line instructions and no picture fields. */
function plainRoutine(id: string, steps: number): string {
  return writeRoutine(id, Array.from({ length: steps }, (_, i) => ({ title: `Step ${i + 1}`, duration: STEP_SECONDS, instructions: `Step ${i + 1}.` })));
}

/**
 * Steps as the built-in routines write them (instructions, areas, tool, position, motion: each
 * step its own picture and body map), `count` of them, `seconds` long each, titled "Step n: …".
 */
function builtInSteps(count: number, seconds: number): BenchStep[] {
  const index = JSON.parse(readFileSync('dist/routines/index.json', 'utf8')) as { id: string }[];
  const pool = index.flatMap(({ id }) =>
    (JSON.parse(readFileSync(`dist/routines/${id}.json`, 'utf8')) as { steps: (BenchStep & { rest?: boolean })[] }).steps.filter((step) => !step.rest),
  );
  // One step from each routine in turn, so neighbours differ in position and tool.
  const perRoutine = Math.ceil(pool.length / index.length);
  const order = Array.from({ length: pool.length }, (_, i) => pool[(i % index.length) * perRoutine + Math.floor(i / index.length)]).filter(Boolean) as BenchStep[];
  return Array.from({ length: count }, (_, i) => {
    const step = order[i % order.length]!;
    return { ...step, title: `Step ${i + 1}: ${step.title}`.slice(0, 80), duration: seconds, sides: 'both', repeat: 1 };
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const median = (values: number[]) => percentile(values, 50);

/** Opens a routine file the way a person does, up to the player's Start button. */
async function openPlayer(page: Page, url: string, file: string): Promise<void> {
  await page.goto(`${url}#/`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a routine file' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('link', { name: 'Start routine' }).first().click();
  await page.getByRole('button', { name: 'I understand, continue' }).click();
  await page.getByRole('button', { name: 'Start' }).waitFor();
}

/**
 * Waits for the routine's end without polling the page: a locator's waitFor would look the
 * heading up by role again and again, work on the page's main thread that a slowed CPU turns
 * into the very delays being measured.
 */
async function finished(page: Page, timeout: number): Promise<void> {
  await page.evaluate(`new Promise((resolve, reject) => {
    const player = document.querySelector('.player');
    const done = () => player.dataset.status === 'finished';
    if (done()) return resolve();
    const timer = setTimeout(() => reject(new Error('the routine did not finish')), ${timeout});
    new MutationObserver((_, observer) => {
      if (!done()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }).observe(player, { attributes: true, attributeFilter: ['data-status'] });
  })`);
}

/** The newest session's start as the player recorded it: the schedule's anchor. */
function recordedStart(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('unknot');
        open.onerror = () => reject(new Error(`IndexedDB: ${open.error?.message}`));
        open.onsuccess = () => {
          const request = open.result.transaction('sessions').objectStore('sessions').getAll();
          request.onerror = () => reject(new Error(`IndexedDB: ${request.error?.message}`));
          request.onsuccess = () => {
            const starts = (request.result as { startedAt: string }[]).map((session) => Date.parse(session.startedAt));
            open.result.close();
            resolve(Math.max(...starts));
          };
        };
      }),
  );
}

interface StepChangeRun {
  /** How late each step change was in the DOM, and at the next frame, in ms after its time. */
  dom: number[];
  frame: number[];
  /** Long tasks (over 50 ms) while the routine played, in ms: after the press on Start, before its end. */
  longTasks: number[];
  /** Long tasks of the press on Start and of the routine's end (the completion screen drawn). */
  atStart: number[];
  atEnd: number[];
}

/**
 * Plays `steps` steps of `seconds` each (built-in content) and times each step change: when the
 * step's title changed in the DOM (the whole update done, as the observer runs after it) and
 * the next animation frame, against the anchor the player recorded. `throttle` slows the CPU.
 */
async function stepChanges(browser: Browser, url: string, steps: number, seconds: number, throttle: number): Promise<StepChangeRun> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  try {
    await openPlayer(page, url, writeRoutine('step-bench', builtInSteps(steps, seconds)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    // A string, not a function: the script runner would wrap named functions in a helper the page lacks.
    await page.evaluate(`(() => {
      const trace = (window.__trace = []);
      const longTasks = (window.__longTasks = []);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push({ at: performance.timeOrigin + entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask' });
      // The step's title on screen, wherever it is: the player may show a card drawn ahead.
      let shown = document.getElementById('step-title')?.textContent ?? '';
      new MutationObserver(() => {
        const title = document.getElementById('step-title')?.textContent ?? '';
        if (title === shown) return;
        shown = title;
        const change = { title, dom: performance.timeOrigin + performance.now(), frame: 0 };
        trace.push(change);
        requestAnimationFrame(() => (change.frame = performance.timeOrigin + performance.now()));
      }).observe(document.querySelector('.player'), { attributes: true, childList: true, characterData: true, subtree: true });
      document.querySelector('button.main').click();
    })()`);
    await finished(page, (steps * seconds + 60) * 1000);
    const anchor = await recordedStart(page);
    const { trace, longTasks } = await page.evaluate<{ trace: { title: string; dom: number; frame: number }[]; longTasks: { at: number; duration: number }[] }>(
      '({ trace: window.__trace, longTasks: window.__longTasks })',
    );
    const changes = trace
      .map((change) => ({ ...change, index: Number(/^Step (\d+):/.exec(change.title)?.[1] ?? 0) - 1 }))
      .filter(({ index }) => index > 0); // step 1 is on screen from the start, during get-ready
    const due = (index: number) => anchor + GET_READY_MS + index * seconds * 1000;
    // The press on Start runs until the get-ready shows; the end is the last step's end.
    const end = due(steps);
    const during = longTasks.filter(({ at }) => at > anchor + 100 && at < end);
    return {
      dom: changes.map((c) => c.dom - due(c.index)),
      frame: changes.map((c) => c.frame - due(c.index)),
      longTasks: during.map(({ duration }) => duration),
      atStart: longTasks.filter(({ at }) => at <= anchor + 100).map(({ duration }) => duration),
      atEnd: longTasks.filter(({ at }) => at >= end).map(({ duration }) => duration),
    };
  } finally {
    await context.close();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Step-change error in the foreground and at ×4 CPU throttling over a 6 × 5 s routine, 3 runs each. */
export async function benchStepChanges(url: string, browser: Browser, runs = 3): Promise<void> {
  for (const throttle of [1, 4]) {
    const results: StepChangeRun[] = [];
    for (let run = 0; run < runs; run++) results.push(await stepChanges(browser, url, 6, 5, throttle));
    if (process.env.BENCH_DETAIL) for (const run of results) console.log(`  ×${throttle}: DOM ${run.dom.map(ms).join(', ')}; frame ${run.frame.map(ms).join(', ')}; long tasks during play ${run.longTasks.map(ms).join(', ') || 'none'}, at Start ${run.atStart.map(ms).join(', ') || 'none'}, at the end ${run.atEnd.map(ms).join(', ') || 'none'}`);
    const worst = results.map((run) => Math.max(...run.dom.map(Math.abs)));
    const worstFrame = results.map((run) => Math.max(...run.frame.map(Math.abs)));
    const longest = results.map((run) => Math.max(0, ...run.longTasks));
    console.log(
      `step changes, 6 × 5 s routine, CPU ×${throttle} (${runs} runs): worst error in the DOM ${ms(median(worst))} median (${worst.map(ms).join(', ')}), ` +
        `at the next frame ${ms(median(worstFrame))} median (${worstFrame.map(ms).join(', ')}); ` +
        `long tasks (over 50 ms) during play: ${results.map((run) => run.longTasks.length).join(', ')}, longest ${longest.map(ms).join(', ')}; ` +
        `longest at Start ${results.map((run) => ms(Math.max(0, ...run.atStart))).join(', ')}, at the end ${results.map((run) => ms(Math.max(0, ...run.atEnd))).join(', ')}`,
    );
  }
}

/**
 * An hour of play in one visit with the page's clock fast-forwarded (Playwright's clock: every
 * timer runs, in order): the JS heap after garbage collection at the first minute and every
 * ten minutes after, on a routine of 30-second built-in steps.
 */
export async function benchHeap(url: string, browser: Browser, minutes = 60): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  try {
    await page.clock.install();
    await openPlayer(page, url, writeRoutine('heap-bench', builtInSteps(2 * minutes + 2, 30)));
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
    };
    await page.getByRole('button', { name: 'Start' }).click();
    const figures: [number, number][] = [];
    for (let minute = 1; minute <= minutes; minute++) {
      await page.clock.runFor(60_000);
      if (minute === 1 || minute % 10 === 0) figures.push([minute, await heap()]);
    }
    const shown = await page.locator('#step-title').textContent();
    const first = figures[0]![1];
    const last = figures.at(-1)![1];
    console.log(
      `heap over ${minutes} min of play (fast-forwarded clock, now at "${shown}"): ${figures.map(([minute, mb]) => `${minute} min ${mb.toFixed(1)} MB`).join(', ')}; ` +
        `growth after the first minute ${(Math.max(...figures.map(([, mb]) => mb)) - first).toFixed(1)} MB max, ${(last - first).toFixed(1)} MB at the end`,
    );
  } finally {
    await context.close();
  }
}

/** Lateness of each step change over a 2-minute routine of plain steps, in the foreground. */
async function plainStepChanges(url: string, browser: Browser): Promise<void> {
  const page = await browser.newPage();
  try {
    await openPlayer(page, url, plainRoutine('timer-bench', STEPS));
    await page.evaluate(() => {
      const trace: [string, number][] = ((window as unknown as { __trace: [string, number][] }).__trace = []);
      let shown = document.getElementById('step-title')?.textContent ?? '';
      new MutationObserver(() => {
        const title = document.getElementById('step-title')?.textContent ?? '';
        if (title !== shown) trace.push([(shown = title), Date.now()]);
      }).observe(document.querySelector('.player')!, { attributes: true, childList: true, characterData: true, subtree: true });
      (document.querySelector('button.main') as HTMLButtonElement).click();
    });
    await finished(page, (STEPS * STEP_SECONDS + 30) * 1000);
    const anchor = await recordedStart(page);
    const trace = await page.evaluate(() => (window as unknown as { __trace: [string, number][] }).__trace);
    const late = trace
      .filter(([title]) => /^Step \d+$/.test(title))
      .map(([title, at]) => ({ index: Number(title.split(' ')[1]) - 1, at }))
      .filter(({ index }) => index > 0)
      .map(({ index, at }) => at - (anchor + GET_READY_MS + index * STEP_SECONDS * 1000));
    console.log(`timer: ${late.length} step changes over ${(3 + STEPS * STEP_SECONDS) / 60} min; lateness p50 ${percentile(late, 50)} ms, p99 ${percentile(late, 99)} ms, max ${Math.max(...late)} ms; first ${late[0]} ms, last ${late.at(-1)} ms (drift ${late.at(-1)! - late[0]!} ms)`);
  } finally {
    await page.close();
  }
}

/** Frozen like a hidden tab, then back, in a routine longer than the frozen spell. */
async function frozen(url: string, browser: Browser, hiddenSeconds: number): Promise<void> {
  const page = await browser.newPage();
  try {
    const longSteps = Math.ceil((hiddenSeconds + 120) / STEP_SECONDS);
    await openPlayer(page, url, plainRoutine('hidden-bench', longSteps));
    await page.getByRole('button', { name: 'Start' }).click();
    const restartedAt = Date.now();
    await page.waitForTimeout(1500);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
    await new Promise((resolve) => setTimeout(resolve, hiddenSeconds * 1000));
    await cdp.send('Page.setWebLifecycleState', { state: 'active' });
    await page.bringToFront();
    await page.waitForTimeout(300);
    const shown = await page.evaluate(() => ({ step: document.querySelector('#step-title')?.textContent ?? document.querySelector('h2')?.textContent, timer: document.querySelector('[role="timer"]')?.textContent ?? '' }));
    const elapsed = (Date.now() - restartedAt) / 1000;
    const position = elapsed - 3;
    const expected = `Step ${Math.floor(position / STEP_SECONDS) + 1}`;
    console.log(`frozen ${hiddenSeconds} s: shows "${shown.step}" ${shown.timer}, expected "${expected}" (${elapsed.toFixed(1)} s after restart) — ${shown.step === expected ? 'right step' : 'WRONG STEP'}`);
  } finally {
    await page.close();
  }
}

export type TimerPart = 'steps' | 'heap' | 'frozen';

/** Serves dist/ and runs the parts asked for (all by default). */
export async function benchTimer(parts: readonly TimerPart[] = ['steps', 'heap', 'frozen'], hiddenSeconds = Number(process.env.BENCH_HIDDEN_SECONDS ?? 300)) {
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const url = server.resolvedUrls!.local[0]!;
  const browser = await launchChromium();
  try {
    if (parts.includes('steps')) {
      await plainStepChanges(url, browser);
      await benchStepChanges(url, browser);
    }
    if (parts.includes('heap')) await benchHeap(url, browser);
    if (parts.includes('frozen')) await frozen(url, browser, hiddenSeconds);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const asked = process.argv.slice(2) as TimerPart[];
  await benchTimer(asked.length ? asked : undefined);
}
