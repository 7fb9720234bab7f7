/** Words of the therapist and client screens: editor, sharing, plans, reports. See index.ts. */
import type { Pressure } from '../../lib/routine/vocabulary';
import type { Assignment } from '../../lib/share/assignment';
import type { PlanProgress } from '../../lib/share/progress';
import type { PayloadProblem } from '../../lib/share/codec';
import { localDate, longDate, often, planLength } from './english';
import { en as detail, type DetailStrings } from './detail';
import { en as shell, type Strings } from './index';

export interface TherapistStrings {
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
    showMissing: string;
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
    reportInvalid: string;
    reportEmpty: string;
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
    reportTooLong: string;
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
    leaveConfirm: string;
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
    edit: string;
    done: string;
    openStep: (n: number) => string;
    closeStep: (n: number) => string;
    stepSummary: (duration: string, areas: string[]) => string;
    needsFixing: string;
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

export const en: TherapistStrings = {
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
      `${characters.toLocaleString('en')} characters${qrVersion === null ? '' : `; fits a QR code (version ${qrVersion})`}${
        qrVersion !== null && qrVersion >= 30 ? '. The code is dense: show it full screen or print it at least 8 cm wide, or send the link.' : ''
      }`,
    copy: 'Copy link',
    copied: 'Link copied.',
    copyByHand: 'Copying is blocked here; the link is selected, copy it with your keyboard.',
    shareButton: 'Share…',
    shareText: (routine) => `A self-massage routine for you: ${routine}. It opens in Unknot, no account needed.`,
    print: 'Print handout',
    qrLabel: (routine) => `QR code that opens ${routine} in Unknot`,
    tooLongForQr: 'This routine is too long for a QR code. Send the link instead.',
    fixPlan: 'Finish the plan to get its link.',
    showMissing: 'Show what is missing',
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
    reportInvalid: 'The link opens, but what it carries is not an Unknot report.',
    reportEmpty: 'The link has no report in it. It may have been cut off when it was copied.',
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
      `Plan from ${plan.from}: ${often(plan.frequency).toLowerCase()} for ${planLength(plan.days)}, from ${longDate(plan.start)}. ${through <= 1 ? 'Covers the first day' : `Covers days 1 to ${through}`}; made ${localDate(madeAt)}.`,
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
    reportTooLong: 'This report is too long for a link. Download the report file and send that instead.',
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
    leaveConfirm: 'Leave the editor? Your changes are not saved.',
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
    edit: 'Edit',
    done: 'Done',
    openStep: (n) => `Edit step ${n}`,
    closeStep: (n) => `Done with step ${n}`,
    stepSummary: (duration, areas) => `${duration || 'No duration yet'} · ${areas.length ? areas.join(', ') : 'no body area'}`,
    needsFixing: 'Needs fixing',
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

/** The start page's words, the detail screen's and these. */
export const t: Strings & DetailStrings & TherapistStrings = { ...shell, ...detail, ...en };
