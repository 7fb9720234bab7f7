import { describe, expect, it } from 'vitest';
import { addDays, Calendar, weekStart } from './calendar';

describe('calendar days', () => {
  it('puts an instant on the local day of the time zone', () => {
    const berlin = new Calendar('Europe/Berlin');
    const auckland = new Calendar('Pacific/Auckland');
    const losAngeles = new Calendar('America/Los_Angeles');
    expect(berlin.day('2026-11-22T23:30:00.000Z')).toBe('2026-11-23');
    expect(auckland.day('2026-11-22T11:30:00.000Z')).toBe('2026-11-23');
    expect(losAngeles.day('2026-11-23T07:30:00.000Z')).toBe('2026-11-22');
    // Half- and three-quarter-hour zones: the day changes in the middle of a UTC hour.
    const kolkata = new Calendar('Asia/Kolkata');
    expect(kolkata.day('2026-11-22T18:29:00.000Z')).toBe('2026-11-22');
    expect(kolkata.day('2026-11-22T18:30:00.000Z')).toBe('2026-11-23');
    expect(new Calendar('Asia/Kathmandu').day('2026-11-22T18:15:00.000Z')).toBe('2026-11-23');
  });

  it('agrees with Intl for every hour across a DST change', () => {
    const zone = 'America/New_York';
    const calendar = new Calendar(zone);
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    for (let ms = Date.parse('2026-10-31T00:00:00Z'); ms < Date.parse('2026-11-03T00:00:00Z'); ms += 17 * 60_000) {
      expect(calendar.day(ms)).toBe(intl.format(ms));
    }
  });

  it('adds days across month and year ends and DST changes', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-29', -1)).toBe('2026-03-28'); // Europe springs forward on the 29th
    expect(weekStart('2026-11-23')).toBe('2026-11-23'); // a Monday
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2026-03-01')).toBe('2026-02-23');
  });
});
