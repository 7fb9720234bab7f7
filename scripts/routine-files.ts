/**
 * Reading routine files from disk, shared by the validate CLI, the build plugin and tests.
 * Node only; the parsing itself is the same code the browser runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstProblems, formatOf, formatProblem, parseRoutineFile, type ParseResult, type Problem, type Routine } from '../src/lib/routine';

/** Where step illustrations live; a built-in routine may only name files that exist. */
export const ILLUSTRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../src/ui/common/illustrations');

export interface RoutineFile {
  path: string;
  text: string;
  result: ParseResult<Routine>;
}

/** The built-in routines: the catalog every copy of the app carries. */
export const BUILT_INS = resolve(dirname(fileURLToPath(import.meta.url)), '../routines');

/** The built-in routine with this id, as this version of the app publishes it, or null. */
export function builtInRoutine(id: string, dir = BUILT_INS): Routine | null {
  // The build requires each built-in's file to be named after its id.
  const path = routinePaths(dir).find((candidate) => basename(candidate, extname(candidate)) === id);
  if (!path) return null;
  const file = readRoutineFile(path);
  return file.result.ok && file.result.value.id === id ? file.result.value : null;
}

/** Every routine file in a folder (README.md is the format's specification, not a routine). */
export function routinePaths(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => formatOf(name) && name.toLowerCase() !== 'readme.md')
    .sort()
    .map((name) => join(dir, name));
}

/** Reads and parses one file; an unreadable file is a problem too, not an exception. */
export function readRoutineFile(path: string): RoutineFile {
  try {
    const text = readFileSync(path, 'utf8');
    return { path, text, result: parseRoutineFile(path, text) };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    return { path, text: '', result: { ok: false, problems: [{ line: 1, column: 1, message: `cannot read the file: ${reason}` }] } };
  }
}

/** Where the first line matching `pattern` has `needle`, or else its value after the colon. */
function positionOf(text: string, pattern: RegExp, needle?: string): Omit<Problem, 'message'> {
  const lines = text.split(/\r?\n/);
  const line = lines.findIndex((row) => pattern.test(row));
  if (line < 0) return { line: 1, column: 1 };
  const row = lines[line]!;
  const afterColon = row.indexOf(':') + 1;
  const column = needle ? row.indexOf(needle) : afterColon + (row.length - afterColon - row.slice(afterColon).trimStart().length);
  return { line: line + 1, column: column + 1 };
}

/**
 * Rules for a folder of routines: ids are unique, each file is named after its id (so
 * `routines/back-relief.md` is the routine `back-relief`), and illustrations exist.
 */
export function checkCollection(files: RoutineFile[]): Map<string, Problem[]> {
  const extra = new Map<string, Problem[]>();
  const seen = new Map<string, string>();
  const add = (file: RoutineFile, at: Omit<Problem, 'message'>, message: string) =>
    extra.set(file.path, [...(extra.get(file.path) ?? []), { ...at, message }]);
  for (const file of files) {
    const { path, text, result } = file;
    if (!result.ok) continue;
    const { id } = result.value;
    const idAt = positionOf(text, /^\s*"?id"?\s*:/);
    const stem = basename(path, extname(path));
    if (stem !== id) add(file, idAt, `the id "${id}" must match the file name; rename the file to ${id}${extname(path)} or change the id`);
    const first = seen.get(id);
    if (first) add(file, idAt, `the id "${id}" is already used by ${first}; ids must be unique`);
    else seen.set(id, path);
    for (const step of result.value.steps) {
      const name = step.illustration;
      if (name && !existsSync(join(ILLUSTRATIONS, name))) {
        add(file, positionOf(text, new RegExp(`illustration"?\\s*:.*${name.replace(/[.]/g, '\\.')}`), name), `there is no illustration "${name}" in src/ui/common/illustrations`);
      }
    }
  }
  return extra;
}

/**
 * Problems of a set of files as `path:line:column: message` lines, at most SHOWN_PROBLEMS a file;
 * past them one line `path: and N more problems` counts the rest.
 */
export function problemLines(files: RoutineFile[], extra = new Map<string, Problem[]>()): string[] {
  return files.flatMap(({ path, result }) => {
    const { shown, more } = firstProblems([...(result.ok ? [] : result.problems), ...(extra.get(path) ?? [])]);
    const lines = shown.map((problem) => formatProblem(path, problem));
    return more > 0 ? [...lines, `${path}: and ${more} more problem${more === 1 ? '' : 's'}`] : lines;
  });
}
