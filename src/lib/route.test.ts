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
    ['#/edit', { name: 'edit', id: null }],
    ['#/edit/my-neck', { name: 'edit', id: 'my-neck' }],
    ['#/share/back-relief', { name: 'share', id: 'back-relief' }],
    ['#/plan/Ab3dEf6hJk', { name: 'plan', id: 'Ab3dEf6hJk' }],
    ['#/r/1q1ZK-_x', { name: 'shared', payload: '1q1ZK-_x' }],
    ['#/r/', { name: 'shared', payload: '' }],
    ['#/r/1a%2Fb', { name: 'shared', payload: '1a%2Fb' }],
    ['#/report/1abc', { name: 'report', payload: '1abc' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips through href', () => {
    for (const route of [{ name: 'library' }, { name: 'routine', id: 'x y' }, { name: 'play', id: 'desk-break' }, { name: 'edit', id: null }, { name: 'edit', id: 'a/b' }, { name: 'shared', payload: '1xY-_z' }, { name: 'report', payload: '1q' }, { name: 'plan', id: 'p1' }, { name: 'share', id: 's' }] as const) {
      expect(parseRoute(href(route))).toEqual(route);
    }
  });
});
