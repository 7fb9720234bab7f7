/** The user's settings: what they are, their defaults. Stored in the local store, read on every start. */
import type { CueKind } from './player/cues';
import { DEFAULT_REMINDERS, type ReminderPlan } from './reminders/schedule';

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
  /** `id@version` of routines whose safety note the user acknowledged. */
  acknowledged: string[];
}

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
