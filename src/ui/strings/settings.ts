/** Words of the settings screen. See index.ts. */
import type { CueKind } from '../../lib/player/cues';
import { en as shell, type Strings } from './index';

export interface SettingsStrings {
  settings: {
    title: string;
    lead: string;
    look: string;
    theme: string;
    themeSystem: string;
    themeLight: string;
    themeDark: string;
    themeBedtime: string;
    eveningBedtime: string;
    bedtimeHint: string;
    sound: string;
    volume: string;
    percent: (n: number) => string;
    muteAll: string;
    playSoundFor: string;
    cues: Record<CueKind, { label: string; sound: string }>;
    voiceGuidance: string;
    readAloud: string;
    voiceHint: string;
    voice: string;
    deviceDefault: string;
    speed: string;
    rate: (rate: string) => string;
    history: string;
    askTension: string;
    showStreaks: string;
    streaksHint: string;
    storagePersistent: string;
    storageMayClear: string;
    storageUnknown: string;
    storageUsed: (size: string) => string;
    kilobytes: (n: number) => string;
    megabytes: (n: string) => string;
    reminders: string;
    remindMe: string;
    every: string;
    everyOption: (minutes: number) => string;
    from: string;
    until: string;
    notifyHint: string;
    notificationsBlocked: string;
    allowNotifications: string;
    player: string;
    getReady: string;
    getReadyOption: (seconds: number) => string;
  };
}

export const en: SettingsStrings = {
  settings: {
    title: 'Settings',
    lead: 'Saved on this device as you change them.',
    look: 'Look',
    theme: 'Theme',
    themeSystem: 'Same as this device',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeBedtime: 'Bedtime: dim and warm',
    eveningBedtime: 'Bedtime theme in the evening (8 pm to 5 am)',
    bedtimeHint: 'The bedtime theme is very dim, plays cues more softly and lets the screen fade to dark when a routine ends.',
    sound: 'Sound',
    volume: 'Volume',
    percent: (n) => `${n} percent`,
    muteAll: 'Mute all sounds',
    playSoundFor: 'Play a sound for',
    cues: {
      step: { label: 'New step', sound: 'a soft chime' },
      tick: { label: 'Last three seconds', sound: 'quiet ticks' },
      halfway: { label: 'Halfway through long steps', sound: 'a bell' },
      switch: { label: 'Switch sides', sound: 'a bell' },
      end: { label: 'Routine complete', sound: 'a low gong' },
    },
    voiceGuidance: 'Voice guidance',
    readAloud: 'Read each step aloud',
    voiceHint: 'Speaks the step\'s name and first sentence, “next up” before a change, and “switch sides”.',
    voice: 'Voice',
    deviceDefault: 'Device default',
    speed: 'Speed',
    rate: (rate) => `${rate} times`,
    history: 'History',
    askTension: 'Ask how tense I feel before and after a routine',
    showStreaks: 'Show streaks',
    streaksHint: 'Some people find streak counters motivating, others find them stressful. Totals stay either way.',
    storagePersistent: 'Your history is stored persistently on this device.',
    storageMayClear: 'The browser may clear your history if the device runs low on space; it asks to keep it after your first completed routine.',
    storageUnknown: 'This browser does not say whether your history is kept persistently.',
    storageUsed: (size) => `Unknot uses ${size} here.`,
    kilobytes: (n) => `${n} KB`,
    megabytes: (n) => `${n} MB`,
    reminders: 'Desk break reminders',
    remindMe: 'Remind me to take a break while Unknot is open',
    every: 'Every',
    everyOption: (minutes) => (minutes < 60 ? `${minutes} minutes` : minutes === 60 ? 'hour' : `${minutes / 60} hours`),
    from: 'From',
    until: 'Until',
    notifyHint: 'Reminders show inside Unknot. To get them while you work in other windows, allow notifications.',
    notificationsBlocked: 'Notifications are blocked in this browser',
    allowNotifications: 'Allow notifications',
    player: 'Player',
    getReady: 'Countdown before the first step',
    getReadyOption: (seconds) => (seconds === 0 ? 'None' : `${seconds} seconds`),
  },
};

/** The start page's words and these. */
export const t: Strings & SettingsStrings = { ...shell, ...en };
