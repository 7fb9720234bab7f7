/** The audio edge: what the player asks of sound. Tests pass a fake; the app loads Howler. */
import type { Sound } from './sprite';

export interface CuePlayer {
  play(sound: Sound): void;
  /** 0..1 */
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
}

/** Plays nothing: before audio loads, and where audio cannot play. */
export const silentCues: CuePlayer = {
  play() {},
  setVolume() {},
  setMuted() {},
};
