/**
 * The local store in IndexedDB, through idb: the one module that touches the database. A
 * versioned schema with an upgrade ladder; every read goes through the checks in read.ts and
 * a damaged record is copied aside; everything the user keeps is written with strict
 * durability. When the connection goes (another tab upgrades, the browser closes it) the store
 * says so, and every later call fails with StorageLostError instead of a bare InvalidStateError.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { SessionChange, SessionRecord } from '../history/records';
import type { Checkpoint } from '../player/checkpoint';
import type { Settings } from '../settings';
import type { PracticePlan } from '../share/practice';
import { StorageLostError, type LocalStore, type SetAsideRecord, type StorageProblem } from './local-store';
import { Damage, readCheckpoint, readPlans, readSessions, readSettings, readValid } from './read';
import type { SavedPlan, SavedRoutine } from './saved';

/** The database's name; tests open others beside it. */
export const DB_NAME = 'unknot';

/** Every object store with its key, value and indexes, so idb types each call. */
export interface UnknotDB extends DBSchema {
  sessions: { key: string; value: SessionRecord; indexes: { 'by-start': string; 'by-routine': string } };
  checkpoint: { key: 'current'; value: Checkpoint };
  routines: { key: string; value: SavedRoutine };
  settings: { key: 'settings'; value: Settings };
  plans: { key: string; value: SavedPlan };
  setAside: { key: string; value: SetAsideRecord };
  practice: { key: string; value: PracticePlan };
}

/** An open connection to Unknot's database. */
export type Database = IDBPDatabase<UnknotDB>;

export interface OpenOptions {
  name?: string;
  /** Another tab holds an older version open: ask the user to close it. */
  onBlocked?: () => void;
}

/** One rung of the upgrade ladder: what version `version` adds to the one before. */
export type Upgrade = (db: IDBPDatabase<UnknotDB>, transaction: IDBPTransaction<UnknotDB, StoreNames<UnknotDB>[], 'versionchange'>) => void;

/** The schema's history, oldest first; index i upgrades to version i + 1. */
export const UPGRADES: Upgrade[] = [
  (db) => {
    const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
    sessions.createIndex('by-start', 'startedAt');
    sessions.createIndex('by-routine', 'routineId');
    db.createObjectStore('checkpoint');
    db.createObjectStore('routines', { keyPath: 'routine.id' });
    db.createObjectStore('settings');
  },
  (db) => {
    db.createObjectStore('plans', { keyPath: 'assignment.id' });
  },
  (db) => {
    db.createObjectStore('setAside', { keyPath: 'id' });
  },
  (db) => {
    db.createObjectStore('practice', { keyPath: 'planId' });
  },
];

/** Opens (creating or upgrading) Unknot's database; an older tab that blocks is told to step aside. */
export function openDatabase({ name = DB_NAME, onBlocked, upgrades = UPGRADES }: OpenOptions & { upgrades?: Upgrade[] } = {}): Promise<Database> {
  return openDB<UnknotDB>(name, upgrades.length, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      for (let version = oldVersion; version < upgrades.length; version++) upgrades[version]!(db, transaction);
    },
    blocked() {
      onBlocked?.();
    },
    blocking(_current, _blocked, event) {
      // A newer tab wants to upgrade: step aside instead of leaving it hanging.
      (event.target as IDBDatabase).close();
    },
  });
}

/** Writes the user would miss are on disk before they resolve, not merely handed to the OS. */
const STRICT = { durability: 'strict' } as const;

/** The connection is closed: what `transaction()` throws then. */
function closedError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'InvalidStateError';
}

export interface IdbStoreOptions {
  /** Called when the connection is lost and on every later call, and when a write fails. */
  onProblem?: (problem: StorageProblem) => void;
}

/** The local store over an open database: what the app uses whenever IndexedDB works. */
export class IdbStore implements LocalStore {
  readonly available = true;
  readonly #db: Database;
  readonly #damage = new Damage();
  readonly #onProblem: (problem: StorageProblem) => void;
  #lost: 'replaced' | 'closed' | null = null;

  constructor(db: Database, { onProblem = () => {} }: IdbStoreOptions = {}) {
    this.#db = db;
    this.#onProblem = onProblem;
    db.addEventListener('versionchange', () => {
      // A newer tab upgrades: step aside (openDatabase does too) and say why nothing saves now.
      db.close();
      this.#lose('replaced');
    });
    // Closed by the browser, not by us: site data cleared, the disk gone.
    db.addEventListener('close', () => this.#lose('closed'));
  }

  ready(): Promise<boolean> {
    return Promise.resolve(true);
  }

  #lose(reason: 'replaced' | 'closed'): void {
    this.#lost ??= reason;
    this.#onProblem(this.#lost);
  }

  /** Runs one call on the database; once the connection is gone, fails with StorageLostError. */
  async #use<T>(run: (db: Database) => Promise<T>): Promise<T> {
    if (this.#lost) {
      this.#onProblem(this.#lost);
      throw new StorageLostError(this.#lost);
    }
    try {
      return await run(this.#db);
    } catch (error) {
      if (!this.#lost && !closedError(error)) throw error;
      this.#lose('replaced');
      throw new StorageLostError(this.#lost!);
    }
  }

  /** A write: its failure is reported too, so a full disk does not fail silently. */
  async #write<T>(run: (db: Database) => Promise<T>): Promise<T> {
    try {
      return await this.#use(run);
    } catch (error) {
      if (!(error instanceof StorageLostError)) this.#onProblem('write-failed');
      throw error;
    }
  }

  /** One put in its own strict transaction. */
  #put<N extends 'settings' | 'routines' | 'plans'>(name: N, value: UnknotDB[N]['value'], key?: UnknotDB[N]['key']): Promise<void> {
    return this.#write(async (db) => {
      const tx = db.transaction(name, 'readwrite', STRICT);
      await Promise.all([tx.store.put(value, key), tx.done]);
    });
  }

  /** One delete (or clear) in its own strict transaction. */
  #delete(name: 'sessions' | 'routines' | 'plans', key?: string): Promise<void> {
    return this.#write(async (db) => {
      const tx = db.transaction(name, 'readwrite', STRICT);
      await Promise.all([key === undefined ? tx.store.clear() : tx.store.delete(key), tx.done]);
    });
  }

  /**
   * Copies what the last reads found damaged into `setAside` (once each), and discards a
   * damaged checkpoint that is still the one read. Best effort: if it fails, the record is
   * still where it was and is found again next time.
   */
  async #setAsideFound(): Promise<void> {
    const found = this.#damage.take();
    if (!found.length) return;
    // Rare, so its code loads only when there is damage to keep.
    const { fingerprint, setAsideEntries } = await import('./set-aside');
    const entries = setAsideEntries(found, new Date());
    await this.#use(async (db) => {
      const tx = db.transaction(['setAside', 'checkpoint'], 'readwrite', STRICT);
      const aside = tx.objectStore('setAside');
      for (const entry of entries) {
        if ((await aside.getKey(entry.id)) === undefined) await aside.put(entry);
        if (entry.store === 'checkpoint' && entry.id.endsWith(`/${fingerprint(await tx.objectStore('checkpoint').get('current'))}`)) {
          await tx.objectStore('checkpoint').delete('current');
        }
      }
      await tx.done;
    }).catch(() => undefined);
  }

  /** Reads, checks what was read, and sets aside what failed the check. */
  async #read<T>(load: (db: Database) => Promise<T>): Promise<T> {
    try {
      return await this.#use(load);
    } finally {
      await this.#setAsideFound();
    }
  }

  async setAside(): Promise<SetAsideRecord[]> {
    // Read everything first, so damage nobody has come across yet is found and kept too.
    await Promise.allSettled([this.settings(), this.checkpoint(), this.sessions(), this.routines(), this.plans(), this.practice()]);
    const [{ readSetAside }, stored] = await Promise.all([import('./set-aside'), this.#use((db) => db.getAll('setAside'))]);
    return readSetAside(stored);
  }

  settings(): Promise<Settings> {
    return this.#read(async (db) => readSettings(await db.get('settings', 'settings'), this.#damage)).catch(() => readSettings(undefined, this.#damage));
  }

  saveSettings(settings: Settings): Promise<void> {
    return this.#put('settings', settings, 'settings');
  }

  checkpoint(): Promise<Checkpoint | undefined> {
    return this.#read(async (db) => readCheckpoint(await db.get('checkpoint', 'current'), this.#damage));
  }

  saveCheckpoint(checkpoint: Checkpoint): Promise<void> {
    // Saved every second while playing: relaxed (the default) is enough, and a crash loses a second.
    return this.#write((db) => db.put('checkpoint', checkpoint, 'current').then(() => undefined));
  }

  clearCheckpoint(): Promise<void> {
    return this.#write((db) => db.delete('checkpoint', 'current'));
  }

  async finishCheckpoint(): Promise<SessionRecord | undefined> {
    const checkpoint = await this.checkpoint();
    if (!checkpoint) return undefined;
    const { finishedSession } = await import('../player/saved-session');
    const session = finishedSession(checkpoint);
    if (!session) return undefined;
    return this.#write(async (db) => {
      const tx = db.transaction(['sessions', 'checkpoint'], 'readwrite', STRICT);
      const current = await tx.objectStore('checkpoint').get('current');
      // Only the checkpoint that was read: another tab may have settled it, or started anew.
      const same = current?.sessionId === checkpoint.sessionId && current.savedAt === checkpoint.savedAt;
      const fresh = same && (await tx.objectStore('sessions').getKey(session.id)) === undefined;
      if (fresh) await tx.objectStore('sessions').add(session);
      if (same) await tx.objectStore('checkpoint').delete('current');
      await tx.done;
      return fresh ? session : undefined;
    });
  }

  recordSession(session: SessionRecord): Promise<void> {
    return this.#write(async (db) => {
      const tx = db.transaction(['sessions', 'checkpoint'], 'readwrite', STRICT);
      await Promise.all([tx.objectStore('sessions').put(session), tx.objectStore('checkpoint').delete('current'), tx.done]);
    });
  }

  importSessions(sessions: readonly SessionRecord[]): Promise<{ added: number; skipped: number }> {
    return this.#write(async (db) => {
      const tx = db.transaction('sessions', 'readwrite', STRICT);
      const store = tx.objectStore('sessions');
      const existing = new Set(await store.getAllKeys());
      const fresh = new Map<string, SessionRecord>();
      for (const session of sessions) if (!existing.has(session.id)) fresh.set(session.id, session);
      await Promise.all([...[...fresh.values()].map((session) => store.add(session)), tx.done]);
      return { added: fresh.size, skipped: sessions.length - fresh.size };
    });
  }

  updateSession(id: string, change: SessionChange): Promise<void> {
    return this.#write(async (db) => {
      const tx = db.transaction('sessions', 'readwrite', STRICT);
      const stored = await tx.store.get(id);
      if (stored) await tx.store.put({ ...stored, ...change });
      await tx.done;
    });
  }

  deleteSession(id: string): Promise<void> {
    return this.#delete('sessions', id);
  }

  deleteAllSessions(): Promise<void> {
    return this.#delete('sessions');
  }

  sessionsSince(iso: string): Promise<SessionRecord[]> {
    // The start-time index keeps this cheap: only the recent ones are read.
    return this.#read(async (db) => readSessions(await db.getAllFromIndex('sessions', 'by-start', IDBKeyRange.lowerBound(iso)), this.#damage));
  }

  async lastSession(): Promise<SessionRecord | undefined> {
    const [last, damaged] = await this.#read(async (db) => {
      const cursor = await db.transaction('sessions').store.index('by-start').openCursor(null, 'prev');
      if (!cursor) return [undefined, false] as const;
      const [sound] = await readSessions([cursor.value], this.#damage);
      return [sound, !sound] as const;
    });
    // The newest one is damaged (rare): the newest of those that pass.
    return damaged ? (await this.sessions())[0] : last;
  }

  sessions(): Promise<SessionRecord[]> {
    return this.#read(async (db) => readSessions(await db.getAllFromIndex('sessions', 'by-start'), this.#damage));
  }

  routines(): Promise<SavedRoutine[]> {
    return this.#read(async (db) => readValid('routines', await db.getAll('routines'), this.#damage)).catch(() => []);
  }

  saveRoutine(saved: SavedRoutine): Promise<void> {
    return this.#put('routines', saved);
  }

  deleteRoutine(id: string): Promise<void> {
    return this.#delete('routines', id);
  }

  plans(): Promise<SavedPlan[]> {
    return this.#read(async (db) => readPlans(await db.getAll('plans'), this.#damage)).catch(() => []);
  }

  savePlan(plan: SavedPlan): Promise<void> {
    return this.#put('plans', plan);
  }

  deletePlan(id: string): Promise<void> {
    return this.#delete('plans', id);
  }

  practice(): Promise<PracticePlan[]> {
    return this.#read(async (db) => readValid('practice', await db.getAll('practice'), this.#damage)).catch(() => []);
  }

  practiceCount(): Promise<number> {
    return this.#use((db) => db.count('practice')).catch(() => 0);
  }

  savePractice(plans: readonly PracticePlan[]): Promise<void> {
    // All in one transaction: an import is never half-applied.
    return this.#write(async (db) => {
      const tx = db.transaction('practice', 'readwrite', STRICT);
      await Promise.all([...plans.map((plan) => tx.store.put(plan)), tx.done]);
    });
  }

  deletePractice(planIds: readonly string[]): Promise<void> {
    return this.#write(async (db) => {
      const tx = db.transaction('practice', 'readwrite', STRICT);
      await Promise.all([...planIds.map((id) => tx.store.delete(id)), tx.done]);
    });
  }
}
