/**
 * Keeps the screen on while a routine plays (Screen Wake Lock API). The browser releases the
 * lock whenever the page is hidden, so it is asked for again when the page becomes visible.
 * No hidden-video tricks: they would stop the user's own music.
 */
export interface WakeLock {
  hold(): void;
  release(): void;
  /** Releases the lock and stops listening to the page: the player is gone. */
  dispose?(): void;
}

export function createWakeLock(doc: Document = document, nav: Navigator = navigator): WakeLock {
  const api = 'wakeLock' in nav ? nav.wakeLock : undefined;
  let wanted = false;
  let sentinel: WakeLockSentinel | null = null;

  const acquire = async () => {
    if (!api || !wanted || sentinel || doc.visibilityState !== 'visible') return;
    try {
      sentinel = await api.request('screen');
      sentinel.addEventListener('release', () => (sentinel = null));
      if (!wanted) void release();
    } catch {
      // Refused (battery saver, no permission): the routine plays on; the screen may dim.
    }
  };
  const release = async () => {
    const held = sentinel;
    sentinel = null;
    await held?.release().catch(() => undefined);
  };
  const onVisibility = () => void acquire();
  doc.addEventListener('visibilitychange', onVisibility);

  return {
    hold() {
      wanted = true;
      void acquire();
    },
    release() {
      wanted = false;
      void release();
    },
    dispose() {
      wanted = false;
      void release();
      doc.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
