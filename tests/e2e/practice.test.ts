/**
 * A therapist's week, as one would run it: three plans for three clients (two built-ins by
 * reference link, one routine of their own), handouts printed; three clients on their phones
 * follow their plans over several days and report back (two by link, one by file); the
 * therapist keeps every report and reads adherence in Clients; a second report updates one
 * client without losing the first one's notes. No link's payload stays in the address bar.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../../scripts/share-table';
import { DESKTOP, expectAccessible, launch, openApp, PHONE } from './browser';
import { fragment } from './therapist-screens';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const at = (day: number, time: string) => new Date(`2026-12-0${day}T${time}`);
/** Longer than any routine here: the player runs to its end on the page's clock. */
const A_WHOLE_ROUTINE = 25 * 60_000;

/** The address never holds a payload once the screen has read it. */
async function expectShortAddress(page: Page, short: '#/r' | '#/report') {
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(short);
}

/** Writes a one-step routine of the therapist's own and opens its Share screen. */
async function writeOwnRoutine(page: Page) {
  await page.goto('/#/edit');
  await page.getByRole('heading', { level: 1, name: 'New routine' }).waitFor();
  await page.getByLabel('Title', { exact: true }).fill('Evening neck release');
  await page.getByLabel('Summary', { exact: true }).fill('Ease the neck before sleep.');
  await page.getByRole('textbox', { name: 'Safety note' }).fill('Stop at sharp pain, numbness or dizziness.');
  await page.getByLabel('Step title').fill('Neck strokes');
  await page.getByLabel('Duration').fill('30s');
  await page.getByRole('checkbox', { name: 'Neck' }).click();
  await page.getByRole('textbox', { name: 'Instructions' }).fill('Stroke down the side of your neck with light fingertips.');
  await page.getByRole('button', { name: 'Save and share' }).click();
  await page.getByRole('heading', { level: 1, name: 'Share Evening neck release' }).waitFor();
}

/** Fills the plan on the Share screen, copies its link (which records it) and prints its handout. */
async function sendPlan(page: Page, client: string, title: string) {
  await page.getByLabel('Add a plan for a client').check();
  await page.getByLabel('From', { exact: true }).fill('Northside Physio');
  await page.getByLabel('Client reference (optional)').fill(client);
  await page.getByLabel('How often').selectOption({ label: 'Once a day' });
  await page.getByLabel('Personal note (optional)').fill(`Notes for ${client}: gently does it.`);
  const link = await page.getByLabel('Link', { exact: true }).inputValue();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('This plan is in your Clients, waiting for a report.').waitFor();
  await page.getByRole('img', { name: `QR code that opens ${title} in Unknot` }).first().waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('.handout .step-picture')].every((picture) => !picture.querySelector('.loading')));
  const pages = pdfPages(await page.pdf({ format: 'A4' }));
  return { link, pages };
}

/** One session on the client's phone, from the player's first screen to a saved note. */
async function playSession(phone: Page, before: string, after: string, note?: string) {
  await phone.getByRole('group', { name: 'How tense do you feel right now?' }).getByRole('button', { name: before }).click();
  await phone.getByRole('button', { name: 'Start' }).click();
  await phone.clock.runFor(A_WHOLE_ROUTINE);
  await phone.getByRole('heading', { name: 'Routine complete' }).waitFor();
  await phone.getByRole('group', { name: 'How tense do you feel now?' }).getByRole('button', { name: after }).click();
  if (note) {
    await phone.getByLabel('A note for your history (optional)').fill(note);
    await phone.getByRole('button', { name: 'Save note' }).click();
    await phone.getByRole('button', { name: 'Note saved' }).waitFor();
  }
}

/** A later day: the client opens Unknot in the morning and plays the plan's routine. */
async function nextSession(phone: Page, day: number, routineId: string, before: string, after: string, note?: string) {
  await phone.clock.setSystemTime(at(day, '08:00:00'));
  // From the start page: the player's address may still be the one on screen.
  await phone.goto('/#/');
  await phone.getByRole('heading', { level: 1, name: 'What could use some care today?' }).waitFor();
  await phone.goto(`/#/play/${routineId}`);
  await playSession(phone, before, after, note);
}

/** The client's plan screen, once it counts every session played: the report is made from what it shows. */
async function openPlan(phone: Page, sessions: number) {
  await phone.goto('/#/');
  await phone.getByRole('region', { name: 'Your plan' }).getByRole('link', { name: 'See plan and report back' }).click();
  // The plan's own page (the library's plan card shows the same count).
  await phone.waitForURL(/#\/plan\//);
  await phone.getByLabel('Include my session notes').waitFor();
  await phone.getByText(`${sessions} of 14 this course`).waitFor();
}

/** The report as a link, notes in or out. */
async function reportLink(phone: Page, sessions: number, notes: boolean): Promise<string> {
  await openPlan(phone, sessions);
  if (notes) await phone.getByLabel('Include my session notes').check();
  await phone.getByText(`The link holds this plan and your sessions for it: the days, minutes and tension before and after${notes ? ', and your notes' : ''}.`).waitFor();
  await phone.getByRole('button', { name: 'Make report link' }).click();
  return phone.getByLabel('Report link').inputValue();
}

async function keep(page: Page, title: string) {
  await page.getByRole('heading', { level: 1, name: `Report: ${title}` }).waitFor();
  await expectShortAddress(page, '#/report');
  await page.getByRole('button', { name: 'Keep in Clients' }).click();
  await page.getByText('Kept in Clients.').waitFor();
}

/** A plan's card in the clients list, by client reference. */
const planCard = (page: Page, routine: string, client: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('link', { name: `${routine} for ${client}` }) });

describe("a therapist's practice", () => {
  it('three plans, three clients over several days, every report kept, adherence right, notes never lost', async () => {
    const therapist = await openApp(browser, '#/', DESKTOP, (page) => page.clock.install({ time: at(1, '09:00:00') }));
    const clinic = therapist.page;

    // Two built-ins by reference, one of the therapist's own in full; a handout printed for each.
    await clinic.goto('/#/share/back-relief');
    const backRelief = await sendPlan(clinic, 'AB-01', 'Back relief');
    expect(backRelief.link).toMatch(/#\/r\/2back-relief\.[A-Za-z0-9_-]{8}\.1/);
    expect(backRelief.pages).toBe(2);
    await clinic.goto('/#/share/desk-break');
    const deskBreak = await sendPlan(clinic, 'CD-02', 'Desk break');
    expect(deskBreak.link).toMatch(/#\/r\/2desk-break\.[A-Za-z0-9_-]{8}\.1/);
    expect(deskBreak.pages).toBe(2);
    await writeOwnRoutine(clinic);
    const own = await sendPlan(clinic, 'EF-03', 'Evening neck release');
    expect(own.link).toContain('#/r/1');
    expect(own.pages).toBe(1);

    // Clients, reached from the library: three plans waiting for a report.
    await clinic.goto('/#/');
    await clinic.getByRole('link', { name: 'Your clients: 3 plans sent and reported' }).click();
    await clinic.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    for (const [routine, client] of [['Back relief', 'AB-01'], ['Desk break', 'CD-02'], ['Evening neck release', 'EF-03']] as const) {
      await planCard(clinic, routine, client).getByText('Waiting for a report').waitFor();
    }

    // Three clients, each with a fresh profile on a phone and nothing but their link.
    const phones = [];
    for (const [link, title] of [[backRelief.link, 'Back relief'], [deskBreak.link, 'Desk break'], [own.link, 'Evening neck release']] as const) {
      const client = await openApp(browser, fragment(link).slice(1), PHONE, (page) => page.clock.install({ time: at(1, '10:00:00') }));
      await client.page.getByRole('heading', { level: 1, name: title }).waitFor();
      await client.page.getByText('Sent by Northside Physio').waitFor();
      await expectShortAddress(client.page, '#/r');
      await client.page.getByRole('button', { name: 'Save plan and start' }).click();
      await client.page.getByRole('button', { name: 'I understand, continue' }).click();
      phones.push(client);
    }
    const [ab, cd, ef] = phones.map((client) => client.page) as [Page, Page, Page];

    // Day 1 for everyone; AB every day to day 3, CD on day 3 too, EF only on day 1.
    await playSession(ab, '7', '4', 'Left side tight after the ball step.');
    await playSession(cd, '5', '3');
    await playSession(ef, '6', '2', 'Slept better.');
    await nextSession(ab, 2, 'back-relief', '6', '3', 'Less stiff in the morning.');
    await nextSession(ab, 3, 'back-relief', '5', '3');
    await nextSession(cd, 3, 'desk-break', '4', '2');
    await ef.clock.setSystemTime(at(3, '19:00:00'));

    // Reports on day 3: AB and CD by link (AB with notes), EF as a file.
    const abReport = await reportLink(ab, 3, true);
    const cdReport = await reportLink(cd, 2, false);
    await openPlan(ef, 1);
    await ef.getByLabel('Include my session notes').check();
    const downloading = ef.waitForEvent('download');
    await ef.getByRole('button', { name: 'Download report file' }).click();
    const efFile = join(mkdtempSync(join(tmpdir(), 'unknot-report-')), (await downloading).suggestedFilename());
    await (await downloading).saveAs(efFile);
    expect(JSON.parse(readFileSync(efFile, 'utf8'))).toMatchObject({ format: 'unknot-report', assignment: { client: 'EF-03' } });

    // The therapist keeps all three; the file opens without ever becoming an address.
    await clinic.clock.setSystemTime(at(3, '20:00:00'));
    await clinic.goto(fragment(abReport));
    await keep(clinic, 'Back relief');
    await clinic.getByText('Client report · AB-01').waitFor();
    await clinic.goto(fragment(cdReport));
    await keep(clinic, 'Desk break');
    await clinic.goto('/#/');
    const chooser = clinic.waitForEvent('filechooser');
    await clinic.getByRole('button', { name: 'Open a routine file' }).click();
    await (await chooser).setFiles(efFile);
    await keep(clinic, 'Evening neck release');

    await clinic.goto('/#/clients');
    await clinic.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    // The heading shows at once; the clients come once the practice store has been read.
    await expect.poll(() => clinic.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['AB-01 1 plan', 'CD-02 1 plan', 'EF-03 1 plan', 'Your practice data']);
    const abCard = planCard(clinic, 'Back relief', 'AB-01');
    await abCard.getByText('3 of 3 (100 %) by day 3').waitFor();
    await abCard.getByText('6.0 → 3.3').waitFor();
    await abCard.getByText('Left side tight after the ball step.').waitFor();
    await planCard(clinic, 'Desk break', 'CD-02').getByText('2 of 3 (67 %) by day 3').waitFor();
    await planCard(clinic, 'Evening neck release', 'EF-03').getByText('1 of 3 (33 %) by day 3').waitFor();
    await planCard(clinic, 'Evening neck release', 'EF-03').getByText('Slept better.').waitFor();
    await expectAccessible(clinic);

    // AB goes on, and sends a second report on day 5, this time without notes.
    await nextSession(ab, 5, 'back-relief', '4', '2');
    const abSecond = await reportLink(ab, 4, false);
    await clinic.clock.setSystemTime(at(5, '20:00:00'));
    await clinic.goto(fragment(abSecond));
    await keep(clinic, 'Back relief');
    await clinic.goto('/#/clients');
    await clinic.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    await abCard.getByText('4 of 5 (80 %) by day 5').waitFor();
    // The first report's notes stay, though the second one carries none.
    await abCard.getByText('Left side tight after the ball step.').waitFor();
    await abCard.getByText('Less stiff in the morning.').waitFor();
    await abCard.getByRole('link', { name: 'Back relief for AB-01' }).click();
    await clinic.getByRole('heading', { level: 1, name: 'Report: Back relief' }).waitFor();
    await clinic.getByRole('heading', { name: 'Notes from earlier reports' }).waitFor();
    await expectAccessible(clinic);

    for (const client of [therapist, ...phones]) expect(client.errors).toEqual([]);
    for (const client of [therapist, ...phones]) await client.context.close();
  }, 240_000);
});
