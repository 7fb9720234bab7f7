/**
 * The user's settings: what they are, their defaults, and the check they pass when read back.
 * Stored in the local store and read on every start, so the check is plain code, not a schema.
 */
import type { CueKind } from './player/cues';
import { DEFAULT_REMINDERS, type ReminderPlan } from './reminders/schedule';
import { LIMITS } from './routine/vocabulary';

/** What the user chose in Settings, and a few answers given elsewhere (bedtime, safety notes). */
export interface Settings {
  /** 0..1 */
  volume: number;
  muted: boolean;
  cues: Record<CueKind, boolean>;
  voice: boolean;
  voiceName: string | null;
  voiceRate: number;
  getReadySeconds: number;
  /** Ask "how tense do you feel?" before and after a routine. */
  askTension: boolean;
  /** Show streak counters on the history screen (some people find them stressful). */
  showStreaks: boolean;
  /** The look: follow the system, or always light, dark or bedtime. */
  theme: 'system' | 'light' | 'dark' | 'bedtime';
  /** Switch to the bedtime theme in the evening: not asked yet, yes, or no. */
  eveningBedtime: 'ask' | 'yes' | 'no';
  /** Desk break reminders while the app is open. */
  reminders: ReminderPlan;
  /** Safety texts the user acknowledged, by `safetyKey` (lib/safety-key.ts); older `id@version` entries match nothing. */
  acknowledged: string[];
}

/** A first visit's settings, and what a damaged field falls back to. */
export const DEFAULT_SETTINGS: Settings = {
  volume: 0.8,
  muted: false,
  cues: { step: true, tick: true, halfway: true, switch: true, end: true },
  voice: false,
  voiceName: null,
  voiceRate: 0.95,
  getReadySeconds: 3,
  askTension: true,
  showStreaks: true,
  theme: 'system',
  eveningBedtime: 'ask',
  reminders: DEFAULT_REMINDERS,
  acknowledged: [],
};

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
