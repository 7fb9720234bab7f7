import { describe, expect, it } from 'vitest';
import { href, parseRoute, to } from './route';

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
    ['#/r', { name: 'shared', payload: null }],
    ['#/clients', { name: 'clients', planId: null }],
    ['#/clients/Ab3dEf6hJk', { name: 'clients', planId: 'Ab3dEf6hJk' }],
    ['#/clients/a%20b', { name: 'not-found', path: '/clients/a%20b' }],
    ['#/report', { name: 'report', payload: null }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips through href', () => {
    for (const route of [{ name: 'library' }, { name: 'routine', id: 'x y' }, { name: 'play', id: 'desk-break' }, { name: 'edit', id: null }, { name: 'edit', id: 'a/b' }, { name: 'shared', payload: '1xY-_z' }, { name: 'report', payload: '1q' }, { name: 'shared', payload: null }, { name: 'report', payload: null }, { name: 'clients', planId: null }, { name: 'clients', planId: 'Ab3dEf6hJk' }, { name: 'plan', id: 'p1' }, { name: 'share', id: 's' }] as const) {
      expect(parseRoute(href(route))).toEqual(route);
    }
  });

  it('builds every link through href, encoding ids', () => {
    expect(to.library()).toBe('#/');
    expect(to.routine('a b')).toBe('#/routine/a%20b');
    expect(to.play('desk-break')).toBe('#/play/desk-break');
    expect(to.edit()).toBe('#/edit');
    expect(to.edit('a/b')).toBe('#/edit/a%2Fb');
    expect(to.share('x')).toBe('#/share/x');
    expect(to.plan('p1')).toBe('#/plan/p1');
    expect(to.shared('1xY')).toBe('#/r/1xY');
    expect(to.report('1q')).toBe('#/report/1q');
    expect(to.history()).toBe('#/history');
    expect(to.settings()).toBe('#/settings');
  });
});
