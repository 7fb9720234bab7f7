/**
 * The service worker (vite-plugin-pwa, Workbox), behind an interface so the update banner's
 * state can be tested with a fake. Registered in production builds only: a worker caching the
 * dev server's modules would serve stale code.
 */
export interface AppWorker {
  /**
   * Registers the worker; `onNeedRefresh` runs when a new version is waiting. Returns a function
   * that activates the waiting version, after which the page reloads.
   */
  register(onNeedRefresh: () => void): () => void;
}

export const appWorker: AppWorker = {
  register(onNeedRefresh) {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return () => {};
    const update = import('virtual:pwa-register').then(({ registerSW }) =>
      registerSW({ immediate: true, onNeedRefresh }), // loaded after the page's load event, so register now
    );
    return () => void update.then((activate) => activate(true));
  },
};
