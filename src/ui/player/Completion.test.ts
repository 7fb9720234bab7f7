import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { deferred, fakeSettingsStore } from '../../../tests/support/fakes';
import { fakePlayerDeps } from '../../../tests/support/player';
import { makeRoutine, makeStep } from '../../../tests/support/routines';
import type { SessionChange, SessionRecord } from '../../lib/history/records';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { SettingsState } from '../app/settings.svelte';
import PlayerView from './PlayerView.svelte';
import { PlayerSession } from './session.svelte';

// Get ready 3 s and one 10 s step: 13 s.
const routine = makeRoutine({ id: 'desk-break', title: 'Desk break', steps: [makeStep({ title: 'Warm up', duration: 10 })] });

/** A store that answers each write when the test says: `commits` settles the session's writes in turn. */
function slowStore() {
  const commits: ReturnType<typeof deferred<void>>[] = [];
  const recorded: SessionRecord[] = [];
  const changes: SessionChange[] = [];
  let failUpdates = false;
  const store = {
    available: true,
    saveCheckpoint: async () => {},
    clearCheckpoint: async () => {},
    recordSession: (session: SessionRecord) => {
      const commit = deferred<void>();
      commits.push(commit);
      return commit.promise.then(() => void recorded.push(session));
    },
    updateSession: async (_id: string, change: SessionChange) => {
      if (failUpdates) throw new Error('QuotaExceededError');
      changes.push(change);
    },
  };
  return { store, commits, recorded, changes, failUpdates: (fail: boolean) => (failUpdates = fail) };
}

async function playToTheEnd() {
  const fake = fakePlayerDeps();
  const slow = slowStore();
  const session = new PlayerSession(routine, { ...fake.deps, store: slow.store });
  const settings = new SettingsState(fakeSettingsStore(DEFAULT_SETTINGS).store);
  await settings.loaded();
  render(PlayerView, { props: { session, settings } });
  session.start();
  fake.clock.advance(13_000);
  return { ...slow, session };
}

describe('the completion screen', () => {
  it('says "Routine complete" only once the session has been written', async () => {
    const { commits, recorded } = await playToTheEnd();
    expect(await screen.findByRole('status')).toHaveTextContent('Saving your session…');
    expect(screen.queryByRole('heading', { name: 'Routine complete' })).not.toBeInTheDocument();
    await expect.poll(() => commits.length).toBe(1);
    commits[0]!.resolve();
    expect(await screen.findByRole('heading', { name: 'Routine complete' })).toBeInTheDocument();
    expect(recorded.map((session) => session.status)).toEqual(['completed']);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when the session could not be written, and writes it on Try again', async () => {
    const user = userEvent.setup();
    const { commits, recorded } = await playToTheEnd();
    await expect.poll(() => commits.length).toBe(1);
    commits[0]!.reject(new Error('QuotaExceededError'));
    expect(await screen.findByRole('heading', { name: 'Routine finished, not saved yet' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('This session could not be saved to your history right now');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('status')).toHaveTextContent('Saving your session…');
    commits[1]!.resolve();
    expect(await screen.findByRole('heading', { name: 'Routine complete' })).toBeInTheDocument();
    expect(recorded).toHaveLength(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when a rating or the note could not be added, and adds them all on Try again', async () => {
    const user = userEvent.setup();
    const { commits, changes, failUpdates } = await playToTheEnd();
    await expect.poll(() => commits.length).toBe(1);
    commits[0]!.resolve();
    await screen.findByRole('heading', { name: 'Routine complete' });
    failUpdates(true);
    await user.click(within(screen.getByRole('group', { name: 'How tense do you feel now?' })).getByRole('button', { name: '2' }));
    await user.type(screen.getByLabelText('A note for your history (optional)'), 'Calmer');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This session could not be saved to your history right now');
    expect(screen.getByRole('button', { name: 'Save note' })).toBeInTheDocument();
    failUpdates(false);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await expect.poll(() => screen.queryByRole('alert')).toBeNull();
    expect(changes).toEqual([{ tensionAfter: 2, note: 'Calmer' }]);
  });
});
