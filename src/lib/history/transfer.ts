/**
 * History export and import in the format of design.md, and a CSV for spreadsheets. Imported
 * files are untrusted: validated against the schema, merged by session id, never half-applied.
 */
import * as v from 'valibot';
import { plainMessage } from '../routine/issue-message';
import { noControlCharacters, oneLine, trimName } from '../routine/names';
import type { SessionRecord } from './records';
import { IsoTimestampSchema, SessionSchema } from './session-schema';

/**
 * What one history file may hold, checked on its text before anything is parsed or validated
 * (routines/README.md lists them with the other limits). A person with five sessions a day for
 * ten years has 18,250 sessions; a session with every area rated and the longest note, written
 * with escapes, is under 14,000 characters of JSON.
 */
export const HISTORY_LIMITS = {
  fileBytes: 50_000_000,
  sessions: 20_000,
  sessionChars: 16_000,
  note: 2000,
} as const;

export const HistoryExportSchema = v.object({
  format: v.literal('unknot-history', 'this is not an Unknot history file'),
  version: v.literal(1, 'this history file is from a newer version of Unknot; update the app to import it'),
  exportedAt: IsoTimestampSchema,
  sessions: v.pipe(v.array(SessionSchema), v.maxLength(HISTORY_LIMITS.sessions)),
});

/** A session as an imported file has it: its routine's title is a name like any other. */
const ImportedSessionSchema = v.object({
  ...SessionSchema.entries,
  routineTitle: v.pipe(
    v.string(),
    v.transform(trimName),
    v.maxLength(200),
    oneLine('the routine title'),
    noControlCharacters('the routine title'),
  ),
});

/** The fields of an export file around its sessions. */
const HeaderSchema = v.object({
  format: HistoryExportSchema.entries.format,
  version: HistoryExportSchema.entries.version,
  exportedAt: HistoryExportSchema.entries.exportedAt,
});

export type HistoryExport = v.InferOutput<typeof HistoryExportSchema>;

/** The export file's content. Optional fields that are absent stay absent. */
export function exportHistory(sessions: readonly SessionRecord[], now: Date): string {
  const file: HistoryExport = { format: 'unknot-history', version: 1, exportedAt: now.toISOString(), sessions: [...sessions] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const CSV_COLUMNS = ['id', 'routineId', 'routineTitle', 'startedAt', 'endedAt', 'status', 'stepsCompleted', 'stepsTotal', 'activeSeconds', 'tensionBefore', 'tensionAfter', 'note'] as const;

/**
 * RFC 4180 CSV with every session cell quoted, so a spreadsheet that splits on semicolons (or tabs)
 * keeps `ok;=1+1` as one cell of text; a cell that would still start a formula gets a leading '.
 */
export function historyCsv(sessions: readonly SessionRecord[]): string {
  const cell = (value: string | number | undefined) => {
    let text = value === undefined ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return `"${text.replace(/"/g, '""')}"`;
  };
  const areas = (ratings: SessionRecord['areasBefore']) =>
    ratings ? Object.entries(ratings).map(([area, value]) => `${area} ${value}`).join('; ') : undefined;
  const rows = sessions.map((session) =>
    [...CSV_COLUMNS.map((column) => cell(session[column])), cell(areas(session.areasBefore)), cell(areas(session.areasAfter))].join(','));
  return `${[[...CSV_COLUMNS, 'areasBefore', 'areasAfter'].join(','), ...rows].join('\r\n')}\r\n`;
}

export type ImportResult = { ok: true; sessions: SessionRecord[] } | { ok: false; message: string };

const NOT_JSON = 'This file is not a history export: it is not valid JSON.';
const NOT_HISTORY = 'This is not an Unknot history file.';
const damaged = (where: string, why: string) => `This history file is damaged at ${where}: ${why}. Nothing was imported.`;

/**
 * Reads an export file. Any problem rejects the whole file with a message that says where.
 * The work is bounded by the limits above, whatever the file holds: its text is split into
 * sessions without building anything, the count and each session's size are checked, and only
 * then is each session parsed and validated on its own, stopping at the first problem.
 */
export function parseHistoryFile(text: string): ImportResult {
  if (text.length > HISTORY_LIMITS.fileBytes) return { ok: false, message: 'This file is too large to be a history export.' };
  const split = splitExport(text);
  if (!split.ok) return { ok: false, message: split.message };
  const header: Record<string, unknown> = {};
  for (const key of ['format', 'version', 'exportedAt'] as const) {
    const raw = split.fields.get(key);
    if (raw !== undefined) header[key] = JSON.parse(raw);
  }
  const checked = v.safeParse(HeaderSchema, header, { abortEarly: true, message: plainMessage });
  if (!checked.success) return { ok: false, message: problemIn(checked.issues[0]) };
  if (split.sessions === null) {
    const raw = split.fields.get('sessions');
    return { ok: false, message: raw === undefined ? damaged('field "sessions"', 'there is no list of sessions') : damaged('field "sessions"', 'this is not a list of sessions') };
  }
  const sessions: SessionRecord[] = [];
  for (let index = 0; index < split.sessions.length; index++) {
    let data: unknown;
    try {
      data = JSON.parse(split.sessions[index]!);
    } catch {
      return { ok: false, message: damaged(`session ${index + 1}`, 'it is not valid JSON') };
    }
    const note: unknown = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).note : undefined;
    if (typeof note === 'string' && note.length > HISTORY_LIMITS.note) {
      return { ok: false, message: damaged(`session ${index + 1}, field "note"`, `the note is ${note.length.toLocaleString('en')} characters long; a note is at most ${HISTORY_LIMITS.note.toLocaleString('en')}`) };
    }
    const session = v.safeParse(ImportedSessionSchema, data, { abortEarly: true, message: plainMessage });
    if (!session.success) {
      const issue = session.issues[0];
      const field = issue.path?.[0]?.key;
      const where = `session ${index + 1}${typeof field === 'string' || typeof field === 'number' ? `, field "${String(field)}"` : ''}`;
      return { ok: false, message: damaged(where, issue.message) };
    }
    sessions.push(clean(session.output));
  }
  return { ok: true, sessions };
}

/** The message for a problem in the fields around the sessions. */
function problemIn(issue: v.BaseIssue<unknown>): string {
  const top = issue.path?.[0]?.key;
  if (top === 'format' || typeof top !== 'string') return NOT_HISTORY;
  if (top === 'version') return `This history file ${issue.message.replace(/^this history file /, '')}.`;
  return damaged(`field "${top}"`, issue.message);
}

type Split =
  | { ok: true; fields: Map<string, string>; sessions: string[] | null }
  | { ok: false; message: string };

/** Fields besides the sessions are a few characters (later versions may add some); one past a megabyte is not read. */
const LONGEST_FIELD = 1_000_000;
/** A session is an object holding objects (the area ratings): three levels, with one to spare. */
const SESSION_DEPTH = 4;

const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

/**
 * The export's top-level fields as JSON text, and each entry of its `sessions` list as JSON
 * text, found in one pass over the characters that builds no values. Each entry's own syntax
 * is left to JSON.parse; this checks the structure around the entries, their count and size.
 */
function splitExport(text: string): Split {
  const end = text.length;
  let at = 0;
  const skipSpace = () => {
    while (at < end && isSpace(text.charCodeAt(at))) at++;
  };
  /** Just past the string that starts at `from`, or -1 when the text ends inside it. */
  const stringEnd = (from: number) => {
    for (let i = from + 1; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === 92) i++;
      else if (code === 34) return i + 1;
    }
    return -1;
  };
  /** Just past the value that starts at `from`; -1 when the text ends first, -2 when it nests deeper than `depth`. */
  const valueEnd = (from: number, depth: number) => {
    const first = text.charCodeAt(from);
    if (first === 34) return stringEnd(from);
    if (first === 123 || first === 91) {
      let level = 0;
      for (let i = from; i < end; ) {
        const code = text.charCodeAt(i);
        if (code === 34) {
          i = stringEnd(i);
          if (i < 0) return -1;
          continue;
        }
        if (code === 123 || code === 91) {
          if (++level > depth) return -2;
        } else if ((code === 125 || code === 93) && --level === 0) {
          return i + 1;
        }
        i++;
      }
      return -1;
    }
    let i = from;
    while (i < end) {
      const code = text.charCodeAt(i);
      if (code === 44 || code === 125 || code === 93 || isSpace(code)) break;
      i++;
    }
    return i === from ? -1 : i;
  };

  skipSpace();
  if (text.charCodeAt(at) !== 123) {
    // Some other JSON value (a list, a number) is not a history file; anything else is not JSON.
    return { ok: false, message: /^[[\]"\d\-tfn]/.test(text.charAt(at)) ? NOT_HISTORY : NOT_JSON };
  }
  at++;
  const fields = new Map<string, string>();
  let sessions: string[] | null = null;
  skipSpace();
  if (text.charCodeAt(at) === 125) at++;
  else {
    for (;;) {
      skipSpace();
      if (text.charCodeAt(at) !== 34) return { ok: false, message: NOT_JSON };
      const keyEnd = stringEnd(at);
      if (keyEnd < 0) return { ok: false, message: NOT_JSON };
      if (keyEnd - at > LONGEST_FIELD) return { ok: false, message: NOT_HISTORY };
      let key: string;
      try {
        key = JSON.parse(text.slice(at, keyEnd)) as string;
      } catch {
        return { ok: false, message: NOT_JSON };
      }
      at = keyEnd;
      skipSpace();
      if (text.charCodeAt(at) !== 58) return { ok: false, message: NOT_JSON };
      at++;
      skipSpace();
      if (key === 'sessions' && text.charCodeAt(at) === 91) {
        sessions = [];
        at++;
        skipSpace();
        if (text.charCodeAt(at) === 93) at++;
        else {
          for (;;) {
            skipSpace();
            if (sessions.length === HISTORY_LIMITS.sessions) {
              return { ok: false, message: `This history file holds more than ${HISTORY_LIMITS.sessions.toLocaleString('en')} sessions, more than Unknot imports from one file. Nothing was imported.` };
            }
            const from = at;
            at = valueEnd(from, SESSION_DEPTH);
            if (at === -2) return { ok: false, message: damaged(`session ${sessions.length + 1}`, 'it nests deeper than a session can') };
            if (at < 0) return { ok: false, message: NOT_JSON };
            if (at - from > HISTORY_LIMITS.sessionChars) {
              return { ok: false, message: damaged(`session ${sessions.length + 1}`, `it is larger than a session can be (${HISTORY_LIMITS.sessionChars.toLocaleString('en')} characters at most)`) };
            }
            sessions.push(text.slice(from, at));
            skipSpace();
            const next = text.charCodeAt(at++);
            if (next === 93) break;
            if (next !== 44) return { ok: false, message: NOT_JSON };
          }
        }
      } else {
        const from = at;
        at = valueEnd(from, Infinity);
        if (at < 0) return { ok: false, message: NOT_JSON };
        if (at - from > LONGEST_FIELD) return { ok: false, message: NOT_HISTORY };
        fields.set(key, text.slice(from, at));
        if (key === 'sessions') sessions = null;
      }
      skipSpace();
      const next = text.charCodeAt(at++);
      if (next === 125) break;
      if (next !== 44) return { ok: false, message: NOT_JSON };
    }
  }
  skipSpace();
  if (at !== end) return { ok: false, message: NOT_JSON };
  // The fields are small; one parse each proves they are JSON, as the sessions' parse does for them.
  for (const raw of fields.values()) {
    try {
      JSON.parse(raw);
    } catch {
      return { ok: false, message: NOT_JSON };
    }
  }
  return { ok: true, fields, sessions };
}

/** Drops keys that are present but undefined, so stored records stay tidy. */
function clean(session: SessionRecord): SessionRecord {
  return Object.fromEntries(Object.entries(session).filter(([, value]) => value !== undefined)) as unknown as SessionRecord;
}
