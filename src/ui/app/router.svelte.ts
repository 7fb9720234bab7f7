import { parseRoute, type Route } from '../../lib/route';

/** The current hash route as reactive state. */
export class Router {
  #route = $state.raw<Route>(parseRoute(location.hash));

  constructor(target: Window = window) {
    target.addEventListener('hashchange', () => {
      this.#route = parseRoute(target.location.hash);
    });
  }

  get route(): Route {
    return this.#route;
  }
}
