/** A problem in a routine file, at a 1-based line and column of the offending text. */
export interface Problem {
  line: number;
  column: number;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** `path:line:column: message`, the form every tool and the build print. */
export function formatProblem(path: string, problem: Problem): string {
  return `${path}:${problem.line}:${problem.column}: ${problem.message}`;
}

/** Problems in reading order. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}
