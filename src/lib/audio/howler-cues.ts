/**
 * The one file that imports Howler. Howler unlocks Web Audio on the first user gesture
 * (the iOS Safari rule) and plays the sprite; cues are short, so they mix over the user's
 * own music instead of stopping it.
 */
import { Howl, Howler } from 'howler';
import type { TrackPlayer } from '../player/ports';
import type { CuePlayer } from './cues';
import { SPRITE, type Sound } from './sprite';

interface AudioSession {
  type: string;
}

/** The bedtime track: one long sound, streamed (HTML5 audio keeps playing with the screen locked). */
export function createTrackPlayer(url: string): TrackPlayer {
  const howl = new Howl({ src: [url], format: ['wav'], html5: true, preload: true });
  return {
    play: () => {
      if (!howl.playing()) howl.play();
    },
    pause: () => {
      howl.pause();
    },
    seek: (ms) => {
      howl.seek(ms / 1000);
    },
    position: () => howl.seek() * 1000,
    playing: () => howl.playing(),
    unload: () => {
      howl.unload();
    },
  };
}

export function createHowlerCues(src: string): CuePlayer {
  // Safari 16.4+: an "ambient" session mixes with other apps' audio rather than pausing it.
  const session = (navigator as Navigator & { audioSession?: AudioSession }).audioSession;
  if (session) session.type = 'ambient';
  const howl = new Howl({ src: [src], sprite: SPRITE, preload: true, html5: false });
  return {
    play(sound: Sound) {
      howl.play(sound);
    },
    setVolume(volume: number) {
      Howler.volume(Math.min(1, Math.max(0, volume)));
    },
    setMuted(muted: boolean) {
      Howler.mute(muted);
    },
    unload() {
      howl.unload();
    },
  };
}
