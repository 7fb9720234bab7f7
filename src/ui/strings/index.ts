/**
 * Every word the interface shows, in English, grouped by the screen or component that shows it.
 * This folder is the one place for them: this file holds what the start page needs, and each
 * other file the words of screens that load later (detail, player, history, settings,
 * therapist), so a screen's words travel with its code. Routine texts come from the routine
 * files; area, tool and situation names are part of the routine vocabulary
 * (lib/routine/vocabulary.ts, lib/library/filter.ts).
 *
 * To add a locale: beside each `en`, write the same object in the new language (the compiler
 * lists anything missing), then choose it where each file sets `t`, e.g. from
 * `navigator.language`. Counts and inserted values are functions, so each language words its
 * own plurals and order; english.ts holds English grammar shared by the files.
 */
import { longDate, plural } from './english';

export interface Strings {
  common: {
    appName: string;
    /** The browser tab title of a screen. */
    pageTitle: (page: string) => string;
    backToLibrary: string;
    loadingRoutine: string;
    routineMissing: string;
    routineLoadFailed: string;
    beforeYouStart: string;
    cautionsTitle: string;
    weekdaysOnly: string;
    later: string;
    cancel: string;
    sessions: (n: number) => string;
    days: (n: number) => string;
  };
  header: {
    nav: string;
    library: string;
    history: string;
    settings: string;
  };
  app: {
    skipToContent: string;
    blocked: string;
    playerLoadFailed: string;
    pageLoadFailed: string;
    checkConnection: string;
  };
  reminders: {
    bannerLabel: string;
    bannerTitle: string;
    notificationTitle: string;
    body: string;
    start: string;
  };
  banners: {
    bedtimeLabel: string;
    bedtimeQuestion: string;
    bedtimeYes: string;
    bedtimeNo: string;
    updateTitle: string;
    updateWhilePlaying: string;
    updateReload: string;
    reload: string;
    resumeTitle: (routine: string) => string;
    resumeWhere: (step: number, total: number, left: string) => string;
    resume: string;
    discard: string;
  };
  weekSummary: {
    label: string;
    thisWeek: string;
    week: (sessions: number, length: string) => string;
    last: (routine: string, when: string) => string;
    today: string;
    yesterday: string;
    seeHistory: string;
  };
  library: {
    documentTitle: string;
    heading: string;
    intro: string;
    openedFromFiles: string;
    fromFile: (fileName: string) => string;
    loading: string;
    findLabel: string;
    search: string;
    searchPlaceholder: string;
    situation: string;
    anyTime: string;
    bodyArea: string;
    anyArea: string;
    length: string;
    anyLength: string;
    upTo: (minutes: number) => string;
    routines: string;
    count: (n: number) => string;
    tryAgain: string;
    /** The search text, trimmed; empty when only the filters are set. */
    noMatch: (text: string) => string;
    noMatchHint: string;
    clearFilters: string;
  };
  routineCard: {
    bodyAreas: string;
  };
  fileOpener: {
    title: string;
    body: string;
    opening: string;
    open: string;
    drop: string;
  };
  openFile: {
    unnamed: string;
    tooLarge: (kilobytes: number) => string;
    unreadable: string;
  };
  problems: {
    title: (fileName: string, count: number) => string;
    where: (line: number, column: number) => string;
    hint: string;
    dismiss: string;
  };
  notFound: {
    title: string;
    message: string;
  };
  mine: {
    heading: string;
    lead: string;
    newRoutine: string;
    yours: string;
    from: (from: string) => string;
    edit: (title: string) => string;
    share: (title: string) => string;
    plansHeading: string;
    planFrom: (from: string) => string;
    planCourse: (done: number, target: number) => string;
    planToday: (done: number, target: number, period: 'day' | 'week') => string;
    planUpcoming: (start: string) => string;
    planFinished: string;
    planOpen: string;
    start: string;
  };
  calendar: {
    title: string;
    hint: string;
    /** Followed by the time's number when there are several. */
    time: string;
    remove: string;
    removeTime: (n: number) => string;
    addTime: string;
    download: string;
  };
}

export const en: Strings = {
  common: {
    appName: 'Unknot',
    pageTitle: (page) => `${page} · Unknot`,
    backToLibrary: 'Back to the library',
    loadingRoutine: 'Loading the routine…',
    routineMissing: 'We could not find that routine',
    routineLoadFailed: 'This routine could not be loaded',
    beforeYouStart: 'Before you start',
    cautionsTitle: 'Do not do this routine if:',
    weekdaysOnly: 'Weekdays only',
    later: 'Later',
    cancel: 'Cancel',
    sessions: (n) => `${n} ${plural(n, 'session', 'sessions')}`,
    days: (n) => `${n} ${plural(n, 'day', 'days')}`,
  },
  header: {
    nav: 'Main',
    library: 'Library',
    history: 'History',
    settings: 'Settings',
  },
  app: {
    skipToContent: 'Skip to content',
    blocked: 'Unknot is open in another tab with an older version. Close that tab to finish updating; your history is safe.',
    playerLoadFailed: 'Unknot could not load the player',
    pageLoadFailed: 'Unknot could not load this page',
    checkConnection: 'Check your connection and reload the page.',
  },
  reminders: {
    bannerLabel: 'Desk break reminder',
    bannerTitle: 'Time for a desk break.',
    notificationTitle: 'Time for a desk break',
    body: 'Five quiet minutes for your neck, shoulders and hands.',
    start: 'Start Desk break',
  },
  banners: {
    bedtimeLabel: 'Bedtime theme',
    bedtimeQuestion: 'It is evening. Use the dim, warm bedtime theme in the evenings?',
    bedtimeYes: 'Yes, in the evenings',
    bedtimeNo: 'No thanks',
    updateTitle: 'Update available.',
    updateWhilePlaying: 'Finish your routine first; the update waits.',
    updateReload: 'Reload to use the new version.',
    reload: 'Reload',
    resumeTitle: (routine) => `Continue ${routine}?`,
    resumeWhere: (step, total, left) => `Step ${step} of ${total}, ${left} left`,
    resume: 'Resume',
    discard: 'Discard',
  },
  weekSummary: {
    label: 'Your week',
    thisWeek: 'This week:',
    week: (sessions, length) => `${sessions ? `${en.common.sessions(sessions)}, ${length}` : 'no sessions yet'}.`,
    last: (routine, when) => `Last: ${routine}, ${when}.`,
    today: 'today',
    yesterday: 'yesterday',
    seeHistory: 'See history',
  },
  library: {
    documentTitle: 'Unknot · guided self-massage',
    heading: 'What could use some care today?',
    intro: 'Short, guided self-massage routines with a calm timer. Everything stays on this device.',
    openedFromFiles: 'Opened from files',
    fromFile: (fileName) => `From ${fileName}`,
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
    upTo: (minutes) => `Up to ${minutes} min`,
    routines: 'Routines',
    count: (n) => `${n} ${plural(n, 'routine', 'routines')}`,
    tryAgain: 'Try again',
    noMatch: (text) => (text ? `No routine matches “${text}”.` : 'No routine matches these filters.'),
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
    tooLarge: (kilobytes) => `the file is too large (${kilobytes} KB); a routine file is at most 1 MB`,
    unreadable: 'the file could not be read; try opening it again',
  },
  problems: {
    title: (fileName, count) => `“${fileName}” could not be opened: ${count} ${plural(count, 'problem', 'problems')}`,
    where: (line, column) => `Line ${line}, column ${column}:`,
    hint: 'Fix the file and open it again. The format is described in routines/README.md.',
    dismiss: 'Dismiss',
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
    from: (from) => `From ${from}`,
    edit: (title) => `Edit ${title}`,
    share: (title) => `Share ${title}`,
    plansHeading: 'Your plan',
    planFrom: (from) => `From ${from}`,
    planCourse: (done, target) => `${done} of ${target} this course`,
    planToday: (done, target, period) => `${done} of ${target} ${period === 'day' ? 'today' : 'this week'}`,
    planUpcoming: (start) => `Starts ${longDate(start)}`,
    planFinished: 'Course finished',
    planOpen: 'See plan and report back',
    start: 'Start the routine',
  },
  calendar: {
    title: 'Add to your calendar',
    hint: 'A repeating event whose link opens this routine. Works with any calendar app; nothing is sent anywhere.',
    time: 'Time',
    remove: 'Remove',
    removeTime: (n) => `Remove time ${n}`,
    addTime: 'Add a time',
    download: 'Download calendar file',
  },
};

/** The strings on screen. The one place a future locale would be chosen. */
export const t: Strings = en;
