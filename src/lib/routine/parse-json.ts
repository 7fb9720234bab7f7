import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { jsonPositions, positionAt, validateRoutine } from './positions';
import type { ParseResult } from './problems';
import type { Routine } from './schema';

const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'unexpected character; JSON text is one object in {}, strings in "double quotes"',
  InvalidNumberFormat: 'this is not a valid number',
  PropertyNameExpected: 'expected a field name in "double quotes" (is there a comma too many?)',
  ValueExpected: 'expected a value (is there a comma too many?)',
  ColonExpected: 'expected a colon (:) after the field name',
  CommaExpected: 'expected a comma (,) between entries',
  CloseBraceExpected: 'expected a closing brace (}); the file may be cut short',
  CloseBracketExpected: 'expected a closing bracket (]); the file may be cut short',
  EndOfFileExpected: 'unexpected text after the end of the routine',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'this text is not closed with a double quote (")',
  UnexpectedEndOfNumber: 'this number is cut short',
  InvalidUnicode: 'invalid \\u escape; write four hex digits such as \\u00e9',
  InvalidEscapeCharacter: 'invalid escape after a backslash; write \\\\ for a backslash',
  InvalidCharacter: 'a line break or tab inside text must be written as \\n or \\t',
};

/** Parses a routine written as JSON. */
export function parseRoutineJson(text: string): ParseResult<Routine> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // JSON.parse says little and often no position; a tolerant parser says where and what.
    const errors: ParseError[] = [];
    parse(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
    const first = errors[0];
    return {
      ok: false,
      problems: [{
        ...positionAt(text, first?.offset ?? 0),
        message: `this is not valid JSON: ${(first && SYNTAX[printParseErrorCode(first.error)]) ?? 'the text cannot be read as JSON'}`,
      }],
    };
  }
  return validateRoutine(raw, (wanted) => jsonPositions(text, wanted));
}
