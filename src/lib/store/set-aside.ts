/**
 * Damaged records kept aside: how a found one becomes an entry (one per record, however many
 * problems it has), how entries read back, and the file the user downloads them as.
 */
import type { DamagedRecord, SetAsideRecord, StoreName } from './local-store';

/** A damaged record as a store found it, with the record itself. */
export interface FoundRecord extends DamagedRecord {
  record: unknown;
}

/** JSON of anything IndexedDB can hold: big integers as text, a cycle or other oddity named. */
function json(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? `${item}n` : item)) ?? 'null';
  } catch (error) {
    return JSON.stringify(`[not JSON: ${error instanceof Error ? error.message : String(error)}]`);
  }
}

/** A short, stable fingerprint of a record's content (FNV-1a over its JSON), in base 36. */
export function fingerprint(value: unknown): string {
  let hash = 0x811c9dc5;
  const text = json(value);
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** One entry per damaged record, its problems joined: a settings record with two bad fields is one record. */
export function setAsideEntries(found: readonly FoundRecord[], now: Date): SetAsideRecord[] {
  const entries = new Map<string, SetAsideRecord>();
  for (const { store, key, problem, record } of found) {
    const id = `${store}/${key}/${fingerprint(record)}`;
    const entry = entries.get(id);
    if (entry) {
      if (!entry.problem.split('; ').includes(problem)) entry.problem = `${entry.problem}; ${problem}`;
    } else {
      entries.set(id, { id, store, key, problem, foundAt: now.toISOString(), record });
    }
  }
  return [...entries.values()];
}

const STORES: readonly string[] = ['settings', 'checkpoint', 'sessions', 'routines', 'plans', 'practice'] satisfies StoreName[];

/** Entries as stored, newest first; whatever shape one has, it is listed, never dropped. */
export function readSetAside(stored: readonly unknown[]): SetAsideRecord[] {
  return stored
    .map((item, index): SetAsideRecord => {
      const entry = typeof item === 'object' && item !== null ? (item as Partial<Record<keyof SetAsideRecord, unknown>>) : {};
      const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
      return {
        id: text(entry.id, `unknown/${index}`),
        store: (STORES.includes(entry.store as string) ? entry.store : 'sessions') as StoreName,
        key: text(entry.key, ''),
        problem: text(entry.problem, 'unknown'),
        foundAt: text(entry.foundAt, ''),
        record: 'record' in entry ? entry.record : item,
      };
    })
    .sort((a, b) => b.foundAt.localeCompare(a.foundAt));
}

/** The download of set-aside records: the records as they were stored, with what was wrong. */
export function setAsideFile(records: readonly SetAsideRecord[], now: Date): string {
  const body = {
    format: 'unknot-set-aside',
    version: 1,
    exportedAt: now.toISOString(),
    note: 'Records Unknot found damaged on this device and kept apart, exactly as they were stored.',
    records: records.map(({ store, key, problem, foundAt, record }) => ({ store, key, problem, foundAt, record: JSON.parse(json(record)) as unknown })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
