import { describe, expect, it } from 'vitest';
import { href, parseRoute } from './route';

describe('routes', () => {
  it.each([
    ['', { name: 'library' }],
    ['#/', { name: 'library' }],
    ['#/routine/back-relief', { name: 'routine', id: 'back-relief' }],
    ['#/routine/back-relief/', { name: 'routine', id: 'back-relief' }],
    ['#/play/desk-break', { name: 'play', id: 'desk-break' }],
    ['#/routine/a%20b', { name: 'routine', id: 'a b' }],
    ['#/routine/%E0%A4%A', { name: 'not-found', path: '/routine/%E0%A4%A' }],
    ['#/settings', { name: 'settings' }],
    ['#/history', { name: 'history' }],
    ['#/nowhere', { name: 'not-found', path: '/nowhere' }],
    ['#/routine/', { name: 'not-found', path: '/routine/' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips through href', () => {
    for (const route of [{ name: 'library' }, { name: 'routine', id: 'x y' }, { name: 'play', id: 'desk-break' }] as const) {
      expect(parseRoute(href(route))).toEqual(route);
    }
  });
});
