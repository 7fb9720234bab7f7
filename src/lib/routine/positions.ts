import { isMap, isScalar, isSeq, type LineCounter, type Node as YamlNode } from 'yaml';
import * as v from 'valibot';
import type { ParseResult, Problem } from './problems';
import { sortProblems } from './problems';
import { RoutineSchema, type Routine } from './schema';

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

  constructor(readonly start: Position = { line: 1, column: 1 }) {}

  setValue(path: FieldPath, at: Position): void {
    this.#values.set(path.join('.'), at);
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
 * Validates a raw routine against the one schema. Positions are computed only when
 * something is wrong, so valid files pay nothing for them.
 */
export function validateRoutine(raw: unknown, positions: () => SourcePositions): ParseResult<Routine> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a scalar by now: lists, null and objects are named first
    const kind = Array.isArray(raw) ? 'a list' : raw === null ? 'null' : typeof raw === 'string' ? 'text' : String(raw);
    return { ok: false, problems: [{ line: 1, column: 1, message: `a routine must be a group of fields, not ${kind}` }] };
  }
  const result = v.safeParse(RoutineSchema, raw);
  if (result.success) return { ok: true, value: result.output };
  const map = positions();
  const problems: Problem[] = result.issues.map((issue) => {
    const path = (issue.path ?? []).map((item) => item.key as string | number);
    return { ...map.locate(path, issue.expected === 'never'), message: issue.message };
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
