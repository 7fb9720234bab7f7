/**
 * The tab's sessionStorage, for what must survive a reload of this tab and nothing longer (a
 * link read out of the address bar). Like localStorage it throws where storage is blocked:
 * then nothing is kept, and the app keeps the value in memory only.
 */
export interface SessionSlots {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export const sessionSlots: SessionSlots = {
  get(key) {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key, value) {
    try {
      sessionStorage.setItem(key, value);
    } catch {
      // Blocked or full: the value stays in memory for this visit.
    }
  },
  remove(key) {
    try {
      sessionStorage.removeItem(key);
    } catch {
      // Blocked: nothing was kept either.
    }
  },
};
