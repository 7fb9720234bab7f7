/** Words of the player: controls, announcements, the safety note, ratings. See index.ts. */
import type { Pressure } from '../../lib/routine/vocabulary';
import { capitalized, plural } from './english';
import { en as shell, type StringGroups, type Strings } from './index';

type Side = 'left' | 'right';

export const en = {
  player: {
    /** Shown before the app name in the tab while a routine plays. */
    documentTitle: (routine: string) => `${routine} · playing`,
    missing: (id: string) => `There is no routine called “${id}” to play.`,
    leave: '← Leave',
    soundOn: 'Sound on',
    soundOff: 'Sound off',
    /** Read after the sound button's state, for screen readers only. */
    muteHint: ': mute sounds',
    complete: 'Routine complete',
    completeSummary: (length: string, done: number, total: number) => `${length} of care, ${done} of ${total} steps. Take a moment before you get up.`,
    saveFailed: 'This session could not be saved to your history right now (storage may be full or blocked in this browser). Your earlier history is untouched.',
    saving: 'Saving your session…',
    notSaved: 'Routine finished, not saved yet',
    tryAgain: 'Try again',
    progressNotSaved: 'Unknot cannot save your place in this routine right now. It plays on, but if the page closes it will start over.',
    tenseNow: 'How tense do you feel now?',
    lower: (points: number) => `That is ${points} ${plural(points, 'point', 'points')} lower than before you started.`,
    same: 'About the same as before. Some days the change is in how you feel rather than a number.',
    higher: 'That is higher than before you started. It happens sometimes. Next time try lighter pressure or a shorter routine, and if it keeps happening or anything hurts, ask a physiotherapist or doctor.',
    soreNow: 'And the sore areas, now?',
    noteLabel: 'A note for your history (optional)',
    noteSaved: 'Note saved',
    saveNote: 'Save note',
    restart: 'Restart',
    timeLeft: 'Time left in this step',
    paused: 'Paused',
    previous: 'Previous step',
    start: 'Start',
    pause: 'Pause',
    resume: 'Resume',
    next: 'Next step',
    progress: 'Routine progress',
    routineLeft: (clock: string) => `${clock} left`,
    preparing: 'Preparing the sound track…',
    trackFailed: 'The screen-off track could not be made on this device; cues play from the page instead.',
    screenOff: 'Guide me with the screen off',
    screenOffHint: 'One audio track carries every cue, so it keeps time when the phone locks.',
    tenseBefore: 'How tense do you feel right now?',
    soreBefore: 'Anything sore? Mark it on the body map',
    soreWhere: 'Where is it sore?',
    keys: 'Space pauses and resumes · ← → move between steps',
    firstUp: 'First up',
    changeToRight: 'Change to the right side',
    pressure: (pressure: Pressure) => `${capitalized(pressure)} pressure`,
    upNext: 'Up next',
    upNextTitle: (title: string, side: Side | undefined) => (side ? `${title} · ${side} side` : title),
    dimmed: 'The screen has dimmed. Press to show it again.',
    getReady: 'Get ready',
    switchSides: 'Switch sides',
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    side: (side: Side) => (side === 'left' ? 'Left side' : 'Right side'),
    roundOf: (n: number, total: number) => `Round ${n} of ${total}`,
    /** What the aria-live region and the voice say as the routine moves on. */
    announceGetReady: (step: string) => `Get ready. First: ${step}.`,
    announceSwitch: (step: string) => `Switch sides. Next: ${step}, right side.`,
    announceStep: (where: string, step: string, length: string, picture: string | undefined) => `${where}: ${step}. ${length}.${picture ? ` Picture: ${picture}` : ''}`,
    announceComplete: (length: string) => `Routine complete. ${length} of self-care.`,
    announceNotSaved: 'Routine finished, but it could not be saved yet.',
    announcePaused: 'Paused.',
    announceResumed: 'Resumed.',
    sayStep: (step: string, side: Side | undefined, firstSentence: string) => `${step}.${side ? ` ${capitalized(side)} side.` : ''} ${firstSentence}`,
    sayComplete: 'Routine complete. Well done.',
    sayNext: (step: string) => `Next: ${step}.`,
    sayNextSwitch: 'Next: switch sides.',
  },
  safety: {
    once: 'We show this once for each safety note, and again if its words change. It stays on the routine\'s page.',
    /** Above the title of a routine opened from a file or a link, which is never a built-in. */
    openedFrom: (source: string) => `Opened from ${source}, not from your library`,
    accept: 'I understand, continue',
    notNow: 'Not now',
  },
  rating: {
    value: (n: number) => `${n}${n === 0 ? ', none' : n === 10 ? ', the worst' : ''}`,
    scaleNone: '0 · none',
    scaleWorst: '10 · the worst',
    skip: 'Skip',
    dontAsk: 'Don\'t ask me',
  },
  soreAreas: {
    hint: 'Tap where it is sore, then say how much.',
    mapLabel: 'Sore areas',
  },
} satisfies StringGroups;

export type PlayerStrings = typeof en;

/** The start page's words and these. */
export const t: Strings & PlayerStrings = { ...shell, ...en };
