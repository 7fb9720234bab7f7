import { href, parseRoute, type Route } from '../../lib/route';

/** The current hash route as reactive state, and the one place that changes it. */
export class Router {
  #route: Route;
  readonly #target: Pick<Window, 'location' | 'addEventListener'>;

  /** `target` is the window whose address it follows; tests pass a fake. */
  constructor(target: Pick<Window, 'location' | 'addEventListener'> = window) {
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
