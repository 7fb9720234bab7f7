import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDERS, nextReminder } from './schedule';

const plan = { ...DEFAULT_REMINDERS, enabled: true }; // hourly, 09:00–17:30, Monday to Friday
const local = (day: number, hours: number, minutes = 0) => new Date(2026, 10, day, hours, minutes); // November 2026; the 23rd is a Monday

describe('desk break reminders', () => {
  it('reminds an interval after the last break, within working hours', () => {
    expect(nextReminder(plan, local(23, 10, 15))).toEqual(local(23, 11, 15));
  });

  it('does not remind before the day has run an interval', () => {
    expect(nextReminder(plan, local(23, 7, 0))).toEqual(local(23, 10, 0));
  });

  it('moves past the end of the day to the next working morning, skipping the weekend', () => {
    expect(nextReminder(plan, local(23, 17, 0))).toEqual(local(24, 10, 0));
    expect(nextReminder(plan, local(27, 17, 0))).toEqual(local(30, 10, 0)); // Friday evening to Monday
  });

  it('is off when disabled or with no working days', () => {
    expect(nextReminder({ ...plan, enabled: false }, local(23, 10))).toBeNull();
    expect(nextReminder({ ...plan, days: [] }, local(23, 10))).toBeNull();
  });
});
