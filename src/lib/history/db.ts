/**
 * The one module that owns Unknot's IndexedDB database (through idb). Versioned schema with
 * an upgrade ladder; every other module goes through HistoryStore.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Routine } from '../routine/schema-only';
import { DEFAULT_SETTINGS, type Checkpoint, type SessionRecord, type Settings } from './records';

export const DB_NAME = 'unknot';
export const DB_VERSION = 1;

export interface UnknotDB extends DBSchema {
  sessions: { key: string; value: SessionRecord; indexes: { 'by-start': string; 'by-routine': string } };
  checkpoint: { key: 'current'; value: Checkpoint };
  routines: { key: string; value: { routine: Routine; savedAt: string } };
  settings: { key: 'settings'; value: Settings };
}

export type Database = IDBPDatabase<UnknotDB>;

export interface OpenOptions {
  name?: string;
  /** Another tab holds an older version open: ask the user to close it. */
  onBlocked?: () => void;
}

export function openDatabase({ name = DB_NAME, onBlocked }: OpenOptions = {}): Promise<Database> {
  return openDB<UnknotDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
        sessions.createIndex('by-start', 'startedAt');
        sessions.createIndex('by-routine', 'routineId');
        db.createObjectStore('checkpoint');
        db.createObjectStore('routines', { keyPath: 'routine.id' });
        db.createObjectStore('settings');
      }
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
  #memory = { sessions: new Map<string, SessionRecord>(), checkpoint: null as Checkpoint | null, settings: null as Settings | null };
  #available = true;

  constructor(open: () => Promise<Database> = () => openDatabase()) {
    this.#db = open().catch(() => {
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
    return { ...DEFAULT_SETTINGS, ...stored, cues: { ...DEFAULT_SETTINGS.cues, ...stored?.cues } };
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

  /** Sessions, newest first. */
  async sessions(): Promise<SessionRecord[]> {
    const db = await this.#db;
    const all = db ? await db.getAllFromIndex('sessions', 'by-start') : [...this.#memory.sessions.values()];
    return all.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  }
}
