/**
 * The one file that imports Howler. Howler unlocks Web Audio on the first user gesture
 * (the iOS Safari rule) and plays the sprite; cues are short, so they mix over the user's
 * own music instead of stopping it.
 */
import { Howl, Howler } from 'howler';
import type { CuePlayer } from './cues';
import { SPRITE, type Sound } from './sprite';

interface AudioSession {
  type: string;
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
  };
}
