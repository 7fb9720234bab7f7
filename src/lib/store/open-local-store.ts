/**
 * Opens the local store: IndexedDB when it opens, memory when it does not (some private modes,
 * or a database written by a newer Unknot), with `available` false so the app can say history
 * is not being kept. The app holds one store from its first line, before IndexedDB has
 * answered; calls made meanwhile wait for it. Once open, a routine that reached its end before
 * the app stopped becomes the completed session it stands for, before anyone reads sessions.
 */
import type { Database } from './idb-store';
import type { LocalStore, StorageProblem } from './local-store';

export interface OpenLocalStoreOptions {
  /**
   * What the user should be told about storage: a problem (see StorageProblem), or null once
   * an upgrade that was `blocked` has gone through.
   */
  onProblem?: (problem: StorageProblem | null) => void;
  /** Opens the database; tests name their own or refuse. */
  open?: (onBlocked: () => void) => Promise<Database>;
}

/** IndexedDB's answer when the database on disk has a higher version than the one asked for. */
function newerDatabase(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'VersionError';
}

/**
 * Opens Unknot's database. Its code (idb and the store's) is fetched here rather than with the
 * start page: the library draws before it, and calls made meanwhile wait for it.
 */
async function openIndexedDb(onBlocked: () => void): Promise<Database> {
  const { openDatabase } = await import('./idb-store');
  return openDatabase({ onBlocked });
}

/** The app's one store: construct it once (App.svelte) and hand it to whoever needs it. */
export function openLocalStore({ onProblem = () => {}, open = openIndexedDb }: OpenLocalStoreOptions = {}): LocalStore {
  let blocked = false;
  const opening = (async () => open(() => {
    blocked = true;
    onProblem('blocked');
  }))().then(
    async (db): Promise<LocalStore> => {
      if (blocked) onProblem(null);
      const { IdbStore } = await import('./idb-store');
      const store = new IdbStore(db, { onProblem });
      await store.finishCheckpoint().catch(() => undefined);
      return store;
    },
    (error: unknown) => {
      if (newerDatabase(error)) onProblem('newer');
      // The fallback is rare, so its code stays off the start page until it is needed.
      return import('./memory-store').then(({ MemoryStore }) => new MemoryStore({ available: false }));
    },
  );
  return new StoreOnceOpen(opening);
}

/** Hands every call to the store that opened: IndexedDB's or, failing that, memory's. */
class StoreOnceOpen implements LocalStore {
  #store: LocalStore | undefined;
  readonly #opening: Promise<LocalStore>;

  constructor(opening: Promise<LocalStore>) {
    this.#opening = opening.then((store) => (this.#store = store));
  }

  /** True while opening, as nothing has failed yet. */
  get available(): boolean {
    return this.#store?.available ?? true;
  }

  setAside: LocalStore['setAside'] = async () => (await this.#opening).setAside();
  ready: LocalStore['ready'] = async () => (await this.#opening).ready();
  settings: LocalStore['settings'] = async () => (await this.#opening).settings();
  saveSettings: LocalStore['saveSettings'] = async (settings) => (await this.#opening).saveSettings(settings);
  checkpoint: LocalStore['checkpoint'] = async () => (await this.#opening).checkpoint();
  saveCheckpoint: LocalStore['saveCheckpoint'] = async (checkpoint) => (await this.#opening).saveCheckpoint(checkpoint);
  clearCheckpoint: LocalStore['clearCheckpoint'] = async () => (await this.#opening).clearCheckpoint();
  finishCheckpoint: LocalStore['finishCheckpoint'] = async () => (await this.#opening).finishCheckpoint();
  recordSession: LocalStore['recordSession'] = async (session) => (await this.#opening).recordSession(session);
  importSessions: LocalStore['importSessions'] = async (sessions) => (await this.#opening).importSessions(sessions);
  updateSession: LocalStore['updateSession'] = async (id, change) => (await this.#opening).updateSession(id, change);
  deleteSession: LocalStore['deleteSession'] = async (id) => (await this.#opening).deleteSession(id);
  deleteAllSessions: LocalStore['deleteAllSessions'] = async () => (await this.#opening).deleteAllSessions();
  sessionsSince: LocalStore['sessionsSince'] = async (iso) => (await this.#opening).sessionsSince(iso);
  lastSession: LocalStore['lastSession'] = async () => (await this.#opening).lastSession();
  sessions: LocalStore['sessions'] = async () => (await this.#opening).sessions();
  routines: LocalStore['routines'] = async () => (await this.#opening).routines();
  saveRoutine: LocalStore['saveRoutine'] = async (saved) => (await this.#opening).saveRoutine(saved);
  deleteRoutine: LocalStore['deleteRoutine'] = async (id) => (await this.#opening).deleteRoutine(id);
  plans: LocalStore['plans'] = async () => (await this.#opening).plans();
  savePlan: LocalStore['savePlan'] = async (plan) => (await this.#opening).savePlan(plan);
  deletePlan: LocalStore['deletePlan'] = async (id) => (await this.#opening).deletePlan(id);
  practice: LocalStore['practice'] = async () => (await this.#opening).practice();
  practiceCount: LocalStore['practiceCount'] = async () => (await this.#opening).practiceCount();
  savePractice: LocalStore['savePractice'] = async (plans) => (await this.#opening).savePractice(plans);
  deletePractice: LocalStore['deletePractice'] = async (planIds) => (await this.#opening).deletePractice(planIds);
}
