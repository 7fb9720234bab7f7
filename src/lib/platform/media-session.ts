/**
 * Lock-screen and headset controls through the Media Session API: title, step and artwork,
 * with play, pause, next and previous wired to the player.
 */
export interface MediaControls {
  play: () => void;
  pause: () => void;
  next: () => void;
  previous: () => void;
}

export interface MediaSessionAdapter {
  show(info: { routine: string; step: string; playing: boolean }): void;
  clear(): void;
}

export function createMediaSession(controls: MediaControls, artwork: string): MediaSessionAdapter {
  const session = typeof navigator !== 'undefined' && 'mediaSession' in navigator ? navigator.mediaSession : undefined;
  if (!session || typeof MediaMetadata === 'undefined') return { show() {}, clear() {} };
  const handlers: [MediaSessionAction, () => void][] = [
    ['play', controls.play],
    ['pause', controls.pause],
    ['nexttrack', controls.next],
    ['previoustrack', controls.previous],
  ];
  const bind = (on: boolean) => {
    for (const [action, handler] of handlers) {
      try {
        session.setActionHandler(action, on ? handler : null);
      } catch {
        // An action this browser does not support.
      }
    }
  };
  let bound = false;
  return {
    show({ routine, step, playing }) {
      if (!bound) {
        bind(true);
        bound = true;
      }
      // A new step changes the title of what is shown; a new MediaMetadata (its artwork read
      // again) only for a new routine, as this runs at the very moment a step changes.
      const shown = session.metadata;
      if (shown && shown.artist === routine) shown.title = step;
      else session.metadata = new MediaMetadata({ title: step, artist: routine, album: 'Unknot', artwork: [{ src: artwork, sizes: 'any', type: 'image/svg+xml' }] });
      session.playbackState = playing ? 'playing' : 'paused';
    },
    clear() {
      bind(false);
      bound = false;
      session.metadata = null;
      session.playbackState = 'none';
    },
  };
}
