import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../lib/store/memory-store';
import { fakeCatalog } from '../../../tests/support/catalog';
import { makeRoutine } from '../../../tests/support/routines';
import { MyRoutines } from './my-routines.svelte';
import { OpenedRoutines } from './opened.svelte';
import { Routines } from './routines.svelte';

const builtIn = makeRoutine({ id: 'neck', title: 'Neck (built in)' });

async function setup() {
  const store = new MemoryStore();
  await store.saveRoutine({ routine: makeRoutine({ id: 'mine', title: 'My own' }), savedAt: '2026-11-20T08:00:00.000Z', origin: 'editor' });
  const opened = new OpenedRoutines();
  return { routines: new Routines(fakeCatalog([builtIn]), opened, new MyRoutines(store)), opened };
}

describe('Routines', () => {
  it('finds built-in and saved routines by id, and nothing for an unknown id', async () => {
    const { routines } = await setup();
    expect((await routines.find('neck'))?.title).toBe('Neck (built in)');
    expect((await routines.find('mine'))?.title).toBe('My own');
    expect(await routines.find('nowhere')).toBeNull();
  });

  it('looks in routines opened this visit first, then saved ones, then built-ins', async () => {
    const { routines, opened } = await setup();
    opened.add({ fileName: 'neck.md', routine: makeRoutine({ id: 'neck', title: 'Neck (from a file)' }) });
    expect((await routines.find('neck'))?.title).toBe('Neck (from a file)');
    opened.remove('neck');
    expect((await routines.find('neck'))?.title).toBe('Neck (built in)');
  });
});
