/**
 * The service worker (vite-plugin-pwa, Workbox): registered in production builds; when a new
 * version is waiting, `available` turns true and the app offers to reload. It never reloads
 * by itself, so a routine in progress is never cut off.
 */
export class AppUpdate {
  #available = $state(false);
  #apply: ((reload?: boolean) => Promise<void>) | undefined;

  constructor() {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    void import('virtual:pwa-register').then(({ registerSW }) => {
      this.#apply = registerSW({
        immediate: true, // loaded after the page's load event, so register now
        onNeedRefresh: () => {
          this.#available = true;
        },
      });
    });
  }

  get available(): boolean {
    return this.#available;
  }

  /** Activates the new version; the page reloads once it takes over. */
  apply(): void {
    void this.#apply?.(true);
  }

  dismiss(): void {
    this.#available = false;
  }
}
