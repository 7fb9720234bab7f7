/** Words of the routine detail screen and its calendar file. See index.ts for how the strings are organised. */
import type { Pressure } from '../../lib/routine/vocabulary';
import { en as shell, type StringGroups, type Strings } from './index';

export const en = {
  detail: {
    share: 'Share',
    edit: 'Edit',
    editCopy: 'Edit a copy',
    yours: 'Your routine',
    missing: (id: string) => `There is no routine called “${id}”. It may have been renamed or removed.`,
    allRoutines: '← All routines',
    openedFrom: (fileName: string) => `Opened from ${fileName}`,
    closeFile: 'Close file',
    time: 'Time',
    steps: 'Steps',
    youNeed: 'You need',
    justHands: 'just your hands',
    start: 'Start routine',
    worksOn: 'Works on',
    eachSide: (length: string) => `${length} each side`,
    times: (n: number) => `${n} times`,
    pressure: (pressure: Pressure) => `${pressure} pressure`,
    author: (author: string, version: number) => `Written by ${author}${version > 1 ? `, version ${version}` : ''}.`,
  },
  calendar: {
    title: 'Add to your calendar',
    hint: 'A repeating event whose link opens this routine. Works with any calendar app; nothing is sent anywhere.',
    /** Followed by the time's number when there are several. */
    time: 'Time',
    remove: 'Remove',
    removeTime: (n: number) => `Remove time ${n}`,
    addTime: 'Add a time',
    download: 'Download calendar file',
  },
} satisfies StringGroups;

export type DetailStrings = typeof en;

/** The start page's words and these. */
export const t: Strings & DetailStrings = { ...shell, ...en };
