import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import StorageNotice from './StorageNotice.svelte';
import { StorageHealth } from './storage.svelte';

function notice(playing = false) {
  let reloads = 0;
  const storage = new StorageHealth(() => reloads++);
  render(StorageNotice, { props: { storage, playing } });
  const report = (problem: Parameters<StorageHealth['report']>[0]) => {
    storage.report(problem);
    flushSync();
  };
  return { storage, report, reloads: () => reloads };
}

describe('StorageNotice', () => {
  it('says nothing while storage works', () => {
    notice();
    expect(screen.queryByRole('region', { name: 'Saving on this device' })).not.toBeInTheDocument();
  });

  it('asks for a reload when another tab updated Unknot, and comes back with the next failed write after Dismiss', async () => {
    const user = userEvent.setup();
    const { report, reloads } = notice();
    report('replaced');
    expect(screen.getByRole('alert')).toHaveTextContent('Unknot was updated in another tab. Reload this page to keep saving; everything saved so far is safe.');
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reloads()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The store reports every later failure; a full disk afterwards does not hide the real cause.
    report('write-failed');
    expect(screen.getByRole('alert')).toHaveTextContent('Unknot was updated in another tab.');
  });

  it('has its own words for a database newer than this page, and for a connection the browser closed', () => {
    const { report } = notice();
    report('newer');
    expect(screen.getByRole('alert')).toHaveTextContent('This device holds data from a newer version of Unknot than this page. Reload to use the newer version; until then nothing you do here is saved.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();

    const closed = notice();
    closed.report('closed');
    expect(screen.getAllByRole('alert')[1]).toHaveTextContent('Unknot lost its connection to storage on this device. Reload the page to keep saving');
  });

  it('tells about an older tab that blocks the upgrade until the upgrade goes through', () => {
    const { report } = notice();
    report('blocked');
    expect(screen.getByRole('alert')).toHaveTextContent('Unknot is open in another tab with an older version. Close that tab to finish updating');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    report(null);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says a write failed, except on the player, which says it with its own retry', async () => {
    const user = userEvent.setup();
    const { report } = notice();
    report('write-failed');
    expect(screen.getByRole('alert')).toHaveTextContent('Unknot could not save your last change on this device (its storage may be full).');
    expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    const player = notice(true);
    player.report('write-failed');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    player.report('replaced');
    expect(screen.getByRole('alert')).toHaveTextContent('Unknot was updated in another tab.');
  });
});
