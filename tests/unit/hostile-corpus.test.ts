/**
 * The hostile corpus of issue #11 (tests/fixtures/hostile/): each input answered through its
 * real parser entry point with the message it should get, and one problem where one is all
 * there is to say. The committed files and the README are what scripts/hostile-corpus.ts makes;
 * the large inputs are made here, in memory. Time and heap are measured by `npm run bench`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer, CORPUS, HOSTILE_DIR, readme } from '../../scripts/hostile-corpus';

describe('hostile corpus', () => {
  it('has a README line for every file, and the committed files are what the generator makes', () => {
    expect(readFileSync(join(HOSTILE_DIR, 'README.md'), 'utf8')).toBe(readme());
    const committed = CORPUS.filter((input) => input.committed);
    expect(readdirSync(HOSTILE_DIR).sort()).toEqual(['README.md', ...committed.map((input) => input.file)].sort());
    for (const input of committed) expect(readFileSync(join(HOSTILE_DIR, input.file), 'utf8'), input.file).toBe(input.make());
  });

  it.each(CORPUS.map((input) => [input.file, input] as const))('answers %s through its entry point', (_file, input) => {
    const text = input.committed ? readFileSync(join(HOSTILE_DIR, input.file), 'utf8') : input.make();
    const result = answer(input.through, input.file, text);
    expect(result.said).toMatch(input.answer);
    // Every field of every step wrong is the one input with many problems to tell.
    if (!result.ok && input.file !== 'problems-everywhere.json') expect(result.count).toBe(1);
  }, 60_000);
});
