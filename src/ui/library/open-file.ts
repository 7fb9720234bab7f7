import type { Problem } from '../../lib/routine/problems';
import type { Routine } from '../../lib/routine/schema-only';
import { t } from '../strings';

export type OpenResult =
  | { ok: true; fileName: string; routine: Routine }
  /** A report file, checked, as JSON text: it opens on the report screen, never as a URL. */
  | { ok: true; fileName: string; reportFile: string }
  | { ok: false; fileName: string; problems: Problem[] };

/** A client's report file (`"format": "unknot-report"`) rather than a routine. */
async function openReport(fileName: string, text: string): Promise<OpenResult | null> {
  if (!/^\s*\{/.test(text) || !text.includes('"unknot-report"')) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const { checkReport } = await import('../../lib/share/link');
  const report = checkReport(data);
  if (!report.ok) return { ok: false, fileName, problems: report.details.map((message) => ({ line: 1, column: 1, message })) };
  return { ok: true, fileName, reportFile: JSON.stringify(report.value) };
}

/**
 * Reads a routine file the user picked or dropped, with the same parser the validator and
 * build use. The parser (and its YAML library) loads only when a file is opened. A client's
 * report file opens too, as the report screen.
 */
export async function openRoutineFile(file: File): Promise<OpenResult> {
  const fileName = file.name || t.openFile.unnamed;
  const { parseRoutineFile, LIMITS } = await import('../../lib/routine');
  if (file.size > LIMITS.fileBytes) {
    return {
      ok: false,
      fileName,
      problems: [{ line: 1, column: 1, message: t.openFile.tooLarge(Math.round(file.size / 1000)) }],
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, fileName, problems: [{ line: 1, column: 1, message: t.openFile.unreadable }] };
  }
  const report = await openReport(fileName, text);
  if (report) return report;
  const result = parseRoutineFile(fileName, text);
  return result.ok ? { ok: true, fileName, routine: result.value } : { ok: false, fileName, problems: result.problems };
}
