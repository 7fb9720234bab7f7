import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApp } from '../../../tests/support/app';
import { fakeCatalog } from '../../../tests/support/catalog';
import { makeSession } from '../../../tests/support/routines';
import { Calendar } from '../../lib/calendar';
import type { Assignment } from '../../lib/share/assignment';
import { exportPractice, keepReport, planSent } from '../../lib/share/practice';
import { buildReport } from '../../lib/share/report';
import Clients from './Clients.svelte';
import { Practice } from './practice.svelte';

const routine = { id: 'back-relief', title: 'Back relief' };
const plan = (id: string, client?: string): Assignment => ({ id, from: 'Northside Physio', ...(client ? { client } : {}), frequency: { per: 'day', times: 1 }, start: '2026-11-16', days: 14 });
const sent = (assignment: Assignment) => planSent(undefined, assignment, routine, Date.parse('2026-11-15T10:00:00Z'));
const report = (assignment: Assignment) => buildReport({
  assignment, routine, includeNotes: true, now: Date.parse('2026-11-19T12:00:00Z'), calendar: new Calendar('UTC'),
  sessions: [makeSession({ routineId: 'back-relief', startedAt: '2026-11-16T08:00:00.000Z', tensionBefore: 6, tensionAfter: 3, note: 'Tight on the left.' })],
});

async function seeded() {
  const fake = fakeApp(fakeCatalog([]));
  await fake.store.savePractice([keepReport(sent(plan('planAAAAAA', 'JM-07')), report(plan('planAAAAAA', 'JM-07')), 0), sent(plan('planBBBBBB'))]);
  return fake;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Clients', () => {
  it('lists each client with how their plans go, and plans still waiting for a report', async () => {
    render(Clients, { context: (await seeded()).context });
    const jm = await screen.findByRole('region', { name: 'JM-07 1 plan' });
    expect(within(jm).getByRole('link', { name: 'Back relief for JM-07' })).toHaveAttribute('href', '#/clients/planAAAAAA');
    expect(within(jm).getByText('1 of 4 (25 %) by day 4')).toBeInTheDocument();
    expect(within(jm).getByText('6.0 → 3.0')).toBeInTheDocument();
    expect(within(jm).getByText('Tight on the left.')).toBeInTheDocument();
    const none = screen.getByRole('region', { name: 'No client reference 1 plan' });
    expect(within(none).getByText('Waiting for a report')).toBeInTheDocument();
  });

  it('deletes a client after asking, and keeps the others', async () => {
    const user = userEvent.setup();
    const fake = await seeded();
    render(Clients, { context: fake.context });
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await user.click(await screen.findByRole('button', { name: 'Delete JM-07' }));
    expect(screen.queryByRole('region', { name: 'JM-07 1 plan' })).not.toBeInTheDocument();
    expect((await fake.store.practice()).map((kept) => kept.planId)).toEqual(['planBBBBBB']);
  });

  it('imports a practice file, and refuses a damaged one saying where, importing nothing', async () => {
    const user = userEvent.setup();
    const fake = fakeApp(fakeCatalog([]));
    const { container } = render(Clients, { context: fake.context });
    await screen.findByText(/No clients yet/);
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    const good = exportPractice([sent(plan('planCCCCCC', 'AB'))], new Date('2026-11-20T10:00:00Z'));
    await user.upload(input, new File([good], 'practice.json', { type: 'application/json' }));
    expect(await screen.findByText('Imported: 1 new plan.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'AB 1 plan' })).toBeInTheDocument();
    const bad = good.replace('"days": 14', '"days": 0');
    await user.upload(input, new File([bad], 'practice.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^This practice file is damaged at plan 1: assignment, days: .*Nothing was imported\.$/);
  });
});

describe('Practice', () => {
  it('records a sent plan, keeps its report and says when a report is kept already', async () => {
    const fake = fakeApp(fakeCatalog([]));
    const practice = new Practice(fake.store, () => Date.parse('2026-11-20T10:00:00Z'));
    await practice.sent(plan('planAAAAAA', 'JM-07'), routine);
    const first = report(plan('planAAAAAA', 'JM-07'));
    expect(practice.kept(first)).toBe(false);
    await practice.keep(first);
    expect(practice.kept(first)).toBe(true);
    expect(practice.clients.map((group) => group.client)).toEqual(['JM-07']);
    expect((await fake.store.practice())[0]?.report?.madeAt).toBe(first.madeAt);
  });
});
