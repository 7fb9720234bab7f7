import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../lib/store/memory-store';
import { fakeCatalog } from '../../../tests/support/catalog';
import { makeRoutine } from '../../../tests/support/routines';
import { MyRoutines } from './my-routines.svelte';
import { OpenedRoutines } from './opened.svelte';
import { Routines } from './routines.svelte';

const builtIn = makeRoutine({ id: 'neck', title: 'Neck (built in)' });

async function setup(options: { failIndex?: boolean } = {}) {
  const store = new MemoryStore();
  await store.saveRoutine({ routine: makeRoutine({ id: 'mine', title: 'My own' }), savedAt: '2026-11-20T08:00:00.000Z', origin: 'editor' });
  const opened = new OpenedRoutines();
  return { routines: new Routines(fakeCatalog([builtIn], options), opened, new MyRoutines(store)), opened };
}

describe('Routines', () => {
  it('finds built-in and saved routines by id, and nothing for an unknown id', async () => {
    const { routines } = await setup();
    expect((await routines.find('neck'))?.title).toBe('Neck (built in)');
    expect((await routines.find('mine'))?.title).toBe('My own');
    expect(await routines.find('nowhere')).toBeNull();
  });

  it('keeps a routine opened from a file under the id it asks for when that id is free', async () => {
    const { routines, opened } = await setup();
    const kept = await routines.open({ fileName: 'evening.md', routine: makeRoutine({ id: 'evening', title: 'Evening' }) });
    expect(kept.id).toBe('evening');
    expect(await routines.find('evening')).toBe(kept);
    expect(opened.get('evening')).toEqual({ fileName: 'evening.md', routine: kept, requestedId: 'evening' });
    opened.remove('evening');
    expect(await routines.find('evening')).toBeNull();
  });

  it('never lets a file or link reusing a built-in or saved id take its place: it gets a free id', async () => {
    const { routines, opened } = await setup();
    const file = await routines.open({ fileName: 'neck.md', routine: makeRoutine({ id: 'neck', title: 'Neck (from a file)' }) });
    const link = await routines.open({ fileName: 'a link', routine: makeRoutine({ id: 'mine', title: 'Mine (from a link)' }) });
    expect([file.id, link.id]).toEqual(['neck-2', 'mine-2']);
    expect((await routines.find('neck'))?.title).toBe('Neck (built in)');
    expect((await routines.find('mine'))?.title).toBe('My own');
    expect((await routines.find('neck-2'))?.title).toBe('Neck (from a file)');
    expect(opened.get('neck-2')?.requestedId).toBe('neck');
    // Everything else about it is the file's.
    expect({ ...file, id: 'neck' }).toEqual(makeRoutine({ id: 'neck', title: 'Neck (from a file)' }));
  });

  it('replaces a file opened again under the same id, and keeps two different files apart', async () => {
    const { routines, opened } = await setup();
    await routines.open({ fileName: 'neck.md', routine: makeRoutine({ id: 'neck', title: 'Neck, first try' }) });
    const again = await routines.open({ fileName: 'neck-gentler.md', routine: makeRoutine({ id: 'neck', title: 'Neck, gentler' }) });
    expect(again.id).toBe('neck-2');
    expect(opened.all.map((file) => file.routine.title)).toEqual(['Neck, gentler']);
    const other = await routines.open({ fileName: 'neck-2.md', routine: makeRoutine({ id: 'neck-2', title: 'Another' }) });
    expect(other.id).toBe('neck-3');
    expect(opened.all.map((file) => file.routine.id)).toEqual(['neck-2', 'neck-3']);
  });

  it('counts the id a file asks for as taken when the built-ins cannot be listed (it may be one of theirs)', async () => {
    const { routines } = await setup({ failIndex: true });
    expect((await routines.open({ fileName: 'evening.md', routine: makeRoutine({ id: 'evening' }) })).id).toBe('evening-2');
    expect(await routines.takenIds()).toEqual(new Set(['mine', 'evening-2']));
  });

  it('lists every id in use for a new routine to avoid', async () => {
    const { routines } = await setup();
    await routines.open({ fileName: 'evening.md', routine: makeRoutine({ id: 'evening' }) });
    expect(await routines.takenIds()).toEqual(new Set(['neck', 'mine', 'evening']));
    // Reopening "evening" may take its own id again.
    expect(await routines.takenIds('evening')).toEqual(new Set(['neck', 'mine']));
  });
});
