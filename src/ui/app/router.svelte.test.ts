import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
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
  return { target: Object.assign(events, { location }), go };
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
