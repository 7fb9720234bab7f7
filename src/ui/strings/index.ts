/**
 * Every word the interface shows, in English, grouped by the screen or component that shows it.
 * This folder is the one place for them: this file holds what the start page needs first, and
 * each other file the words of what loads later (home: the start page's banners and summaries;
 * detail, player, history, settings, therapist), so a screen's words travel with its code. Routine texts come from the routine
 * files; area, tool and situation names are part of the routine vocabulary
 * (lib/routine/vocabulary.ts, lib/library/filter.ts).
 *
 * Each file writes its keys once, in the English object `en`; the file's type is derived from
 * it (`typeof en`), with parameter types written on the functions.
 *
 * To add a locale: beside each `en`, write the same object in the new language, typed with the
 * file's type (`const fr: Strings = {…}`: the compiler lists anything missing), then choose it
 * where each file sets `t`, e.g. from `navigator.language`. Counts and inserted values are
 * functions, so each language words its own plurals and order; english.ts holds English
 * grammar shared by the files.
 */
import { longDate, plural } from './english';

/** One group of words: each a string, a function that words inserted values, or a nested group. */
export interface Words {
  readonly [key: string]: string | ((...values: never[]) => string) | Words;
}

/** What every strings file holds, so a value that is not words fails to compile. */
export type StringGroups = Readonly<Record<string, Words>>;

export const en = {
  common: {
    appName: 'Unknot',
    /** The browser tab title of a screen. */
    pageTitle: (page: string) => `${page} · Unknot`,
    backToLibrary: 'Back to the library',
    loadingRoutine: 'Loading the routine…',
    routineMissing: 'We could not find that routine',
    routineLoadFailed: 'This routine could not be loaded',
    beforeYouStart: 'Before you start',
    cautionsTitle: 'Do not do this routine if:',
    weekdaysOnly: 'Weekdays only',
    later: 'Later',
    cancel: 'Cancel',
    sessions: (n: number) => `${n} ${plural(n, 'session', 'sessions')}`,
    days: (n: number) => `${n} ${plural(n, 'day', 'days')}`,
  },
  header: {
    nav: 'Main',
    library: 'Library',
    history: 'History',
    settings: 'Settings',
  },
  app: {
    skipToContent: 'Skip to content',
    playerLoadFailed: 'Unknot could not load the player',
    pageLoadFailed: 'Unknot could not load this page',
    checkConnection: 'Check your connection and reload the page.',
  },
  library: {
    documentTitle: 'Unknot · guided self-massage',
    heading: 'What could use some care today?',
    intro: 'Short, guided self-massage routines with a calm timer. Everything stays on this device.',
    openedFromFiles: 'Opened from files and links',
    clientsLink: (plans: number) => `Your clients: ${plural(plans, '1 plan', `${plans} plans`)} sent and reported`,
    fromFile: (fileName: string) => `From ${fileName}`,
    loading: 'Loading routines…',
    findLabel: 'Find a routine',
    search: 'Search',
    searchPlaceholder: 'neck, bedtime, ball…',
    situation: 'Situation',
    anyTime: 'Any time',
    bodyArea: 'Body area',
    anyArea: 'Any area',
    length: 'Length',
    anyLength: 'Any length',
    upTo: (minutes: number) => `Up to ${minutes} min`,
    routines: 'Routines',
    count: (n: number) => `${n} ${plural(n, 'routine', 'routines')}`,
    tryAgain: 'Try again',
    /** The search text, trimmed; empty when only the filters are set. */
    noMatch: (text: string) => (text ? `No routine matches “${text}”.` : 'No routine matches these filters.'),
    noMatchHint: 'Try fewer words or another body area, or open a routine file of your own.',
    clearFilters: 'Clear filters',
  },
  routineCard: {
    bodyAreas: 'Body areas:',
  },
  fileOpener: {
    title: 'Have a routine file?',
    body: 'Open a routine written as Markdown (.md) or JSON (.json), or drop it anywhere on this page. It is read on this device and never uploaded.',
    opening: 'Opening…',
    open: 'Open a routine file',
    drop: 'Drop the routine file to open it',
  },
  openFile: {
    unnamed: 'the file',
    tooLarge: (kilobytes: number) => `the file is too large (${kilobytes} KB); a routine file is at most 1 MB`,
    unreadable: 'the file could not be read; try opening it again',
  },
  notFound: {
    title: 'There is nothing here',
    message: 'The link may be mistyped, or the routine may have been removed.',
  },
  mine: {
    heading: 'Your routines',
    lead: 'Routines you wrote or saved from a link. They stay on this device.',
    newRoutine: 'New routine',
    yours: 'Yours',
    from: (from: string) => `From ${from}`,
    plansHeading: 'Your plan',
    planFrom: (from: string) => `From ${from}`,
    planCourse: (done: number, target: number) => `${done} of ${target} this course`,
    planToday: (done: number, target: number, period: 'day' | 'week') => `${done} of ${target} ${period === 'day' ? 'today' : 'this week'}`,
    planUpcoming: (start: string) => `Starts ${longDate(start)}`,
    planFinished: 'Course finished',
    planOpen: 'See plan and report back',
    start: 'Start the routine',
  },
} satisfies StringGroups;

/** The start page's words; a locale writes an object of this type. */
export type Strings = typeof en;

/** The strings on screen. The one place a future locale would be chosen. */
export const t: Strings = en;
