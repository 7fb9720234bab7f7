import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMediaSession } from './media-session';

/** The Media Session API as a page sees it, recording each MediaMetadata made. */
function fakeMediaSession() {
  const made: { title: string; artist: string }[] = [];
  class MediaMetadata {
    title: string;
    artist: string;
    constructor(init: { title: string; artist: string }) {
      this.title = init.title;
      this.artist = init.artist;
      made.push(init);
    }
  }
  const session = { metadata: null as MediaMetadata | null, playbackState: 'none', setActionHandler: () => {} };
  vi.stubGlobal('MediaMetadata', MediaMetadata);
  vi.stubGlobal('navigator', { mediaSession: session });
  return { session, made };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('media session', () => {
  it('shows each step as the title of one routine, and makes its artwork once per routine', () => {
    const { session, made } = fakeMediaSession();
    const media = createMediaSession({ play() {}, pause() {}, next() {}, previous() {} }, '/icon.svg');
    media.show({ routine: 'Desk break', step: 'Shoulder rolls', playing: true });
    media.show({ routine: 'Desk break', step: 'Neck glides', playing: true });
    media.show({ routine: 'Desk break', step: 'Neck glides', playing: false });
    expect(made).toHaveLength(1);
    expect(session.metadata).toMatchObject({ title: 'Neck glides', artist: 'Desk break' });
    expect(session.playbackState).toBe('paused');
    media.show({ routine: 'Feet', step: 'Toe pulls', playing: true });
    expect(made.map(({ artist }) => artist)).toEqual(['Desk break', 'Feet']);
    media.clear();
    expect(session.metadata).toBeNull();
  });
});
