import { describe, expect, it } from 'vitest';
import type { SessionRecord } from './records';
import { exportHistory, historyCsv, parseHistoryFile } from './transfer';

const session: SessionRecord = {
  id: 's1', routineId: 'back-relief', routineTitle: 'Back relief', startedAt: '2026-11-22T21:04:00.000Z',
  endedAt: '2026-11-22T21:14:00.000Z', status: 'completed', stepsCompleted: 8, stepsTotal: 8, activeSeconds: 540,
  tensionBefore: 6, tensionAfter: 3, areasBefore: { neck: 6, shoulders: 4 }, areasAfter: { neck: 2 }, note: 'Slept well, "finally"',
};

describe('history export and import', () => {
  it('round-trips through the export format', () => {
    const text = exportHistory([session], new Date('2026-11-23T10:00:00.000Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'unknot-history', version: 1, exportedAt: '2026-11-23T10:00:00.000Z' });
    expect(parseHistoryFile(text)).toEqual({ ok: true, sessions: [session] });
  });

  it.each([
    ['not JSON', '{"format": ', 'This file is not a history export: it is not valid JSON.'],
    ['a routine file', JSON.stringify({ id: 'desk-break', steps: [] }), 'This is not an Unknot history file.'],
    ['a future version', JSON.stringify({ format: 'unknot-history', version: 2, exportedAt: '2026-11-23T10:00:00.000Z', sessions: [] }), 'This history file is from a newer version of Unknot; update the app to import it.'],
    ['a damaged session', JSON.stringify({ format: 'unknot-history', version: 1, exportedAt: '2026-11-23T10:00:00.000Z', sessions: [session, { ...session, tensionAfter: 14 }] }), /^This history file is damaged at session 2, field "tensionAfter": .*Nothing was imported\.$/],
    ['a bad date', JSON.stringify({ format: 'unknot-history', version: 1, exportedAt: '2026-11-23T10:00:00.000Z', sessions: [{ ...session, startedAt: 'yesterday' }] }), 'This history file is damaged at session 1, field "startedAt": must be a date and time such as 2026-11-22T21:04:00.000Z. Nothing was imported.'],
  ])('rejects %s with a clear message', (_name, text, message) => {
    const result = parseHistoryFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message instanceof RegExp ? message : new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  it('writes CSV that spreadsheets read safely', () => {
    const csv = historyCsv([session, { ...session, id: 's2', note: '=HYPERLINK("x")' }]);
    const lines = csv.trimEnd().split('\r\n');
    // The header is ours and constant; every cell from a session is quoted.
    expect(lines[0]).toBe('id,routineId,routineTitle,startedAt,endedAt,status,stepsCompleted,stepsTotal,activeSeconds,tensionBefore,tensionAfter,note,areasBefore,areasAfter');
    expect(lines[1]).toBe('"s1","back-relief","Back relief","2026-11-22T21:04:00.000Z","2026-11-22T21:14:00.000Z","completed","8","8","540","6","3","Slept well, ""finally""","neck 6; shoulders 4","neck 2"');
    expect(lines[2]).toMatch(/,"'=HYPERLINK\(""x""\)","neck 6; shoulders 4","neck 2"$/);
  });

  it('quotes every cell, so a semicolon-locale spreadsheet cannot split a title into a formula', () => {
    const csv = historyCsv([{ ...session, routineTitle: 'ok;=1+1', note: undefined }]);
    const row = csv.trimEnd().split('\r\n')[1]!;
    expect(row).toContain(',"ok;=1+1",');
    expect(row).toContain(',"3","","neck 6');
  });
});
