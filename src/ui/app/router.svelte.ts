import { href, parseRoute, type Route } from '../../lib/route';

/** The current hash route as reactive state, and the one place that changes it. */
export class Router {
  #route = $state.raw<Route>(parseRoute(location.hash));
  readonly #target: Window;

  constructor(target: Window = window) {
    this.#target = target;
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
