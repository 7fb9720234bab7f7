import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mutatedText, mutatedValue } from '../../../tests/support/mutate';
import type { SessionRecord } from './records';
import { exportHistory, HISTORY_LIMITS, historyCsv, parseHistoryFile } from './transfer';

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

  it('reads the same file however it is spaced, with fields in any order and ones it does not know', () => {
    const compact = JSON.stringify({ sessions: [session, { ...session, id: 's2' }], version: 1, exportedAt: '2026-11-23T10:00:00.000Z', later: { a: [1, '}]'] }, format: 'unknot-history' });
    expect(parseHistoryFile(compact)).toEqual({ ok: true, sessions: [session, { ...session, id: 's2' }] });
    expect(parseHistoryFile(exportHistory([], new Date('2026-11-23T10:00:00.000Z')))).toEqual({ ok: true, sessions: [] });
  });

  const file = (sessions: string) => `{"format":"unknot-history","version":1,"exportedAt":"2026-11-23T10:00:00.000Z","sessions":${sessions}}`;

  it.each([
    ['400,000 empty sessions', file(`[${Array(400_000).fill('{}').join(',')}]`), `This history file holds more than ${HISTORY_LIMITS.sessions.toLocaleString('en')} sessions, more than Unknot imports from one file. Nothing was imported.`],
    ['a session larger than any can be', file(`[${JSON.stringify({ ...session, note: 'x'.repeat(20_000) })}]`), 'This history file is damaged at session 1: it is larger than a session can be (16,000 characters at most). Nothing was imported.'],
    ['a session nested deeper than any is', file(`[${JSON.stringify(session)},{"a":[[[[[1]]]]]}]`), 'This history file is damaged at session 2: it nests deeper than a session can. Nothing was imported.'],
    ['a session that is not JSON', file(`[${JSON.stringify(session)},{"id": nope}]`), 'This history file is damaged at session 2: it is not valid JSON. Nothing was imported.'],
    ['a missing comma', file(`[${JSON.stringify(session)} ${JSON.stringify(session)}]`), 'This file is not a history export: it is not valid JSON.'],
    ['a trailing comma', file(`[${JSON.stringify(session)},]`), 'This file is not a history export: it is not valid JSON.'],
    ['text after the end', `${file('[]')} x`, 'This file is not a history export: it is not valid JSON.'],
    ['a file cut short', file(`[${JSON.stringify(session)}`).slice(0, -1), 'This file is not a history export: it is not valid JSON.'],
    ['200,000 unclosed brackets', file('['.repeat(200_000)), 'This history file is damaged at session 1: it nests deeper than a session can. Nothing was imported.'],
    ['a list instead of an object', '[1, 2]', 'This is not an Unknot history file.'],
    ['no sessions', '{"format":"unknot-history","version":1,"exportedAt":"2026-11-23T10:00:00.000Z"}', 'This history file is damaged at field "sessions": there is no list of sessions. Nothing was imported.'],
    ['sessions that are not a list', file('"all of them"'), 'This history file is damaged at field "sessions": this is not a list of sessions. Nothing was imported.'],
    ['a note longer than a note can be', file(`[${JSON.stringify({ ...session, note: 'x'.repeat(2001) })}]`), 'This history file is damaged at session 1, field "note": the note is 2,001 characters long; a note is at most 2,000. Nothing was imported.'],
    ['a routine title with a control character', file(`[${JSON.stringify({ ...session, routineTitle: 'Back\u001Brelief' })}]`), 'This history file is damaged at session 1, field "routineTitle": the routine title contains a control character (U+001B); remove it. Nothing was imported.'],
  ])('answers %s with one message, without reading the rest', (_name, text, message) => {
    expect(parseHistoryFile(text)).toEqual({ ok: false, message });
  });

  it('drops invisible characters at the edges of an imported routine title', () => {
    const result = parseHistoryFile(file(`[${JSON.stringify({ ...session, routineTitle: '\u202EBack relief\u200B' })}]`));
    expect(result.ok && result.sessions[0]!.routineTitle).toBe('Back relief');
  });

  it('imports as many sessions as the limit allows', () => {
    const many = Array.from({ length: HISTORY_LIMITS.sessions }, (_, i) => ({ ...session, id: `s${i}` }));
    const result = parseHistoryFile(exportHistory(many, new Date('2026-11-23T10:00:00.000Z')));
    expect(result.ok && result.sessions.length).toBe(HISTORY_LIMITS.sessions);
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

describe('any history file', () => {
  /** 10,000 runs take seconds alone, and longer on a machine busy with other work. */
  const PROPERTY_TIMEOUT = 180_000;
  const sessions = [session, { ...session, id: 's2', note: undefined, areasBefore: undefined, areasAfter: undefined }, { ...session, id: 's3', status: 'partial' as const }];
  const text = exportHistory(sessions, new Date('2026-11-23T10:00:00.000Z'));
  const answered = (result: ReturnType<typeof parseHistoryFile>) => {
    if (result.ok) {
      for (const imported of result.sessions) expect(typeof imported.id).toBe('string');
    } else {
      expect(result.message).toMatch(/^This /);
      expect(result.message.length).toBeLessThan(1000);
    }
  };

  it('is answered with sessions or one message, for arbitrary text and damaged exports (10,000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), mutatedText(text)), (file) => answered(parseHistoryFile(file))),
      { numRuns: 10_000 },
    );
  }, PROPERTY_TIMEOUT);

  it('is answered with sessions or one message, for exports with fields replaced, removed, added or multiplied (10,000 runs)', () => {
    fc.assert(
      fc.property(mutatedValue(JSON.parse(text)), fc.boolean(), (value, pretty) => answered(parseHistoryFile(JSON.stringify(value, null, pretty ? 2 : undefined) ?? 'null'))),
      { numRuns: 10_000 },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
  }, PROPERTY_TIMEOUT);

  it('reads a file as JSON.parse does: what it accepts is what JSON holds (10,000 runs)', () => {
    fc.assert(
      fc.property(mutatedText(text), (file) => {
        const result = parseHistoryFile(file);
        if (!result.ok) return;
        const data = JSON.parse(file) as { sessions: SessionRecord[] };
        expect(result.sessions.map((s) => s.id)).toEqual(data.sessions.map((s) => s.id));
      }),
      { numRuns: 10_000 },
    );
  }, PROPERTY_TIMEOUT);
});

