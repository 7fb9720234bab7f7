/**
 * Small synchronous key-value storage for what must be known before any script loads (the
 * theme index.html paints). localStorage throws a SecurityError when storage is blocked
 * (some private modes, sandboxed frames, even on merely reading `localStorage`): then reads
 * find nothing and writes are dropped, and the app carries on.
 */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

function quietly<T>(use: (storage: Storage) => T, otherwise: T): T {
  try {
    return use(localStorage);
  } catch {
    return otherwise;
  }
}

export const localStore: KeyValueStore = {
  get: (key) => quietly((storage) => storage.getItem(key), null),
  set: (key, value) => quietly((storage) => storage.setItem(key, value), undefined),
  remove: (key) => quietly((storage) => storage.removeItem(key), undefined),
};
