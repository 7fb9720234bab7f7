/**
 * Routine files are untrusted: whatever the text, parseRoutineFile answers with a routine or
 * with problems a person can act on, and never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoutineFile } from '.';

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

  it('never throws on arbitrary text, as Markdown or JSON (10,000 runs)', () => {
    fc.assert(
      fc.property(fc.constantFrom('r.md', 'r.json', 'r.txt'), fc.string({ maxLength: 400 }), (name, text) => {
        const result = parseRoutineFile(name, text);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 10_000 },
    );
  });

  it('never throws on text shaped like a routine file (10,000 runs)', () => {
    const line = fc.oneof(
      fc.constantFrom('---', '## Step', 'duration: 1m', 'sides: left-right', 'areas: neck, feet', 'tool: ball', 'title: T', 'safety: >', '  Stop at pain.', 'steps:', '- ', '> ', '&a [1]', '*a', '{', '[', '"', ''),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.constantFrom('r.md', 'r.json'), fc.array(line, { maxLength: 40 }), (name, lines) => {
        const result = parseRoutineFile(name, lines.join('\n'));
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 10_000 },
    );
  });
});
