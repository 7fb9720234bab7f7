import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeRoutine, makeStep } from '../../../tests/support/routines';
import { parseRoutineFile, toJson, toMarkdown, type Routine, type Step } from '.';
import { DIRECTIONS, MAX_MOTIONS, MOTIONS, POSITIONS, SIDES } from './movement';
import { AREAS, LIMITS, PRESSURES, TOOLS } from './vocabulary';

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const word = fc.stringMatching(/^[A-Za-z0-9'’éü.,:;()&*"#?-]{1,10}$/);
/** One line of text as a person writes it: words separated by single spaces. */
const oneLine = (max: number) =>
  fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' ').slice(0, max).trim())
    // A heading's closing #s are not part of its text (CommonMark), so a title cannot end in " #".
    .filter((text) => text.length > 0 && !/(^|\s)#+$/.test(text));
/** Markdown paragraphs; never a line that starts a step. */
const markdown = fc
  .array(fc.array(oneLine(60), { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')), { minLength: 1, maxLength: 3 })
  .map((paragraphs) => paragraphs.join('\n\n'))
  .filter((text) => !/^\s*##/m.test(text) && !/^\s*(```|~~~)/m.test(text));

/** Steps per generated routine; with the durations below, a routine stays within its total limit. */
const MAX_STEPS = 6;
const step: fc.Arbitrary<Step> = fc.integer({ min: 1, max: LIMITS.repeat }).chain((repeat) => fc.record(
  {
    title: oneLine(LIMITS.titleLength),
    duration: fc.integer({ min: 1, max: Math.min(LIMITS.maxStepSeconds, Math.floor(LIMITS.totalSeconds / MAX_STEPS / repeat / 2) - LIMITS.switchSeconds) }),
    instructions: markdown,
    areas: fc.uniqueArray(fc.constantFrom(...AREAS), { maxLength: 4 }),
    sides: fc.constantFrom(...SIDES),
    repeat: fc.constant(repeat),
    rest: fc.boolean(),
    tool: fc.constantFrom(...TOOLS),
    pressure: fc.constantFrom(...PRESSURES),
    stroke: oneLine(LIMITS.strokeLength),
    illustration: slug.map((name) => `${name}.svg`),
    // Few positions, so that routines where every step has one (written once at the top) are common.
    position: fc.constantFrom(...POSITIONS.slice(0, 3)),
    motion: fc.uniqueArray(fc.constantFrom(...MOTIONS), { minLength: 1, maxLength: MAX_MOTIONS }),
    direction: fc.constantFrom(...DIRECTIONS),
  },
  { requiredKeys: ['title', 'duration', 'instructions', 'areas', 'sides', 'repeat', 'rest'] },
));

const routine: fc.Arbitrary<Routine> = fc.record(
  {
    id: slug,
    title: oneLine(LIMITS.titleLength),
    summary: oneLine(LIMITS.summaryLength),
    tags: fc.uniqueArray(slug.filter((tag) => tag.length <= LIMITS.tagLength), { maxLength: 4 }),
    intro: markdown,
    safety: markdown,
    cautions: fc.array(oneLine(LIMITS.cautionLength), { maxLength: 3 }),
    author: oneLine(LIMITS.authorLength),
    version: fc.integer({ min: 1, max: 99 }),
    steps: fc.array(step, { minLength: 1, maxLength: MAX_STEPS }),
  },
  { requiredKeys: ['id', 'title', 'summary', 'tags', 'safety', 'cautions', 'version', 'steps'] },
);

describe('serializer', () => {
  it('parse(toMarkdown(r)) equals r for generated routines', () => {
    fc.assert(
      fc.property(routine, (r) => {
        const parsed = parseRoutineFile(`${r.id}.md`, toMarkdown(r));
        expect(parsed).toEqual({ ok: true, value: r });
      }),
      { numRuns: 300 },
    );
  });

  it('parse(toJson(r)) equals r for generated routines', () => {
    fc.assert(
      fc.property(routine, (r) => {
        expect(parseRoutineFile(`${r.id}.json`, toJson(r))).toEqual({ ok: true, value: r });
      }),
      { numRuns: 300 },
    );
  });

  it('writes a position shared by the steps once, at the top', () => {
    const steps = [
      makeStep({ position: 'lying-back', motion: ['glide'], direction: 'down' }),
      makeStep({ position: 'seated', motion: ['press-hold', 'circles'] }),
      makeStep({ position: 'lying-back', sides: 'right' }),
    ];
    const routine = makeRoutine({ steps });
    const text = toMarkdown(routine);
    expect(text).toContain('tags:\n  - desk\nposition: lying-back\n');
    expect(text).toContain('## Palm circles\nduration: 1m\nareas: lower-back\nmotion: glide\ndirection: down\n');
    expect(text).toContain('position: seated\nmotion: press-hold, circles\n');
    expect(text).toContain('sides: right\n\n');
    const json = JSON.parse(toJson(routine)) as { position: string; steps: Record<string, unknown>[] };
    expect(json.position).toBe('lying-back');
    expect(json.steps.map((step) => [step.position, step.motion])).toEqual([[undefined, 'glide'], ['seated', ['press-hold', 'circles']], [undefined, undefined]]);
    // A step without a position would take the routine's on reading: then each step keeps its own.
    const mixed = makeRoutine({ steps: [makeStep({ position: 'seated' }), makeStep()] });
    expect(toMarkdown(mixed).split('---')[1]).not.toContain('position');
    expect(parseRoutineFile('x.md', toMarkdown(mixed))).toEqual({ ok: true, value: mixed });
  });

  it('writes only the attributes a person would write', () => {
    const text = toMarkdown(makeRoutine({ steps: [makeStep({ sides: 'left-right', duration: 90 })] }));
    expect(text).toContain('## Palm circles\nduration: 1m30s\nareas: lower-back\nsides: left-right\n\nPlace both palms');
    expect(text).not.toMatch(/repeat|rest|version/);
  });
});
