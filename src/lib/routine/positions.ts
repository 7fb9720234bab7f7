import { visit } from 'jsonc-parser';
import { isMap, isScalar, isSeq, type LineCounter, type Node as YamlNode } from 'yaml';
import * as v from 'valibot';
import { tooDeep } from './nesting';
import type { ParseResult, Problem } from './problems';
import { sortProblems } from './problems';
import { RoutineSchema, TOO_DEEP, type Routine } from './schema';
import { LIMITS } from './vocabulary';

export interface Position {
  line: number;
  column: number;
}

export type FieldPath = readonly (string | number)[];

/**
 * Where each field of a parsed file sits in its source, so that a schema issue at
 * `steps.2.duration` can be reported at the line and column a person has to edit.
 */
export class SourcePositions {
  readonly #values = new Map<string, Position>();
  readonly #keys = new Map<string, Position>();
  /** Text fields whose lines are the file's lines from their recorded position on (Markdown bodies). */
  readonly #blocks = new Set<string>();

  constructor(readonly start: Position = { line: 1, column: 1 }) {}

  setValue(path: FieldPath, at: Position): void {
    this.#values.set(path.join('.'), at);
  }

  /** A text field written line for line in the file, starting at `at`. */
  setBlock(path: FieldPath, at: Position): void {
    this.setValue(path, at);
    this.#blocks.add(path.join('.'));
  }

  /** Where a 1-based line and column inside a text field is in the file, when its lines are the file's. */
  within(path: FieldPath, inside: Position): Position | undefined {
    const key = path.join('.');
    const start = this.#values.get(key);
    if (!start || !this.#blocks.has(key)) return undefined;
    return { line: start.line + inside.line - 1, column: inside.line === 1 ? start.column + inside.column - 1 : inside.column };
  }

  setKey(path: FieldPath, at: Position): void {
    this.#keys.set(path.join('.'), at);
  }

  /** The position of a path, or of its nearest recorded ancestor. */
  locate(path: FieldPath, preferKey = false): Position {
    for (let length = path.length; length > 0; length--) {
      const key = path.slice(0, length).join('.');
      const found = (preferKey && this.#keys.get(key)) || this.#values.get(key) || this.#keys.get(key);
      if (found) return found;
    }
    return this.start;
  }

  /** Records every key and value of a YAML (or JSON) node tree, shifted by `lineOffset`. */
  addYaml(node: YamlNode | null | undefined, counter: LineCounter, lineOffset = 0, path: FieldPath = []): void {
    const at = (offset: number): Position => {
      const { line, col } = counter.linePos(offset);
      return { line: line + lineOffset, column: col };
    };
    if (isMap(node)) {
      for (const pair of node.items) {
        const keyNode = pair.key;
        const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
        if (key === undefined) continue;
        const childPath = [...path, key];
        if (isScalar(keyNode) && keyNode.range) this.setKey(childPath, at(keyNode.range[0]));
        const value = pair.value as YamlNode | null;
        const offset = value?.range?.[0] ?? (isScalar(keyNode) ? keyNode.range?.[0] : undefined);
        if (offset !== undefined) this.setValue(childPath, at(offset));
        this.addYaml(value, counter, lineOffset, childPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const child = item as YamlNode | null;
        if (child?.range) this.setValue([...path, index], at(child.range[0]));
        this.addYaml(child, counter, lineOffset, [...path, index]);
      });
    }
  }
}

/**
 * Positions of the keys and values of a JSON text on the `wanted` paths and their ancestors.
 * One pass of a tokenizer that builds nothing: a megabyte of JSON costs tens of milliseconds.
 */
export function jsonPositions(text: string, wanted: readonly FieldPath[]): SourcePositions {
  const positions = new SourcePositions();
  const keys = new Set<string>();
  let deepest = 0;
  for (const path of wanted) {
    deepest = Math.max(deepest, path.length);
    for (let length = 1; length <= path.length; length++) keys.add(path.slice(0, length).join('.'));
  }
  const value = (_offset: number, _length: number, line: number, character: number, pathOf: () => (string | number)[]) => {
    const path = pathOf();
    if (path.length > 0 && path.length <= deepest && keys.has(path.join('.'))) positions.setValue(path, { line: line + 1, column: character + 1 });
  };
  visit(text, {
    onObjectBegin: value,
    onArrayBegin: value,
    onLiteralValue: (_value: unknown, offset, length, line, character, pathOf) => value(offset, length, line, character, pathOf),
    onObjectProperty: (property, _offset, _length, line, character, pathOf) => {
      const path = [...pathOf(), property];
      if (path.length <= deepest && keys.has(path.join('.'))) positions.setKey(path, { line: line + 1, column: character + 1 });
    },
  });
  return positions;
}

/**
 * Validates a raw routine against the one schema. Positions are computed only when
 * something is wrong, and only for the fields that have a problem, so valid files pay
 * nothing for them.
 */
export function validateRoutine(raw: unknown, positions: (wanted: FieldPath[]) => SourcePositions): ParseResult<Routine> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a scalar by now: lists, null and objects are named first
    const kind = Array.isArray(raw) ? 'a list' : raw === null ? 'null' : typeof raw === 'string' ? 'text' : String(raw);
    return { ok: false, problems: [{ line: 1, column: 1, message: `a routine must be a group of fields, not ${kind}` }] };
  }
  const result = v.safeParse(RoutineSchema, raw);
  if (result.success) return { ok: true, value: result.output };
  const paths = result.issues.map((issue) => (issue.path ?? []).map((item) => item.key as string | number));
  const map = positions(paths);
  const problems: Problem[] = result.issues.map((issue, index) => {
    const path = paths[index]!;
    // A Markdown text nested too deeply: point at the line that goes too deep, where it can be found.
    const deep = issue.expected === TOO_DEEP && typeof issue.input === 'string' ? tooDeep(issue.input, LIMITS.markdownDepth) : null;
    const inside = deep ? map.within(path, deep) : undefined;
    return { ...(inside ?? map.locate(path, issue.expected === 'never')), message: issue.message };
  });
  return { ok: false, problems: sortProblems(problems) };
}

/** 1-based line and column of a character offset in text. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Math.min(offset, text.length) - lineStart + 1 };
}
