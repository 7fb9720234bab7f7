import { href, parseRoute, type Route } from '../../lib/route';
import type { HeldLinks } from './held-links';

type Target = Pick<Window, 'location' | 'addEventListener'> & { history: Pick<History, 'replaceState' | 'state'> };

/**
 * The current hash route as reactive state, and the one place that changes it. A plan or
 * report link's payload is read into `held` and the address cut back to its short route
 * (`#/r`, `#/report`), so the health data in it is not left in history; the route keeps the
 * payload in memory for the screen.
 */
export class Router {
  #route: Route;
  readonly #target: Target;
  readonly #held: HeldLinks | undefined;

  /** `target` is the window whose address it follows; tests pass a fake. */
  constructor(target: Target = window, held?: HeldLinks) {
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
