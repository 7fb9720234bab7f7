/**
 * The one module that owns Unknot's IndexedDB database (through idb). Versioned schema with
 * an upgrade ladder; every other module goes through HistoryStore.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import type { Checkpoint } from '../player/checkpoint';
import type { SavedPlan, SavedRoutine } from '../store/saved';
import type { SessionChange, SessionRecord } from './records';

export const DB_NAME = 'unknot';

export interface UnknotDB extends DBSchema {
  sessions: { key: string; value: SessionRecord; indexes: { 'by-start': string; 'by-routine': string } };
  checkpoint: { key: 'current'; value: Checkpoint };
  routines: { key: string; value: SavedRoutine };
  settings: { key: 'settings'; value: Settings };
  plans: { key: string; value: SavedPlan };
}

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
];

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

/** Storage for the player and history; falls back to memory when IndexedDB is unavailable. */
export class HistoryStore {
  #db: Promise<Database | null>;
  #memory = {
    sessions: new Map<string, SessionRecord>(),
    checkpoint: null as Checkpoint | null,
    settings: null as Settings | null,
    routines: new Map<string, SavedRoutine>(),
    plans: new Map<string, SavedPlan>(),
  };
  #available = true;

  constructor(open: (onBlocked: () => void) => Promise<Database> = (onBlocked) => openDatabase({ onBlocked }), onBlocked: () => void = () => {}) {
    this.#db = open(onBlocked).catch(() => {
      this.#available = false;
      return null;
    });
  }

  /** False once IndexedDB failed to open (some private modes): history is not being kept. */
  get available(): boolean {
    return this.#available;
  }

  async ready(): Promise<boolean> {
    return (await this.#db) !== null;
  }

  async settings(): Promise<Settings> {
    const db = await this.#db;
    const stored = db ? await db.get('settings', 'settings').catch(() => undefined) : this.#memory.settings;
    return {
      ...DEFAULT_SETTINGS,
      ...stored,
      cues: { ...DEFAULT_SETTINGS.cues, ...stored?.cues },
      reminders: { ...DEFAULT_SETTINGS.reminders, ...stored?.reminders },
    };
  }

  async saveSettings(settings: Settings): Promise<void> {
    const db = await this.#db;
    if (db) await db.put('settings', settings, 'settings');
    else this.#memory.settings = settings;
  }

  async checkpoint(): Promise<Checkpoint | undefined> {
    const db = await this.#db;
    return db ? db.get('checkpoint', 'current') : (this.#memory.checkpoint ?? undefined);
  }

  async saveCheckpoint(checkpoint: Checkpoint): Promise<void> {
    const db = await this.#db;
    if (db) await db.put('checkpoint', checkpoint, 'current');
    else this.#memory.checkpoint = checkpoint;
  }

  async clearCheckpoint(): Promise<void> {
    const db = await this.#db;
    if (db) await db.delete('checkpoint', 'current');
    else this.#memory.checkpoint = null;
  }

  /** Records a session durably ('strict': on disk before it resolves) and clears the checkpoint. */
  async recordSession(session: SessionRecord): Promise<void> {
    const db = await this.#db;
    if (!db) {
      this.#memory.sessions.set(session.id, session);
      this.#memory.checkpoint = null;
      return;
    }
    const tx = db.transaction(['sessions', 'checkpoint'], 'readwrite', { durability: 'strict' });
    await Promise.all([tx.objectStore('sessions').put(session), tx.objectStore('checkpoint').delete('current'), tx.done]);
  }

  /** Adds imported sessions that are not stored yet (by id), in one transaction. */
  async importSessions(sessions: readonly SessionRecord[]): Promise<{ added: number; skipped: number }> {
    const db = await this.#db;
    if (!db) {
      let added = 0;
      for (const session of sessions) {
        if (this.#memory.sessions.has(session.id)) continue;
        this.#memory.sessions.set(session.id, session);
        added++;
      }
      return { added, skipped: sessions.length - added };
    }
    const tx = db.transaction('sessions', 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('sessions');
    const existing = new Set(await store.getAllKeys());
    const fresh = new Map<string, SessionRecord>();
    for (const session of sessions) if (!existing.has(session.id)) fresh.set(session.id, session);
    await Promise.all([...[...fresh.values()].map((session) => store.add(session)), tx.done]);
    return { added: fresh.size, skipped: sessions.length - fresh.size };
  }

  /** Adds the after-rating or a note to a recorded session. */
  async updateSession(id: string, change: SessionChange): Promise<void> {
    const db = await this.#db;
    if (!db) {
      const stored = this.#memory.sessions.get(id);
      if (stored) this.#memory.sessions.set(id, { ...stored, ...change });
      return;
    }
    const tx = db.transaction('sessions', 'readwrite', { durability: 'strict' });
    const stored = await tx.store.get(id);
    if (stored) await tx.store.put({ ...stored, ...change });
    await tx.done;
  }

  async deleteSession(id: string): Promise<void> {
    const db = await this.#db;
    if (db) await db.delete('sessions', id);
    else this.#memory.sessions.delete(id);
  }

  async deleteAllSessions(): Promise<void> {
    const db = await this.#db;
    if (db) await db.clear('sessions');
    else this.#memory.sessions.clear();
  }

  /** Sessions that started at or after an instant, newest first (the index keeps this cheap). */
  async sessionsSince(iso: string): Promise<SessionRecord[]> {
    const db = await this.#db;
    const found = db
      ? await db.getAllFromIndex('sessions', 'by-start', IDBKeyRange.lowerBound(iso))
      : [...this.#memory.sessions.values()].filter((session) => session.startedAt >= iso);
    return found.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  }

  /** The most recent session, without reading the others. */
  async lastSession(): Promise<SessionRecord | undefined> {
    const db = await this.#db;
    if (!db) return (await this.sessions())[0];
    const cursor = await db.transaction('sessions').store.index('by-start').openCursor(null, 'prev');
    return cursor?.value;
  }

  /** Sessions, newest first. */
  async sessions(): Promise<SessionRecord[]> {
    const db = await this.#db;
    const all = db ? await db.getAllFromIndex('sessions', 'by-start') : [...this.#memory.sessions.values()];
    return all.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  }

  /** The user's own routines (written in the editor or saved from a link), checked again on the way out. */
  async routines(): Promise<SavedRoutine[]> {
    const db = await this.#db;
    const stored = db ? await db.getAll('routines').catch(() => []) : [...this.#memory.routines.values()];
    if (stored.length === 0) return [];
    // The schema loads only for people who have routines of their own, not with the start page.
    const { checkRoutine } = await import('../routine/schema-only');
    return stored.flatMap((saved) => {
      const routine = checkRoutine(saved.routine);
      return routine ? [{ ...saved, routine }] : [];
    });
  }

  async saveRoutine(saved: SavedRoutine): Promise<void> {
    const db = await this.#db;
    if (db) await db.put('routines', saved);
    else this.#memory.routines.set(saved.routine.id, saved);
  }

  async deleteRoutine(id: string): Promise<void> {
    const db = await this.#db;
    if (db) await db.delete('routines', id);
    else this.#memory.routines.delete(id);
  }

  /** Plans a therapist sent with a routine, newest first. */
  async plans(): Promise<SavedPlan[]> {
    const db = await this.#db;
    const stored = db ? await db.getAll('plans').catch(() => []) : [...this.#memory.plans.values()];
    if (stored.length === 0) return [];
    const { checkAssignment } = await import('../share/assignment');
    return stored
      .flatMap((plan) => {
        const assignment = checkAssignment(plan.assignment);
        return assignment && typeof plan.routineId === 'string' ? [{ ...plan, assignment }] : [];
      })
      .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  }

  async savePlan(plan: SavedPlan): Promise<void> {
    const db = await this.#db;
    if (db) await db.put('plans', plan);
    else this.#memory.plans.set(plan.assignment.id, plan);
  }

  async deletePlan(id: string): Promise<void> {
    const db = await this.#db;
    if (db) await db.delete('plans', id);
    else this.#memory.plans.delete(id);
  }
}
