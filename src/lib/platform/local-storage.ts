/**
 * Small synchronous storage for what must be known before any script loads: the theme that
 * index.html's inline script reads for the first paint. localStorage throws a SecurityError
 * when storage is blocked (some private modes, sandboxed frames, even on merely reading
 * `localStorage`): then writes are dropped and the app carries on. There is no `get`: nothing
 * in the app reads these keys back, and this code ships on the start page.
 */
export interface KeyValueStore {
  set(key: string, value: string): void;
  remove(key: string): void;
}

export const localStore: KeyValueStore = {
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
