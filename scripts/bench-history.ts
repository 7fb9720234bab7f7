/**
 * History at scale, for `npm run bench`: 10,000 sessions. Stats in node (median of repeated
 * runs), then in real Chromium the import of an export file and the history screen's render.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchChromium } from './chromium';
import { preview } from 'vite';
import type { SessionRecord } from '../src/lib/history/records';
import { historyStats } from '../src/lib/history/stats';
import { exportHistory } from '../src/lib/history/transfer';

const COUNT = 10_000;

function sessions(count: number, now: number): SessionRecord[] {
  const routines = ['desk-break', 'back-relief', 'pre-sleep-wind-down', 'feet'];
  return Array.from({ length: count }, (_, i) => {
    const startedAt = now - i * 5 * 3_600_000 - (i % 53) * 60_000;
    return {
      id: `bench-${i}`,
      routineId: routines[i % routines.length]!,
      routineTitle: routines[i % routines.length]!,
      startedAt: new Date(startedAt).toISOString(),
      endedAt: new Date(startedAt + 300_000).toISOString(),
      status: i % 9 === 0 ? 'partial' : 'completed',
      stepsCompleted: 7,
      stepsTotal: 7,
      activeSeconds: 300,
      ...(i % 3 === 0 ? { tensionBefore: 6, tensionAfter: 3, areasBefore: { neck: 5 }, areasAfter: { neck: 2 } } : {}),
    };
  });
}

export async function benchHistory() {
  const now = Date.now();
  const all = sessions(COUNT, now);
  const samples: number[] = [];
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    historyStats(all, now);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  console.log(`history stats over ${COUNT.toLocaleString('en')} sessions: ${samples[15]!.toFixed(1)} ms median`);

  const file = join(mkdtempSync(join(tmpdir(), 'unknot-bench-')), 'history.json');
  writeFileSync(file, exportHistory(all, new Date(now)));
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.resolvedUrls!.local[0]}#/history`);
    await page.getByRole('heading', { name: 'Nothing here yet' }).waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import' }).click();
    const start = performance.now();
    await (await chooser).setFiles(file);
    await page.getByText(`Imported ${COUNT} sessions.`).waitFor({ timeout: 60_000 });
    await page.locator('.sessions li').first().waitFor();
    console.log(`import ${COUNT.toLocaleString('en')} sessions in Chromium (read, validate, store, show): ${Math.round(performance.now() - start)} ms`);

    const renders: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(`${server.resolvedUrls!.local[0]}#/`);
      await page.getByRole('heading', { level: 3 }).first().waitFor();
      // A string, so the bundler's helpers do not leak into the page.
      renders.push(await page.evaluate<number>(`new Promise((resolve) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector('.sessions li') && document.querySelector('.tiles')) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        location.hash = '#/history';
      })`));
    }
    renders.sort((a, b) => a - b);
    console.log(`history screen first render with ${COUNT.toLocaleString('en')} sessions: ${Math.round(renders[2]!)} ms median of 5 (hash navigation to painted list)`);
  } finally {
    await browser.close();
    await server.close();
  }
}
