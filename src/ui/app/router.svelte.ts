import { parseRoute, type Route } from '../../lib/route';

/** The current hash route as reactive state. */
export class Router {
  #route: Route;

  /** `target` is the window whose address it follows; tests pass a fake. */
  constructor(target: Pick<Window, 'location' | 'addEventListener'> = window) {
    this.#route = $state.raw(parseRoute(target.location.hash));
    target.addEventListener('hashchange', () => {
      this.#route = parseRoute(target.location.hash);
    });
  }

  get route(): Route {
    return this.#route;
  }
}
