import { appWorker, type AppWorker } from '../../lib/platform/service-worker';

/**
 * A new version of the app: when one is waiting, `available` turns true and the app offers to
 * reload. It never reloads by itself, so a routine in progress is never cut off.
 */
export class AppUpdate {
  #available = $state(false);
  #apply: () => void;

  constructor(worker: AppWorker = appWorker) {
    this.#apply = worker.register(() => {
      this.#available = true;
    });
  }

  get available(): boolean {
    return this.#available;
  }

  /** Activates the new version; the page reloads once it takes over. */
  apply(): void {
    this.#apply();
  }

  dismiss(): void {
    this.#available = false;
  }
}
