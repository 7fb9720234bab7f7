/** The app's hash routes (see design.md); pure so it is tested without a browser. */
export type Route =
  | { name: 'library' }
  | { name: 'routine'; id: string }
  | { name: 'play'; id: string }
  | { name: 'settings' }
  | { name: 'history' }
  | { name: 'not-found'; path: string };

/** Reads `#/routine/back-relief` and friends. Unknown paths are not-found, never an error. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { name: 'library' };
  if (path === '/settings' || path === '/settings/') return { name: 'settings' };
  if (path === '/history' || path === '/history/') return { name: 'history' };
  const match = /^\/(routine|play)\/([^/?#]+)\/?$/.exec(path);
  if (match) {
    let id: string;
    try {
      id = decodeURIComponent(match[2]!);
    } catch {
      return { name: 'not-found', path };
    }
    return { name: match[1] as 'routine' | 'play', id };
  }
  return { name: 'not-found', path };
}

/** The hash for a route, for links. */
export function href(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'history':
      return '#/history';
    case 'routine':
    case 'play':
      return `#/${route.name}/${encodeURIComponent(route.id)}`;
    case 'not-found':
      return `#${route.path}`;
  }
}
