/** Fakes for the adapters and the store that the app's rune state uses, recording each call. */
import type { SessionRecord } from '../../src/lib/history/records';
import type { Notifier, NotifyPermission } from '../../src/lib/platform/notify';

/** A promise settled from outside, to answer a request when the test decides. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** Lets pending promise callbacks run. */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function fakeNotifier(initial: NotifyPermission = 'granted') {
  const shown: { title: string; body: string; onclick: () => void }[] = [];
  let current = initial;
  const notifier: Notifier = {
    permission: () => current,
    requestPermission: () => Promise.resolve((current = current === 'default' ? 'granted' : current)),
    notify(title, body, onclick) {
      if (current === 'granted') shown.push({ title, body, onclick });
    },
  };
  return { notifier, shown };
}

/** The store as reminders see it: only the last session. */
export function fakeSessionStore(last?: Pick<SessionRecord, 'endedAt'>) {
  return { lastSession: () => Promise.resolve(last as SessionRecord | undefined) };
}
