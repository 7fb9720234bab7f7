/**
 * History export and import in the format of design.md, and a CSV for spreadsheets. Imported
 * files are untrusted: validated against the schema, merged by session id, never half-applied.
 */
import * as v from 'valibot';
import type { SessionRecord } from './records';
import { IsoTimestampSchema, SessionSchema } from './session-schema';

export const HistoryExportSchema = v.object({
  format: v.literal('unknot-history', 'this is not an Unknot history file'),
  version: v.literal(1, 'this history file is from a newer version of Unknot; update the app to import it'),
  exportedAt: IsoTimestampSchema,
  sessions: v.pipe(v.array(SessionSchema), v.maxLength(100_000)),
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

/** Reads an export file. Any problem rejects the whole file with a message that says where. */
export function parseHistoryFile(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a history export: it is not valid JSON.' };
  }
  const result = v.safeParse(HistoryExportSchema, data);
  if (result.success) return { ok: true, sessions: result.output.sessions.map(clean) };
  const issue = result.issues[0];
  const path = (issue.path ?? []).map((item) => item.key).filter((key) => typeof key === 'string' || typeof key === 'number');
  const top = path[0];
  if (top === 'format' || top === undefined) return { ok: false, message: 'This is not an Unknot history file.' };
  if (top === 'version') return { ok: false, message: `This history file ${issue.message.replace(/^this history file /, '')}.` };
  const where = top === 'sessions' && typeof path[1] === 'number'
    ? `session ${path[1] + 1}${path[2] !== undefined ? `, field "${String(path[2])}"` : ''}`
    : `field "${path.join('.')}"`;
  return { ok: false, message: `This history file is damaged at ${where}: ${issue.message}. Nothing was imported.` };
}

/** Drops keys that are present but undefined, so stored records stay tidy. */
function clean(session: SessionRecord): SessionRecord {
  return Object.fromEntries(Object.entries(session).filter(([, value]) => value !== undefined)) as unknown as SessionRecord;
}
