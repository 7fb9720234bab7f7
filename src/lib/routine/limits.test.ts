/**
 * The format's limits as a writer meets them: each refused with a message that says what to do,
 * at the line and column to edit, and each checked before the work it would cost.
 */
import { describe, expect, it } from 'vitest';
import { VALID_MARKDOWN } from '../../../tests/support/routines';
import { checkRoutine } from './schema-only';
import { emptyDraft, routineFromDraft } from './draft';
import { formatProblem, LIMITS, parseRoutineFile, type Problem } from '.';
import { AREAS } from './vocabulary';

function problems(name: string, text: string): string[] {
  const result = parseRoutineFile(name, text);
  if (result.ok) throw new Error(`expected ${name} to be invalid`);
  return result.problems.map((problem: Problem) => formatProblem(name, problem));
}

const md = (from: string, to: string) => {
  if (!VALID_MARKDOWN.includes(from)) throw new Error(`fixture lacks ${from}`);
  return VALID_MARKDOWN.replace(from, to);
};

const routineJson = (fields: Record<string, unknown>) =>
  JSON.stringify({ id: 'x', title: 'X', summary: 'S.', safety: 'Stop at pain.', ...fields }, null, 2);
const step = (fields: Record<string, unknown> = {}) => ({ title: 'Step', duration: 60, instructions: 'Breathe.', ...fields });

describe('Markdown nesting', () => {
  const deepList = Array.from({ length: 9 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');

  it('is refused in instructions at the line and column that goes too deep', () => {
    expect(problems('x.md', md('Reach across with one hand.', `Reach across.\n\n${deepList}`))).toEqual([
      'x.md:34:17: lists or quotes in the instructions go more than 8 levels deep (at line 11 of the text); keep them to 8 levels inside each other',
    ]);
  });

  it('is refused in the intro, the safety note and in JSON, where the field is', () => {
    expect(problems('x.md', md('Sit tall.', '> > > > > > > > > Sit tall.'))).toEqual([
      'x.md:9:17: lists or quotes in the intro go more than 8 levels deep; keep them to 8 levels inside each other',
    ]);
    expect(problems('x.md', md('safety: Stop at sharp pain.', `safety: "${'- '.repeat(9)}x"`))).toEqual([
      'x.md:6:9: lists or quotes in the safety note go more than 8 levels deep; keep them to 8 levels inside each other',
    ]);
    expect(problems('x.json', routineJson({ steps: [step({ instructions: `${'>'.repeat(2000)} hi` })] }))).toEqual([
      'x.json:10:23: lists or quotes in the instructions go more than 8 levels deep; keep them to 8 levels inside each other',
    ]);
  });

  it('is refused in a routine from a link or the store, and beside its field in the editor', () => {
    const deep = { id: 'x', title: 'X', summary: 'S.', safety: 'Stop.', steps: [step({ instructions: `${'- '.repeat(1999)}x` })] };
    expect(checkRoutine(deep)).toBeNull();
    const draft = emptyDraft();
    draft.title = 'Deep';
    draft.summary = 'S.';
    draft.safety = 'Stop.';
    draft.steps[0]!.title = 'One';
    draft.steps[0]!.instructions = deepList;
    const result = routineFromDraft(draft);
    expect(!result.ok && result.problems['steps.0.instructions']).toBe(
      'Lists or quotes in the instructions go more than 8 levels deep (at line 9 of the text); keep them to 8 levels inside each other',
    );
  });

  it('allows eight levels', () => {
    const eight = Array.from({ length: 8 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    expect(parseRoutineFile('x.md', md('Reach across with one hand.', eight)).ok).toBe(true);
  });
});

describe('total length', () => {
  it('is at most 3 hours counting repeats, sides and the pauses to switch sides, refused at the step that passes it', () => {
    // 2 × (2 × 45 min + 5 s) = 3 h 10 s: over by ten seconds.
    const text = routineJson({ steps: [step({ duration: 2700, sides: 'left-right', repeat: 2 }), step()] });
    expect(problems('x.json', text)).toEqual([
      'x.json:9:19: the routine passes 3 hours at this step: it runs 3 h 1 min in all, counting every repeat and side and the pauses to switch sides; a routine lasts at most 3 hours, so shorten steps or split it into several routines',
    ]);
    const exactly = routineJson({ steps: [step({ duration: 3600, repeat: 3 })] });
    expect(parseRoutineFile('x.json', exactly).ok).toBe(true);
  });

  it('refuses a routine of days at its first step past the limit, in Markdown too', () => {
    const days = JSON.parse(routineJson({ steps: Array.from({ length: 1000 }, () => step({ duration: 3600, repeat: 20, sides: 'left-right' })) })) as unknown;
    expect(checkRoutine(days)).toBeNull();
    const steps = Array.from({ length: 5 }, (_, i) => `## Step ${i + 1}\nduration: 1h\n\nBreathe.\n`).join('\n');
    expect(problems('x.md', `---\nid: x\ntitle: X\nsummary: S.\nsafety: Stop.\n---\n\n${steps}`)).toEqual([
      'x.md:24:11: the routine passes 3 hours at this step: it runs 5 h in all, counting every repeat and side and the pauses to switch sides; a routine lasts at most 3 hours, so shorten steps or split it into several routines',
    ]);
  });
});

describe('titles and names', () => {
  it('refuse control characters, naming the one found', () => {
    expect(problems('x.md', md('title: Back relief', 'title: "Back\\trelief"'))).toEqual(['x.md:3:8: title contains a control character (U+0009); remove it']);
    expect(problems('x.md', md('## Palm circles', '## Palm\u001B[31m circles'))).toEqual(['x.md:11:4: step title contains a control character (U+001B); remove it']);
    expect(problems('x.json', routineJson({ title: 'A\rB', steps: [step()] }))).toEqual(['x.json:3:12: title must fit on one line']);
  });

  it('lose invisible characters at their edges, and keep those inside', () => {
    const text = routineJson({ title: '\u202E\u200BBack relief\u200D\u2069', steps: [step({ title: '\uFEFFReach\u200F' }), step({ title: 'Ma\u200Dnu' })] });
    const result = parseRoutineFile('x.json', text);
    expect(result.ok && [result.value.title, ...result.value.steps.map((s) => s.title)]).toEqual(['Back relief', 'Reach', 'Ma\u200Dnu']);
    expect(problems('x.json', routineJson({ title: '\u200B\u202E', steps: [step()] }))).toEqual(['x.json:3:12: title is empty; write something here']);
  });
});

describe('counts are checked before the fields', () => {
  it('refuses more than 1000 steps with one problem, at the first step too many', () => {
    const json = routineJson({ steps: Array.from({ length: 100_000 }, () => ({})) });
    const result = parseRoutineFile('x.json', json);
    expect(!result.ok && result.problems).toEqual([
      { line: 1007, column: 5, message: 'a routine has at most 1000 steps; this is step 1001, so split the routine' },
    ]);
    const markdown = `---\nid: x\ntitle: X\nsummary: S.\nsafety: Stop.\n---\n${'## a\n'.repeat(150_000)}`;
    expect(problems('x.md', markdown)).toEqual(['x.md:1007:1: a routine has at most 1000 steps; this is step 1001, so split the routine']);
  });

  it('refuses long lists of tags, cautions, areas and motions with one problem each', () => {
    const text = routineJson({
      tags: Array(10_000).fill('x'),
      cautions: Array(10_000).fill(7),
      steps: [step({ areas: Array(10_000).fill('nowhere') }), step({ motion: Array(10_000).fill('circles') })],
    });
    expect(problems('x.json', text).map((line) => line.replace(/^x\.json:\d+:\d+: /, ''))).toEqual([
      `tags has too many entries; at most ${LIMITS.tags}`,
      `cautions has too many entries; at most ${LIMITS.cautions}`,
      `areas has too many entries; at most ${AREAS.length}`,
      'a step names at most 2 motions, done one after the other',
    ]);
  });

  it('names a value in a message by its first 40 characters, however long it is', () => {
    const [line] = problems('x.json', routineJson({ steps: [step({ tool: 'x'.repeat(500_000), duration: '9'.repeat(100_000) })] }));
    expect(line).toBe(`x.json:9:19: "${'9'.repeat(40)}…" is not a duration; write 45s, 1m or 1m30s`);
    const all = problems('x.json', routineJson({ steps: [step({ tool: 'x'.repeat(500_000) })] }));
    expect(all[0]!.length).toBeLessThan(300);
  });

  it('finds the position of a problem in a megabyte of JSON without a second parser', () => {
    const filler = 'Breathe. '.repeat(400);
    const steps = Array.from({ length: 250 }, (_, i) => step({ instructions: filler, duration: i === 249 ? 'soon' : 60 }));
    const text = routineJson({ steps });
    expect(text.length).toBeGreaterThan(900_000);
    const start = performance.now();
    expect(problems('x.json', text)).toEqual([`x.json:1254:19: "soon" is not a duration; write 45s, 1m or 1m30s`]);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('front matter', () => {
  it('is at most 16,000 characters, refused before the YAML parser reads it', () => {
    const long = md('tags: [back, desk]', `cautions:\n${'  - x\n'.repeat(3000)}`);
    expect(problems('x.md', long)).toEqual([
      'x.md:2:1: the front matter is too long (18,099 characters); it holds the routine\'s fields and is at most 16,000 characters, with steps as ## headings after it',
    ]);
  });

  it('nests a few levels, not thousands', () => {
    expect(problems('x.md', md('tags: [back, desk]', `tags: ${'['.repeat(5000)}${']'.repeat(5000)}`))[0]).toMatch(
      /^x\.md:5:\d+: the front matter nests lists or groups too deeply; a routine needs only a list of words here and there$/,
    );
  });

  it('uses at most 50 YAML aliases', () => {
    const aliases = (count: number) => md('tags: [back, desk]', `tags: &t [back]\ncautions: [${Array(count).fill('*t').join(', ')}]`);
    expect(problems('x.md', aliases(60))).toEqual(['x.md:2:1: the front matter repeats YAML aliases (*name) too often; write the values out']);
    expect(problems('x.md', aliases(3))[0]).toMatch(/a caution must be text|cautions/);
  });
});
