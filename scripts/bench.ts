/**
 * `npm run bench`: figures we watch. Parse time of a 1,000-step routine (Markdown and JSON,
 * median of repeated runs), the gzipped JS of the production build (start page first), the
 * hostile corpus against its budget (scripts/bench-hostile.ts), Lighthouse on mobile settings,
 * history with 10,000 sessions, timer accuracy, and crash safety under SIGKILL.
 * `npm run bench -- kill timer` runs only the sections named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { parseRoutineFile, toJson, toMarkdown, type Routine } from '../src/lib/routine';
import { benchHistory } from './bench-history';
import { benchHostile } from './bench-hostile';
import { benchKill } from './bench-kill';
import { benchFirstUse, benchLighthouse, benchStartTasks } from './bench-lighthouse';
import { benchTimer } from './bench-timer';
import { launchChromium } from './chromium';

const SECTIONS = ['parse', 'size', 'hostile', 'lighthouse', 'history', 'timer', 'kill'] as const;
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(SECTIONS as readonly string[]).includes(name));
if (unknown.length) {
  console.error(`bench: no section ${unknown.join(', ')}; the sections are ${SECTIONS.join(', ')}`);
  process.exit(2);
}
/** Whether a section runs: all of them when none is named. */
const runs = (section: (typeof SECTIONS)[number]) => asked.length === 0 || asked.includes(section);
let built = false;
/** The production build in dist/, made once for the sections that need it. */
async function ensureBuilt(): Promise<void> {
  if (!built) await build({ logLevel: 'silent' });
  built = true;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void, rounds = 30): number {
  run(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const big: Routine = {
  id: 'thousand-steps',
  title: 'A thousand steps',
  summary: 'A routine far longer than any real one, to measure the parser.',
  tags: ['bench'],
  safety: 'Stop at sharp pain, numbness or tingling.',
  cautions: [],
  version: 1,
  steps: Array.from({ length: 1000 }, (_, index) => ({
    title: `Step ${index + 1}: slow circles`,
    duration: 30 + (index % 90),
    instructions: 'Place your palm flat on the muscle. Circle slowly, about one circle per breath, with medium pressure.\n\nBreathe out as you press.',
    areas: ['neck', 'shoulders'],
    sides: index % 3 === 0 ? 'left-right' : 'both',
    repeat: 1,
    rest: false,
    tool: 'hands',
    pressure: 'medium',
  })),
};

if (runs('parse')) {
  const markdown = toMarkdown(big);
  const json = toJson(big);
  for (const [name, text] of [['thousand-steps.md', markdown], ['thousand-steps.json', json]] as const) {
    const result = parseRoutineFile(name, text);
    if (!result.ok) throw new Error(`bench routine is invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
    const ms = time(() => parseRoutineFile(name, text));
    console.log(`parse 1,000-step routine (${name.split('.')[1]}, ${Math.round(text.length / 1024)} KB): ${ms.toFixed(1)} ms median`);
  }
}

if (runs('size')) {
  await ensureBuilt();
  const gz = (file: string) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
  const html = readFileSync('dist/index.html', 'utf8');
  const start = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const startBytes = start.reduce((sum, file) => sum + gz(file), 0);
  console.log(`start page JS: ${startBytes.toLocaleString('en')} B = ${kb(startBytes)} gzipped (${start.join(', ')}): what index.html runs; the app waits for a first visit's first use`);
  await firstVisit(start, gz, 'day');
  await firstVisit(start, gz, 'evening');
  const chunks = readdirSync('dist/assets').filter((file) => file.endsWith('.js'));
  for (const file of chunks.sort()) console.log(`  ${file}: ${kb(gz(`assets/${file}`))} gzipped`);
  console.log(`all JS: ${kb(chunks.reduce((sum, file) => sum + gz(`assets/${file}`), 0))} gzipped`);
}

/**
 * Every script a first visit to the start page fetches until the network is quiet after what
 * comes a second after the load, beside what index.html runs: by day (the service worker, and
 * the app's code prefetched, not run, until the first use) or in the evening (the app at the
 * page's load, for the bedtime offer).
 */
async function firstVisit(start: string[], gz: (file: string) => number, when: 'day' | 'evening') {
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.clock.setFixedTime(new Date(2026, 10, 23, when === 'day' ? 10 : 21));
    const scripts = new Map<string, string>();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.js') && path.startsWith('/assets/') && !scripts.has(path.slice(1))) scripts.set(path.slice(1), request.resourceType() === 'script' ? 'run' : 'prefetched');
    });
    await page.goto(`${server.resolvedUrls!.local[0]!}#/`, { waitUntil: 'networkidle' });
    // By day main.ts registers the worker and prefetches the app's code a second after the load.
    await page.waitForTimeout(1500);
    await page.waitForLoadState('networkidle');
    const later = [...scripts].filter(([file]) => !start.includes(file));
    const sum = (how: string) => later.filter(([, kind]) => kind === how).reduce((total, [file]) => total + gz(file), 0);
    console.log(
      `  a first visit ${when === 'day' ? 'by day, until its first use' : 'in the evening'}: ${sum('run').toLocaleString('en')} B more run, ${sum('prefetched').toLocaleString('en')} B prefetched after the load, not run ` +
        `(${later.map(([file, kind]) => `${file.replace('assets/', '')} ${gz(file)}${kind === 'prefetched' ? ' prefetched' : ''}`).join(', ')})`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

if (runs('hostile')) {
  await ensureBuilt();
  await benchHostile();
}
if (runs('lighthouse')) {
  await ensureBuilt();
  // By day a first visit runs only the start page's own script until the first use; in the
  // evening the bedtime offer needs the app at once, as does any device that keeps something.
  await benchLighthouse(3, 'day');
  await benchLighthouse(3, 'evening');
  await benchStartTasks(9, 'day');
  await benchStartTasks(9, 'evening');
  await benchFirstUse();
}
if (runs('history')) await benchHistory();
if (runs('timer')) {
  await ensureBuilt();
  await benchTimer();
}
if (runs('kill')) {
  await ensureBuilt();
  await benchKill();
}
