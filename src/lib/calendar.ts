/**
 * Calendar days in the user's time zone, and day arithmetic: what history statistics and plan
 * progress both count in. Pure: the time zone comes in, so DST changes are unit-tested.
 */
const DAY_MS = 86_400_000;

/**
 * Turns instants into local calendar days (`2026-11-23`) in one time zone. Formatting every
 * instant with Intl is slow for thousands of sessions, so it learns the zone's UTC offset once
 * per day (offsets only change on DST transitions) and does the rest with arithmetic.
 */
export class Calendar {
  readonly #parts: Intl.DateTimeFormat;
  readonly #offsets = new Map<number, number>();

  constructor(readonly timeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone) {
    this.#parts = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    });
  }

  /** The zone's offset from UTC, in ms, at an instant (looked up with Intl, no cache). */
  #lookup(at: number): number {
    const part: Record<string, number> = {};
    for (const { type, value } of this.#parts.formatToParts(at)) part[type] = Number(value);
    return Date.UTC(part.year!, part.month! - 1, part.day, part.hour, part.minute) - at;
  }

  /**
   * The offset at `ms`. Cached per UTC day when the day starts and ends with the same offset
   * (nearly always), and per hour on the few days a DST change happens.
   */
  #offset(ms: number): number {
    const day = Math.floor(ms / DAY_MS);
    let offset = this.#offsets.get(day);
    if (offset === undefined) {
      const start = this.#lookup(day * DAY_MS);
      offset = start === this.#lookup(day * DAY_MS + DAY_MS - 60_000) ? start : NaN;
      this.#offsets.set(day, offset);
    }
    if (!Number.isNaN(offset)) return offset;
    const hour = -1 - Math.floor(ms / 3_600_000); // negative keys: hours, apart from days
    let hourly = this.#offsets.get(hour);
    if (hourly === undefined) {
      hourly = this.#lookup(Math.floor(ms / 3_600_000) * 3_600_000);
      this.#offsets.set(hour, hourly);
    }
    return hourly;
  }

  readonly #names = new Map<number, string>();

  /** The local day of an instant (ISO string or epoch ms). */
  day(instant: string | number): string {
    const ms = typeof instant === 'number' ? instant : Date.parse(instant);
    const local = Math.floor((ms + this.#offset(ms)) / DAY_MS);
    let name = this.#names.get(local);
    if (name === undefined) {
      name = new Date(local * DAY_MS).toISOString().slice(0, 10);
      this.#names.set(local, name);
    }
    return name;
  }
}

/** Days are compared as calendar dates, in UTC arithmetic, so a 23- or 25-hour day is still one day. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Monday of the week a day is in. */
export function weekStart(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

let localCalendar: Calendar | undefined;

/** The calendar of the user's own time zone, kept so its offsets stay cached. */
export function userCalendar(): Calendar {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (localCalendar?.timeZone !== zone) localCalendar = new Calendar(zone);
  return localCalendar;
}
