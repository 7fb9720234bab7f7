/** English grammar shared by the string files: plurals, dates, plan wording. */
import type { Frequency } from '../../lib/share/assignment';

export const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const capitalized = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

// Made on first use: making one loads the locale's calendar data, a few milliseconds a slow
// phone would spend on every start page that shows no date.
let dates: { utc: Intl.DateTimeFormat; local: Intl.DateTimeFormat } | undefined;
const dateFormats = () =>
  (dates ??= {
    utc: new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    local: new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric' }),
  });

/** `2026-12-01` as "December 1, 2026". */
export const longDate = (day: string) => {
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) ? day : dateFormats().utc.format(time);
};

/** An instant as the reader's calendar date: "November 23, 2026". */
export const localDate = (instant: string) => {
  const time = Date.parse(instant);
  return Number.isNaN(time) ? instant : dateFormats().local.format(time);
};

/** "Twice a day", "3 times a week". */
export const often = (frequency: Frequency) =>
  frequency.per === 'day'
    ? frequency.times === 1 ? 'Once a day' : frequency.times === 2 ? 'Twice a day' : `${frequency.times} times a day`
    : frequency.times === 1 ? 'Once a week' : `${frequency.times} times a week`;

/** "2 weeks", "10 days". */
export const planLength = (days: number) =>
  days % 7 === 0 ? (days === 7 ? '1 week' : `${days / 7} weeks`) : days === 1 ? '1 day' : `${days} days`;
