import { hydrate, mount } from 'svelte';
import App from './ui/app/App.svelte';
import { BrowserServices, carriedCatalog } from './ui/app/services.svelte';
import './ui/app/app.css';

const target = document.getElementById('app')!;
const services = new BrowserServices(carriedCatalog());
const options = { target, props: { services } };
const drawn = () => services.router.route.name === 'library' && target.firstElementChild !== null;

/**
 * index.html carries the library drawn at build time: the app takes it over where it stands.
 * Another screen asked for by the address is drawn afresh (index.html's first script hid the
 * library meanwhile), as is everything in development, where index.html carries nothing.
 */
function start() {
  if (drawn()) {
    hydrate(App, options);
  } else {
    target.replaceChildren();
    mount(App, options);
    delete document.documentElement.dataset.route;
  }
}

// The library is readable already: the takeover waits for the next task, so evaluating the code
// and taking the page over are two short tasks rather than one long one that would hold up a tap.
// A scheduled task, not a timer: it comes however timers are throttled or faked.
if (drawn()) void nextTask().then(start);
else start();

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
