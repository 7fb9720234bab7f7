import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import Player from './Player.svelte';
import { acknowledge } from './acknowledgements';
import { fakeApp } from '../../../tests/support/app';
import { fakeCatalog } from '../../../tests/support/catalog';
import { makeRoutine } from '../../../tests/support/routines';

const builtIn = makeRoutine({ id: 'neck', title: 'Neck', safety: 'Stop at sharp pain.', cautions: ['Not over a fresh injury.'] });

/** The app with the built-in's safety text acknowledged; `catalog` is what the built-ins are now. */
async function appWithBuiltInAcknowledged(catalog = [builtIn]) {
  const fake = fakeApp(fakeCatalog(catalog));
  await fake.app.settings.loaded();
  acknowledge(fake.app.settings, builtIn);
  return fake;
}

describe('Player: the safety gate', () => {
  it('starts a routine whose safety text was acknowledged without asking again', async () => {
    const { context } = await appWithBuiltInAcknowledged();
    render(Player, { props: { id: 'neck' }, context });
    expect(await screen.findByRole('button', { name: 'Start' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Before you start' })).toBeNull();
  });

  it('asks again for a file reusing the built-in id, and says where it came from', async () => {
    const { app, context } = await appWithBuiltInAcknowledged();
    const kept = await app.routines.open({ fileName: 'neck.md', routine: { ...builtIn, safety: 'Press as hard as you can.', cautions: [] } });
    render(Player, { props: { id: kept.id }, context });
    expect(await screen.findByRole('heading', { level: 1, name: 'Before you start' })).toBeInTheDocument();
    expect(screen.getByText('Opened from neck.md, not from your library')).toBeInTheDocument();
    expect(screen.getByText('Press as hard as you can.')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'I understand, continue' }));
    expect(await screen.findByRole('button', { name: 'Start' })).toBeInTheDocument();
    // The built-in's acknowledgement and the file's are two, one per safety text.
    expect(app.settings.value.acknowledged).toHaveLength(2);
  });

  it('asks again when a built-in changes its safety words, even under the same version', async () => {
    const { context } = await appWithBuiltInAcknowledged([{ ...builtIn, cautions: ['Not over a fresh injury.', 'Not when pregnant.'] }]);
    render(Player, { props: { id: 'neck' }, context });
    expect(await screen.findByRole('heading', { level: 1, name: 'Before you start' })).toBeInTheDocument();
  });
});
