/**
 * The local store in memory: what the app falls back to when IndexedDB will not open (nothing
 * is kept after the tab closes, and `available` says so), and the store tests use. Records are
 * copied in and out as IndexedDB would, and read back through the same checks.
 */
import type { SessionChange, SessionRecord } from '../history/records';
import type { Checkpoint } from '../player/checkpoint';
import type { Settings } from '../settings';
import type { PracticePlan } from '../share/practice';
import type { LocalStore } from './local-store';
import { Damage, readCheckpoint, readPlans, readSessions, readSettings, readValid } from './read';
import type { SavedPlan, SavedRoutine } from './saved';

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

  /** `available: false` is the fallback: the app tells the user history is not being kept. */
  constructor({ available = true }: { available?: boolean } = {}) {
    this.available = available;
  }

  async ready(): Promise<boolean> {
    return this.available;
  }

  damaged() {
    return this.#damage.list();
  }

  async settings(): Promise<Settings> {
    return readSettings(structuredClone(this.#settings), this.#damage);
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.#settings = structuredClone(settings);
  }

  async checkpoint(): Promise<Checkpoint | undefined> {
    return readCheckpoint(structuredClone(this.#checkpoint), this.#damage);
  }

  async saveCheckpoint(checkpoint: Checkpoint): Promise<void> {
    this.#checkpoint = structuredClone(checkpoint);
  }

  async clearCheckpoint(): Promise<void> {
    this.#checkpoint = undefined;
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
    return readSessions(structuredClone([...this.#sessions.values()]), this.#damage);
  }

  async routines(): Promise<SavedRoutine[]> {
    return readValid('routines', structuredClone([...this.#routines.values()]), this.#damage);
  }

  async saveRoutine(saved: SavedRoutine): Promise<void> {
    this.#routines.set(saved.routine.id, structuredClone(saved));
  }

  async deleteRoutine(id: string): Promise<void> {
    this.#routines.delete(id);
  }

  async plans(): Promise<SavedPlan[]> {
    return readPlans(structuredClone([...this.#plans.values()]), this.#damage);
  }

  async savePlan(plan: SavedPlan): Promise<void> {
    this.#plans.set(plan.assignment.id, structuredClone(plan));
  }

  async deletePlan(id: string): Promise<void> {
    this.#plans.delete(id);
  }

  async practice(): Promise<PracticePlan[]> {
    return readValid('practice', structuredClone([...this.#practice.values()]), this.#damage);
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
