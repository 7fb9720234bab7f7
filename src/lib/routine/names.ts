/**
 * Rules for names and titles from untrusted input (a routine's and its steps' titles, who a plan
 * is from, a session's routine title in an imported file). They end up in lists, calendar files
 * and spreadsheets: one line, no control characters, and no invisible characters at the edges
 * (a right-to-left override or a zero-width space before a title reorders or hides it).
 */
import * as v from 'valibot';

/** White space, zero-width characters and bidirectional marks, embeddings, overrides and isolates. */
const INVISIBLE = '\\s\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
const EDGES = new RegExp(`^[${INVISIBLE}]+|[${INVISIBLE}]+$`, 'g');
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/** The name without white space, zero-width characters or bidirectional controls at either end. */
export function trimName(text: string): string {
  return text.replace(EDGES, '');
}

/** The first control character in `text` as `U+0009`, or undefined. */
export function controlCharacter(text: string): string | undefined {
  const found = CONTROL.exec(text);
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** Refuses a line break, with the field's name in the message. */
export function oneLine(what: string) {
  return v.check((value: string) => !LINE_BREAK.test(value), `${what} must fit on one line`);
}

/** Refuses control characters (a tab, an escape, a NUL...), naming the first one found. */
export function noControlCharacters(what: string) {
  return v.rawCheck<string>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const found = controlCharacter(dataset.value);
    if (found) addIssue({ message: `${what} contains a control character (${found}); remove it` });
  });
}
