import type { SessionChange, SessionRecord } from '../../lib/history/records';
import type { SessionLog } from '../../lib/player/ports';
import type { LocalStore } from '../../lib/store/local-store';
import type { Checkpoint } from '../../lib/player/checkpoint';

/** What the session list needs from the local store. */
export type SessionStore = Pick<
  LocalStore,
  'available' | 'sessions' | 'sessionsSince' | 'lastSession' | 'recordSession' | 'updateSession' | 'importSessions' | 'deleteSession' | 'deleteAllSessions' | 'checkpoint' | 'clearCheckpoint'
>;

const newestFirst = (a: SessionRecord, b: SessionRecord) => b.startedAt.localeCompare(a.startedAt);

/**
 * The user's sessions as reactive state, read from the store once (on first use) and kept in
 * step with every change made through it: the player records here, the history screen deletes
 * and imports here, and the home screen, plans and history all read the same list.
 */
export class SessionsState implements SessionLog {
  #all = $state.raw<SessionRecord[] | null>(null);
  #loading: Promise<SessionRecord[]> | null = null;

  constructor(private readonly store: SessionStore) {}

  /** False when the store could not open and nothing is being kept (some private modes). */
  get available(): boolean {
    return this.store.available;
  }

  /** Every session, newest first; null until read. Reading begins the first time it is asked for. */
  get all(): SessionRecord[] | null {
    void this.load();
    return this.#all;
  }

  /** Reads the sessions once; later calls share the first read. */
  load(): Promise<SessionRecord[]> {
    this.#loading ??= this.store.sessions().then(
      (sessions) => (this.#all = sessions),
      () => (this.#all = []),
    );
    return this.#loading;
  }

  /**
   * Sessions that started at or after `iso`, newest first: the home screen's week, read with the
   * store's index rather than every session (from the list when it has been read already).
   */
  since(iso: string): Promise<SessionRecord[]> {
    if (this.#all) return Promise.resolve(this.#all.filter((session) => session.startedAt >= iso));
    return this.store.sessionsSince(iso).catch(() => []);
  }

  /** The most recent session, if any, without reading the others. */
  last(): Promise<SessionRecord | undefined> {
    if (this.#all) return Promise.resolve(this.#all[0]);
    return this.store.lastSession().catch(() => undefined);
  }

  /** Writes a finished or stopped session (durably), then shows it. */
  async recordSession(session: SessionRecord): Promise<void> {
    await this.store.recordSession(session);
    if (this.#all) this.#all = [session, ...this.#all.filter((s) => s.id !== session.id)].sort(newestFirst);
  }

  /** Adds the after-rating or a note to a recorded session. */
  async updateSession(id: string, change: SessionChange): Promise<void> {
    await this.store.updateSession(id, change);
    if (this.#all) this.#all = this.#all.map((session) => (session.id === id ? { ...session, ...change } : session));
  }

  /**
   * Adds sessions from an export file that are not stored yet (already checked by the import's
   * schema), and shows them without reading and checking every stored session again.
   */
  async importSessions(sessions: readonly SessionRecord[]): Promise<{ added: number; skipped: number }> {
    const result = await this.store.importSessions(sessions);
    const shown = this.#all;
    if (shown) {
      const known = new Set(shown.map((session) => session.id));
      // The store keeps the last of several sessions with one id in a file; so does the list.
      const fresh = new Map(sessions.filter((session) => !known.has(session.id)).map((session) => [session.id, session]));
      this.#all = [...shown, ...fresh.values()].sort(newestFirst);
    } else {
      await this.load();
    }
    return result;
  }

  async deleteSession(id: string): Promise<void> {
    await this.store.deleteSession(id);
    if (this.#all) this.#all = this.#all.filter((session) => session.id !== id);
  }

  async deleteAllSessions(): Promise<void> {
    await this.store.deleteAllSessions();
    this.#all = [];
  }

  /** The routine left unfinished by a reload or a crash, read fresh (the player keeps saving it). */
  unfinished(): Promise<Checkpoint | undefined> {
    return this.store.checkpoint().catch(() => undefined);
  }

  /** Forgets the unfinished routine: the user chose not to resume it. */
  discardUnfinished(): Promise<void> {
    return this.store.clearCheckpoint().catch(() => undefined);
  }
}
