/**
 * Words on screen live in src/ui/strings.ts, ready for translation. This guard fails when a
 * component writes English straight into its markup: text between tags, or a literal in an
 * attribute that is read out (aria-label, title, placeholder, …).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const UI = fileURLToPath(new URL('../../src/ui', import.meta.url));

/** Attributes (and component props) whose literal value a person reads or hears. */
const SPOKEN_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-valuetext', 'aria-placeholder', 'title', 'alt', 'placeholder', 'label', 'question', 'message', 'badge'];

/** Inline text that must stay, as "file: text" (paths relative to src/ui). Keep it tiny. */
const ALLOWED: ReadonlySet<string> = new Set<string>([]);

interface InlineString {
  line: number;
  text: string;
}

/** Blanks a region but keeps its line breaks, so later matches report the right line. */
const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** Blanks every `{…}` expression or block tag, nested braces included. */
function blankExpressions(source: string): string {
  let out = '';
  let depth = 0;
  for (const char of source) {
    if (char === '{') depth++;
    out += depth > 0 ? (char === '\n' ? '\n' : ' ') : char;
    if (char === '}' && depth > 0) depth--;
  }
  return out;
}

/** Literal words in a component's markup, with their line numbers. */
function inlineStrings(source: string): InlineString[] {
  let markup = source
    .replace(/<script[\s>][^]*?<\/script>/g, blank)
    .replace(/<style[\s>][^]*?<\/style>/g, blank)
    .replace(/<!--[^]*?-->/g, blank);
  markup = blankExpressions(markup).replace(/&[#\w]+;/g, blank);
  const found: InlineString[] = [];
  const lineAt = (index: number) => markup.slice(0, index).split('\n').length;
  const attribute = new RegExp(`\\s(${SPOKEN_ATTRIBUTES.join('|')})\\s*=\\s*("[^"]*"|'[^']*')`, 'g');
  markup = markup.replace(/<\/?[a-zA-Z][^>]*>/g, (tag, offset: number) => {
    for (const match of tag.matchAll(attribute)) {
      const value = match[2]!.slice(1, -1).trim();
      if (/\p{L}/u.test(value)) found.push({ line: lineAt(offset + match.index), text: `${match[1]}="${value}"` });
    }
    return blank(tag);
  });
  for (const match of markup.matchAll(/[^\s][^\n]*/g)) {
    const text = match[0].trim();
    if (/\p{L}/u.test(text)) found.push({ line: lineAt(match.index), text });
  }
  return found.sort((a, b) => a.line - b.line);
}

describe('inlineStrings', () => {
  it('finds text between tags and in spoken attributes', () => {
    const source = [
      '<script lang="ts">const note = "<p>Not markup</p>";</script>',
      '<p>{t.library.heading}</p>',
      '<button type="button">Start</button>',
      '<span aria-label="Close" class="x">{count}×</span>',
      '<!-- a comment with words -->',
      '{#if ready}&nbsp;{t.common.later}{:else}',
      '  <p>Opened from {file.fileName}</p>',
      '{/if}',
      '<style>p { color: red; }</style>',
    ].join('\n');
    expect(inlineStrings(source)).toEqual([
      { line: 3, text: 'Start' },
      { line: 4, text: 'aria-label="Close"' },
      { line: 7, text: 'Opened from' },
    ]);
  });

  it('passes markup whose words all come from expressions', () => {
    expect(inlineStrings('<nav aria-label={t.header.nav}><a href="#/history">{t.header.history}</a> · {n}×</nav>')).toEqual([]);
  });
});

describe('components under src/ui', () => {
  it('take every word from strings.ts', () => {
    const files = readdirSync(UI, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.svelte'));
    expect(files.length).toBeGreaterThan(10);
    const problems = files.flatMap((file) =>
      inlineStrings(readFileSync(join(UI, file), 'utf8'))
        .filter(({ text }) => !ALLOWED.has(`${file}: ${text}`))
        .map(({ line, text }) => `src/ui/${file}:${line}: ${text}`),
    );
    expect(problems).toEqual([]);
  });
});
