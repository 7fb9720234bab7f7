/**
 * When to remind a person at a desk to take a break: every N minutes since the last one,
 * only within their working hours and days. Pure: local time comes in as Date values.
 */
export interface ReminderPlan {
  enabled: boolean;
  everyMinutes: number;
  /** Working hours, HH:MM local. */
  start: string;
  end: string;
  /** Working days, 0 = Sunday … 6 = Saturday. */
  days: number[];
  /** The id of the routine a reminder offers. */
  routine: string;
}

/** What a reminder offers unless the user chose another routine: short enough for every hour. */
export const DEFAULT_REMINDER_ROUTINE = 'micro-break';

export const DEFAULT_REMINDERS: ReminderPlan = { enabled: false, everyMinutes: 60, start: '09:00', end: '17:30', days: [1, 2, 3, 4, 5], routine: DEFAULT_REMINDER_ROUTINE };

function at(day: Date, time: string): Date {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);
}

/**
 * The next moment a reminder is due, given the last break (or when the app opened): the last
 * break plus the interval, moved to `start + interval` of the next working day when it falls
 * outside working hours. Null when reminders are off or no day is a working day.
 */
export function nextReminder(plan: ReminderPlan, lastBreak: Date): Date | null {
  if (!plan.enabled || plan.days.length === 0 || plan.everyMinutes <= 0) return null;
  const every = plan.everyMinutes * 60_000;
  let candidate = new Date(lastBreak.getTime() + every);
  for (let tries = 0; tries < 8; tries++) {
    const day = new Date(candidate.getFullYear(), candidate.getMonth(), candidate.getDate());
    const open = at(day, plan.start);
    const close = at(day, plan.end);
    const earliest = new Date(open.getTime() + every);
    if (plan.days.includes(day.getDay())) {
      if (candidate < earliest) candidate = earliest;
      if (candidate <= close) return candidate;
    }
    // Not today: the next day's first reminder.
    const next = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
    candidate = new Date(at(next, plan.start).getTime() + every);
  }
  return null;
}
