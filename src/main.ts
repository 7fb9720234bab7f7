/**
 * The start page's only script. It starts the app (boot.ts, loaded on demand) at once; on a
 * first visit in the evening at the page's load (for the bedtime offer); or, on a first visit
 * by day to the library drawn into index.html, at the visitor's first use of the page
 * (first-visit.ts). On that visit it also registers the service worker (the app does it
 * otherwise), so the visit works offline next time even if the visitor only read.
 */
import { appWorker } from './lib/platform/service-worker';
import { storageUsed } from './lib/platform/storage';
import { startOnFirstUse } from './ui/app/first-visit';
import './ui/app/app.css';

const target = document.getElementById('app')!;
// Opened on the drawn library, the app's first screen elsewhere means a link was followed meanwhile.
const libraryDrawn = /^#?\/?$/.test(location.hash) && target.firstElementChild !== null;
// index.html's first script marks when the app starts: 'now' for another screen asked for or a
// key of ours in localStorage or sessionStorage; 'load' for the evening's bedtime offer.
const mark = libraryDrawn ? document.documentElement.dataset.start : 'now';
const onLoad = (run: () => void) => (document.readyState === 'complete' ? run() : addEventListener('load', run, { once: true }));

let failed = false;
async function start(): Promise<void> {
  // A browser remembers a module that failed to load and will not fetch it again for this page:
  // after a failure, the next use reloads the page instead.
  if (failed) {
    location.reload();
    return new Promise<void>(() => {});
  }
  try {
    const { start } = await import('./boot');
    await start(target, { openedOnLibrary: libraryDrawn });
  } catch (error) {
    failed = true;
    // Whatever screen was asked for, the drawn library shows meanwhile: its links still work.
    delete document.documentElement.dataset.route;
    throw error;
  }
}

// Either way, what the visitor does before the app has taken the page over is done again after.
const waiting = startOnFirstUse(target, start);
if (mark === 'now') {
  waiting.now();
} else if (mark === 'load') {
  // A first visit in the evening: the app shows the bedtime offer in the room kept for it. It
  // starts at the page's load, so its code does not compete with what the page shows first; a
  // first use before that starts it sooner.
  onLoad(waiting.now);
} else {
  // Anything stored here (a history, a plan, settings, or the offline copy of an earlier visit)
  // means this is not a first visit: start now. A browser that cannot say starts now too.
  void storageUsed().then((bytes) => bytes !== 0 && waiting.now());
  // A second after the page's load, so neither competes with the page and what it shows first
  // for the network: the worker, and the app's code fetched at the lowest priority (not run),
  // so a first use waits only to run it.
  onLoad(() =>
    setTimeout(() => {
      appWorker.register(() => {});
      const app = document.querySelector<HTMLMetaElement>('meta[name="unknot-app"]');
      if (!app) return; // development: no chunk to name
      for (const href of app.content.split(' ')) document.head.append(Object.assign(document.createElement('link'), { rel: 'prefetch', href, crossOrigin: '' }));
    }, 1000),
  );
}
