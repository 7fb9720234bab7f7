/**
 * The local store in memory: what the app falls back to when IndexedDB will not open (nothing
 * is kept after the tab closes, and `available` says so), and the store tests use. Records are
 * copied in and out as IndexedDB would, and read back through the same checks.
 */
import type { SessionChange, SessionRecord } from '../history/records';
import type { Checkpoint } from '../player/checkpoint';
import type { Settings } from '../settings';
import type { PracticePlan } from '../share/practice';
import type { LocalStore, SetAsideRecord } from './local-store';
import { Damage, readCheckpoint, readPlans, readSessions, readSettings, readValid } from './read';
import type { SavedPlan, SavedRoutine } from './saved';
import { fingerprint, readSetAside, setAsideEntries } from './set-aside';

/** The local store in a tab's memory: the fallback, and the fake every test can use. */
export class MemoryStore implements LocalStore {
  readonly available: boolean;
  readonly #damage = new Damage();
  #settings: unknown;
  #checkpoint: unknown;
  readonly #sessions = new Map<string, unknown>();
  readonly #routines = new Map<string, unknown>();
  readonly #plans = new Map<string, unknown>();
  readonly #practice = new Map<string, unknown>();
  readonly #setAside = new Map<string, SetAsideRecord>();

  /** `available: false` is the fallback: the app tells the user history is not being kept. */
  constructor({ available = true }: { available?: boolean } = {}) {
    this.available = available;
  }

  async ready(): Promise<boolean> {
    return this.available;
  }

  /** Keeps a copy of what reads found damaged, and discards a damaged checkpoint, as IdbStore does. */
  #setAsideFound<T>(read: T): T {
    for (const entry of setAsideEntries(this.#damage.take(), new Date())) {
      if (!this.#setAside.has(entry.id)) this.#setAside.set(entry.id, structuredClone(entry));
      if (entry.store === 'checkpoint' && entry.id.endsWith(`/${fingerprint(this.#checkpoint)}`)) this.#checkpoint = undefined;
    }
    return read;
  }

  async setAside(): Promise<SetAsideRecord[]> {
    await Promise.allSettled([this.settings(), this.checkpoint(), this.sessions(), this.routines(), this.plans(), this.practice()]);
    return readSetAside(structuredClone([...this.#setAside.values()]));
  }

  async settings(): Promise<Settings> {
    return this.#setAsideFound(readSettings(structuredClone(this.#settings), this.#damage));
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.#settings = structuredClone(settings);
  }

  async checkpoint(): Promise<Checkpoint | undefined> {
    return this.#setAsideFound(await readCheckpoint(structuredClone(this.#checkpoint), this.#damage));
  }

  async saveCheckpoint(checkpoint: Checkpoint): Promise<void> {
    this.#checkpoint = structuredClone(checkpoint);
  }

  async clearCheckpoint(): Promise<void> {
    this.#checkpoint = undefined;
  }

  async finishCheckpoint(): Promise<SessionRecord | undefined> {
    const checkpoint = await this.checkpoint();
    if (!checkpoint) return undefined;
    const { finishedSession } = await import('../player/saved-session');
    const session = finishedSession(checkpoint);
    if (!session) return undefined;
    const current = this.#checkpoint as Checkpoint | undefined;
    if (current?.sessionId !== checkpoint.sessionId || current.savedAt !== checkpoint.savedAt) return undefined;
    this.#checkpoint = undefined;
    if (this.#sessions.has(session.id)) return undefined;
    this.#sessions.set(session.id, structuredClone(session));
    return session;
  }

  async recordSession(session: SessionRecord): Promise<void> {
    this.#sessions.set(session.id, structuredClone(session));
    this.#checkpoint = undefined;
  }

  async importSessions(sessions: readonly SessionRecord[]): Promise<{ added: number; skipped: number }> {
    let added = 0;
    for (const session of sessions) {
      if (this.#sessions.has(session.id)) continue;
      this.#sessions.set(session.id, structuredClone(session));
      added++;
    }
    return { added, skipped: sessions.length - added };
  }

  async updateSession(id: string, change: SessionChange): Promise<void> {
    const stored = this.#sessions.get(id);
    if (stored) this.#sessions.set(id, { ...stored, ...structuredClone(change) });
  }

  async deleteSession(id: string): Promise<void> {
    this.#sessions.delete(id);
  }

  async deleteAllSessions(): Promise<void> {
    this.#sessions.clear();
  }

  async sessionsSince(iso: string): Promise<SessionRecord[]> {
    return (await this.sessions()).filter((session) => session.startedAt >= iso);
  }

  async lastSession(): Promise<SessionRecord | undefined> {
    return (await this.sessions())[0];
  }

  async sessions(): Promise<SessionRecord[]> {
    return this.#setAsideFound(await readSessions(structuredClone([...this.#sessions.values()]), this.#damage));
  }

  async routines(): Promise<SavedRoutine[]> {
    return this.#setAsideFound(await readValid('routines', structuredClone([...this.#routines.values()]), this.#damage));
  }

  async saveRoutine(saved: SavedRoutine): Promise<void> {
    this.#routines.set(saved.routine.id, structuredClone(saved));
  }

  async deleteRoutine(id: string): Promise<void> {
    this.#routines.delete(id);
  }

  async plans(): Promise<SavedPlan[]> {
    return this.#setAsideFound(await readPlans(structuredClone([...this.#plans.values()]), this.#damage));
  }

  async savePlan(plan: SavedPlan): Promise<void> {
    this.#plans.set(plan.assignment.id, structuredClone(plan));
  }

  async deletePlan(id: string): Promise<void> {
    this.#plans.delete(id);
  }

  async practice(): Promise<PracticePlan[]> {
    return this.#setAsideFound(await readValid('practice', structuredClone([...this.#practice.values()]), this.#damage));
  }

  async practiceCount(): Promise<number> {
    return this.#practice.size;
  }

  async savePractice(plans: readonly PracticePlan[]): Promise<void> {
    for (const plan of plans) this.#practice.set(plan.planId, structuredClone(plan));
  }

  async deletePractice(planIds: readonly string[]): Promise<void> {
    for (const id of planIds) this.#practice.delete(id);
  }
}
