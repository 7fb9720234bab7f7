import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { HeldLinks } from './held-links';
import { Router } from './router.svelte';
import { watch } from '../../../tests/support/runes.svelte';

/** A window whose address the test changes, firing hashchange as a browser does. */
function fakeWindow(hash: string) {
  const events = new EventTarget();
  const location = { hash } as Location;
  const go = (next: string) => {
    location.hash = next;
    events.dispatchEvent(new Event('hashchange'));
  };
  const history: Pick<History, 'state' | 'replaceState'> = { state: null, replaceState: () => undefined };
  return { target: Object.assign(events, { location, history }), go };
}

describe('Router', () => {
  it('starts on the route in the address', () => {
    expect(new Router(fakeWindow('#/routine/back-relief').target).route).toEqual({ name: 'routine', id: 'back-relief' });
    expect(new Router(fakeWindow('').target).route).toEqual({ name: 'library' });
  });

  it('follows the address as it changes', () => {
    const { target, go } = fakeWindow('#/');
    const router = new Router(target);
    const screens = watch(() => router.route.name);
    go('#/history');
    flushSync();
    go('#/play/desk-break');
    flushSync();
    expect(screens.seen).toEqual(['library', 'history', 'play']);
    expect(router.route).toEqual({ name: 'play', id: 'desk-break' });
    screens.destroy();
  });
});

describe('Router with links held out of the address', () => {
  function fakeTab(hash: string) {
    const { target, go } = fakeWindow(hash);
    const replaced: string[] = [];
    target.history.replaceState = (_state: unknown, _title: string, url?: string | URL | null) => {
      replaced.push(String(url));
      target.location.hash = String(url);
    };
    return { target, go, replaced };
  }
  const memorySlots = () => {
    const slots = new Map<string, string>();
    return { slots, get: (key: string) => slots.get(key) ?? null, set: (key: string, value: string) => void slots.set(key, value), remove: (key: string) => void slots.delete(key) };
  };

  it('cuts a plan or report link back to its short route, and keeps the payload for the screen', () => {
    const storage = memorySlots();
    const held = new HeldLinks(storage);
    const { target, go, replaced } = fakeTab('#/r/2back-relief.AbCdEfGh.1plan');
    const router = new Router(target, held);
    expect(router.route).toEqual({ name: 'shared', payload: '2back-relief.AbCdEfGh.1plan' });
    expect(target.location.hash).toBe('#/r');
    go('#/report/1report');
    flushSync();
    expect(router.route).toEqual({ name: 'report', payload: '1report' });
    expect(replaced).toEqual(['#/r', '#/report']);
    expect(held.get('shared')).toEqual({ link: '2back-relief.AbCdEfGh.1plan' });
    // A reload of the tab: the short route, and the payload from the tab's session storage.
    const reloaded = new HeldLinks(storage);
    expect(new Router(fakeTab('#/report').target, reloaded).route).toEqual({ name: 'report', payload: null });
    expect(reloaded.get('report')).toEqual({ link: '1report' });
    expect(reloaded.get('shared')).toEqual({ link: '2back-relief.AbCdEfGh.1plan' });
  });

  it('holds in memory when session storage refuses, and ignores what it cannot read', () => {
    const blocked = new HeldLinks({ get: () => null, set: () => undefined, remove: () => undefined });
    blocked.hold('report', { reportFile: '{}' });
    expect(blocked.get('report')).toEqual({ reportFile: '{}' });
    expect(new HeldLinks({ get: () => '{"link": 5}', set: () => undefined, remove: () => undefined }).get('report')).toBeUndefined();
    const quiet = new HeldLinks({ get: () => 'not json', set: () => undefined, remove: () => undefined });
    expect(quiet.get('shared')).toBeUndefined();
    quiet.hold('shared', { link: '1abc' });
    expect(quiet.get('shared')).toEqual({ link: '1abc' });
  });

  it('shows a report file opened twice in a row, though the address does not change', () => {
    const { target } = fakeTab('#/report');
    const router = new Router(target, new HeldLinks());
    const first = router.route;
    router.go({ name: 'report', payload: null });
    expect(router.route).toEqual(first);
    expect(router.route).not.toBe(first);
  });
});
