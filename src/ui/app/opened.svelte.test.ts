import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { OpenedRoutines } from './opened.svelte';
import { makeRoutine } from '../../../tests/support/routines';
import { watch } from '../../../tests/support/runes.svelte';

const neck = { fileName: 'neck.md', routine: makeRoutine({ id: 'neck', title: 'Neck' }), requestedId: 'neck' };
const back = { fileName: 'back.json', routine: makeRoutine({ id: 'back-relief-2', title: 'Back relief' }), requestedId: 'back-relief' };

describe('OpenedRoutines', () => {
  it('keeps the files opened in this visit by routine id, in the order they were opened', () => {
    const opened = new OpenedRoutines();
    expect(opened.all).toEqual([]);
    opened.add(neck);
    opened.add(back);
    expect(opened.get('neck')).toBe(neck);
    expect(opened.get('desk-break')).toBeUndefined();
    expect(opened.get('back-relief')).toBeUndefined();
    expect(opened.requested('back-relief')).toBe(back);
    expect(opened.all).toEqual([neck, back]);
  });

  it('replaces a routine opened again from a newer file asking for the same id, and forgets one that is closed', () => {
    const opened = new OpenedRoutines();
    opened.add(neck);
    const edited = { fileName: 'neck-2.md', routine: makeRoutine({ id: 'neck', title: 'Neck, gentler' }), requestedId: 'neck' };
    opened.add(edited);
    expect(opened.all).toEqual([edited]);
    opened.remove('neck');
    opened.remove('never-opened');
    expect(opened.get('neck')).toBeUndefined();
    expect(opened.all).toEqual([]);
  });

  it('tells the screens that list them when the files change', () => {
    const opened = new OpenedRoutines();
    const list = watch(() => opened.all.map((file) => file.fileName));
    opened.add(neck);
    flushSync();
    opened.remove('neck');
    flushSync();
    expect(list.seen).toEqual([[], ['neck.md'], []]);
    list.destroy();
  });
});
