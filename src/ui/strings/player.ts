/** Words of the player: controls, announcements, the safety note, ratings. See index.ts. */
import type { Pressure } from '../../lib/routine/vocabulary';
import { capitalized, plural } from './english';
import { en as shell, type Strings } from './index';

type Side = 'left' | 'right';

export interface PlayerStrings {
  player: {
    /** Shown before the app name in the tab while a routine plays. */
    documentTitle: (routine: string) => string;
    missing: (id: string) => string;
    leave: string;
    soundOn: string;
    soundOff: string;
    /** Read after the sound button's state, for screen readers only. */
    muteHint: string;
    complete: string;
    completeSummary: (length: string, done: number, total: number) => string;
    saveFailed: string;
    tenseNow: string;
    lower: (points: number) => string;
    same: string;
    higher: string;
    soreNow: string;
    noteLabel: string;
    noteSaved: string;
    saveNote: string;
    restart: string;
    timeLeft: string;
    paused: string;
    previous: string;
    start: string;
    pause: string;
    resume: string;
    next: string;
    progress: string;
    routineLeft: (clock: string) => string;
    preparing: string;
    trackFailed: string;
    screenOff: string;
    screenOffHint: string;
    tenseBefore: string;
    soreBefore: string;
    soreWhere: string;
    keys: string;
    firstUp: string;
    changeToRight: string;
    pressure: (pressure: Pressure) => string;
    upNext: string;
    upNextTitle: (title: string, side: Side | undefined) => string;
    dimmed: string;
    getReady: string;
    switchSides: string;
    stepOf: (n: number, total: number) => string;
    side: (side: Side) => string;
    roundOf: (n: number, total: number) => string;
    /** What the aria-live region and the voice say as the routine moves on. */
    announceGetReady: (step: string) => string;
    announceSwitch: (step: string) => string;
    announceStep: (where: string, step: string, length: string) => string;
    announceComplete: (length: string) => string;
    announcePaused: string;
    announceResumed: string;
    sayStep: (step: string, side: Side | undefined, firstSentence: string) => string;
    sayComplete: string;
    sayNext: (step: string) => string;
    sayNextSwitch: string;
  };
  safety: {
    once: string;
    accept: string;
    notNow: string;
  };
  rating: {
    value: (n: number) => string;
    scaleNone: string;
    scaleWorst: string;
    skip: string;
    dontAsk: string;
  };
  soreAreas: {
    hint: string;
    mapLabel: string;
  };
}

export const en: PlayerStrings = {
  player: {
    documentTitle: (routine) => `${routine} · playing`,
    missing: (id) => `There is no routine called “${id}” to play.`,
    leave: '← Leave',
    soundOn: 'Sound on',
    soundOff: 'Sound off',
    muteHint: ': mute sounds',
    complete: 'Routine complete',
    completeSummary: (length, done, total) => `${length} of care, ${done} of ${total} steps. Take a moment before you get up.`,
    saveFailed: 'This session could not be saved to your history right now (storage may be full or blocked in this browser). Your earlier history is untouched.',
    tenseNow: 'How tense do you feel now?',
    lower: (points) => `That is ${points} ${plural(points, 'point', 'points')} lower than before you started.`,
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
    routineLeft: (clock) => `${clock} left`,
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
    pressure: (pressure) => `${capitalized(pressure)} pressure`,
    upNext: 'Up next',
    upNextTitle: (title, side) => (side ? `${title} · ${side} side` : title),
    dimmed: 'The screen has dimmed. Press to show it again.',
    getReady: 'Get ready',
    switchSides: 'Switch sides',
    stepOf: (n, total) => `Step ${n} of ${total}`,
    side: (side) => (side === 'left' ? 'Left side' : 'Right side'),
    roundOf: (n, total) => `Round ${n} of ${total}`,
    announceGetReady: (step) => `Get ready. First: ${step}.`,
    announceSwitch: (step) => `Switch sides. Next: ${step}, right side.`,
    announceStep: (where, step, length) => `${where}: ${step}. ${length}.`,
    announceComplete: (length) => `Routine complete. ${length} of self-care.`,
    announcePaused: 'Paused.',
    announceResumed: 'Resumed.',
    sayStep: (step, side, firstSentence) => `${step}.${side ? ` ${capitalized(side)} side.` : ''} ${firstSentence}`,
    sayComplete: 'Routine complete. Well done.',
    sayNext: (step) => `Next: ${step}.`,
    sayNextSwitch: 'Next: switch sides.',
  },
  safety: {
    once: 'We show this once for each routine. It stays on the routine\'s page.',
    accept: 'I understand, continue',
    notNow: 'Not now',
  },
  rating: {
    value: (n) => `${n}${n === 0 ? ', none' : n === 10 ? ', the worst' : ''}`,
    scaleNone: '0 · none',
    scaleWorst: '10 · the worst',
    skip: 'Skip',
    dontAsk: 'Don\'t ask me',
  },
  soreAreas: {
    hint: 'Tap where it is sore, then say how much.',
    mapLabel: 'Sore areas',
  },
};

/** The start page's words and these. */
export const t: Strings & PlayerStrings = { ...shell, ...en };
