import { isMap, LineCounter, parseDocument } from 'yaml';
import { SourcePositions, validateRoutine, type Position } from './positions';
import type { ParseResult, Problem } from './problems';
import type { Routine } from './schema';
import { clip } from './suggest';
import { LIMITS } from './vocabulary';

/** Aliases (`*name`) the front matter may use; a routine needs none, and each can copy a whole list. */
export const MAX_ALIASES = 50;

const FENCE = /^\s{0,3}(```|~~~)/;
const STEP_HEADING = /^##(?:[ \t]+(.*?))?[ \t]*$/;
const ATTRIBUTE = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;
/** Attributes that hold a comma-separated list, each entry with its own position. */
const LIST_ATTRIBUTES = new Set(['areas', 'motion']);

interface RawStep {
  [field: string]: unknown;
}

/** A heading's text without the optional closing `#`s (CommonMark ATX rule). */
function headingText(text: string | undefined): string {
  return (text ?? '').replace(/(?:^|[ \t]+)#+$/, '').trim();
}

function attributeValue(key: string, value: string): unknown {
  switch (key) {
    case 'repeat':
      return /^\d+$/.test(value) ? Number(value) : value;
    case 'rest':
      if (/^(true|yes)$/i.test(value)) return true;
      if (/^(false|no)$/i.test(value)) return false;
      return value;
    default:
      return value;
  }
}

/**
 * Parses a routine written as Markdown: YAML front matter for the routine's fields, the
 * intro, then one `##` heading per step with `key: value` attribute lines directly under
 * it and the instructions after them.
 */
export function parseRoutineMarkdown(text: string): ParseResult<Routine> {
  const lines = text.split('\n');
  const positions = new SourcePositions();
  const problems: Problem[] = [];

  if (lines[0]?.trim() !== '---') {
    return {
      ok: false,
      problems: [{
        line: 1,
        column: 1,
        message: 'a routine file starts with front matter: a line with ---, the routine fields (id, title, summary, safety), then another ---',
      }],
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (close < 0) {
    return {
      ok: false,
      problems: [{ line: 1, column: 1, message: 'the front matter is not closed; add a line with --- after the routine fields' }],
    };
  }

  // Front matter: YAML on lines 2..close, so YAML line n is file line n + 1. Its size is
  // checked first: the YAML parser takes seconds over a few hundred kilobytes.
  const front = lines.slice(1, close).join('\n');
  if (front.length > LIMITS.frontMatterLength) {
    return {
      ok: false,
      problems: [{
        line: 2,
        column: 1,
        message: `the front matter is too long (${front.length.toLocaleString('en')} characters); it holds the routine's fields and is at most ${LIMITS.frontMatterLength.toLocaleString('en')} characters, with steps as ## headings after it`,
      }],
    };
  }
  const counter = new LineCounter();
  const document = parseDocument(front, { lineCounter: counter, prettyErrors: false });
  for (const error of document.errors) {
    const at = counter.linePos(error.pos[0]);
    problems.push({
      line: at.line + 1,
      column: at.col,
      message: /call stack/i.test(error.message)
        ? 'the front matter nests lists or groups too deeply; a routine needs only a list of words here and there'
        : `the front matter is not valid YAML: ${clip(error.message.split('\n')[0]!, 120)}`,
    });
  }
  if (problems.length > 0) return { ok: false, problems };

  const meta: Record<string, unknown> = {};
  if (document.contents !== null) {
    if (!isMap(document.contents)) {
      return {
        ok: false,
        problems: [{ line: 2, column: 1, message: 'the front matter must be fields such as `title: Back relief`, one per line' }],
      };
    }
    let fields: Record<string, unknown>;
    try {
      fields = document.toJS({ maxAliasCount: MAX_ALIASES }) as Record<string, unknown>;
    } catch (error) {
      // The alias limit (a billion-laughs file expands without end), or nesting beyond the stack.
      const aliases = error instanceof Error && /alias/i.test(error.message);
      return {
        ok: false,
        problems: [{
          line: 2,
          column: 1,
          message: aliases
            ? 'the front matter repeats YAML aliases (*name) too often; write the values out'
            : 'the front matter nests lists or groups too deeply; a routine needs only a list of words here and there',
        }],
      };
    }
    Object.assign(meta, fields);
    positions.addYaml(document.contents, counter, 1);
  }
  for (const field of ['steps', 'intro'] as const) {
    if (field in meta) {
      const at = positions.locate([field], true);
      problems.push({
        ...at,
        message: field === 'steps'
          ? 'in Markdown, steps are written as ## headings after the front matter, not as a field'
          : 'in Markdown, the intro is the text between the front matter and the first step, not a field',
      });
      delete meta[field];
    }
  }

  // Body: intro, then steps.
  const intro: string[] = [];
  const steps: RawStep[] = [];
  let current: { step: RawStep; body: string[]; bodyLine?: number; index: number } | undefined;
  let inFence = false;
  let inAttributes = false;

  const finish = () => {
    if (!current) return;
    current.step.instructions = current.body.join('\n').trim();
    if (current.bodyLine !== undefined) {
      positions.setBlock(['steps', current.index, 'instructions'], { line: current.bodyLine, column: 1 });
    }
  };

  for (let index = close + 1; index < lines.length; index++) {
    const line = lines[index]!;
    const lineNumber = index + 1;
    const heading = inFence ? null : STEP_HEADING.exec(line);
    if (heading) {
      finish();
      // One step past the limit is enough for the schema to refuse the count; the rest is not read.
      if (steps.length > LIMITS.steps) {
        current = undefined;
        break;
      }
      const stepIndex = steps.length;
      const step: RawStep = { title: headingText(heading[1]) };
      steps.push(step);
      current = { step, body: [], index: stepIndex };
      positions.setValue(['steps', stepIndex], { line: lineNumber, column: 1 });
      positions.setValue(['steps', stepIndex, 'title'], { line: lineNumber, column: Math.min(line.length, 3) + 1 });
      inAttributes = true;
      continue;
    }
    if (current && inAttributes) {
      const attribute = ATTRIBUTE.exec(line);
      if (attribute) {
        const key = attribute[1]!;
        const value = attribute[2]!;
        const keyAt: Position = { line: lineNumber, column: line.indexOf(key) + 1 };
        const valueColumn = line.length - line.trimStart().length + line.trimStart().indexOf(':') + 1;
        const valueAt: Position = {
          line: lineNumber,
          column: value ? line.indexOf(value, valueColumn) + 1 : line.trimEnd().length + 1,
        };
        const path = ['steps', current.index, key];
        if (key in current.step && key !== 'title') {
          problems.push({ ...keyAt, message: `"${key}" is given twice in this step; keep one line` });
          continue;
        }
        if (key === 'title') {
          problems.push({ ...keyAt, message: 'a step title is its ## heading, not an attribute line' });
          continue;
        }
        positions.setKey(path, keyAt);
        positions.setValue(path, valueAt);
        if (LIST_ATTRIBUTES.has(key)) {
          const entries: string[] = [];
          let searchFrom = valueAt.column - 1;
          for (const part of value.split(',')) {
            const entry = part.trim();
            if (!entry) continue;
            const column = line.indexOf(entry, searchFrom);
            searchFrom = column + entry.length;
            positions.setValue([...path, entries.length], { line: lineNumber, column: column + 1 });
            entries.push(entry);
          }
          current.step[key] = entries;
        } else {
          current.step[key] = attributeValue(key, value);
        }
        continue;
      }
      inAttributes = false;
    }
    if (FENCE.test(line)) inFence = !inFence;
    if (current) {
      if (current.bodyLine === undefined && line.trim()) current.bodyLine = lineNumber;
      current.body.push(line);
    } else {
      intro.push(line);
    }
  }
  finish();

  const raw: Record<string, unknown> = { ...meta, steps };
  const introText = intro.join('\n').trim();
  if (introText) {
    raw.intro = introText;
    const first = intro.findIndex((line) => line.trim());
    positions.setBlock(['intro'], { line: close + 2 + first, column: 1 });
  }
  if (steps.length === 0) {
    positions.setValue(['steps'], { line: lines.length, column: 1 });
  }

  const result = validateRoutine(raw, () => positions);
  if (problems.length === 0) return result;
  const all = result.ok ? problems : [...problems, ...result.problems];
  return { ok: false, problems: all.sort((a, b) => a.line - b.line || a.column - b.column) };
}
