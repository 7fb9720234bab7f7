/**
 * Words of the start page's parts that load after its first paint: the update, reminder and
 * bedtime banners, the resume banner, this week's summary, and a file's problems. See index.ts
 * for how the strings are organised.
 */
import { plural } from './english';
import { en as shell, type StringGroups, type Strings } from './index';

export const en = {
  reminders: {
    bannerLabel: 'Desk break reminder',
    bannerTitle: 'Time for a desk break.',
    notificationTitle: 'Time for a desk break',
    body: 'A short routine in your chair is ready when you are.',
    /** The banner's words once the title of the routine it offers is known. */
    offer: (title: string) => `${title} is ready when you are.`,
    /** The link that starts it: "Start" on screen, named with the routine for screen readers. */
    start: 'Start',
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
    resumeTitle: (routine: string) => `Continue ${routine}?`,
    resumeWhere: (step: number, total: number, left: string) => `Step ${step} of ${total}, ${left} left`,
    resume: 'Resume',
    discard: 'Discard',
  },
  weekSummary: {
    label: 'Your week',
    thisWeek: 'This week:',
    // Annotated: it reads `en`, whose type is being inferred here.
    week: (sessions: number, length: string): string => `${sessions ? `${shell.common.sessions(sessions)}, ${length}` : 'no sessions yet'}.`,
    last: (routine: string, when: string) => `Last: ${routine}, ${when}.`,
    today: 'today',
    yesterday: 'yesterday',
    seeHistory: 'See history',
  },
  problems: {
    title: (fileName: string, count: number) => `“${fileName}” could not be opened: ${count.toLocaleString('en')} ${plural(count, 'problem', 'problems')}`,
    where: (line: number, column: number) => `Line ${line}, column ${column}:`,
    more: (count: number) => `…and ${count.toLocaleString('en')} more ${plural(count, 'problem', 'problems')}. Fix these first; the rest may go with them.`,
    hint: 'Fix the file and open it again. The format is described in routines/README.md.',
    dismiss: 'Dismiss',
  },
} satisfies StringGroups;

export type HomeStrings = typeof en;

/** The start page's words and these. */
export const t: Strings & HomeStrings = { ...shell, ...en };
