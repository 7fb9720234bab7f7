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

/** Problems a list shows at most; a file can hold thousands, and the first ones are what to fix first. */
export const SHOWN_PROBLEMS = 50;

/** The first `max` problems to show, and how many more there are. */
export function firstProblems<T>(problems: readonly T[], max = SHOWN_PROBLEMS): { shown: T[]; more: number } {
  return { shown: problems.slice(0, max), more: Math.max(0, problems.length - max) };
}
