import type { Problem } from '../lib/routine/problems';
import type { Routine } from '../lib/routine/schema-only';

export type OpenResult =
  | { ok: true; fileName: string; routine: Routine }
  | { ok: false; fileName: string; problems: Problem[] };

/**
 * Reads a routine file the user picked or dropped, with the same parser the validator and
 * build use. The parser (and its YAML library) loads only when a file is opened.
 */
export async function openRoutineFile(file: File): Promise<OpenResult> {
  const fileName = file.name || 'the file';
  const { parseRoutineFile, LIMITS } = await import('../lib/routine');
  if (file.size > LIMITS.fileBytes) {
    return {
      ok: false,
      fileName,
      problems: [{ line: 1, column: 1, message: `the file is too large (${Math.round(file.size / 1000)} KB); a routine file is at most 1 MB` }],
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, fileName, problems: [{ line: 1, column: 1, message: 'the file could not be read; try opening it again' }] };
  }
  const result = parseRoutineFile(fileName, text);
  return result.ok ? { ok: true, fileName, routine: result.value } : { ok: false, fileName, problems: result.problems };
}
