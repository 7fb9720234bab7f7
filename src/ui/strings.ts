/**
 * Every word the interface shows, grouped by the screen or component that shows it.
 * Routine texts come from the routine files; area, tool and situation names are part of the
 * routine vocabulary (lib/routine/vocabulary.ts, lib/library/filter.ts).
 *
 * To add a locale: write `export const de: Strings = { ... }` beside `en` (the compiler lists
 * anything missing), then choose it where `t` is set below, e.g. from `navigator.language`.
 * Counts and inserted values are functions, so each language words its own plurals and order.
 */
import type { CueKind } from '../lib/player/cues';
import type { Pressure } from '../lib/routine/vocabulary';
import type { Assignment, Frequency } from '../lib/share/assignment';
import type { PlanProgress } from '../lib/share/progress';
import type { PayloadProblem } from '../lib/share/codec';

type Side = 'left' | 'right';

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
  detail: {
    share: string;
    edit: string;
    editCopy: string;
    yours: string;
    missing: (id: string) => string;
    allRoutines: string;
    openedFrom: (fileName: string) => string;
    closeFile: string;
    time: string;
    steps: string;
    youNeed: string;
    justHands: string;
    start: string;
    worksOn: string;
    eachSide: (length: string) => string;
    times: (n: number) => string;
    pressure: (pressure: Pressure) => string;
    author: (author: string, version: number) => string;
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
  bodyMap: {
    /** The map's name from the labels of the areas it highlights. */
    name: (areas: readonly string[]) => string;
    front: string;
    back: string;
  };
  heatmap: {
    label: (weeks: number, activeDays: number) => string;
    cell: (date: string, minutes: number) => string;
    monday: string;
    wednesday: string;
    friday: string;
    sunday: string;
    keyNone: string;
    keyUnder5: string;
    key12: string;
  };
  trend: {
    summary: (sessions: number, before: string, after: string) => string;
    keyBefore: (average: string) => string;
    keyAfter: (average: string) => string;
  };
  history: {
    title: string;
    lead: string;
    unavailable: string;
    loading: string;
    emptyTitle: string;
    /** The empty state's text runs around a link to the Desk break. */
    emptyLead: string;
    emptyLink: string;
    emptyTail: string;
    choose: string;
    thisWeek: string;
    thisMonth: string;
    allTime: string;
    tileTotals: (sessions: number, length: string) => string;
    streak: string;
    longest: (days: number) => string;
    lastWeeks: string;
    trendTitle: string;
    soreAreas: string;
    area: string;
    sessions: string;
    before: string;
    after: string;
    soreHint: string;
    byRoutine: string;
    played: (n: number) => string;
    completed: string;
    stoppedAfter: (done: number, total: number) => string;
    tension: (before: number | string, after: number | string) => string;
    delete: string;
    deleteSession: (routine: string, when: string) => string;
    showMore: (n: number, remaining: number) => string;
    yourData: string;
    exportJson: string;
    exportCsv: string;
    import: string;
    confirmLabel: string;
    confirmDeleteAll: (sessions: number) => string;
    deleteEverything: string;
    deleteAll: string;
    tooLarge: string;
    notImported: (fileName: string, reason: string) => string;
    imported: (added: number, skipped: number) => string;
    importFailed: string;
    deleted: (routine: string, when: string) => string;
    allDeleted: string;
  };
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
  };
  share: {
    title: (routine: string) => string;
    backTo: (routine: string) => string;
    lead: string;
    planTitle: string;
    addPlan: string;
    from: string;
    fromHint: string;
    often: string;
    onceADay: string;
    twiceADay: string;
    someTimesAWeek: string;
    timesAWeek: string;
    timesAWeekUnit: string;
    start: string;
    length: string;
    lengthUnit: string;
    weeks: string;
    days: string;
    note: string;
    noteHint: string;
    linkTitle: string;
    linkLabel: string;
    linkSize: (characters: number, qrVersion: number | null) => string;
    copy: string;
    copied: string;
    copyByHand: string;
    shareButton: string;
    shareText: (routine: string) => string;
    print: string;
    qrLabel: (routine: string) => string;
    tooLongForQr: string;
    fixPlan: string;
    handoutPlan: (plan: Pick<Assignment, 'frequency' | 'days' | 'start'>) => string;
    handoutScan: string;
  };
  shared: {
    problemTitle: string;
    linkSource: string;
    sentBy: (from: string) => string;
    sharedBy: (author: string) => string;
    sharedWithYou: string;
    stepCount: (n: number) => string;
    planHeading: string;
    startNow: string;
    saveAndStart: string;
    save: string;
    saveWithPlan: string;
    savePlan: string;
    saved: string;
    savedPlan: string;
    builtIn: string;
    savedWithPlan: string;
    openSaved: string;
    saveFailed: string;
    privacy: string;
  };
  linkProblems: Record<PayloadProblem | 'invalid', string> & {
    detailsLead: string;
    more: (n: number) => string;
    askAgain: string;
  };
  report: {
    problemTitle: string;
    chartLabel: (perDay: number[], goal: number | null) => string;
    dayOne: string;
    dayN: (n: number) => string;
    eyebrow: string;
    title: (routine: string) => string;
    lead: (plan: Pick<Assignment, 'frequency' | 'days' | 'start' | 'from'>, through: number, madeAt: string) => string;
    sessionsDone: string;
    ofTarget: (done: number, target: number) => string;
    wholePlan: (target: number) => string;
    activeDays: string;
    unfinished: (n: number) => string;
    tension: string;
    beforeAfter: (before: number | null, after: number | null) => string;
    rated: (n: number, change: number | null) => string;
    noRatings: string;
    perDay: string;
    sessions: string;
    sessionDay: string;
    sessionMinutes: string;
    sessionTension: string;
    sessionStatus: string;
    ratingPair: (before: number | undefined, after: number | undefined) => string;
    completed: string;
    unfinished1: string;
    notes: string;
    notesNotIncluded: string;
    noNotes: string;
    privacy: string;
  };
  plan: {
    title: (routine: string) => string;
    loading: string;
    missingTitle: string;
    missing: string;
    progressHeading: string;
    course: (done: number, target: number) => string;
    phase: (progress: PlanProgress) => string;
    start: string;
    reportHeading: (from: string) => string;
    reportLead: string;
    includeNotes: string;
    sendLink: string;
    downloadFile: string;
    reportLinkLabel: string;
    reportShareTitle: (routine: string) => string;
    reportCopied: string;
    reportCopyFailed: string;
    reportDownloaded: string;
    remove: string;
    removeConfirm: string;
  };
  editor: {
    newTitle: string;
    editTitle: (routine: string) => string;
    copyTitle: (routine: string) => string;
    copied: (routine: string) => string;
    startEmpty: string;
    startFrom: string;
    startFromNothing: string;
    replaceConfirm: string;
    total: (length: string, steps: number) => string;
    about: string;
    title: string;
    titleHint: string;
    summary: string;
    summaryHint: string;
    tags: string;
    tagsHint: string;
    author: string;
    authorHint: string;
    intro: string;
    introHint: string;
    safety: string;
    safetyHint: string;
    cautions: string;
    cautionsHint: string;
    reorderHint: string;
    dragHandle: string;
    stepLegend: (n: number, title: string) => string;
    up: string;
    down: string;
    remove: string;
    moveUp: (n: number) => string;
    moveDown: (n: number) => string;
    removeStep: (n: number) => string;
    moved: (from: number, to: number) => string;
    removed: (n: number) => string;
    added: (n: number) => string;
    addStep: string;
    stepTitle: string;
    duration: string;
    durationHint: string;
    repeat: string;
    tool: string;
    pressure: string;
    pressureName: (pressure: Pressure) => string;
    notSaid: string;
    stroke: string;
    strokeHint: string;
    illustration: string;
    noIllustration: string;
    illustrationName: (file: string) => string;
    leftRight: string;
    rest: string;
    areas: string;
    areasMap: (n: number) => string;
    noAreas: string;
    instructions: string;
    instructionsHint: string;
    preview: string;
    previewOf: (label: string) => string;
    nothingYet: string;
    fixProblems: (n: number) => string;
    save: string;
    saveAndShare: string;
    exportMarkdown: string;
    exportJson: string;
    delete: string;
    deleteConfirm: (routine: string) => string;
    saveFailed: string;
  };
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const DATE = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** `2026-12-01` as "December 1, 2026". */
const longDate = (day: string) => {
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) ? day : DATE.format(time);
};
const often = (frequency: Frequency) =>
  frequency.per === 'day'
    ? frequency.times === 1 ? 'Once a day' : frequency.times === 2 ? 'Twice a day' : `${frequency.times} times a day`
    : frequency.times === 1 ? 'Once a week' : `${frequency.times} times a week`;
const planLength = (days: number) =>
  days % 7 === 0 ? (days === 7 ? '1 week' : `${days / 7} weeks`) : days === 1 ? '1 day' : `${days} days`;
const capitalized = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

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
  detail: {
    share: 'Share',
    edit: 'Edit',
    editCopy: 'Edit a copy',
    yours: 'Your routine',
    missing: (id) => `There is no routine called “${id}”. It may have been renamed or removed.`,
    allRoutines: '← All routines',
    openedFrom: (fileName) => `Opened from ${fileName}`,
    closeFile: 'Close file',
    time: 'Time',
    steps: 'Steps',
    youNeed: 'You need',
    justHands: 'just your hands',
    start: 'Start routine',
    worksOn: 'Works on',
    eachSide: (length) => `${length} each side`,
    times: (n) => `${n} times`,
    pressure: (pressure) => `${pressure} pressure`,
    author: (author, version) => `Written by ${author}${version > 1 ? `, version ${version}` : ''}.`,
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
  bodyMap: {
    name: (areas) => `Body map: ${areas.length ? areas.join(', ') : 'no specific area'}`,
    front: 'Front',
    back: 'Back',
  },
  heatmap: {
    label: (weeks, activeDays) => `Practice over the last ${weeks} weeks: ${en.common.days(activeDays)} with a routine`,
    cell: (date, minutes) => `${date}: ${minutes ? `${Math.round(minutes)} min` : 'no routine'}`,
    monday: 'Mon',
    wednesday: 'Wed',
    friday: 'Fri',
    sunday: 'Sun',
    keyNone: 'none',
    keyUnder5: 'under 5 min',
    key12: '12 min or more',
  },
  trend: {
    summary: (sessions, before, after) =>
      `Tension before and after your last ${sessions} rated sessions: on average ${before} before and ${after} after, on a scale from 0 (none) to 10 (worst)`,
    keyBefore: (average) => `before (average ${average})`,
    keyAfter: (average) => `after (average ${average})`,
  },
  history: {
    title: 'History',
    lead: 'Kept on this device only. Export it to keep a copy or to move it to another device.',
    unavailable: 'History cannot be saved in this browser right now (private browsing may block storage). Routines still play.',
    loading: 'Loading your history…',
    emptyTitle: 'Nothing here yet',
    emptyLead: 'Each routine you play appears here, with how long you spent and how you felt. A five-minute',
    emptyLink: 'Desk break',
    emptyTail: 'is a good first one.',
    choose: 'Choose a routine',
    thisWeek: 'This week',
    thisMonth: 'This month',
    allTime: 'All time',
    tileTotals: (sessions, length) => `${plural(sessions, 'session', 'sessions')} · ${length}`,
    streak: 'Streak',
    longest: (days) => `longest ${days}`,
    lastWeeks: 'Last 12 weeks',
    trendTitle: 'How tense you felt',
    soreAreas: 'Sore areas',
    area: 'Area',
    sessions: 'Sessions',
    before: 'Before',
    after: 'After',
    soreHint: 'Average soreness from 0 (none) to 10 (the worst), before and after the routines where you marked it.',
    byRoutine: 'By routine',
    played: (n) => `${n}×`,
    completed: 'completed',
    stoppedAfter: (done, total) => `stopped after ${done} of ${total} steps`,
    tension: (before, after) => `tension ${before} → ${after}`,
    delete: 'Delete',
    deleteSession: (routine, when) => `Delete ${routine} from ${when}`,
    showMore: (n, remaining) => `Show ${n} more of ${remaining}`,
    yourData: 'Your data',
    exportJson: 'Export JSON',
    exportCsv: 'Export CSV',
    import: 'Import',
    confirmLabel: 'Confirm deleting all history',
    confirmDeleteAll: (sessions) =>
      `Delete all ${en.common.sessions(sessions)} from this device? This cannot be undone; export first if you want a copy.`,
    deleteEverything: 'Delete everything',
    deleteAll: 'Delete all history',
    tooLarge: 'This file is too large to be a history export.',
    notImported: (fileName, reason) => `“${fileName}” was not imported. ${reason}`,
    imported: (added, skipped) =>
      `Imported ${en.common.sessions(added)}${skipped ? `; ${skipped} ${plural(skipped, 'was', 'were')} already here and skipped` : ''}.`,
    importFailed: 'The sessions could not be saved on this device (storage may be full). Nothing was changed.',
    deleted: (routine, when) => `Deleted ${routine} from ${when}.`,
    allDeleted: 'All history on this device was deleted.',
  },
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
  },
  share: {
    title: (routine) => `Share ${routine}`,
    backTo: (routine) => `← ${routine}`,
    lead: 'Send this routine as a link, show the QR code, or print a handout. The whole routine travels inside the link: no account, no server, and it never expires.',
    planTitle: 'Plan',
    addPlan: 'Add a plan for a client',
    from: 'From',
    fromHint: 'Your name or your clinic, as your client knows it.',
    often: 'How often',
    onceADay: 'Once a day',
    twiceADay: 'Twice a day',
    someTimesAWeek: 'Some times a week',
    timesAWeek: 'Times a week',
    timesAWeekUnit: 'times a week',
    start: 'Start date',
    length: 'For',
    lengthUnit: 'Weeks or days',
    weeks: 'weeks',
    days: 'days',
    note: 'Personal note (optional)',
    noteHint: 'Shown to your client with the plan. Plain text.',
    linkTitle: 'Link and QR code',
    linkLabel: 'Link',
    linkSize: (characters, qrVersion) =>
      `${characters.toLocaleString('en')} characters${qrVersion === null ? '' : `; fits a QR code (version ${qrVersion})`}`,
    copy: 'Copy link',
    copied: 'Link copied.',
    copyByHand: 'Copying is blocked here; the link is selected, copy it with your keyboard.',
    shareButton: 'Share…',
    shareText: (routine) => `A self-massage routine for you: ${routine}. It opens in Unknot, no account needed.`,
    print: 'Print handout',
    qrLabel: (routine) => `QR code that opens ${routine} in Unknot`,
    tooLongForQr: 'This routine is too long for a QR code. Send the link instead.',
    fixPlan: 'Finish the plan to get its link.',
    handoutPlan: (plan) => `${often(plan.frequency)} for ${planLength(plan.days)}, from ${longDate(plan.start)}`,
    handoutScan: 'Scan with your phone camera to open this routine in Unknot. It works offline once opened.',
  },
  shared: {
    problemTitle: 'This link can’t be opened',
    linkSource: 'a link',
    sentBy: (from) => `Sent by ${from}`,
    sharedBy: (author) => `Shared routine by ${author}`,
    sharedWithYou: 'A routine shared with you',
    stepCount: (n) => (n === 1 ? '1 step' : `${n} steps`),
    planHeading: 'Your plan',
    startNow: 'Start now',
    saveAndStart: 'Save plan and start',
    save: 'Save to my routines',
    saveWithPlan: 'Save routine and plan',
    savePlan: 'Save plan',
    saved: 'Saved to your routines.',
    savedPlan: 'Plan saved.',
    builtIn: 'This routine is already in your library.',
    savedWithPlan: 'Routine and plan saved.',
    openSaved: 'Open it',
    saveFailed: 'Unknot could not save this routine on your device. Try again, or start it now without saving.',
    privacy: 'This routine came inside the link itself. Nothing about you is sent anywhere.',
  },
  linkProblems: {
    empty: 'The link has no routine in it. It may have been cut off when it was copied.',
    'too-long': 'The link is far longer than any Unknot link. It was not opened, to keep your device safe.',
    'newer-format': 'This link was made by a newer version of Unknot. Reload the app to update it, then open the link again.',
    'not-a-link': 'The link is damaged: it has characters an Unknot link never has.',
    'cut-short': 'The link is cut short: its end is missing. This often happens when a long link is copied in pieces.',
    damaged: 'The link is damaged: its contents do not read back.',
    invalid: 'The link opens, but what it carries is not a routine Unknot can play.',
    detailsLead: 'What is wrong:',
    more: (n) => `…and ${n} more.`,
    askAgain: 'Ask the person who sent it to send the whole link again. Everything else in Unknot works as before.',
  },
  report: {
    problemTitle: 'This report can’t be opened',
    chartLabel: (perDay, goal) =>
      `Sessions per day${goal === null ? '' : `, goal ${goal} a day`}: ${perDay.map((n, day) => `day ${day + 1}: ${n}`).join(', ') || 'no days yet'}`,
    dayOne: 'Day 1',
    dayN: (n) => `Day ${n}`,
    eyebrow: 'Client report',
    title: (routine) => `Report: ${routine}`,
    lead: (plan, through, madeAt) =>
      `Plan from ${plan.from}: ${often(plan.frequency).toLowerCase()} for ${planLength(plan.days)}, from ${longDate(plan.start)}. ${through <= 1 ? 'Covers the first day' : `Covers days 1 to ${through}`}; made ${longDate(madeAt.slice(0, 10))}.`,
    sessionsDone: 'Sessions done',
    ofTarget: (done, target) => `${done} of ${target}`,
    wholePlan: (target) => `${target} over the whole plan`,
    activeDays: 'Days practised',
    unfinished: (n) => (n === 0 ? 'none left unfinished' : n === 1 ? '1 session left unfinished' : `${n} sessions left unfinished`),
    tension: 'Tension, 0 to 10',
    beforeAfter: (before, after) => `${before === null ? '—' : before.toFixed(1)} → ${after === null ? '—' : after.toFixed(1)}`,
    rated: (n, change) =>
      n === 0 ? 'no session rated before and after' : `${n} ${n === 1 ? 'session' : 'sessions'} rated; average change ${change === null ? '—' : `${change > 0 ? '+' : ''}${change.toFixed(1)}`}`,
    noRatings: 'no ratings given',
    perDay: 'Sessions per day',
    sessions: 'Each session',
    sessionDay: 'Day',
    sessionMinutes: 'Minutes',
    sessionTension: 'Tension before → after',
    sessionStatus: 'Finished',
    ratingPair: (before, after) => `${before ?? '—'} → ${after ?? '—'}`,
    completed: 'Yes',
    unfinished1: 'No',
    notes: 'Notes',
    notesNotIncluded: 'The client chose not to include notes.',
    noNotes: 'No notes were written.',
    privacy: 'This report was made on the client’s device and travels only in the link or file they sent you.',
  },
  plan: {
    title: (routine) => `Your plan: ${routine}`,
    loading: 'Loading the plan…',
    missingTitle: 'Plan not found',
    missing: 'This plan is not on this device. It may have been removed, or saved in another browser.',
    progressHeading: 'How it is going',
    course: (done, target) => `${done} of ${target} this course`,
    phase: (progress) =>
      progress.phase === 'upcoming'
        ? 'The plan has not started yet.'
        : progress.phase === 'finished'
          ? 'The plan is over. Well done for the sessions you did; you can still report back.'
          : `Day ${progress.day}: ${progress.current.done} of ${progress.current.target} ${progress.current.period === 'day' ? 'today' : 'this week'}. ${progress.daysLeft === 1 ? '1 day' : `${progress.daysLeft} days`} left after today.`,
    start: 'Start the routine',
    reportHeading: (from) => `Report back to ${from}`,
    reportLead: 'Make a report of your sessions for this plan: how many, on which days, and your tension before and after. Nothing is sent until you send it yourself.',
    includeNotes: 'Include my session notes',
    sendLink: 'Make report link',
    downloadFile: 'Download report file',
    reportLinkLabel: 'Report link',
    reportShareTitle: (routine) => `My Unknot report: ${routine}`,
    reportCopied: 'Report link copied. Paste it into a message to your therapist.',
    reportCopyFailed: 'Copying is blocked here; copy the link below by hand.',
    reportDownloaded: 'Report file saved. Attach it to a message to your therapist.',
    remove: 'Remove this plan',
    removeConfirm: 'Remove this plan? The routine and your history stay.',
  },
  editor: {
    newTitle: 'New routine',
    editTitle: (routine) => `Edit ${routine}`,
    copyTitle: (routine) => `${routine} (my version)`,
    copied: (routine) => `Copied ${routine}. Change what you like, then save.`,
    startEmpty: 'Start a new routine',
    startFrom: 'Start from a copy of',
    startFromNothing: 'An empty routine',
    replaceConfirm: 'Replace what you have written here? It is not saved.',
    total: (length, steps) => `${length} in total · ${steps === 1 ? '1 step' : `${steps} steps`}`,
    about: 'About the routine',
    title: 'Title',
    titleHint: 'The name people see in the library.',
    summary: 'Summary',
    summaryHint: 'One sentence: what it is for.',
    tags: 'Tags (optional)',
    tagsHint: 'Comma-separated, such as bedtime, desk, back.',
    author: 'Author (optional)',
    authorHint: 'You or your clinic.',
    intro: 'Introduction (optional)',
    introHint: 'How to get ready. Markdown: **bold**, *italic*, lists.',
    safety: 'Safety note',
    safetyHint: 'When to stop, and when not to start. Every routine needs one.',
    cautions: 'Cautions (optional)',
    cautionsHint: 'One per line.',
    reorderHint: 'Reorder steps with the arrow buttons, or drag a step by its handle.',
    dragHandle: 'Drag to reorder',
    stepLegend: (n, title) => `Step ${n}${title.trim() ? `: ${title.trim()}` : ''}`,
    up: 'Up',
    down: 'Down',
    remove: 'Remove',
    moveUp: (n) => `Move step ${n} up`,
    moveDown: (n) => `Move step ${n} down`,
    removeStep: (n) => `Remove step ${n}`,
    moved: (from, to) => `Step ${from} moved to position ${to}.`,
    removed: (n) => `Step ${n} removed.`,
    added: (n) => `Step ${n} added.`,
    addStep: 'Add a step',
    stepTitle: 'Step title',
    duration: 'Duration',
    durationHint: 'Such as 45s, 1m or 1m30s. For left and right, per side.',
    repeat: 'Repeat',
    tool: 'Tool',
    pressure: 'Pressure',
    pressureName: (pressure) => ({ light: 'Light', medium: 'Medium', firm: 'Firm' })[pressure],
    notSaid: 'Not said',
    stroke: 'Stroke (optional)',
    strokeHint: 'Which way and how: “slow circles”, “toward the heart”.',
    illustration: 'Illustration',
    noIllustration: 'None',
    illustrationName: (file) => file.replace(/\.svg$/, '').replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
    leftRight: 'Left side, then right side',
    rest: 'A rest step (instructions optional)',
    areas: 'Body areas',
    areasMap: (n) => `Body areas of step ${n}: tap to choose`,
    noAreas: 'No area chosen yet.',
    instructions: 'Instructions',
    instructionsHint: 'What to do, in plain words. The first sentence is read aloud by voice guidance.',
    preview: 'Preview',
    previewOf: (label) => `Preview of ${label}`,
    nothingYet: 'Nothing written yet.',
    fixProblems: (n) => (n === 1 ? 'One field needs fixing before you save.' : `${n} fields need fixing before you save.`),
    save: 'Save',
    saveAndShare: 'Save and share',
    exportMarkdown: 'Export .md',
    exportJson: 'Export .json',
    delete: 'Delete routine',
    deleteConfirm: (routine) => `Delete ${routine}? Its plans go too; your history stays.`,
    saveFailed: 'Unknot could not save on this device. Your changes are still here; try again, or export the routine as a file.',
  },
};

/** The strings on screen. The one place a future locale would be chosen. */
export const t: Strings = en;
