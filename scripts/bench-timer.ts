/**
 * Timer accuracy in real Chromium, no fake clock: plays a 2-minute routine and measures how
 * late each step change reaches the screen against the schedule, then freezes the page as a
 * hidden tab or sleeping phone would and checks it shows the right step and time on return.
 * Part of `npm run bench`; `BENCH_HIDDEN_SECONDS` shortens the frozen spell (default 300).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium';
import { preview } from 'vite';

const STEP_SECONDS = 10;
const STEPS = 12;

function routineFile(id: string, steps: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-bench-'));
  const path = join(dir, `${id}.json`);
  writeFileSync(path, JSON.stringify({
    id,
    title: 'Timer bench',
    summary: 'Equal steps for measuring the player.',
    safety: 'A benchmark routine.',
    steps: Array.from({ length: steps }, (_, i) => ({ title: `Step ${i + 1}`, duration: STEP_SECONDS, instructions: `Step ${i + 1}.` })),
  }));
  return path;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function benchTimer(hiddenSeconds = Number(process.env.BENCH_HIDDEN_SECONDS ?? 300)) {
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const url = server.resolvedUrls!.local[0]!;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();

    /** Opens a routine file the way a person does, up to the player's Start button. */
    const openPlayer = async (file: string) => {
      await page.goto(`${url}#/`);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Open a routine file' }).click();
      await (await chooser).setFiles(file);
      await page.getByRole('link', { name: 'Start routine' }).first().click();
      await page.getByRole('button', { name: 'I understand, continue' }).click();
    };

    // 1. Lateness of each step change over a 2-minute routine.
    await openPlayer(routineFile('timer-bench', STEPS));
    await page.evaluate(() => {
      const trace: [string, number][] = ((window as unknown as { __trace: [string, number][] }).__trace = []);
      const title = document.querySelector('#step-title');
      new MutationObserver(() => trace.push([title?.textContent ?? '', Date.now()])).observe(title!, { childList: true, characterData: true, subtree: true });
    });
    // Read the clock just before pressing Start: the player's anchor is at or after it, so the
    // lateness below is an upper bound.
    const startedAt = await page.evaluate(() => {
      const before = Date.now();
      (document.querySelector('button.main') as HTMLButtonElement).click();
      return before;
    });
    await page.getByRole('heading', { name: 'Routine complete' }).waitFor({ timeout: (STEPS * STEP_SECONDS + 30) * 1000 });
    const trace = await page.evaluate(() => (window as unknown as { __trace: [string, number][] }).__trace);
    const late = trace
      .filter(([title]) => /^Step \d+$/.test(title))
      .map(([title, at]) => ({ index: Number(title.split(' ')[1]) - 1, at }))
      .filter(({ index }) => index > 0) // step 1 is on screen from the start, during get-ready
      .map(({ index, at }) => at - (startedAt + 3000 + index * STEP_SECONDS * 1000));
    console.log(`timer: ${late.length} step changes over ${(3 + STEPS * STEP_SECONDS) / 60} min; lateness p50 ${percentile(late, 50)} ms, p99 ${percentile(late, 99)} ms, max ${Math.max(...late)} ms; first ${late[0]} ms, last ${late.at(-1)} ms (drift ${late.at(-1)! - late[0]!} ms)`);

    // 2. Frozen like a hidden tab, then back, in a routine longer than the frozen spell.
    const longSteps = Math.ceil((hiddenSeconds + 120) / STEP_SECONDS);
    await openPlayer(routineFile('hidden-bench', longSteps));
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
    await browser.close();
    await server.close();
  }
}
