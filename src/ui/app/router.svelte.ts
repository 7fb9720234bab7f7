import { href, parseRoute, type Route } from '../../lib/route';
import type { HeldLinks } from './held-links';

/** What the router needs of a window: its address, word when the fragment changes, and history to cut a link's payload from. */
export interface AddressBar {
  location: Pick<Location, 'hash'>;
  addEventListener(type: 'hashchange', listener: () => void): void;
  history: Pick<History, 'replaceState' | 'state'>;
}

/**
 * The current hash route as reactive state, and the one place that changes it. A plan or
 * report link's payload is read into `held` and the address cut back to its short route
 * (`#/r`, `#/report`), so the health data in it is not left in history; the route keeps the
 * payload in memory for the screen.
 */
export class Router {
  #route: Route;
  readonly #target: AddressBar;
  readonly #held: HeldLinks | undefined;

  /** `target` is the window whose address it follows; tests and the build's prerender pass a fake. */
  constructor(target: AddressBar = window, held?: HeldLinks) {
    this.#target = target;
    this.#held = held;
    this.#route = $state.raw(this.#read());
    target.addEventListener('hashchange', () => {
      this.#route = this.#read();
    });
  }

  get route(): Route {
    return this.#route;
  }

  /** Goes to a screen, as a link would (the browser's back button returns). */
  go(route: Route): void {
    const hash = href(route);
    // The same address again (another report file on the report screen): no hashchange comes.
    if (this.#target.location.hash === hash) this.#route = this.#read();
    else this.#target.location.hash = hash;
  }

  #read(): Route {
    const route = parseRoute(this.#target.location.hash);
    if (this.#held && (route.name === 'shared' || route.name === 'report') && route.payload) {
      this.#held.hold(route.name, { link: route.payload });
      this.#target.history.replaceState(this.#target.history.state, '', href({ name: route.name, payload: null }));
    }
    return route;
  }
}
