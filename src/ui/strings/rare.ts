/**
 * Words shown only when something goes wrong: a screen that failed while showing itself, and
 * the notice when storage cannot keep what the user does. They load with those, not with the
 * start page. See index.ts for how the strings are organised.
 */
import { en as shell, type StringGroups, type Strings } from './index';

export const en = {
  /** A screen that failed while showing itself (an error boundary); the rest of the app goes on. */
  broken: {
    title: 'Unknot couldn’t show this',
    body: 'Something on this page went wrong while showing it. Your routines, history and settings are safe on this device.',
    retry: 'Try this page again',
    details: 'Details for a bug report',
    copy: 'Copy the details',
    copied: 'Copied. Paste them wherever you report the problem.',
    copyFailed: 'Your browser did not allow copying. Select the text above and copy it yourself.',
  },
  /** The notice above every screen when the device's storage cannot keep what the user does. */
  storage: {
    label: 'Saving on this device',
    blocked: 'Unknot is open in another tab with an older version. Close that tab to finish updating; your history is safe.',
    replaced: 'Unknot was updated in another tab. Reload this page to keep saving; everything saved so far is safe.',
    closed: 'Unknot lost its connection to storage on this device. Reload the page to keep saving; everything saved so far is safe.',
    newer: 'This device holds data from a newer version of Unknot than this page. Reload to use the newer version; until then nothing you do here is saved.',
    writeFailed: 'Unknot could not save your last change on this device (its storage may be full). Everything saved before is untouched.',
    reload: 'Reload',
    dismiss: 'Dismiss',
  },
} satisfies StringGroups;

export type RareStrings = typeof en;

/** The start page's words and these. */
export const t: Strings & RareStrings = { ...shell, ...en };
