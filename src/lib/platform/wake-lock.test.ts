import { describe, expect, it } from 'vitest';
import { createWakeLock } from './wake-lock';

/** A page whose visibility the test controls, and a wake-lock API that records requests. */
function fakes() {
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const requests: EventTarget[] = [];
  const grants: Promise<EventTarget>[] = [];
  const nav = {
    wakeLock: {
      request: () => {
        const sentinel = Object.assign(new EventTarget(), {
          release: async () => void sentinel.dispatchEvent(new Event('release')),
        });
        requests.push(sentinel);
        const granted = Promise.resolve(sentinel);
        grants.push(granted);
        return granted;
      },
    },
  };
  const setVisible = (visible: boolean) => {
    doc.visibilityState = visible ? 'visible' : 'hidden';
    if (!visible) for (const sentinel of requests) sentinel.dispatchEvent(new Event('release')); // the browser lets go
    doc.dispatchEvent(new Event('visibilitychange'));
  };
  /** Resolves once every lock asked for so far is granted and the page holds it. */
  const granted = async () => void (await Promise.all(grants));
  return { doc: doc as unknown as Document, nav: nav as unknown as Navigator, requests, setVisible, granted };
}

describe('wake lock', () => {
  it('holds the screen on, and asks again when the page comes back', async () => {
    const fake = fakes();
    const lock = createWakeLock(fake.doc, fake.nav);
    lock.hold();
    await fake.granted();
    expect(fake.requests).toHaveLength(1);
    fake.setVisible(false);
    await fake.granted();
    expect(fake.requests).toHaveLength(1);
    fake.setVisible(true);
    await fake.granted();
    expect(fake.requests).toHaveLength(2);
  });

  it('does not ask again once released or disposed', async () => {
    const fake = fakes();
    const lock = createWakeLock(fake.doc, fake.nav);
    lock.hold();
    await fake.granted();
    lock.dispose?.();
    fake.setVisible(false);
    fake.setVisible(true);
    await fake.granted();
    expect(fake.requests).toHaveLength(1);
  });

  it('plays on quietly where there is no wake-lock API', () => {
    const fake = fakes();
    const lock = createWakeLock(fake.doc, {} as Navigator);
    expect(() => lock.hold()).not.toThrow();
  });
});
