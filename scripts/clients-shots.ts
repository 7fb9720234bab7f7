/**
 * `npx tsx scripts/clients-shots.ts [outdir]`: serves dist/ (run `npx vite build` first),
 * imports a made-up practice (three clients, one plan still waiting) and photographs the
 * clients list, a client's plan and a report at phone and desktop size, light and bedtime,
 * and the report and clients screens with text at 200 % on a phone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { Calendar } from '../src/lib/calendar';
import type { SessionRecord } from '../src/lib/history/records';
import type { Assignment } from '../src/lib/share/assignment';
import { exportPractice, keepReport, planSent, type PracticePlan } from '../src/lib/share/practice';
import { buildReport } from '../src/lib/share/report';
import { launchChromium } from './chromium';

const out = process.argv[2] ?? '/tmp/unknot-clients';
mkdirSync(out, { recursive: true });
const calendar = new Calendar('UTC');
const now = Date.parse('2026-12-10T18:00:00Z');

function sessions(routineId: string, days: number[], notes: Record<number, string> = {}): SessionRecord[] {
  return days.map((day, index) => ({
    id: `${routineId}-${index}`, routineId, routineTitle: routineId, status: 'completed', stepsCompleted: 8, stepsTotal: 8, activeSeconds: 540,
    startedAt: new Date(Date.parse('2026-12-01T08:00:00Z') + day * 86_400_000 + index * 60_000).toISOString(),
    endedAt: new Date(Date.parse('2026-12-01T08:10:00Z') + day * 86_400_000 + index * 60_000).toISOString(),
    tensionBefore: 7 - Math.min(4, Math.floor(day / 2)), tensionAfter: 4 - Math.min(2, Math.floor(day / 3)),
    ...(notes[index] ? { note: notes[index] } : {}),
  }));
}

function practicePlan(assignment: Assignment, routine: { id: string; title: string }, done?: SessionRecord[]): PracticePlan {
  const sent = planSent(undefined, assignment, routine, Date.parse(`${assignment.start}T09:00:00Z`) - 86_400_000);
  return done ? keepReport(sent, buildReport({ assignment, routine, sessions: done, includeNotes: true, now, calendar }), now) : sent;
}

const base = { from: 'Northside Physio', start: '2026-12-01', days: 14 } as const;
const plans = [
  practicePlan({ ...base, id: 'planAAAAAA', client: 'JM-07', note: 'Gentle on the left side.', frequency: { per: 'day', times: 2 } }, { id: 'back-relief', title: 'Back relief' },
    sessions('back-relief', [0, 0, 1, 1, 2, 3, 3, 4, 5, 6, 6, 7, 8, 9, 9], { 0: 'Left side tight after the ball step.', 6: 'Less stiff in the morning.', 12: 'Slept through the night for the first time this month.' })),
  practicePlan({ ...base, id: 'planBBBBBB', client: 'AB-12', frequency: { per: 'week', times: 3 } }, { id: 'neck-and-shoulders', title: 'Neck and shoulders' },
    sessions('neck-and-shoulders', [0, 2, 5, 8])),
  practicePlan({ ...base, id: 'planCCCCCC', client: 'K. 3341', start: '2026-12-08', frequency: { per: 'day', times: 1 } }, { id: 'evening-neck-release', title: 'Evening neck release' }),
];
const file = join(out, 'practice.json');
writeFileSync(file, exportPractice(plans, new Date(now)));

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const browser = await launchChromium();
try {
  for (const [size, viewport] of Object.entries({ phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } })) {
    for (const theme of ['light', 'bedtime'] as const) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, baseURL: server.resolvedUrls!.local[0] });
      const page = await context.newPage();
      await page.clock.install({ time: now });
      await page.goto('#/settings');
      await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
      await page.goto('#/clients');
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import practice' }).click();
      await (await chooser).setFiles(file);
      await page.getByRole('heading', { level: 2, name: /^JM-07/ }).waitFor();
      await page.screenshot({ path: `${out}/clients-${size}-${theme}.png`, fullPage: true });
      await page.getByRole('link', { name: 'Back relief for JM-07' }).click();
      await page.getByRole('heading', { level: 1, name: 'Report: Back relief' }).waitFor();
      await page.screenshot({ path: `${out}/client-plan-${size}-${theme}.png`, fullPage: true });
      await page.goto('#/clients/planCCCCCC');
      await page.getByRole('heading', { level: 1, name: 'K. 3341: Evening neck release' }).waitFor();
      await page.screenshot({ path: `${out}/client-waiting-${size}-${theme}.png`, fullPage: true });
      if (size === 'phone' && theme === 'light') {
        await page.goto('#/clients/planAAAAAA');
        await page.getByRole('heading', { level: 1, name: 'Report: Back relief' }).waitFor();
        await page.evaluate("document.documentElement.style.setProperty('font-size', '200%', 'important')");
        await page.screenshot({ path: `${out}/client-plan-phone-zoom.png`, fullPage: true });
        await page.goto('#/clients');
        await page.getByRole('heading', { level: 2, name: /^JM-07/ }).waitFor();
        await page.evaluate("document.documentElement.style.setProperty('font-size', '200%', 'important')");
        await page.screenshot({ path: `${out}/clients-phone-zoom.png`, fullPage: true });
      }
      await context.close();
    }
  }
  console.log(`clients shots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
