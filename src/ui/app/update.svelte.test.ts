import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { AppWorker } from '../../lib/platform/service-worker';
import { AppUpdate } from './update.svelte';
import { watch } from '../../../tests/support/runes.svelte';

/** A service worker the test controls: `waiting()` is a new version arriving. */
function fakeWorker() {
  let onNeedRefresh: (() => void) | undefined;
  let registered = 0;
  let activated = 0;
  const worker: AppWorker = {
    register(callback) {
      registered++;
      onNeedRefresh = callback;
      return () => activated++;
    },
  };
  return { worker, waiting: () => onNeedRefresh?.(), counts: () => ({ registered, activated }) };
}

describe('AppUpdate', () => {
  it('registers the worker once and offers nothing until a new version waits', () => {
    const fake = fakeWorker();
    const update = new AppUpdate(fake.worker);
    expect(update.available).toBe(false);
    expect(fake.counts()).toEqual({ registered: 1, activated: 0 });
  });

  it('offers the new version when it waits, and activates it only when asked', () => {
    const fake = fakeWorker();
    const update = new AppUpdate(fake.worker);
    const banner = watch(() => update.available);
    fake.waiting();
    flushSync();
    expect(banner.seen).toEqual([false, true]);
    expect(fake.counts().activated).toBe(0);
    update.apply();
    expect(fake.counts().activated).toBe(1);
    banner.destroy();
  });

  it('hides the offer on "Later" without activating, until the next version', () => {
    const fake = fakeWorker();
    const update = new AppUpdate(fake.worker);
    fake.waiting();
    update.dismiss();
    expect(update.available).toBe(false);
    expect(fake.counts().activated).toBe(0);
    fake.waiting();
    expect(update.available).toBe(true);
  });
});
