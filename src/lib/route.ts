/** The app's hash routes (see design.md); pure so it is tested without a browser. */
export type Route =
  | { name: 'library' }
  | { name: 'routine'; id: string }
  | { name: 'play'; id: string }
  | { name: 'settings' }
  | { name: 'history' }
  | { name: 'edit'; id: string | null }
  | { name: 'share'; id: string }
  | { name: 'plan'; id: string }
  /** A therapist's clients; with a plan id, that plan and its kept report. */
  | { name: 'clients'; planId: string | null }
  /** `payload: null` is the short route a link is cut back to once read: the payload is held in the tab. */
  | { name: 'shared'; payload: string | null }
  | { name: 'report'; payload: string | null }
  | { name: 'not-found'; path: string };

/** Reads `#/routine/back-relief` and friends. Unknown paths are not-found, never an error. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { name: 'library' };
  if (path === '/settings' || path === '/settings/') return { name: 'settings' };
  if (path === '/history' || path === '/history/') return { name: 'history' };
  if (path === '/edit' || path === '/edit/') return { name: 'edit', id: null };
  if (path === '/clients' || path === '/clients/') return { name: 'clients', planId: null };
  const kept = /^\/clients\/([A-Za-z0-9_-]{6,40})$/.exec(path);
  if (kept) return { name: 'clients', planId: kept[1]! };
  if (path === '/r') return { name: 'shared', payload: null };
  if (path === '/report') return { name: 'report', payload: null };
  // Link payloads are base64url: taken as they are, never URL-decoded.
  const payload = /^\/(r|report)\/([^/?#]*)$/.exec(path);
  if (payload) return { name: payload[1] === 'r' ? 'shared' : 'report', payload: payload[2]! };
  const match = /^\/(routine|play|edit|share|plan)\/([^/?#]+)\/?$/.exec(path);
  if (match) {
    let id: string;
    try {
      id = decodeURIComponent(match[2]!);
    } catch {
      return { name: 'not-found', path };
    }
    return { name: match[1] as 'routine' | 'play' | 'edit' | 'share' | 'plan', id };
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
    case 'edit':
      return route.id === null ? '#/edit' : `#/edit/${encodeURIComponent(route.id)}`;
    case 'routine':
    case 'play':
    case 'share':
    case 'plan':
      return `#/${route.name}/${encodeURIComponent(route.id)}`;
    case 'shared':
      return route.payload === null ? '#/r' : `#/r/${route.payload}`;
    case 'report':
      return route.payload === null ? '#/report' : `#/report/${route.payload}`;
    case 'clients':
      return route.planId === null ? '#/clients' : `#/clients/${route.planId}`;
    case 'not-found':
      return `#${route.path}`;
  }
}

/** Links to each screen, all built by `href`, for markup: `to.play('desk-break')` is `#/play/desk-break`. */
export const to = {
  library: () => href({ name: 'library' }),
  history: () => href({ name: 'history' }),
  settings: () => href({ name: 'settings' }),
  routine: (id: string) => href({ name: 'routine', id }),
  play: (id: string) => href({ name: 'play', id }),
  edit: (id: string | null = null) => href({ name: 'edit', id }),
  share: (id: string) => href({ name: 'share', id }),
  plan: (id: string) => href({ name: 'plan', id }),
  shared: (payload: string) => href({ name: 'shared', payload }),
  report: (payload: string) => href({ name: 'report', payload }),
  clients: (planId: string | null = null) => href({ name: 'clients', planId }),
} as const;
