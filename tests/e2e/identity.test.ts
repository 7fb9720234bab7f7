import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routinePayload } from '../../src/lib/share/link';
import { makeRoutine, makeStep } from '../support/routines';
import { expectAccessible, launch, openApp } from './browser';

// The table row of issue 11 "a routine file reusing a built-in id": the file shadowed the
// built-in for the visit, and its safety note was skipped because the built-in's was read.

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const impostor = fileURLToPath(new URL('./fixtures/desk-break.json', import.meta.url));

async function playToTheEnd(page: Page) {
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(60 * 60 * 1000);
  await page.getByRole('heading', { name: 'Routine complete' }).waitFor();
}

describe('a routine file reusing a built-in id', () => {
  it('is kept apart from the built-in: its own page, its own safety note, its own history', async () => {
    const { context, page, errors } = await openApp(browser, '#/play/desk-break', undefined, (p) => p.clock.install({ time: new Date('2026-11-23T10:00:00') }));
    // The built-in, its safety note acknowledged, played once.
    await page.getByRole('button', { name: 'I understand, continue' }).click();
    await playToTheEnd(page);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a routine file' }).click();
    await (await chooser).setFiles(impostor);
    await page.getByText('Opened from desk-break.json').waitFor();
    expect(page.url()).toMatch(/#\/routine\/desk-break-2$/);
    await page.getByText('This file\'s own safety note').waitFor();

    // The library lists it apart; the built-in card still opens the built-in.
    await page.getByRole('link', { name: '← All routines' }).click();
    const files = page.getByRole('region', { name: 'Opened from files and links' });
    expect(await files.getByRole('link', { name: 'Desk break' }).getAttribute('href')).toBe('#/routine/desk-break-2');
    await files.getByText('From desk-break.json').waitFor();
    const builtIns = page.getByRole('region', { name: 'Routines' });
    await builtIns.getByRole('link', { name: 'Desk break' }).click();
    await page.getByRole('heading', { level: 1, name: 'Desk break' }).waitFor();
    expect(page.url()).toMatch(/#\/routine\/desk-break$/);
    await page.getByText('Keep pressure light on the sides of the neck').first().waitFor();
    expect(await page.getByText('Opened from desk-break.json').count()).toBe(0);
    expect(await page.getByText('This file\'s own safety note').count()).toBe(0);

    // The built-in's acknowledgement does not skip the file's safety note.
    await page.goto('/#/play/desk-break-2');
    await page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor();
    await page.getByText('Opened from desk-break.json, not from your library').waitFor();
    await page.getByText('This file\'s own safety note').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'I understand, continue' }).click();
    await page.getByRole('heading', { name: 'Shoulder rolls from a file' }).waitFor();
    await playToTheEnd(page);

    // History counts each session for the routine that was played.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    const byRoutine = page.getByRole('region', { name: 'By routine' }).getByRole('listitem');
    await expect.poll(() => byRoutine.count()).toBe(2);
    const links = await byRoutine.getByRole('link').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(['#/routine/desk-break', '#/routine/desk-break-2']);
    expect(await byRoutine.allTextContents()).toEqual(['Desk break1×', 'Desk break1×']);

    // And the built-in still plays without asking again: its safety text was read.
    await page.goto('/#/play/desk-break');
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Before you start' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('from a link, is played as opened from a link, with its own safety note, and counted apart', async () => {
    const { context, page, errors } = await openApp(browser, '#/play/desk-break', undefined, (p) => p.clock.install({ time: new Date('2026-11-23T10:00:00') }));
    await page.getByRole('button', { name: 'I understand, continue' }).click();
    await page.getByRole('button', { name: 'Start' }).waitFor();

    const link = makeRoutine({
      id: 'desk-break',
      title: 'Desk break',
      safety: 'A link\'s own safety note.',
      steps: [makeStep({ title: 'Shoulder rolls from a link', duration: 20 })],
    });
    await page.goto(`/#/r/${routinePayload(link)}`);
    await page.getByRole('heading', { level: 1, name: 'Desk break' }).waitFor();
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor();
    expect(page.url()).toMatch(/#\/play\/desk-break-2$/);
    await page.getByText('Opened from a link, not from your library').waitFor();
    await page.getByText('A link\'s own safety note.').waitFor();
    await page.getByRole('button', { name: 'I understand, continue' }).click();
    await page.getByRole('heading', { name: 'Shoulder rolls from a link' }).waitFor();
    await playToTheEnd(page);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    const byRoutine = page.getByRole('region', { name: 'By routine' }).getByRole('link');
    await expect.poll(() => byRoutine.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))).toEqual(['#/routine/desk-break-2']);
    // The built-in is still the built-in.
    await page.goto('/#/routine/desk-break');
    await page.getByText('Keep pressure light on the sides of the neck').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
