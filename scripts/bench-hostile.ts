/**
 * The hostile section of `npm run bench` (alone: `npm run bench -- hostile`): every input of the
 * hostile corpus (scripts/hostile-corpus.ts, written to a temporary folder) through its real
 * parser entry point, each in a fresh node process, with its time, CPU time and extra heap
 * against the budget of issue #11 (1 s, 100 MB); then the screen-off track of a three-hour
 * routine, in node and in real Chromium through the player.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { renderTrack, trackBlob, trackBytes, trackPlan } from '../src/lib/audio/track';
import { buildTimeline } from '../src/lib/player/timeline';
import { cueSchedule } from '../src/lib/player/cues';
import { parseRoutineFile } from '../src/lib/routine';
import { DEFAULT_SETTINGS } from '../src/lib/settings';
import { chromePath, CHROMIUM_ARGS } from './chromium';
import { CORPUS, type EntryPoint } from './hostile-corpus';

const BUDGET_MS = 1000;
const BUDGET_MB = 100;

interface Measured {
  ms: number;
  cpuMs: number;
  heapMB: number;
  ok: boolean;
  said: string;
  count: number;
}

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

export async function benchHostile(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-hostile-'));
  const load = () => `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;
  console.log(`hostile corpus (${CORPUS.length} inputs, written to ${dir}; each in a fresh node process; budget ${BUDGET_MS} ms and ${BUDGET_MB} MB extra heap; ${load()}):`);
  const slowest = new Map<EntryPoint, { file: string; ms: number; cpuMs: number }>();
  const heaviest = new Map<EntryPoint, { file: string; heapMB: number }>();
  let over = 0;
  let overInCpu = 0;
  for (const input of CORPUS) {
    const path = join(dir, input.file);
    writeFileSync(path, input.make());
    const size = readFileSync(path).length;
    const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'scripts/bench-hostile-one.ts', input.through, path], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const result = JSON.parse(output.trim().split('\n').at(-1)!) as Measured;
    const fits = result.ms <= BUDGET_MS && result.heapMB <= BUDGET_MB;
    if (!fits) over++;
    if (result.cpuMs > BUDGET_MS || result.heapMB > BUDGET_MB) overInCpu++;
    console.log(
      `  ${input.file} (${input.through}, ${mb(size)}): ${Math.round(result.ms)} ms (CPU ${Math.round(result.cpuMs)} ms), +${result.heapMB.toFixed(1)} MB heap` +
        `${fits ? '' : '  OVER BUDGET'}${input.answer.test(result.said) ? '' : '  UNEXPECTED ANSWER'}\n` +
        `      ${result.ok ? 'valid' : `${result.count.toLocaleString('en')} problem${result.count === 1 ? '' : 's'}`}: ${result.said.slice(0, 110)}`,
    );
    if (result.ms > (slowest.get(input.through)?.ms ?? -1)) slowest.set(input.through, { file: input.file, ms: result.ms, cpuMs: result.cpuMs });
    if (result.heapMB > (heaviest.get(input.through)?.heapMB ?? -1)) heaviest.set(input.through, { file: input.file, heapMB: result.heapMB });
  }
  console.log('worst of each class:');
  for (const [through, slow] of slowest) {
    const heavy = heaviest.get(through)!;
    console.log(`  ${through}: slowest ${slow.file} ${Math.round(slow.ms)} ms (CPU ${Math.round(slow.cpuMs)} ms); most heap ${heavy.file} +${heavy.heapMB.toFixed(1)} MB`);
  }
  // On a machine shared with other work the wall clock counts the waiting too; CPU time is what the input cost.
  console.log(
    `within ${BUDGET_MS} ms and ${BUDGET_MB} MB: ${CORPUS.length - over} of ${CORPUS.length} by the wall clock, ` +
      `${CORPUS.length - overInCpu} of ${CORPUS.length} by CPU time (${load()})`,
  );
  for (const file of readdirSync(dir)) if (!CORPUS.some((input) => input.file === file)) throw new Error(`stray file ${file}`);

  benchTrackInNode();
  await benchTrackInChromium(dir);
}

/** A routine at the schema's limit: 180 steps of a minute, 3 hours. */
function threeHourRoutine(): string {
  return JSON.stringify({
    id: 'three-hours', title: 'Three hours', summary: 'The longest routine the schema allows.', safety: 'A benchmark routine.',
    steps: Array.from({ length: 180 }, (_, i) => ({ title: `Step ${i + 1}`, duration: 60, instructions: 'Breathe.' })),
  });
}

function benchTrackInNode(): void {
  const parsed = parseRoutineFile('three-hours.json', threeHourRoutine());
  if (!parsed.ok) throw new Error('the three-hour routine is invalid');
  const timeline = buildTimeline(parsed.value, { getReadyMs: 3000 });
  const plan = trackPlan(cueSchedule(timeline), DEFAULT_SETTINGS.cues);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const track = renderTrack(plan, timeline.total, 0.45);
  const blob = trackBlob(track);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const after = process.memoryUsage();
  console.log(
    `screen-off track of a 3-hour routine in node: ${Math.round(ms)} ms (CPU ${Math.round((used.user + used.system) / 1000)} ms); ` +
      `${track.chunks.length} distinct half-second chunks hold ${mb(trackBytes(track))} for a WAV of ${mb(blob.size)} ` +
      `(heap +${mb(after.heapUsed - before.heapUsed)}, array buffers +${mb(after.arrayBuffers - before.arrayBuffers)})`,
  );
}

/**
 * Private memory (unshared pages, clean and dirty) of a process and all its descendants, in
 * bytes, from /proc: what this browser holds of its own, whatever other browsers share with it.
 */
function treePrivate(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const visit = (pid: number) => {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0);
      total += (kilobytes('Private_Clean') + kilobytes('Private_Dirty')) * 1024;
    } catch {
      // Gone, or not ours to read.
    }
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return total;
}

/** The player's real path: open the routine, choose screen-off guidance, start, and weigh Chromium before and after. */
async function benchTrackInChromium(dir: string): Promise<void> {
  const file = join(dir, 'three-hours.json');
  writeFileSync(file, threeHourRoutine());
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const browserServer = await chromium.launchServer({ executablePath: chromePath(), args: CHROMIUM_ARGS, headless: true });
  const pid = browserServer.process().pid!;
  const browser = await chromium.connect(browserServer.wsEndpoint());
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${server.resolvedUrls!.local[0]}#/`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a routine file' }).click();
    await (await chooser).setFiles(file);
    await page.getByRole('link', { name: 'Start routine' }).first().click();
    await page.getByRole('button', { name: 'I understand, continue' }).click();
    await page.getByRole('checkbox', { name: /Guide me with the screen off/ }).check();
    // Chromium settles for a few seconds after its first page: weigh it once it has.
    await page.waitForTimeout(3000);
    const weigh = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      return { heap: heap.usedSize, memory: treePrivate(pid) };
    };
    const before = await weigh();
    const start = performance.now();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.locator('.player[data-track]').waitFor();
    const ready = performance.now() - start;
    // Let the audio element open the track and play a little before weighing again.
    await page.waitForTimeout(3000);
    const after = await weigh();
    console.log(
      `screen-off track of a 3-hour routine in Chromium (open, Start, track ready): ${Math.round(ready)} ms; ` +
        `page JS heap ${after.heap >= before.heap ? '+' : ''}${mb(after.heap - before.heap)}, ` +
        `private memory of all Chromium processes ${after.memory >= before.memory ? '+' : ''}${mb(after.memory - before.memory)} (with the track as one buffer: +700 MB, 345 in the page and 345 in the browser)`,
    );
  } finally {
    await browser.close();
    await browserServer.close();
    await server.close();
  }
}

if (process.argv[1]?.endsWith('bench-hostile.ts')) await benchHostile();
