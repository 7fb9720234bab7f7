import { href, parseRoute, type Route } from '../../lib/route';

/** What the router needs of a window: its address, and word when the fragment changes. */
export interface AddressBar {
  location: Pick<Location, 'hash'>;
  addEventListener(type: 'hashchange', listener: () => void): void;
}

/** The current hash route as reactive state, and the one place that changes it. */
export class Router {
  #route: Route;
  readonly #target: AddressBar;

  /** `target` is the window whose address it follows; tests and the build's prerender pass a fake. */
  constructor(target: AddressBar = window) {
    this.#target = target;
    this.#route = $state.raw(parseRoute(target.location.hash));
    target.addEventListener('hashchange', () => {
      this.#route = parseRoute(target.location.hash);
    });
  }

  get route(): Route {
    return this.#route;
  }

  /** Goes to a screen, as a link would (the browser's back button returns). */
  go(route: Route): void {
    this.#target.location.hash = href(route);
  }
}
