import type { StorageProblem } from '../../lib/store/local-store';

/** Problems that stay until the page reloads: nothing is saved while one holds. */
const LASTING: readonly StorageProblem[] = ['replaced', 'closed', 'newer'];

/**
 * What the device's storage can keep right now, as reactive state: the store reports each
 * problem (openLocalStore's `onProblem`), the notice above every screen shows it. A notice the
 * user dismissed comes back with the next failure, so no write ever fails silently.
 */
export class StorageHealth {
  #problem = $state<StorageProblem | null>(null);
  #dismissed = $state(false);
  readonly #reload: () => void;

  /** `reload`: what Reload does; the page's own reload unless a test hands in a fake. */
  constructor(reload: () => void = () => location.reload()) {
    this.#reload = reload;
  }

  /** The latest problem, shown or dismissed; null while all is well. */
  get problem(): StorageProblem | null {
    return this.#problem;
  }

  /** The problem the notice shows: null when there is none or the user dismissed it. */
  get notice(): StorageProblem | null {
    return this.#dismissed ? null : this.#problem;
  }

  /** A problem from the store, or null once a `blocked` upgrade has gone through. */
  report = (problem: StorageProblem | null): void => {
    this.#dismissed = false;
    // A lost connection outlasts anything reported after it, until the page reloads.
    if (this.#problem && LASTING.includes(this.#problem)) return;
    this.#problem = problem;
  };

  dismiss(): void {
    this.#dismissed = true;
  }

  reload(): void {
    this.#reload();
  }
}
