/**
 * Routine files are untrusted: whatever the text, parseRoutineFile answers with a routine or
 * with problems a person can act on, and never throws.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mutatedText, mutatedValue } from '../../../tests/support/mutate';
import { parseRoutineFile, type ParseResult, type Routine } from '.';

/** The built-in routines as written, the valid files hostile ones start from. */
const BUILT_IN = readdirSync('routines').filter((name) => name !== 'README.md').map((name) => ({ name, text: readFileSync(`routines/${name}`, 'utf8') }));

/** 10,000 runs take seconds alone, and longer on a machine busy with other work. */
const PROPERTY_TIMEOUT = 180_000;

/** A routine, or problems that each say where and what. */
function answered(result: ParseResult<Routine>, text: string): void {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  const lines = text.split(/\r\n?|\n/).length;
  for (const problem of result.problems) {
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.message.length).toBeLessThan(1000);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(Math.max(lines, 1));
    expect(problem.column).toBeGreaterThanOrEqual(1);
  }
}

const expectProblem = (name: string, text: string, message: RegExp) => {
  const result = parseRoutineFile(name, text);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.problems[0]!.message).toMatch(message);
};

describe('hostile routine files', () => {
  it('answers a front matter of 150 YAML aliases with a problem', () => {
    const front = `id: a\ntitle: &t [x]\nsummary: s\nsafety: s\ntags: [${Array(150).fill('*t').join(', ')}]`;
    expectProblem('aliases.md', `---\n${front}\n---\n\n## Step\nduration: 1m\n\nHi.\n`, /cannot be read|alias/i);
  });

  it('answers a billion-laughs file with a problem', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    expectProblem('laughs.md', `---\n${levels.join('\n')}\n---\n\n## Step\nduration: 1m\n\nHi.\n`, /cannot be read|alias/i);
  });

  it('answers 200,000 unclosed brackets with a problem', () => {
    expectProblem('deep.json', '['.repeat(200_000), /JSON|cannot be read/);
    expectProblem('deep.json', `{"steps": ${'['.repeat(200_000)}`, /JSON|cannot be read/);
  });

  it('never throws on a built-in routine file with characters, runs or lines changed (10,000 runs)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BUILT_IN).chain(({ name, text }) => fc.tuple(fc.constant(name), mutatedText(text))), ([name, text]) => {
        answered(parseRoutineFile(name, text), text);
      }),
      { numRuns: 10_000 },
    );
  }, PROPERTY_TIMEOUT);

  it('never throws on a built-in routine with fields replaced, removed, added or multiplied, as JSON (10,000 runs)', () => {
    const models = BUILT_IN.map(({ name, text }) => {
      const result = parseRoutineFile(name, text);
      if (!result.ok) throw new Error(`${name} is invalid`);
      return result.value;
    });
    fc.assert(
      fc.property(fc.constantFrom(...models).chain((model) => mutatedValue(model)), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined) ?? 'null';
        answered(parseRoutineFile('mutated.json', text), text);
      }),
      { numRuns: 10_000 },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
  }, PROPERTY_TIMEOUT);

  it('never throws on arbitrary text, as Markdown or JSON (10,000 runs)', () => {
    fc.assert(
      fc.property(fc.constantFrom('r.md', 'r.json', 'r.txt'), fc.string({ maxLength: 400 }), (name, text) => {
        answered(parseRoutineFile(name, text), text);
      }),
      { numRuns: 10_000 },
    );
  }, PROPERTY_TIMEOUT);

  it('never throws on text shaped like a routine file (10,000 runs)', () => {
    const line = fc.oneof(
      fc.constantFrom('---', '## Step', 'duration: 1m', 'sides: left-right', 'areas: neck, feet', 'tool: ball', 'title: T', 'safety: >', '  Stop at pain.', 'steps:', '- ', '> ', '&a [1]', '*a', '{', '[', '"', ''),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.constantFrom('r.md', 'r.json'), fc.array(line, { maxLength: 40 }), (name, lines) => {
        answered(parseRoutineFile(name, lines.join('\n')), lines.join('\n'));
      }),
      { numRuns: 10_000 },
    );
  }, PROPERTY_TIMEOUT);
});
