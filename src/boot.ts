/**
 * The app itself, taking over the page: loaded by main.ts at once, or on a first visit at the
 * first touch, key or focus (see first-visit.ts).
 */
import { flushSync, hydrate, mount } from 'svelte';
import App from './ui/app/App.svelte';
import { BrowserServices, carriedCatalog } from './ui/app/services.svelte';

/**
 * Starts the app in `target`. index.html carries the library drawn at build time: the app takes
 * it over where it stands. Another screen asked for by the address is drawn afresh (index.html's
 * first script hid the library meanwhile), as is everything in development, where index.html
 * carries nothing. `openedOnLibrary`: the page opened on the drawn library; if the address is
 * elsewhere now, the visitor followed a link before the app was there, so its first screen is a
 * new screen (focus moves to its heading). Resolves once the app is on the page with its
 * bindings and handlers live.
 */
export async function start(target: HTMLElement, { openedOnLibrary = false } = {}): Promise<void> {
  const services = new BrowserServices(carriedCatalog());
  const drawn = () => services.router.route.name === 'library' && target.firstElementChild !== null;
  // The library is readable already: the takeover waits for the next task, so evaluating the
  // code and taking the page over are two short tasks rather than one long one that would hold
  // up a tap. A scheduled task, not a timer: it comes however timers are throttled or faked.
  if (drawn()) await nextTask();
  // Looked at after the wait: a link followed meanwhile is a screen to draw, not the library.
  const navigated = openedOnLibrary && services.router.route.name !== 'library';
  const options = { target, props: { services, navigated } };
  if (drawn()) {
    hydrate(App, options);
  } else {
    target.replaceChildren();
    mount(App, options);
    delete document.documentElement.dataset.route;
  }
  flushSync();
}

function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask(task: () => void): Promise<void> } }).scheduler;
  if (scheduler) return scheduler.postTask(() => {});
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
