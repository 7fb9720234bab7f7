/** Words of the history screen and its charts. See index.ts. */
import { plural } from './english';
import { en as shell, type StringGroups, type Strings } from './index';

export const en = {
  history: {
    title: 'History',
    lead: 'Kept on this device only. Export it to keep a copy or to move it to another device.',
    unavailable: 'History cannot be saved in this browser right now (private browsing may block storage). Routines still play.',
    newerData: 'Your history was saved by a newer version of Unknot, which this page cannot read. Reload to use the newer version; your history is safe.',
    loading: 'Loading your history…',
    emptyTitle: 'Nothing here yet',
    /** The empty state's text runs around a link to the Desk break. */
    emptyLead: 'Each routine you play appears here, with how long you spent and how you felt. A five-minute',
    emptyLink: 'Desk break',
    emptyTail: 'is a good first one.',
    choose: 'Choose a routine',
    thisWeek: 'This week',
    thisMonth: 'This month',
    allTime: 'All time',
    tileTotals: (sessions: number, length: string) => `${plural(sessions, 'session', 'sessions')} · ${length}`,
    streak: 'Streak',
    longest: (days: number) => `longest ${days}`,
    lastWeeks: 'Last 12 weeks',
    trendTitle: 'How tense you felt',
    soreAreas: 'Sore areas',
    area: 'Area',
    sessions: 'Sessions',
    before: 'Before',
    after: 'After',
    soreHint: 'Average soreness from 0 (none) to 10 (the worst), before and after the routines where you marked it.',
    byRoutine: 'By routine',
    played: (n: number) => `${n}×`,
    completed: 'completed',
    stoppedAfter: (done: number, total: number) => `stopped after ${done} of ${total} steps`,
    tension: (before: number | string, after: number | string) => `tension ${before} → ${after}`,
    delete: 'Delete',
    deleteSession: (routine: string, when: string) => `Delete ${routine} from ${when}`,
    showMore: (n: number, remaining: number) => `Show ${n} more of ${remaining}`,
    yourData: 'Your data',
    exportJson: 'Export JSON',
    exportCsv: 'Export CSV',
    import: 'Import',
    confirmLabel: 'Confirm deleting all history',
    confirmDeleteAll: (sessions: number) =>
      `Delete all ${shell.common.sessions(sessions)} from this device? This cannot be undone; export first if you want a copy.`,
    deleteEverything: 'Delete everything',
    deleteAll: 'Delete all history',
    tooLarge: 'This file is too large to be a history export.',
    notImported: (fileName: string, reason: string) => `“${fileName}” was not imported. ${reason}`,
    imported: (added: number, skipped: number) =>
      `Imported ${shell.common.sessions(added)}${skipped ? `; ${skipped} ${plural(skipped, 'was', 'were')} already here and skipped` : ''}.`,
    importFailed: 'The sessions could not be saved on this device (storage may be full). Nothing was changed.',
    deleted: (routine: string, when: string) => `Deleted ${routine} from ${when}.`,
    allDeleted: 'All history on this device was deleted.',
  },
  heatmap: {
    label: (weeks: number, activeDays: number) => `Practice over the last ${weeks} weeks: ${shell.common.days(activeDays)} with a routine`,
    cell: (date: string, minutes: number) => `${date}: ${minutes ? `${Math.round(minutes)} min` : 'no routine'}`,
    monday: 'Mon',
    wednesday: 'Wed',
    friday: 'Fri',
    sunday: 'Sun',
    keyNone: 'none',
    keyUnder5: 'under 5 min',
    key12: '12 min or more',
  },
  trend: {
    summary: (sessions: number, before: string, after: string) =>
      `Tension before and after your last ${sessions} rated sessions: on average ${before} before and ${after} after, on a scale from 0 (none) to 10 (worst)`,
    keyBefore: (average: string) => `before (average ${average})`,
    keyAfter: (average: string) => `after (average ${average})`,
  },
} satisfies StringGroups;

export type HistoryStrings = typeof en;

/** The start page's words and these. */
export const t: Strings & HistoryStrings = { ...shell, ...en };
