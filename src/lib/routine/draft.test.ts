import { describe, expect, it } from 'vitest';
import { makeRoutine, makeStep } from '../../../tests/support/routines';
import { draftFromRoutine, draftInput, draftPictureFields, draftSeconds, emptyDraft, emptyStep, moveStep, routineFromDraft, slugify, withMotion } from './draft';
import { parseRoutineFile } from './parse';
import { toJson, toMarkdown } from './serialize';

describe('editor drafts', () => {
  it('read back to the routine they were made from', () => {
    const routine = makeRoutine({
      intro: 'Sit **tall**.',
      author: 'Northside Physio',
      cautions: ['Not over a fresh bruise.'],
      steps: [makeStep(), makeStep({ title: 'Ball on the wall', sides: 'left-right', repeat: 2, tool: 'ball', pressure: 'medium', stroke: 'small circles', illustration: 'ball-on-wall.svg', duration: 90 }), makeStep({ title: 'Rest', rest: true, instructions: '', areas: [] }),
        makeStep({ title: 'Warm the left foot', sides: 'left', position: 'seated', motion: ['glide'], direction: 'toward-heart' }),
        makeStep({ title: 'Thumb pad press', sides: 'left-right', position: 'seated-desk', motion: ['press-hold', 'circles'] })],
    });
    expect(routineFromDraft(draftFromRoutine(routine))).toEqual({ ok: true, routine });
  });

  it('keep the position, motions, direction and one-sidedness a step is done with', () => {
    const draft = emptyDraft();
    expect(draft.steps[0]).toMatchObject({ onlySide: '', position: '', motion: [], direction: '' });
    draft.steps[0] = { ...draft.steps[0]!, title: 'Heel squeeze', instructions: 'Squeeze.', onlySide: 'right', position: 'seated', motion: ['squeeze'] };
    const input = draftInput(draft) as { steps: Record<string, unknown>[] };
    expect(input.steps[0]).toMatchObject({ sides: 'right', position: 'seated', motion: ['squeeze'] });
    expect(input.steps[0]).not.toHaveProperty('direction');
    // Left then right wins over one side.
    draft.steps[0].leftRight = true;
    expect((draftInput(draft) as { steps: Record<string, unknown>[] }).steps[0]).toMatchObject({ sides: 'left-right' });
  });

  it('put every problem next to its field, with the schema’s words', () => {
    const draft = emptyDraft();
    draft.steps[0]!.duration = '2 hours';
    draft.tags = 'Back Pain!';
    const result = routineFromDraft(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.problems).sort()).toEqual(['safety', 'steps.0.duration', 'steps.0.title', 'summary', 'tags', 'title']);
    expect(result.problems.title).toBe('Title is empty; write something here');
    expect(result.problems['steps.0.duration']).toMatch(/duration/);
  });

  it('make routines that export to files the validator accepts', () => {
    const draft = { ...emptyDraft(), title: 'Évening neck — gentle', summary: 'Ease the neck before bed.', safety: 'Stop at sharp pain.' };
    draft.steps[0] = { ...draft.steps[0]!, title: 'Neck strokes', instructions: 'Stroke *down* the side of the neck.', areas: ['neck'] };
    const result = routineFromDraft(draft);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.routine.id).toBe('evening-neck-gentle');
    expect(parseRoutineFile('evening-neck-gentle.md', toMarkdown(result.routine))).toEqual({ ok: true, value: result.routine });
    expect(parseRoutineFile('evening-neck-gentle.json', toJson(result.routine))).toEqual({ ok: true, value: result.routine });
  });

  it('add up time as the user types, and reorder steps', () => {
    const draft = draftFromRoutine(makeRoutine({ steps: [makeStep({ duration: 60 }), makeStep({ duration: 30, sides: 'left-right' })] }));
    expect(draftSeconds(draft)).toBe(120);
    draft.steps[1]!.duration = '1m';
    expect(draftSeconds(draft)).toBe(180);
    draft.steps[0]!.duration = 'soon';
    expect(draftSeconds(draft)).toBe(120);
    const [a, b] = draft.steps;
    expect(moveStep(draft.steps, 1, 0)).toEqual([b, a]);
    expect(moveStep(draft.steps, 1, 5)).toBe(draft.steps);
  });

  it('make ids from titles', () => {
    expect(slugify('  Shoulders & Neck: 5 min!  ')).toBe('shoulders-neck-5-min');
    expect(slugify('肩')).toBe('my-routine');
  });
});

describe('a step draft as its picture sees it', () => {
  it('carries the fields set, the side rule of the saved step, and nothing left empty', () => {
    const step = { ...emptyStep(), areas: ['calves' as const], onlySide: 'left' as const, position: 'seated' as const, tool: 'hands' as const, motion: ['glide' as const], direction: 'toward-heart' as const };
    expect(draftPictureFields(step)).toEqual({ areas: ['calves'], sides: 'left', rest: false, position: 'seated', tool: 'hands', motion: ['glide'], direction: 'toward-heart' });
    expect(draftPictureFields({ ...step, leftRight: true }).sides).toBe('left-right');
    expect(draftPictureFields(emptyStep())).toEqual({ areas: [], sides: 'both', rest: false });
  });

  it('keeps at most two motions, in order, without repeats or blanks', () => {
    expect(withMotion([], 0, 'press-hold')).toEqual(['press-hold']);
    expect(withMotion(['press-hold'], 1, 'circles')).toEqual(['press-hold', 'circles']);
    expect(withMotion(['press-hold', 'circles'], 0, '')).toEqual(['circles']);
    expect(withMotion(['press-hold', 'circles'], 1, 'press-hold')).toEqual(['press-hold']);
    expect(withMotion(['press-hold', 'circles'], 1, '')).toEqual(['press-hold']);
  });
});
