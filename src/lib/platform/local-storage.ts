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

export const localStore: KeyValueStore = {
  get(key) {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key, value) {
    try {
      localStorage.setItem(key, value);
    } catch {
      // Blocked: this visit keeps working without it.
    }
  },
  remove(key) {
    try {
      localStorage.removeItem(key);
    } catch {
      // Blocked: nothing was stored either.
    }
  },
};
