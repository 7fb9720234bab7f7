/**
 * "Add to calendar" without a server: an iCalendar (RFC 5545) file with one weekly recurring
 * event per time of day, at floating local time (11:00 wherever the person is), whose link
 * opens the routine in Unknot. Every phone and desktop calendar imports it.
 */
export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const WEEKDAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];
export const EVERY_DAY: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export interface CalendarPlan {
  title: string;
  /** Where the event's link goes: the routine's player. */
  url: string;
  /** Times of day as HH:MM, 24-hour. */
  times: string[];
  days: Weekday[];
  /** The first day (local), YYYY-MM-DD. */
  startDate: string;
  minutes: number;
  /** Unique per download, so importing twice adds rather than clashes only when intended. */
  uid: string;
  /** When the file was made (UTC). */
  now: Date;
}

/**
 * Text values escape backslashes, semicolons, commas and line breaks (RFC 5545 §3.3.11); a
 * lone CR counts as a line break too, so a title can never end a property line early.
 */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n|\u0085|\u2028|\u2029/g, '\\n');
}

/**
 * A URI value (RFC 5545 §3.3.13) is not escaped like text, but it may hold no line break, control
 * character or space: those are percent-encoded, so an address can never end its line early.
 */
function uri(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this encodes
  return value.replace(/[\u0000-\u0020\u007F\u0085\u2028\u2029]/g, (char) => encodeURIComponent(char));
}

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 §3.1). */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const length = new TextEncoder().encode(char).length;
    if (size + length > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += length;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export function calendarFile(plan: CalendarPlan): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Unknot//Routine reminders//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const date = plan.startDate.replace(/-/g, '');
  for (const time of plan.times) {
    const [hours, minutes] = time.split(':');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${text(`${plan.uid}-${hours}${minutes}@unknot`)}`,
      `DTSTAMP:${stamp(plan.now)}`,
      `DTSTART:${date}T${hours}${minutes}00`,
      `DURATION:PT${Math.max(1, Math.round(plan.minutes))}M`,
      `RRULE:FREQ=WEEKLY;BYDAY=${plan.days.join(',')}`,
      `SUMMARY:${text(plan.title)}`,
      `DESCRIPTION:${text(`Time for ${plan.title} in Unknot: ${uri(plan.url)}`)}`,
      `URL:${uri(plan.url)}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${text(plan.title)}`,
      'TRIGGER:PT0M',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
