import { describe, expect, it } from 'vitest';
import { calendarFile, WEEKDAYS } from './ics';

const plan = {
  title: 'Desk break',
  url: 'https://unknot.example/#/play/desk-break',
  times: ['11:00', '15:30'],
  days: WEEKDAYS,
  startDate: '2026-11-24',
  minutes: 4.8,
  uid: 'abc',
  now: new Date('2026-11-23T10:00:00.000Z'),
};

describe('calendar file', () => {
  it('has one weekly event per time, at floating local time, linking to the routine', () => {
    const file = calendarFile(plan);
    const lines = file.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(file.endsWith('\r\n')).toBe(true);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('DTSTART:20261124T110000');
    expect(lines).toContain('DTSTART:20261124T153000');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    expect(lines).toContain('DURATION:PT5M');
    expect(lines).toContain('DTSTAMP:20261123T100000Z');
    expect(lines).toContain('URL:https://unknot.example/#/play/desk-break');
    expect(lines).toContain('UID:abc-1100@unknot');
  });

  it('escapes text and folds long lines at 75 octets', () => {
    const file = calendarFile({ ...plan, times: ['09:00'], title: 'Neck, shoulders; and a very long title that goes on well past the limit — ünïcödé' });
    expect(file).toContain('SUMMARY:Neck\\, shoulders\\; and');
    for (const line of file.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = file.replace(/\r\n /g, '');
    expect(unfolded).toContain('past the limit — ünïcödé');
  });

  it('escapes every kind of line break, so a title cannot start a property of its own', () => {
    const file = calendarFile({ ...plan, times: ['09:00'], title: 'Neck\rURL:https://evil.example\nX\r\nY' });
    const unfolded = file.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Neck\\nURL:https://evil.example\\nX\\nY');
    expect(unfolded.split('\r\n').filter((line) => line.startsWith('URL:'))).toEqual(['URL:https://unknot.example/#/play/desk-break']);
    expect(unfolded.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('escapes every text field and keeps the address on its one line', () => {
    const file = calendarFile({
      ...plan, times: ['09:00'], title: 'A;b,c\u2028d',
      uid: 'back-relief;x,y\r\nX-INJECTED:1', url: 'https://unknot.example/#/play/a b\r\nX-EVIL:1',
    });
    const lines = file.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain('SUMMARY:A\\;b\\,c\\nd');
    expect(lines).toContain('UID:back-relief\\;x\\,y\\nX-INJECTED:1-0900@unknot');
    expect(lines).toContain('URL:https://unknot.example/#/play/a%20b%0D%0AX-EVIL:1');
    expect(lines.some((line) => /^X-(INJECTED|EVIL)/.test(line))).toBe(false);
    for (const line of lines.filter((l) => /^(SUMMARY|DESCRIPTION|UID):/.test(l))) {
      expect(line.slice(line.indexOf(':') + 1)).not.toMatch(/(^|[^\\])[;,]/);
    }
  });
});
