import { afterEach, describe, expect, it } from 'vitest';
import type { Routine } from '../../lib/routine/schema-only';
import { makeRoutine, makeStep } from '../../../tests/support/routines';
import { EditorState, type EditorPorts } from './editor-state.svelte';

const builtIn = makeRoutine({
  id: 'neck',
  title: 'Neck',
  author: 'A. Therapist',
  steps: [makeStep({ title: 'Strokes', duration: 60 }), makeStep({ title: 'Squeeze', duration: 30, sides: 'left-right' })],
});

/** Ports over the user's own routines in a list and one built-in routine; `saved` records each save. */
function fakePorts(own: Routine[] = [], options: { failSave?: boolean } = {}) {
  const saved: Routine[] = [];
  const ports: EditorPorts = {
    own: async (id) => own.find((routine) => routine.id === id),
    find: async (id) => own.find((routine) => routine.id === id) ?? (id === builtIn.id ? builtIn : null),
    sources: async () => [...own, builtIn].map(({ id, title }) => ({ id, title })),
    takenIds: async () => new Set([builtIn.id, ...own.map((routine) => routine.id)]),
    save: async (routine) => {
      if (options.failSave) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      saved.push(routine);
    },
  };
  return { ports, saved };
}

let cleanup = () => {};
afterEach(() => cleanup());

/** A fresh editor state for each test, made inside an effect root as in a component. */
function editorOver(ports: EditorPorts): EditorState {
  let editor: EditorState | undefined;
  cleanup = $effect.root(() => {
    editor = new EditorState(ports);
  });
  return editor!;
}

const titles = (editor: EditorState) => editor.draft.steps.map((step) => step.title);

/** Fills an empty draft in until it makes a valid routine. */
function fillIn(editor: EditorState, title: string) {
  Object.assign(editor.draft, { title, summary: 'Ease the hands before bed.', safety: 'Stop at sharp pain.' });
  Object.assign(editor.draft.steps[0]!, { title: 'Palm press', instructions: 'Press your thumb into the palm.', areas: ['hands'] });
}

describe('EditorState', () => {
  it('starts from a copy of another routine: steps closed, the author dropped, nothing unsaved yet', async () => {
    const editor = editorOver(fakePorts().ports);
    expect(editor.phase).toBe('loading');
    await editor.load('neck');
    expect(editor.phase).toBe('ready');
    expect(editor.editing).toBeNull();
    expect(editor.copiedFrom).toBe('neck');
    expect(editor.draft).toMatchObject({ id: '', title: 'Neck (my version)', author: '', version: 1 });
    expect(titles(editor)).toEqual(['Strokes', 'Squeeze']);
    expect(editor.draft.steps.filter((step) => editor.isOpen(step.key))).toEqual([]);
    expect(editor.seconds).toBe(120);
    expect(editor.unsaved).toBe(false);
    expect(editor.sources).toEqual([{ id: 'neck', title: 'Neck' }]);
  });

  it("edits the user's own routine in place, and knows an id that is nowhere", async () => {
    const own = makeRoutine({ id: 'my-neck', title: 'My neck', author: 'Me' });
    const editor = editorOver(fakePorts([own]).ports);
    await editor.load('my-neck');
    expect(editor.editing).toBe(own);
    expect(editor.draft).toMatchObject({ id: 'my-neck', title: 'My neck', author: 'Me' });
    await editor.load('gone');
    expect(editor.phase).toBe('missing');
    expect(editor.unsaved).toBe(false);
  });

  it('starts empty with its one step open', async () => {
    const editor = editorOver(fakePorts().ports);
    await editor.load(null);
    expect(editor.draft).toMatchObject({ id: '', title: '', author: '' });
    expect(editor.draft.steps).toHaveLength(1);
    expect(editor.isOpen(editor.draft.steps[0]!.key)).toBe(true);
    expect(editor.copiedFrom).toBe('');
  });

  it('reorders steps and says so; a step keeps its problems and its touched fields when it moves', async () => {
    const editor = editorOver(fakePorts().ports);
    await editor.load('neck');
    const squeeze = editor.draft.steps[1]!;
    squeeze.duration = '2 hours';
    editor.touch('duration', squeeze.key);
    expect(Object.keys(editor.stepProblems(1))).toEqual(['duration']);
    expect(editor.stepProblems(0)).toEqual({});

    editor.reorder(1, 0);
    expect(titles(editor)).toEqual(['Squeeze', 'Strokes']);
    expect(editor.announcement).toBe('Step 2 moved to position 1.');
    expect(Object.keys(editor.stepProblems(0))).toEqual(['duration']);
    expect(editor.stepProblems(1)).toEqual({});
    expect(editor.shows('duration', squeeze.key)).toBe(true);
    expect(editor.shows('duration', editor.draft.steps[1]!.key)).toBe(false);
    expect(editor.seconds).toBe(60); // a duration that does not read yet counts as 0
  });

  it('shows a problem once its field was left or a save was tried, and opens each step with one', async () => {
    const { ports, saved } = fakePorts();
    const editor = editorOver(ports);
    await editor.load(null);
    const step = editor.draft.steps[0]!;
    editor.setOpen(step.key, false);
    expect(Object.keys(editor.problems)).toContain('title');
    expect(editor.problem('title')).toBeUndefined();
    editor.touch('title');
    expect(editor.problem('title')).toMatch(/^Title is empty; write something here/);
    expect(editor.problem('summary')).toBeUndefined();
    expect(editor.shows('title', step.key)).toBe(false);

    expect(await editor.save()).toBeNull();
    expect(saved).toEqual([]);
    expect(editor.submitted).toBe(true);
    expect(editor.problem('summary')).toBeDefined();
    expect(editor.shows('title', step.key)).toBe(true);
    expect(editor.isOpen(step.key)).toBe(true);
    expect(editor.firstProblem).toBe('title');
    expect(editor.problemCount).toBe(Object.keys(editor.problems).length);
  });

  it('is unsaved after an edit and not after saving; a new routine gets an id of its own', async () => {
    const { ports, saved } = fakePorts([makeRoutine({ id: 'evening-hands', title: 'Evening hands' })]);
    const editor = editorOver(ports);
    await editor.load(null);
    expect(editor.unsaved).toBe(false);
    fillIn(editor, 'Evening hands');
    expect(editor.unsaved).toBe(true);
    expect(editor.problemCount).toBe(0);

    expect(await editor.save()).toBe('evening-hands-2');
    expect(saved.map((routine) => routine.id)).toEqual(['evening-hands-2']);
    expect(saved[0]?.steps[0]?.areas).toEqual(['hands']);
    expect(editor.unsaved).toBe(false);
    expect(editor.editing?.id).toBe('evening-hands-2');
    expect(editor.draft.id).toBe('evening-hands-2');
  });

  it('saves an edited routine under its own id, with a new version only when something changed', async () => {
    const { ports, saved } = fakePorts([makeRoutine({ id: 'my-neck', title: 'My neck', version: 3 })]);
    const editor = editorOver(ports);
    await editor.load('my-neck');
    editor.draft.summary = 'Softer.';
    expect(await editor.save()).toBe('my-neck');
    expect(saved.at(-1)).toMatchObject({ id: 'my-neck', version: 4, summary: 'Softer.' });
    expect(editor.draft.version).toBe(4);
    await editor.save();
    expect(saved.at(-1)).toMatchObject({ id: 'my-neck', version: 4 });
  });

  it('keeps the work and says so when the device cannot save it', async () => {
    const editor = editorOver(fakePorts([], { failSave: true }).ports);
    await editor.load(null);
    fillIn(editor, 'Evening hands');
    expect(await editor.save()).toBeNull();
    expect(editor.saveError).toMatch(/^Unknot could not save on this device/);
    expect(editor.unsaved).toBe(true);
    expect(editor.editing).toBeNull();
  });

  it('replaces the draft from the "start from" menu with a copy, or with nothing', async () => {
    const editor = editorOver(fakePorts().ports);
    await editor.load(null);
    editor.draft.title = 'Scratch';
    await editor.startFrom('neck');
    expect(editor.draft).toMatchObject({ title: 'Neck (my version)', author: '' });
    expect(editor.copiedFrom).toBe('neck');
    expect(editor.announcement).toBe('Copied Neck. Change what you like, then save.');
    expect(editor.unsaved).toBe(false);

    await editor.startFrom('');
    expect(editor.draft.title).toBe('');
    expect(editor.copiedFrom).toBe('');
    expect(editor.isOpen(editor.draft.steps[0]!.key)).toBe(true);
    expect(editor.unsaved).toBe(false);
  });

  it('adds a step open at the end and removes one, saying so each time', async () => {
    const editor = editorOver(fakePorts().ports);
    await editor.load('neck');
    const added = editor.addStep();
    expect(editor.draft.steps.at(-1)).toEqual(added);
    expect(editor.isOpen(added.key)).toBe(true);
    expect(editor.announcement).toBe('Step 3 added.');
    editor.removeStep(0);
    expect(titles(editor)).toEqual(['Squeeze', '']);
    expect(editor.announcement).toBe('Step 1 removed.');
  });

  it('exports under the id the routine has on this device, and nothing with problems', async () => {
    const { ports } = fakePorts([makeRoutine({ id: 'my-neck', title: 'My neck' })]);
    const editor = editorOver(ports);
    await editor.load('my-neck');
    editor.draft.title = 'Neck, gentler';
    expect(editor.forExport()).toMatchObject({ id: 'my-neck', title: 'Neck, gentler' });
    await editor.load('neck');
    expect(editor.forExport()?.id).toBe('neck-my-version');
    editor.draft.title = '';
    expect(editor.forExport()).toBeNull();
    expect(editor.submitted).toBe(true);
  });
});
