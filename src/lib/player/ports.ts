/**
 * What the player runner asks of the world, each as small as it can be: the app hands in
 * adapters (Howler, speech synthesis, wake lock, media session, the local store), tests hand
 * in fakes from tests/support/player.ts. Nothing here names a browser API.
 */
import type { SessionChange, SessionRecord } from '../history/records';
import type { Checkpoint } from './checkpoint';
import type { CueKind } from './cues';

/** Plays the sound of one cue. */
export interface CueSounds {
  play(kind: CueKind): void;
}

/** Speaks guidance aloud; only the newest words matter. */
export interface Speaker {
  say(text: string): void;
  cancel(): void;
}

/** What the lock screen and headset controls show. */
export interface NowPlaying {
  routine: string;
  step: string;
  playing: boolean;
}

/** The device's screen: kept on while a routine plays, and what plays shown on the lock screen. */
export interface Screen {
  /** Keep the screen on. */
  hold(): void;
  /** Let it sleep again. */
  release(): void;
  show(info: NowPlaying): void;
  /** The player is gone: nothing to show. */
  clear(): void;
}

/** The bedtime track: one long sound with every cue in it, which keeps time with the screen off. */
export interface TrackPlayer {
  play(): void;
  pause(): void;
  /** Moves to a position in ms. */
  seek(ms: number): void;
  /** The position in ms. */
  position(): number;
  playing(): boolean;
  unload(): void;
}

/** Where the routine in progress is kept, so a reload resumes it. */
export interface CheckpointStore {
  saveCheckpoint(checkpoint: Checkpoint): Promise<void>;
  clearCheckpoint(): Promise<void>;
}

/** Where finished and stopped sessions are recorded. */
export interface SessionLog {
  /** False when sessions are not kept across visits: the player says the session was not saved. */
  readonly available: boolean;
  recordSession(session: SessionRecord): Promise<void>;
  updateSession(id: string, change: SessionChange): Promise<void>;
}

/** The settings the runner follows, read afresh each time they matter. */
export interface PlayerSettings {
  cues: Record<CueKind, boolean>;
  voice: boolean;
  getReadySeconds: number;
}
