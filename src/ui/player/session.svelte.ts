/**
 * The player as the screen sees it: runes that mirror lib/player's runner (which does the
 * work), the before and after ratings, and the screen-off track's address, which this class
 * gives back to the browser when the session closes.
 */
import type { CuePlayer } from '../../lib/audio/cues';
import type { Voice } from '../../lib/audio/speech';
import type { AreaRatings } from '../../lib/history/records';
import type { Checkpoint } from '../../lib/player/checkpoint';
import type { Clock } from '../../lib/player/clock';
import type { CheckpointStore, SessionLog, TrackPlayer } from '../../lib/player/ports';
import { PlayerRunner, type RunnerSnapshot } from '../../lib/player/runner';
import type { Segment } from '../../lib/player/timeline';
import { playerView } from '../../lib/player/view';
import { segmentLabel as labelSegment } from '../../lib/player/words';
import { revokeBlobUrl } from '../../lib/platform/blob-url';
import type { MediaSessionAdapter } from '../../lib/platform/media-session';
import type { WakeLock } from '../../lib/platform/wake-lock';
import type { Routine } from '../../lib/routine/schema-only';
import type { Settings } from '../../lib/settings';
import { t } from '../strings/player';
import { SessionRatings } from './ratings.svelte';
import { runnerPorts } from './runner-ports';

/** The adapters the player screen hands in; the session joins them into the runner's ports. */
export interface PlayerDeps {
  clock: Clock;
  cues: () => CuePlayer;
  voice: Voice;
  store: CheckpointStore & SessionLog;
  wakeLock: WakeLock;
  media: MediaSessionAdapter;
  settings: () => Settings;
  newId: () => string;
  /** Asks the browser to keep stored data; called once a session is recorded. */
  persist?: () => Promise<unknown>;
}

/** Where in the routine a segment is, in words: "Step 2 of 7 · Left side". */
export function segmentLabel(routine: Routine, segment: Segment): string {
  return labelSegment(routine, segment, t.player);
}

/** One routine on the player screen, from Start (or a checkpoint) until the user leaves. */
export class PlayerSession {
  readonly routine: Routine;
  readonly #runner: PlayerRunner;
  readonly #ratings: SessionRatings;
  #snapshot: RunnerSnapshot;
  #trackUrl = $state<string | null>(null);
  readonly view = $derived.by(() => playerView(this.timeline, this.#snapshot.state, this.#snapshot.now, this.routine.steps.length));

  constructor(routine: Routine, deps: PlayerDeps, restore?: Checkpoint) {
    this.routine = routine;
    this.#ratings = new SessionRatings(deps.store, () => this.#runner.sessionId, restore);
    this.#runner = new PlayerRunner(routine, { ...runnerPorts(deps), before: () => this.#ratings.before }, restore);
    this.#snapshot = $state.raw(this.#runner.snapshot);
    this.#runner.subscribe((snapshot) => (this.#snapshot = snapshot));
  }

  get timeline() { return this.#runner.timeline; }
  /** Every cue of this routine with its time: what the bedtime track renders. */
  get cueSchedule() { return this.#runner.cueSchedule; }
  get state() { return this.#snapshot.state; }
  get sessionId() { return this.#snapshot.sessionId; }
  /** The latest step change, in words, for the aria-live region. */
  get announcement() { return this.#snapshot.announcement; }
  /** Something of this session could not be written (storage full, gone or unavailable): the UI says so. */
  get saveFailed() { return this.#snapshot.saveFailed || this.#ratings.failed; }
  /** A write failed that trying again may fix (not a store that keeps nothing). */
  get canRetry() { return this.#snapshot.record === 'failed' || this.#ratings.failed; }
  /** Where the completed session's record is: "Routine complete" shows once it is saved. */
  get record() { return this.#snapshot.record; }
  /** The last checkpoint could not be written: a reload now would lose the progress. */
  get checkpointFailed() { return this.#snapshot.checkpointFailed; }
  /** The rendered track's address while screen-off guidance is on. */
  get trackUrl() { return this.#trackUrl; }

  get tensionBefore() { return this.#ratings.tensionBefore; }
  get tensionAfter() { return this.#ratings.tensionAfter; }
  get areasBefore() { return this.#ratings.areasBefore; }
  get areasAfter() { return this.#ratings.areasAfter; }
  rateBefore = (value: number | undefined) => this.#ratings.rateBefore(value);
  rateAreasBefore = (ratings: AreaRatings) => this.#ratings.rateAreasBefore(ratings);
  rateAfter = (value: number) => this.#ratings.rateAfter(value);
  rateAreasAfter = (ratings: AreaRatings) => this.#ratings.rateAreasAfter(ratings);
  saveNote = (note: string) => this.#ratings.saveNote(note);

  /** Writes again what failed: the completed session, then anything rated or noted after it. */
  retry = async () => {
    if (this.#snapshot.record === 'failed') this.#runner.retrySave();
    if (this.#ratings.failed) await this.#ratings.retry();
  };

  start = () => this.#runner.start();
  pause = () => this.#runner.pause();
  resume = () => this.#runner.resume();
  next = () => this.#runner.next();
  previous = () => this.#runner.previous();
  toggle = () => this.#runner.toggle();
  refresh = () => this.#runner.refresh();
  restart = () => {
    // A finished routine played again is a new session: it starts with no ratings.
    if (this.#runner.state.status === 'finished') this.#ratings.reset();
    this.#runner.restart();
  };

  /** Hands the cues over to a rendered audio track at `url`, which this session revokes. */
  useTrack(track: TrackPlayer, url: string): void {
    this.#runner.useTrack(track);
    this.#forgetTrackUrl();
    if (this.#runner.closed) revokeBlobUrl(url);
    else this.#trackUrl = url;
  }

  /** Saves where the routine is: the page may be closed or frozen after this. */
  suspend(): void {
    this.#runner.suspend();
  }

  /** The user leaves the player; the track's address is given back. */
  async close(): Promise<void> {
    const closing = this.#runner.close();
    this.#forgetTrackUrl();
    await closing;
  }

  #forgetTrackUrl(): void {
    if (this.#trackUrl) revokeBlobUrl(this.#trackUrl);
    this.#trackUrl = null;
  }
}
