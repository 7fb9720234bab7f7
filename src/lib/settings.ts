/**
 * The user's settings: what they are and their defaults. The check they pass when read back is
 * in settings-check.ts, which loads with the store rather than with the start page.
 */
import type { CueKind } from './player/cues';
import { DEFAULT_REMINDERS, type ReminderPlan } from './reminders/schedule';

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
