/** Words of the settings screen. See index.ts. */
import type { CueKind } from '../../lib/player/cues';
import { plural } from './english';
import { en as shell, type StringGroups, type Strings } from './index';

export const en = {
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
    percent: (n: number) => `${n} percent`,
    muteAll: 'Mute all sounds',
    playSoundFor: 'Play a sound for',
    cues: {
      step: { label: 'New step', sound: 'a soft chime' },
      tick: { label: 'Last three seconds', sound: 'quiet ticks' },
      halfway: { label: 'Halfway through long steps', sound: 'a bell' },
      switch: { label: 'Switch sides', sound: 'a bell' },
      end: { label: 'Routine complete', sound: 'a low gong' },
    } satisfies Record<CueKind, { label: string; sound: string }>,
    voiceGuidance: 'Voice guidance',
    readAloud: 'Read each step aloud',
    voiceHint: 'Speaks the step\'s name and first sentence, “next up” before a change, and “switch sides”.',
    voice: 'Voice',
    deviceDefault: 'Device default',
    speed: 'Speed',
    rate: (rate: string) => `${rate} times`,
    history: 'History',
    askTension: 'Ask how tense I feel before and after a routine',
    showStreaks: 'Show streaks',
    streaksHint: 'Some people find streak counters motivating, others find them stressful. Totals stay either way.',
    storagePersistent: 'Your history is stored persistently on this device.',
    storageMayClear: 'The browser may clear your history if the device runs low on space; it asks to keep it after your first completed routine.',
    storageUnknown: 'This browser does not say whether your history is kept persistently.',
    storageUsed: (size: string) => `Unknot uses ${size} here.`,
    setAside: (n: number) => `${n} damaged ${plural(n, 'record was', 'records were')} set aside.`,
    setAsideHint: 'Unknot found stored data it could not read. It keeps that data apart, exactly as it was, and shows the rest as usual.',
    setAsideDownload: 'Download damaged records',
    kilobytes: (n: number) => `${n} KB`,
    megabytes: (n: string) => `${n} MB`,
    reminders: 'Desk break reminders',
    remindMe: 'Remind me to take a break while Unknot is open',
    every: 'Every',
    reminderRoutine: 'Routine to offer',
    everyOption: (minutes: number) => (minutes < 60 ? `${minutes} minutes` : minutes === 60 ? 'hour' : `${minutes / 60} hours`),
    from: 'From',
    until: 'Until',
    notifyHint: 'Reminders show inside Unknot. To get them while you work in other windows, allow notifications.',
    notificationsBlocked: 'Notifications are blocked in this browser',
    allowNotifications: 'Allow notifications',
    player: 'Player',
    getReady: 'Countdown before the first step',
    getReadyOption: (seconds: number) => (seconds === 0 ? 'None' : `${seconds} seconds`),
  },
} satisfies StringGroups;

export type SettingsStrings = typeof en;

/** The start page's words and these. */
export const t: Strings & SettingsStrings = { ...shell, ...en };
