/**
 * `npx tsx scripts/share-table.ts`: the README's table of built-in routine links and handouts.
 * For each routine in routines/: its QR code version by reference (alone, and with a typical
 * plan) and with the whole routine, for a 51-character address; and the pages of its printed
 * handout on A4 with that plan, printed by Chromium from the built app (run `npx vite build`
 * first). Prints a Markdown table.
 */
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { routineLink } from '../src/lib/share/link';
import { qrCode } from '../src/lib/share/qr';
import { launchChromium } from './chromium';
import { readRoutineFile, routinePaths } from './routine-files';

const BASE = 'https://physio-clinic-northside.example.org/unknot/';
const PLAN = {
  id: 'Ab3dEf6hJk', from: 'Dr. Rivera, Northside Physio', client: 'JM-07', note: 'Gentle on the left side.',
  frequency: { per: 'day', times: 2 }, start: '2026-12-01', days: 14,
} as const;

/** Pages in a PDF that Chromium made: one `/Type /Page` object each. */
export function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

/** Fills the Share screen's plan as a therapist would, then prints the handout to A4. */
export async function printHandout(page: Page, id: string): Promise<Buffer> {
  await page.goto(`#/share/${id}`);
  await page.getByLabel('Add a plan for a client').check();
  await page.getByLabel('From', { exact: true }).fill(PLAN.from);
  await page.getByLabel('Client reference (optional)').fill(PLAN.client);
  await page.getByLabel('How often').selectOption({ label: 'Twice a day' });
  await page.getByLabel('Start date').fill(PLAN.start);
  await page.getByLabel('Personal note (optional)').fill(PLAN.note);
  await page.getByRole('button', { name: 'Copy link' }).waitFor();
  // Every step's picture drawn before printing.
  await page.waitForFunction(() => [...document.querySelectorAll('.handout .step-picture')].every((picture) => !picture.querySelector('.loading')));
  return page.pdf({ format: 'A4', printBackground: true });
}

const version = (link: string) => {
  const qr = qrCode(link);
  return qr ? `${qr.version} (${qr.size}×${qr.size})` : 'too long';
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const browser = await launchChromium();
  const rows = ['| routine | QR by reference | with a plan | whole routine | handout pages (A4, with a plan) |', '| --- | --- | --- | --- | ---: |'];
  try {
    const context = await browser.newContext({ baseURL: server.resolvedUrls!.local[0], viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    for (const path of routinePaths('routines')) {
      const file = readRoutineFile(path);
      if (!file.result.ok) throw new Error(`${path} is invalid`);
      const routine = file.result.value;
      const pages = pdfPages(await printHandout(page, routine.id));
      rows.push(`| ${routine.title} | ${version(routineLink(BASE, routine, undefined, routine))} | ${version(routineLink(BASE, routine, PLAN, routine))} | ${version(routineLink(BASE, routine))} | ${pages} |`);
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(rows.join('\n'));
}
