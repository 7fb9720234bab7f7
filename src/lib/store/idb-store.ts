/**
 * The local store in IndexedDB, through idb: the one module that touches the database. A
 * versioned schema with an upgrade ladder; every read goes through the checks in read.ts.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { SessionChange, SessionRecord } from '../history/records';
import type { Checkpoint } from '../player/checkpoint';
import type { Settings } from '../settings';
import type { PracticePlan } from '../share/practice';
import type { LocalStore } from './local-store';
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

/** The local store over an open database: what the app uses whenever IndexedDB works. */
export class IdbStore implements LocalStore {
  readonly available = true;
  readonly #db: Database;
  readonly #damage = new Damage();

  constructor(db: Database) {
    this.#db = db;
  }

  ready(): Promise<boolean> {
    return Promise.resolve(true);
  }

  damaged() {
    return this.#damage.list();
  }

  async settings(): Promise<Settings> {
    return readSettings(await this.#db.get('settings', 'settings').catch(() => undefined), this.#damage);
  }

  async saveSettings(settings: Settings): Promise<void> {
    await this.#db.put('settings', settings, 'settings');
  }

  async checkpoint(): Promise<Checkpoint | undefined> {
    return readCheckpoint(await this.#db.get('checkpoint', 'current'), this.#damage);
  }

  async saveCheckpoint(checkpoint: Checkpoint): Promise<void> {
    await this.#db.put('checkpoint', checkpoint, 'current');
  }

  async clearCheckpoint(): Promise<void> {
    await this.#db.delete('checkpoint', 'current');
  }

  async recordSession(session: SessionRecord): Promise<void> {
    const tx = this.#db.transaction(['sessions', 'checkpoint'], 'readwrite', { durability: 'strict' });
    await Promise.all([tx.objectStore('sessions').put(session), tx.objectStore('checkpoint').delete('current'), tx.done]);
  }

  async importSessions(sessions: readonly SessionRecord[]): Promise<{ added: number; skipped: number }> {
    const tx = this.#db.transaction('sessions', 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('sessions');
    const existing = new Set(await store.getAllKeys());
    const fresh = new Map<string, SessionRecord>();
    for (const session of sessions) if (!existing.has(session.id)) fresh.set(session.id, session);
    await Promise.all([...[...fresh.values()].map((session) => store.add(session)), tx.done]);
    return { added: fresh.size, skipped: sessions.length - fresh.size };
  }

  async updateSession(id: string, change: SessionChange): Promise<void> {
    const tx = this.#db.transaction('sessions', 'readwrite', { durability: 'strict' });
    const stored = await tx.store.get(id);
    if (stored) await tx.store.put({ ...stored, ...change });
    await tx.done;
  }

  async deleteSession(id: string): Promise<void> {
    await this.#db.delete('sessions', id);
  }

  async deleteAllSessions(): Promise<void> {
    await this.#db.clear('sessions');
  }

  async sessionsSince(iso: string): Promise<SessionRecord[]> {
    // The start-time index keeps this cheap: only the recent ones are read.
    return readSessions(await this.#db.getAllFromIndex('sessions', 'by-start', IDBKeyRange.lowerBound(iso)), this.#damage);
  }

  async lastSession(): Promise<SessionRecord | undefined> {
    const cursor = await this.#db.transaction('sessions').store.index('by-start').openCursor(null, 'prev');
    if (!cursor) return undefined;
    const [last] = await readSessions([cursor.value], this.#damage);
    // The newest one is damaged (rare): the newest of those that pass.
    return last ?? (await this.sessions())[0];
  }

  async sessions(): Promise<SessionRecord[]> {
    return readSessions(await this.#db.getAllFromIndex('sessions', 'by-start'), this.#damage);
  }

  async routines(): Promise<SavedRoutine[]> {
    return readValid('routines', await this.#db.getAll('routines').catch(() => []), this.#damage);
  }

  async saveRoutine(saved: SavedRoutine): Promise<void> {
    await this.#db.put('routines', saved);
  }

  async deleteRoutine(id: string): Promise<void> {
    await this.#db.delete('routines', id);
  }

  async plans(): Promise<SavedPlan[]> {
    return readPlans(await this.#db.getAll('plans').catch(() => []), this.#damage);
  }

  async savePlan(plan: SavedPlan): Promise<void> {
    await this.#db.put('plans', plan);
  }

  async deletePlan(id: string): Promise<void> {
    await this.#db.delete('plans', id);
  }

  async practice(): Promise<PracticePlan[]> {
    return readValid('practice', await this.#db.getAll('practice').catch(() => []), this.#damage);
  }

  async practiceCount(): Promise<number> {
    return this.#db.count('practice').catch(() => 0);
  }

  async savePractice(plans: readonly PracticePlan[]): Promise<void> {
    const tx = this.#db.transaction('practice', 'readwrite', { durability: 'strict' });
    await Promise.all([...plans.map((plan) => tx.store.put(plan)), tx.done]);
  }

  async deletePractice(planIds: readonly string[]): Promise<void> {
    const tx = this.#db.transaction('practice', 'readwrite', { durability: 'strict' });
    await Promise.all([...planIds.map((id) => tx.store.delete(id)), tx.done]);
  }
}
