import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tooDeep } from './nesting';

const nestedByIndent = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');

describe('Markdown nesting depth', () => {
  it('allows eight levels of lists and quotes, written any way, and finds the ninth', () => {
    expect(tooDeep(nestedByIndent(8), 8)).toBeNull();
    expect(tooDeep(nestedByIndent(9), 8)).toEqual({ line: 9, column: 17 });
    expect(tooDeep('- - - - - - - - x', 8)).toBeNull();
    expect(tooDeep('- - - - - - - - - x', 8)).toEqual({ line: 1, column: 17 });
    expect(tooDeep('>>>>>>>>', 8)).toBeNull();
    expect(tooDeep('Intro.\n\n> > > > > > > > > deep', 8)).toEqual({ line: 3, column: 17 });
    expect(tooDeep('> - > - > - > - > x', 8)).toEqual({ line: 1, column: 17 });
    const ordered = Array.from({ length: 9 }, (_, i) => `${'   '.repeat(i)}1. step`).join('\n');
    expect(tooDeep(ordered, 8)).toEqual({ line: 9, column: 25 });
  });

  it('keeps a list item open across blank lines and its indented lines, and closes it at a line that is not', () => {
    const text = ['- one', '', '  - two', '', '    continued', '- back out', '  - - - - - - - seven more'].join('\n');
    expect(tooDeep(text, 8)).toBeNull();
    expect(tooDeep(text, 7)).toEqual({ line: 7, column: 15 });
  });

  it('does not count what is not a list or a quote', () => {
    // A thematic break, a word with a hyphen, a number, indented code and fenced code.
    expect(tooDeep('- - - - - - - - - - -', 2)).toBeNull();
    expect(tooDeep('-x -y 1.5 hours', 0)).toBeNull();
    expect(tooDeep('Text\n\n        - - - - - - - - - - in code', 1)).toBeNull();
    expect(tooDeep('```\n- - - - - - - - - -\n> > > > > > > > > >\n```\nafter', 0)).toBeNull();
    expect(tooDeep('- item\n  ```\n  - - - - - - - - - -\n  ```', 1)).toBeNull();
  });

  it('reads the hostile inputs of issue #11 in linear time', () => {
    expect(tooDeep(`${'- '.repeat(1999)}x`, 8)).toEqual({ line: 1, column: 17 });
    expect(tooDeep('>'.repeat(2000), 8)).toEqual({ line: 1, column: 9 });
    const start = performance.now();
    tooDeep(`${'- '.repeat(200_000)}x`, 8);
    tooDeep(nestedByIndent(3000), 8);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('never throws, and finds nothing deeper than the text has markers (10,000 runs)', () => {
    const piece = fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '> ', '>', '  ', '    ', '\t', '\n', '```', '~~~', '---', 'word ', '');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 60 }), fc.integer({ min: 0, max: 10 }), (pieces, max) => {
        const text = pieces.join('');
        const found = tooDeep(text, max);
        const markers = (text.match(/[-*+>]|\d[.)]/g) ?? []).length;
        if (markers <= max) expect(found).toBeNull();
        if (found) {
          expect(found.line).toBeGreaterThanOrEqual(1);
          expect(found.line).toBeLessThanOrEqual(text.split('\n').length);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
