import { parseRoutineJson } from './parse-json';
import { parseRoutineMarkdown } from './parse-markdown';
import type { ParseResult } from './problems';
import type { Routine } from './schema';
import { LIMITS } from './vocabulary';

export type RoutineFormat = 'markdown' | 'json';

/** The format a file name promises, if any. */
export function formatOf(fileName: string): RoutineFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.json')) return 'json';
  return undefined;
}

const fail = (message: string): ParseResult<Routine> => ({ ok: false, problems: [{ line: 1, column: 1, message }] });

/**
 * Parses any routine file, Markdown or JSON, from untrusted text. Never throws: every
 * problem comes back with a line and column.
 */
export function parseRoutineFile(fileName: string, text: string): ParseResult<Routine> {
  if (text.length > LIMITS.fileBytes) {
    return fail(`the file is too large (${Math.round(text.length / 1000)} KB); a routine file is at most ${LIMITS.fileBytes / 1_000_000} MB`);
  }
  // Text decoders turn invalid bytes into U+FFFD; NUL never appears in Markdown or JSON.
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  if (text.includes('\u0000') || replaced > 8 || replaced > text.length / 50) {
    return fail('this is not a text file; a routine is a Markdown (.md) or JSON (.json) text file');
  }
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (clean.trim() === '') {
    return fail('the file is empty; a routine needs front matter (Markdown) or an object (JSON) with at least a title, safety note and one step');
  }
  const format = formatOf(fileName) ?? (clean.trimStart().startsWith('{') ? 'json' : clean.startsWith('---') ? 'markdown' : undefined);
  if (format === undefined) {
    return fail('this is not a routine file; routines are Markdown (.md) or JSON (.json)');
  }
  try {
    return format === 'json' ? parseRoutineJson(clean) : parseRoutineMarkdown(clean);
  } catch (error) {
    // The YAML and JSON parsers throw on some hostile input (a billion-laughs file, brackets
    // nested beyond the stack); that is an unreadable file, not a crash.
    return fail(`this file cannot be read: ${whyUnreadable(error)}`);
  }
}

/** In words, why a parser gave up on a file. */
function whyUnreadable(error: unknown): string {
  if (error instanceof RangeError) return 'it is nested too deeply; a routine needs only a few levels';
  if (error instanceof Error && /alias/i.test(error.message)) return 'its front matter repeats YAML aliases too often; write the values out';
  return 'its structure is too unusual to read; check that it is a routine file';
}
