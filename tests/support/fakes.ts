/** Fakes for the adapters and the store that the app's rune state uses, recording each call. */
import type { SessionRecord } from '../../src/lib/history/records';
import type { Settings } from '../../src/lib/settings';
import type { SavedPlan, SavedRoutine } from '../../src/lib/store/saved';
import type { Notifier, NotifyPermission } from '../../src/lib/platform/notify';
import type { RoutineStore } from '../../src/ui/app/my-routines.svelte';

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

/** Settings kept in memory; `saved` lists each save, `writes` each save's answer. */
export function fakeSettingsStore(stored: Settings, options: { failSave?: boolean } = {}) {
  const saved: Settings[] = [];
  const writes: Promise<void>[] = [];
  return {
    saved,
    /** Resolves once every save asked for so far has been answered (and its answer handled). */
    written: () => Promise.allSettled(writes).then(() => undefined),
    store: {
      settings: () => Promise.resolve(stored),
      saveSettings(settings: Settings) {
        saved.push(settings);
        const write = options.failSave ? Promise.reject(new Error('storage full')) : Promise.resolve();
        writes.push(write);
        return write;
      },
    },
  };
}

/** The user's routines and plans in memory; `calls` lists each change in order. */
export function fakeRoutineStore(routines: SavedRoutine[] = [], plans: SavedPlan[] = [], options: { fail?: boolean } = {}) {
  const calls: string[] = [];
  const read = <T>(items: T[]) => (options.fail ? Promise.reject(new Error('storage blocked')) : Promise.resolve([...items]));
  const change = (call: string) => {
    if (options.fail) return Promise.reject(new Error('storage blocked'));
    calls.push(call);
    return Promise.resolve();
  };
  const store: RoutineStore = {
    routines: () => read(routines),
    plans: () => read(plans),
    saveRoutine: (saved) => change(`saveRoutine ${saved.routine.id}`),
    deleteRoutine: (id) => change(`deleteRoutine ${id}`),
    savePlan: (plan) => change(`savePlan ${plan.assignment.id}`),
    deletePlan: (id) => change(`deletePlan ${id}`),
  };
  return { store, calls };
}
