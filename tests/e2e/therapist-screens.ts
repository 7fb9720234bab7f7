/** The therapist and client screens in one walk, shared by the axe and text-zoom suites. */
import type { Page } from 'playwright-core';

/** A link's fragment, to open it on the test server whatever origin made it. */
export const fragment = (link: string) => `/${link.slice(link.indexOf('#'))}`;

/** Every therapist and client screen, with `check` run on each. */
export async function visitTherapistScreens(page: Page, check: (page: Page, screen: string) => Promise<void>) {
  await page.goto('/#/edit/desk-break');
  await page.getByRole('heading', { level: 1, name: 'New routine' }).waitFor();
  await page.getByLabel('Title', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('alert').first().waitFor();
  // An open step: its fields and the live picture beside them.
  await page.getByRole('button', { name: 'Edit step 1' }).click();
  await page.getByRole('figure', { name: 'Picture' }).getByRole('img').waitFor();
  await check(page, 'editor');
  await page.goto('/#/share/desk-break');
  await page.getByLabel('Add a plan for a client').check();
  await page.getByLabel('From', { exact: true }).fill('Northside Physio');
  await page.getByLabel('Client reference (optional)').fill('JM-07');
  await page.getByLabel('Personal note (optional)').fill('Two breaks a day, please.');
  await check(page, 'share');
  const link = await page.getByLabel('Link', { exact: true }).inputValue();
  await page.goto(fragment(link));
  await page.getByText('Sent by Northside Physio').waitFor();
  await check(page, 'shared');
  await page.getByRole('button', { name: 'Save plan', exact: true }).click();
  await page.getByText('Plan saved.').waitFor();
  await page.goto('/#/');
  await page.getByRole('region', { name: 'Your plan' }).waitFor();
  await check(page, 'home with a plan');
  await page.getByRole('link', { name: 'See plan and report back' }).click();
  await page.getByRole('button', { name: 'Make report link' }).click();
  const report = await page.getByLabel('Report link').inputValue();
  await check(page, 'plan');
  await page.goto(fragment(report));
  await page.getByRole('heading', { level: 1, name: 'Report: Desk break' }).waitFor();
  await check(page, 'report');
  await page.getByRole('button', { name: 'Keep in Clients' }).click();
  await page.getByText('Kept in Clients.').waitFor();
  await page.goto('/#/clients');
  await page.getByRole('heading', { level: 2, name: /^JM-07/ }).waitFor();
  await check(page, 'clients');
  await page.getByRole('link', { name: 'Desk break for JM-07' }).click();
  await page.getByRole('heading', { level: 1, name: 'Report: Desk break' }).waitFor();
  await check(page, 'client plan');
  await page.goto('/#/r/1AAAA');
  await page.getByRole('heading', { level: 1, name: 'This link can’t be opened' }).waitFor();
  await check(page, 'broken link');
}

