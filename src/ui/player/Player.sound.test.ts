import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Player from './Player.svelte';
import { acknowledge } from './acknowledgements';
import { fakeApp } from '../../../tests/support/app';
import { fakeCatalog } from '../../../tests/support/catalog';
import { makeRoutine } from '../../../tests/support/routines';

// Howler is its own chunk and arrives after the player mounts. Here it arrives when the test says.
const howler = vi.hoisted(() => {
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  return { created: 0, unloaded: 0, arrived, release: () => release() };
});
vi.mock('../../lib/audio/howler-cues', async () => {
  await howler.arrived;
  return {
    createHowlerCues: () => {
      howler.created += 1;
      return { play() {}, setVolume() {}, setMuted() {}, unload: () => (howler.unloaded += 1) };
    },
    createTrackPlayer: () => {
      throw new Error('no screen-off track in these tests');
    },
  };
});

const routine = makeRoutine({ id: 'neck', title: 'Neck' });

async function context() {
  const fake = fakeApp(fakeCatalog([routine]));
  await fake.app.settings.loaded();
  acknowledge(fake.app.settings, routine);
  return fake.context;
}

describe('Player: sound', () => {
  it('loads no sound for a player closed before Howler arrived', async () => {
    const { unmount } = render(Player, { props: { id: 'neck' }, context: await context() });
    await screen.findByRole('button', { name: 'Start' });
    unmount();
    howler.release();
    await import('../../lib/audio/howler-cues');
    await Promise.resolve();
    expect(howler.created).toBe(0);
  });

  it('loads its cues once Howler arrives, and lets go of them when the player closes', async () => {
    howler.release();
    const { unmount } = render(Player, { props: { id: 'neck' }, context: await context() });
    await screen.findByRole('button', { name: 'Start' });
    await vi.waitFor(() => expect(howler.created).toBe(1));
    unmount();
    expect(howler.unloaded).toBe(1);
  });
});
