/** Words of the history screen and its charts. See index.ts. */
import { plural } from './english';
import { en as shell, type Strings } from './index';

export interface HistoryStrings {
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
}

export const en: HistoryStrings = {
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
      `Delete all ${shell.common.sessions(sessions)} from this device? This cannot be undone; export first if you want a copy.`,
    deleteEverything: 'Delete everything',
    deleteAll: 'Delete all history',
    tooLarge: 'This file is too large to be a history export.',
    notImported: (fileName, reason) => `“${fileName}” was not imported. ${reason}`,
    imported: (added, skipped) =>
      `Imported ${shell.common.sessions(added)}${skipped ? `; ${skipped} ${plural(skipped, 'was', 'were')} already here and skipped` : ''}.`,
    importFailed: 'The sessions could not be saved on this device (storage may be full). Nothing was changed.',
    deleted: (routine, when) => `Deleted ${routine} from ${when}.`,
    allDeleted: 'All history on this device was deleted.',
  },
  heatmap: {
    label: (weeks, activeDays) => `Practice over the last ${weeks} weeks: ${shell.common.days(activeDays)} with a routine`,
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
};

/** The start page's words and these. */
export const t: Strings & HistoryStrings = { ...shell, ...en };
