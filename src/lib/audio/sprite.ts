/**
 * The cue sprite's layout: one MP3 (public/audio/cues.mp3) holding every sound at a fixed
 * offset. scripts/make-cues.ts writes the file from this table; the Howler adapter reads it.
 */
import type { CueKind } from '../player/cues';

export type Sound = 'chime' | 'tick' | 'bell' | 'gong';

/** [offset ms, length ms] of each sound in the sprite. */
export const SPRITE: Record<Sound, [number, number]> = {
  chime: [0, 1600],
  tick: [2000, 160],
  bell: [2500, 2000],
  gong: [5000, 3600],
};

export const SPRITE_LENGTH_MS = 9000;

/** Which sound each cue makes: a chime for a new step, a bell to switch sides, a gong at the end. */
export const SOUND_FOR_CUE: Record<CueKind, Sound> = {
  step: 'chime',
  tick: 'tick',
  halfway: 'bell',
  switch: 'bell',
  end: 'gong',
};
