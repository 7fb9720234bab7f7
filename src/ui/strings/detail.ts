/** Words of the routine detail screen. See index.ts for how the strings are organised. */
import type { Pressure } from '../../lib/routine/vocabulary';
import { en as shell, type Strings } from './index';

export interface DetailStrings {
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
}

export const en: DetailStrings = {
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
};

/** The start page's words and these. */
export const t: Strings & DetailStrings = { ...shell, ...en };
