/**
 * The check the user's settings pass when read back from the store: plain code, not a schema,
 * as they are read on every start. It loads with the store (lib/store/read.ts), not with the
 * start page, which needs only the defaults (settings.ts).
 */
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { LIMITS } from './routine/vocabulary';

type Check = (value: unknown) => boolean;
/** A check for every field, down to each cue and each reminder field. */
type ChecksFor<T> = { [K in keyof T]-?: T[K] extends readonly unknown[] | string | number | boolean | null ? Check : ChecksFor<T[K]> };
interface Checks {
  [field: string]: Check | Checks;
}

const yesNo: Check = (value) => typeof value === 'boolean';
const between = (min: number, max: number): Check => (value) => typeof value === 'number' && value >= min && value <= max;
const oneOf = (...options: unknown[]): Check => (value) => options.includes(value);
const listOf = (item: Check): Check => (value) => Array.isArray(value) && value.every(item);
const text: Check = (value) => typeof value === 'string';
/** A routine's id, as the routine format allows it. */
const routineId: Check = (value) => typeof value === 'string' && value.length <= LIMITS.idLength && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
const clockTime: Check = (value) => typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

const CHECKS: ChecksFor<Settings> = {
  volume: between(0, 1),
  muted: yesNo,
  cues: { step: yesNo, tick: yesNo, halfway: yesNo, switch: yesNo, end: yesNo },
  voice: yesNo,
  voiceName: (value) => value === null || text(value),
  // The Web Speech API's range; the settings screen offers 0.6 to 1.4.
  voiceRate: between(0.1, 10),
  getReadySeconds: between(0, 60),
  askTension: yesNo,
  showStreaks: yesNo,
  theme: oneOf('system', 'light', 'dark', 'bedtime'),
  eveningBedtime: oneOf('ask', 'yes', 'no'),
  reminders: { enabled: yesNo, everyMinutes: between(1, 1440), start: clockTime, end: clockTime, days: listOf(oneOf(0, 1, 2, 3, 4, 5, 6)), routine: routineId },
  acknowledged: listOf(text),
};

/**
 * Settings read back from storage, checked field by field without a schema library (the start
 * page reads them first). A missing field takes its default quietly (older versions did not
 * have it); a damaged one takes its default and is reported by its path, such as `cues.tick`.
 */
export function settingsFrom(stored: unknown, onDamaged: (field: string) => void): Settings {
  return pick(DEFAULT_SETTINGS as unknown as Record<string, unknown>, CHECKS, stored, '', onDamaged) as unknown as Settings;
}

function pick(defaults: Record<string, unknown>, checks: Checks, stored: unknown, path: string, onDamaged: (field: string) => void): Record<string, unknown> {
  const fields = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  if (stored !== undefined && fields !== stored) onDamaged(path.slice(0, -1) || 'settings');
  const result: Record<string, unknown> = {};
  for (const [field, check] of Object.entries(checks)) {
    const value = fields[field];
    if (typeof check !== 'function') result[field] = pick(defaults[field] as Record<string, unknown>, check, value, `${path}${field}.`, onDamaged);
    else if (value !== undefined && check(value)) result[field] = value;
    else {
      if (value !== undefined) onDamaged(`${path}${field}`);
      result[field] = defaults[field];
    }
  }
  return result;
}
