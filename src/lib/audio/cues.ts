/** The audio edge: what the player asks of sound. Tests pass a fake; the app loads Howler. */
import type { CueSounds } from '../player/ports';
import { SOUND_FOR_CUE, type Sound } from './sprite';

export interface CuePlayer {
  play(sound: Sound): void;
  /** 0..1 */
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  /** Lets go of the sound (leaving the player). */
  unload(): void;
}

/** Plays nothing: before audio loads, and where audio cannot play. */
export const silentCues: CuePlayer = {
  play() {},
  setVolume() {},
  setMuted() {},
  unload() {},
};

/** The player's cues as sprite sounds, on whichever cue player is current (Howler loads late). */
export function cueSounds(player: () => CuePlayer): CueSounds {
  return { play: (kind) => player().play(SOUND_FOR_CUE[kind]) };
}
