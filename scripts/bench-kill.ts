/**
 * Crash safety in real Chromium: plays routines on one persistent profile and kills the whole
 * browser (SIGKILL to its process group) at chosen and at random moments, then starts it
 * again and checks that the database opens, that every session shown as complete is in it,
 * and that Resume is offered after a kill in the middle of a routine. The moments, in turn:
 * - at-complete: the instant "Routine complete" enters the page, before it is painted (the
 *   page stops in a synchronous request to the preview server, which kills the browser);
 * - after-complete: 0 to 5 ms after the harness hears that the heading appeared;
 * - mid-routine: well after the first checkpoint and well before the end;
 * - random: anywhere from Start to 1.5 s past the end.
 * Part of `npm run bench`, or alone: `npm run bench -- kill` (`BENCH_KILLS`, 24 by default).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromePath } from './chromium';

/** Each routine: 3 s of get-ready and three 2-second steps, 9 s in all. */
const STEP_SECONDS = 2;
const STEPS = 3;
const ROUTINE_MS = 3000 + STEPS * STEP_SECONDS * 1000;

type Moment = 'at-complete' | 'after-complete' | 'mid-routine' | 'random';
const MOMENTS: readonly Moment[] = ['at-complete', 'after-complete', 'mid-routine', 'random'];

interface Figures {
  kills: Record<Moment, number>;
  /** Starts after a kill, and how many of them opened the database. */
  restarts: number;
  opened: number;
  /** Routines shown as complete before a kill. */
  completionsSeen: number;
  /** Of those, in the database at the end; any missing at any restart is lost. */
  found: number;
  lost: string[];
  resumesExpected: number;
  resumesOffered: number;
  /** Routines found completed that the harness never saw shown complete (killed between the end and the heading, or before the console message arrived). */
  settledUnseen: number;
  duplicates: number;
}

const random = (low: number, high: number) => low + Math.random() * (high - low);

function routineFile(dir: string, n: number): string {
  const path = join(dir, `kill-${n}.json`);
  writeFileSync(path, JSON.stringify({
    id: `kill-${n}`,
    title: `Kill ${n}`,
    summary: 'Short steps for the crash test.',
    safety: 'A benchmark routine.',
    steps: Array.from({ length: STEPS }, (_, i) => ({ title: `Step ${i + 1}`, duration: STEP_SECONDS, instructions: `Step ${i + 1}.` })),
  }));
  return path;
}

/** Starts Chromium in a process group of its own on `profile`, and connects to it. */
async function startChromium(profile: string): Promise<{ browser: Browser; child: ChildProcess }> {
  const child = spawn(chromePath(), [...CHROMIUM_ARGS, '--headless=new', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${log}`)), 30_000);
    // Keep reading stderr for the browser's whole life, or a full pipe would stall it.
    child.stderr.on('data', (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-4000);
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before it listened:\n${log}`)));
  });
  return { browser: await chromium.connectOverCDP(endpoint), child };
}

/** SIGKILL to the browser's whole process group, as a phone's OS or a power cut would stop it. */
async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGKILL');
  await exited;
}

/** What the database holds, read in the page straight from IndexedDB; null when it does not open. */
function readDatabase(page: Page) {
  return page.evaluate(() => new Promise<{ version: number; sessions: { routineId: string; status: string }[]; checkpoint: string | null } | null>((resolve) => {
    const request = indexedDB.open('unknot');
    request.onerror = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(['sessions', 'checkpoint']);
      const sessions = tx.objectStore('sessions').getAll();
      const checkpoint = tx.objectStore('checkpoint').get('current');
      tx.oncomplete = () => {
        db.close();
        const saved = checkpoint.result as { routine?: { id?: string } } | undefined;
        resolve({ version: db.version, sessions: sessions.result as { routineId: string; status: string }[], checkpoint: saved?.routine?.id ?? null });
      };
    };
  }));
}

/**
 * Reports each "Routine complete" heading the moment it enters the page, through the console;
 * when the harness has set `__unknotKillAtComplete`, also stops the page right there in a
 * synchronous request that the preview server answers by killing the browser.
 */
const WATCH_COMPLETE = `
  new MutationObserver(() => {
    const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent === 'Routine complete');
    if (heading && !heading.dataset.seen) {
      heading.dataset.seen = '1';
      console.log('unknot-complete ' + location.hash);
      if (window.__unknotKillAtComplete) {
        const request = new XMLHttpRequest();
        request.open('GET', '/__kill?' + encodeURIComponent(location.hash.slice('#/play/'.length)), false);
        try { request.send(); } catch {}
      }
    }
  }).observe(document, { childList: true, subtree: true });
`;

/** What the preview server does on /__kill: set per round by the harness. */
let killNow: ((routineId: string) => void) | null = null;

/** The page at the start of the app, once the store has opened and settled any finished checkpoint. */
async function started(page: Page, url: string): Promise<void> {
  // History lists sessions only after the store has opened, so its heading says the store is ready.
  await page.goto(`${url}#/history`);
  await page.locator('h2').filter({ hasText: /^(Nothing here yet|Sessions)$/ }).first().waitFor();
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function benchKill(kills = Number(process.env.BENCH_KILLS ?? 24)): Promise<Figures> {
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'silent',
    plugins: [{
      name: 'unknot-kill-switch',
      configurePreviewServer(preview) {
        // Never answered: the page waits in its synchronous request until the browser is gone.
        preview.middlewares.use('/__kill', (request) => killNow?.(decodeURIComponent((request.url ?? '').replace(/^[^?]*\?/, ''))));
      },
    }],
  });
  const url = server.resolvedUrls!.local[0]!;
  const profile = mkdtempSync(join(tmpdir(), 'unknot-kill-profile-'));
  const files = mkdtempSync(join(tmpdir(), 'unknot-kill-routines-'));
  const figures: Figures = {
    kills: { 'at-complete': 0, 'after-complete': 0, 'mid-routine': 0, random: 0 },
    restarts: 0, opened: 0, completionsSeen: 0, found: 0, lost: [], resumesExpected: 0, resumesOffered: 0, settledUnseen: 0, duplicates: 0,
  };
  const shown = new Set<string>();
  const lost = new Set<string>();
  const settled = new Set<string>();

  /** Checks the database after a start; returns the routine left under way, if any. */
  async function check(page: Page): Promise<string | null> {
    const db = await readDatabase(page);
    if (!db) return null;
    figures.opened++;
    const completed = db.sessions.filter((session) => session.status === 'completed').map((session) => session.routineId);
    figures.duplicates += completed.length - new Set(completed).size;
    for (const id of shown) if (!completed.includes(id)) lost.add(id);
    for (const id of completed) if (!shown.has(id)) settled.add(id);
    return db.checkpoint;
  }

  let expectResume: string | null = null;
  let next = 1;
  try {
    for (let round = 0; round <= kills; round++) {
      const { browser, child } = await startChromium(profile);
      try {
        const context = browser.contexts()[0]!;
        const page = context.pages()[0] ?? (await context.newPage());
        for (const other of context.pages()) if (other !== page) await other.close();
        await context.addInitScript(WATCH_COMPLETE);
        let completed: ((id: string) => void) | null = null;
        page.on('console', (message) => {
          const text = message.text();
          if (!text.startsWith('unknot-complete #/play/')) return;
          const id = text.slice('unknot-complete #/play/'.length);
          shown.add(id);
          completed?.(id);
        });

        // After a restart: the database opens and holds every session shown as complete.
        await started(page, url);
        if (round > 0) figures.restarts++;
        const underWay = await check(page);
        if (round === kills) break; // the last start only checks

        // Resume after a kill in the middle of a routine (or whatever a random kill left).
        await page.goto(`${url}#/`);
        await page.getByRole('link', { name: 'Desk break' }).waitFor();
        let resumed: string | null = null;
        if (expectResume) figures.resumesExpected++;
        const waitingFor = expectResume ?? underWay;
        if (waitingFor) {
          const banner = page.getByRole('heading', { name: `Continue Kill ${waitingFor.slice('kill-'.length)}?` });
          if (await banner.waitFor({ timeout: 10_000 }).then(() => true, () => false)) {
            if (expectResume) figures.resumesOffered++;
            resumed = waitingFor;
          }
        }
        expectResume = null;

        let playing: string;
        if (resumed) {
          playing = resumed;
          await page.getByRole('link', { name: 'Resume' }).click();
          await page.getByRole('button', { name: 'Resume' }).click();
        } else {
          playing = `kill-${next}`;
          await page.locator('input[type=file]').setInputFiles(routineFile(files, next++));
          await page.getByRole('link', { name: 'Start routine' }).first().click();
          await page.getByRole('button', { name: 'I understand, continue' }).click();
          await page.getByRole('button', { name: 'Start' }).click();
        }
        await page.getByRole('button', { name: 'Pause' }).waitFor();

        const moment = MOMENTS[round % MOMENTS.length]!;
        figures.kills[moment]++;
        if (moment === 'at-complete') {
          const killed = new Promise<void>((resolve) => {
            killNow = (id) => {
              shown.add(id);
              killNow = null;
              resolve();
            };
          });
          await page.evaluate(() => ((window as unknown as { __unknotKillAtComplete: boolean }).__unknotKillAtComplete = true));
          await Promise.race([killed, wait(ROUTINE_MS + 15_000)]);
        } else if (moment === 'after-complete') {
          // The kill lands a few milliseconds after the heading enters the page.
          await Promise.race([
            new Promise<void>((resolve) => {
              completed = (id) => id === playing && resolve();
              if (shown.has(playing)) resolve();
            }),
            wait(ROUTINE_MS + 15_000),
          ]);
          await wait(random(0, 5));
        } else if (moment === 'mid-routine') {
          // Well after the first checkpoint, well before the end (a resumed routine has at least 2.5 s left).
          await wait(resumed ? random(300, 1000) : random(1500, ROUTINE_MS - 2500));
          if ((await page.locator('.player').getAttribute('data-status')) === 'playing') expectResume = playing;
        } else {
          await wait(random(0, ROUTINE_MS + 1500));
        }
      } finally {
        await kill(child);
        await browser.close().catch(() => undefined);
      }
    }
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(files, { recursive: true, force: true });
  }

  figures.completionsSeen = shown.size;
  figures.lost = [...lost];
  figures.found = shown.size - lost.size;
  figures.settledUnseen = settled.size;
  const { kills: k } = figures;
  console.log(
    `kill: ${Object.values(k).reduce((sum, n) => sum + n, 0)} kills (${k['at-complete']} as "Routine complete" entered the page, ${k['after-complete']} 0-5 ms after it appeared, ${k['mid-routine']} mid-routine, ${k.random} at random); ` +
      `database opened after ${figures.opened} of ${figures.restarts + 1} starts; ` +
      `completions seen ${figures.completionsSeen}, found ${figures.found}, lost ${figures.lost.length}${figures.lost.length ? ` (${figures.lost.join(', ')})` : ''}; ` +
      `resumes offered ${figures.resumesOffered} of ${figures.resumesExpected} expected; ` +
      `${figures.settledUnseen} more found completed without being seen complete; duplicate sessions ${figures.duplicates}`,
  );
  return figures;
}
