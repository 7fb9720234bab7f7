/**
 * Reading records back, the same way for both stores: each is checked before the app sees it.
 * A record that fails is left out and noted in the store's `Damage`, which the store then sets
 * aside; a bad settings field takes its default. The schemas load on demand, and only when
 * there is a record to check.
 */
import type { GenericSchema } from 'valibot';
import type { SessionRecord } from '../history/records';
import type { Checkpoint } from '../player/checkpoint';
import type { Settings } from '../settings';
import { settingsFrom } from '../settings-check';
import type { StoreName } from './local-store';
import type { PracticePlan } from '../share/practice';
import type { SavedPlan, SavedRoutine } from './saved';
import type { FoundRecord } from './set-aside';

/** The damaged records a store has read and not yet set aside. */
export class Damage {
  #found: FoundRecord[] = [];

  note(store: StoreName, key: string, problem: string, record: unknown): void {
    this.#found.push({ store, key, problem, record });
  }

  /** What was found since the last call, for the store to set aside. */
  take(): FoundRecord[] {
    const found = this.#found;
    this.#found = [];
    return found;
  }
}

interface Checked {
  checkpoint: Checkpoint;
  sessions: SessionRecord;
  routines: SavedRoutine;
  plans: SavedPlan;
  practice: PracticePlan;
}

const SCHEMAS: { [K in keyof Checked]: () => Promise<GenericSchema<unknown, Checked[K]>> } = {
  checkpoint: () => import('../player/checkpoint').then((module) => module.CheckpointSchema),
  sessions: () => import('../history/session-schema').then((module) => module.SessionSchema),
  routines: () => import('./saved').then((module) => module.SavedRoutineSchema),
  plans: () => import('./saved').then((module) => module.SavedPlanSchema),
  practice: () => import('../share/practice').then((module) => module.PracticePlanSchema),
};

/** Where each kind of record keeps its key (the object stores' key paths). */
const KEYS: { [K in keyof Checked]: (record: unknown) => unknown } = {
  checkpoint: () => 'current',
  sessions: (record) => field(record, 'id'),
  routines: (record) => field(field(record, 'routine'), 'id'),
  plans: (record) => field(field(record, 'assignment'), 'id'),
  practice: (record) => field(record, 'planId'),
};

function field(record: unknown, name: string): unknown {
  return typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[name] : undefined;
}

/** The records of one kind that pass their schema. */
export async function readValid<K extends keyof Checked>(store: K, records: readonly unknown[], damage: Damage): Promise<Checked[K][]> {
  if (records.length === 0) return [];
  const [{ keepValid }, schema] = await Promise.all([import('./check'), SCHEMAS[store]()]);
  return keepValid(schema, records, (record, problem) => damage.note(store, String(KEYS[store](record)), problem, record));
}

/** The stored checkpoint, if there is one and it passes its schema. */
export async function readCheckpoint(stored: unknown, damage: Damage): Promise<Checkpoint | undefined> {
  if (stored === undefined || stored === null) return undefined;
  return (await readValid('checkpoint', [stored], damage))[0];
}

/** Sessions that pass their schema, newest first. */
export async function readSessions(stored: readonly unknown[], damage: Damage): Promise<SessionRecord[]> {
  return (await readValid('sessions', stored, damage)).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

/** Plans that pass their schema, newest first. */
export async function readPlans(stored: readonly unknown[], damage: Damage): Promise<SavedPlan[]> {
  return (await readValid('plans', stored, damage)).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
}

/** Settings field by field, each damaged field noted. */
export function readSettings(stored: unknown, damage: Damage): Settings {
  return settingsFrom(stored, (path) => damage.note('settings', 'settings', `${path} was damaged; its default is used`, stored));
}
