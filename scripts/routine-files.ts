/**
 * Reading routine files from disk, shared by the validate CLI, the build plugin and tests.
 * Node only; the parsing itself is the same code the browser runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { formatOf, formatProblem, parseRoutineFile, type ParseResult, type Problem, type Routine } from '../src/lib/routine';

export interface RoutineFile {
  path: string;
  result: ParseResult<Routine>;
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
    return { path, result: parseRoutineFile(path, readFileSync(path, 'utf8')) };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    return { path, result: { ok: false, problems: [{ line: 1, column: 1, message: `cannot read the file: ${reason}` }] } };
  }
}

function idPosition(path: string): Omit<Problem, 'message'> {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const line = lines.findIndex((text) => /^\s*"?id"?\s*:/.test(text));
  if (line < 0) return { line: 1, column: 1 };
  const text = lines[line]!;
  const colon = text.indexOf(':');
  return { line: line + 1, column: colon + 1 + (text.slice(colon + 1).length - text.slice(colon + 1).trimStart().length) + 1 };
}

/**
 * Rules for a folder of routines: ids are unique and each file is named after its id, so
 * `routines/back-relief.md` is the routine `back-relief`.
 */
export function checkCollection(files: RoutineFile[]): Map<string, Problem[]> {
  const extra = new Map<string, Problem[]>();
  const seen = new Map<string, string>();
  const add = (path: string, message: string) =>
    extra.set(path, [...(extra.get(path) ?? []), { ...idPosition(path), message }]);
  for (const { path, result } of files) {
    if (!result.ok) continue;
    const { id } = result.value;
    const stem = basename(path, extname(path));
    if (stem !== id) add(path, `the id "${id}" must match the file name; rename the file to ${id}${extname(path)} or change the id`);
    const first = seen.get(id);
    if (first) add(path, `the id "${id}" is already used by ${first}; ids must be unique`);
    else seen.set(id, path);
  }
  return extra;
}

/** Problems of a set of files as `path:line:column: message` lines. */
export function problemLines(files: RoutineFile[], extra = new Map<string, Problem[]>()): string[] {
  return files.flatMap(({ path, result }) =>
    [...(result.ok ? [] : result.problems), ...(extra.get(path) ?? [])].map((problem) => formatProblem(path, problem)),
  );
}
