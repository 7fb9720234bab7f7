/**
 * The one stateful player, in plain TypeScript: it feeds events and time to the pure machine
 * and runs the effects through its ports — cues, voice, the screen, the screen-off track, the
 * checkpoint and the session log. The timer it sets only wakes it up; where the routine is
 * comes from timestamps. The UI mirrors it through subscribe().
 */
import type { SessionRecord } from '../history/records';
import { formatLength } from '../routine/duration';
import type { Routine } from '../routine/schema-only';
import type { BeforeRatings, Checkpoint } from './checkpoint';
import type { Clock } from './clock';
import { cueSchedule, type Cue } from './cues';
import { activeMs, initialState, position, transition, type Effect, type PlayerEvent, type PlayerState } from './machine';
import type { CheckpointStore, CueSounds, PlayerSettings, Screen, SessionLog, Speaker, TrackPlayer } from './ports';
import { checkpointAt, sessionRecordAt, type SessionMoment } from './saved-session';
import { buildTimeline, segmentAt, type Segment, type Timeline } from './timeline';
import { playerView, type PlayerView } from './view';
import { announceSegment, nowPlaying, sayNextUp, speakSegment, type PlayerWords } from './words';

/** Everything the runner needs from outside, handed in once. */
export interface RunnerPorts {
  clock: Clock;
  cues: CueSounds;
  voice: Speaker;
  screen: Screen;
  checkpoints: CheckpointStore;
  sessions: SessionLog;
  words: PlayerWords;
  settings: () => PlayerSettings;
  newId: () => string;
  /** Asks the browser to keep stored data; called once a session is recorded. */
  persist?: () => Promise<unknown>;
  /** The ratings given before starting, kept with the checkpoint and the session. */
  before?: () => BeforeRatings;
  /**
   * Calls back once what the listeners were just told has reached the page (after the UI's
   * update): the runner learns from it how long its changes take to show on this device.
   */
  shown?: (callback: () => void) => void;
}

/**
 * The completed session's record: none yet, being written, on disk, or failed (the UI offers
 * to try again). "Routine complete" is shown only once it is `saved`.
 */
export type RecordState = 'none' | 'saving' | 'saved' | 'failed';

/** What the UI mirrors, replaced whole on every change. */
export interface RunnerSnapshot {
  readonly state: PlayerState;
  /** When the last event happened: the view is drawn at this time. */
  readonly now: number;
  /** The latest change, in words, for the aria-live region. */
  readonly announcement: string;
  readonly sessionId: string;
  /** The session could not be written (storage full or unavailable): the UI says so. */
  readonly saveFailed: boolean;
  /** Where the completed session's record is. */
  readonly record: RecordState;
  /** The last checkpoint could not be written: a reload now would lose the progress. */
  readonly checkpointFailed: boolean;
}

/** How often the checkpoint is saved while playing, besides every step change and pause. */
export const CHECKPOINT_EVERY_MS = 1000;

/**
 * After a change that comes on time (a tick: the next step, the next second), the checkpoint
 * waits this long (writing it copies the whole routine), so the change itself reaches the screen
 * with nothing else in its way. A change the user asks for (start, pause, next) saves at once.
 */
export const HOUSEKEEPING_DELAY_MS = 250;

/**
 * A change on time is started this much ahead of its time at most, and only by as much as the
 * changes of its kind before it took to reach the page (see #learn): a frame, so nothing shows
 * noticeably early.
 */
export const MAX_LEAD_MS = 16;

/**
 * The two kinds of change on time, learned apart: a part of the routine ending (the next step
 * drawn, a few a minute) costs more than the countdown's next second (every second between).
 */
export type ChangeKind = 'part' | 'second';

/** A change later than this was held up by something else (a hidden page, a busy thread): not learned from. */
const LEARN_WITHIN_MS = 50;

/**
 * How much of each change's lateness the lead takes on, and of each change's earliness it gives
 * back: a late change moves it five times as much as an early one, so the lead settles above
 * the average, nearer the slower changes, and few changes land late.
 */
const LEARN_LATE = 0.5;
const LEARN_EARLY = 0.1;

/*
 * A step change on time does only what shows it: the state, the cue sound, the words for the
 * aria-live region (written once per part, ahead of time) and the listeners. What no one sees
 * (the lock screen's "now playing", the voice) follows in a task of its own, right after the
 * change has reached the screen; a slow phone shows the step on time, and says it a moment later.
 */

/** Plays one routine: from Start (or a checkpoint) to its end, or until the user leaves. */
export class PlayerRunner {
  readonly routine: Routine;
  readonly timeline: Timeline;
  /** Every cue of this routine with its time: what the bedtime track renders. */
  readonly cueSchedule: readonly Cue[];
  readonly #ports: RunnerPorts;
  readonly #listeners = new Set<(snapshot: RunnerSnapshot) => void>();
  #state: PlayerState = initialState();
  #now: number;
  #announcement = '';
  #sessionId: string;
  #saveFailed = false;
  #recordState: RecordState = 'none';
  /** The completed session, kept to write again if the first write failed. */
  #completed: SessionRecord | null = null;
  #checkpointFailed = false;
  #track: TrackPlayer | null = null;
  #timer: number | null = null;
  /** The checkpoint left for after a change on time: its timer. */
  #housekeeping: number | null = null;
  #closed = false;
  #savedAt = -Infinity;
  /** How far ahead of its time a change on time starts, for each kind: what the changes so far took to show. */
  readonly #leads: Record<ChangeKind, number> = { part: 0, second: 0 };
  /** The event being handled is a change on time: what no one sees waits for #afterChange. */
  #onTime = false;
  #afterChange: (() => void)[] = [];
  #afterTimer: number | null = null;
  /** Each part's announcement, written the first time it is needed or ahead of its change. */
  readonly #announcements: (string | undefined)[] = [];
  #snapshot: RunnerSnapshot;

  constructor(routine: Routine, ports: RunnerPorts, restore?: Checkpoint) {
    this.routine = routine;
    this.#ports = ports;
    const getReadyMs = restore ? restore.getReadyMs : ports.settings().getReadySeconds * 1000;
    this.timeline = buildTimeline(routine, { getReadyMs });
    this.cueSchedule = cueSchedule(this.timeline);
    this.#sessionId = restore?.sessionId ?? ports.newId();
    this.#now = ports.clock.now();
    if (restore) {
      // Continue from where the checkpoint was taken, paused: the user presses Resume.
      const saved = restore.state;
      this.#state = {
        ...saved,
        status: 'paused',
        held: restore.position,
        cursor: restore.position,
        activeMs: activeMs(saved, Math.max(restore.savedAt, saved.runStart ?? 0)),
        runStart: null,
      };
    }
    this.#snapshot = this.#snap();
  }

  /** Calls `listener` after every change; returns the way to stop. */
  subscribe(listener: (snapshot: RunnerSnapshot) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get snapshot(): RunnerSnapshot {
    return this.#snapshot;
  }

  get state(): PlayerState {
    return this.#state;
  }

  get view(): PlayerView {
    return playerView(this.timeline, this.#state, this.#now, this.routine.steps.length);
  }

  get announcement(): string {
    return this.#announcement;
  }

  get sessionId(): string {
    return this.#sessionId;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Hands the cues over to a rendered audio track that keeps time with the screen off. */
  useTrack(track: TrackPlayer): void {
    this.#track?.unload();
    this.#track = this.#closed ? null : track;
    // A track that arrives after the user left is let go at once.
    if (this.#closed) track.unload();
  }

  start = () => this.#send({ type: 'start' });
  pause = () => this.#send({ type: 'pause' });
  resume = () => this.#send({ type: 'resume' });
  next = () => this.#send({ type: 'next' });
  previous = () => this.#send({ type: 'previous' });
  restart = () => {
    if (this.#state.status === 'finished') {
      // Playing a finished routine again is a new session of its own.
      this.#sessionId = this.#ports.newId();
      this.#state = initialState();
      this.#recordState = 'none';
      this.#completed = null;
      this.#send({ type: 'start' });
    } else {
      this.#send({ type: 'restart' });
    }
  };

  /** Space bar and headset button: start, pause or resume as fits. */
  toggle = () => {
    const status = this.#state.status;
    // A finished routine played again from the lock screen is a new session, never the old one's id.
    if (status === 'finished') return this.restart();
    this.#send({ type: status === 'playing' ? 'pause' : status === 'paused' ? 'resume' : 'start' });
  };

  /** Writes the completed session again after its write failed. */
  retrySave = () => {
    if (this.#recordState === 'failed') void this.#writeCompleted();
  };

  /** Brings the view up to date now (a page that was hidden comes back), following the track. */
  refresh = () => {
    const track = this.#track;
    if (track && this.#state.status === 'playing' && track.playing()) {
      const drift = track.position() - position(this.timeline, this.#state, this.#time());
      // The track kept time while timers slept; the screen follows it.
      if (Math.abs(drift) > 250) return this.#send({ type: 'seek', position: track.position() });
    }
    this.#send({ type: 'tick' });
  };

  /** Saves where the routine is: the page may be closed or frozen after this. */
  suspend(): void {
    if (this.#state.status === 'playing' || this.#state.status === 'paused') void this.#checkpoint();
  }

  /** Saves the checkpoint once the change on screen has settled; several requests share one save. */
  #checkpointAfterChange(): void {
    this.#housekeeping ??= this.#ports.clock.setTimeout(() => {
      this.#housekeeping = null;
      // A routine that ended meanwhile has its session recorded: no checkpoint to resume from.
      const { status } = this.#state;
      if (!this.#closed && (status === 'playing' || status === 'paused')) void this.#writeCheckpoint();
    }, HOUSEKEEPING_DELAY_MS);
  }

  /** The user leaves the player. A routine stopped after at least one step is kept as partial. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#clearTimer();
    if (this.#housekeeping !== null) this.#ports.clock.clearTimeout(this.#housekeeping);
    this.#housekeeping = null;
    if (this.#afterTimer !== null) this.#ports.clock.clearTimeout(this.#afterTimer);
    this.#afterTimer = null;
    this.#afterChange = [];
    this.#track?.unload();
    this.#track = null;
    this.#ports.screen.release();
    this.#ports.screen.clear();
    this.#ports.voice.cancel();
    const { status } = this.#state;
    if (status === 'playing' || status === 'paused') {
      const now = this.#time();
      const view = playerView(this.timeline, this.#state, now, this.routine.steps.length);
      if (view.stepsDone >= 1) await this.#record('partial', now);
      else await this.#ports.checkpoints.clearCheckpoint().catch(() => undefined);
    }
  }

  #snap(): RunnerSnapshot {
    return {
      state: this.#state,
      now: this.#now,
      announcement: this.#announcement,
      sessionId: this.#sessionId,
      saveFailed: this.#saveFailed || this.#recordState === 'failed' || !this.#ports.sessions.available,
      record: this.#recordState,
      checkpointFailed: this.#checkpointFailed,
    };
  }

  #changed(): void {
    this.#snapshot = this.#snap();
    for (const listener of this.#listeners) listener(this.#snapshot);
  }

  /**
   * Handles `event` now, or at `due` for a change on time woken up ahead of it: the change is
   * drawn at its time. The runner's time never goes back (see #time), so an event that follows
   * such a change sees the routine where the screen shows it.
   */
  #send(event: PlayerEvent, due = -Infinity): void {
    if (this.#closed) return;
    const now = Math.max(this.#time(), due);
    const before = this.#state.status;
    const { state, effects } = transition(this.timeline, this.cueSchedule, this.#state, event, now);
    this.#state = state;
    this.#now = now;
    const onTime = event.type === 'tick';
    this.#onTime = onTime;
    for (const effect of effects) this.#apply(effect, now, onTime);
    if (state.status !== before) this.#statusChanged(before);
    this.#followTrack(event, now);
    // A crash loses at most a second: the checkpoint follows the routine while it plays.
    if (state.status === 'playing' && now - this.#savedAt >= CHECKPOINT_EVERY_MS) this.#saveCheckpoint(now, onTime);
    this.#schedule();
    this.#onTime = false;
    this.#changed();
  }

  /**
   * The clock's time, or the last change's while that was drawn ahead of the clock (by a lead,
   * never more). A clock set back by more is followed, as it was before any lead.
   */
  #time(): number {
    const clock = this.#ports.clock.now();
    return this.#now - clock <= MAX_LEAD_MS ? Math.max(clock, this.#now) : clock;
  }

  /** A change on time due at `due`: made now, and how late it reached the page learned from. */
  #tick(due: number, kind: ChangeKind): void {
    this.#send({ type: 'tick' }, due);
    this.#ports.shown?.(() => this.#learn(kind, this.#ports.clock.now() - due));
  }

  /**
   * Moves the lead of `kind` toward how late its changes reach the page, so the next one lands on
   * its time: on a fast device a millisecond or two, on a slow phone more, never past a frame.
   */
  #learn(kind: ChangeKind, late: number): void {
    if (Math.abs(late) > LEARN_WITHIN_MS) return;
    this.#leads[kind] = Math.min(MAX_LEAD_MS, Math.max(0, this.#leads[kind] + late * (late > 0 ? LEARN_LATE : LEARN_EARLY)));
  }

  /** How far ahead of its time the next change of each kind starts, in ms. */
  get leads(): Readonly<Record<ChangeKind, number>> {
    return { ...this.#leads };
  }

  /** Runs `job` now, or after a change on time once the change is on screen (see #afterChange). */
  #unseen(job: () => void): void {
    if (!this.#onTime) return job();
    this.#afterChange.push(job);
    this.#afterTimer ??= this.#ports.clock.setTimeout(() => {
      this.#afterTimer = null;
      for (const queued of this.#afterChange.splice(0)) queued();
      // The next change's words are ready before it comes.
      const next = this.#state.segment + 1;
      if (next < this.timeline.segments.length) this.#announcementOf(next);
    }, 0);
  }

  /** The aria-live words for segment `index`, written once. */
  #announcementOf(index: number): string {
    return (this.#announcements[index] ??= announceSegment(this.routine, this.timeline.segments[index]!, this.#ports.words));
  }

  /** Keeps the audio track where the player is: playing, paused, or moved by a skip. */
  #followTrack(event: PlayerEvent, now: number): void {
    const track = this.#track;
    if (!track || event.type === 'tick' || event.type === 'seek') return;
    if (this.#state.status === 'playing') {
      track.seek(position(this.timeline, this.#state, now));
      track.play();
    } else {
      track.pause();
    }
  }

  #apply(effect: Effect, now: number, onTime: boolean): void {
    const settings = this.#ports.settings();
    const { words, voice } = this.#ports;
    switch (effect.type) {
      case 'cue': {
        // With the track playing, its own sounds are the cues.
        if (settings.cues[effect.cue.kind] && !this.#track) this.#ports.cues.play(effect.cue.kind);
        const nextUp = settings.voice && effect.cue.kind === 'tick' ? sayNextUp(this.routine, this.timeline, effect.cue, words) : null;
        if (nextUp) this.#unseen(() => voice.say(nextUp));
        break;
      }
      case 'segment': {
        this.#announce(effect.segment);
        this.#saveCheckpoint(now, onTime);
        break;
      }
      case 'finished':
        void this.#finish(now);
        break;
    }
  }

  #announce(index: number): void {
    this.#announcement = this.#announcementOf(index);
    this.#showMedia();
    if (this.#ports.settings().voice) {
      const segment = this.timeline.segments[index]!;
      this.#unseen(() => this.#ports.voice.say(speakSegment(this.routine, segment, this.#ports.words)));
    }
  }

  /** Saves the checkpoint now, or just after a change on time; either way it counts from now. */
  #saveCheckpoint(now: number, onTime: boolean): void {
    if (!onTime) return void this.#checkpoint();
    this.#savedAt = now;
    this.#checkpointAfterChange();
  }

  #statusChanged(before: PlayerState['status']): void {
    const { status } = this.#state;
    const { screen, words } = this.#ports;
    if (status === 'playing') screen.hold();
    else screen.release();
    if (status === 'paused') this.#announcement = words.announcePaused;
    if (status === 'playing' && before === 'paused') this.#announcement = words.announceResumed;
    if (status === 'paused') void this.#checkpoint();
    this.#showMedia();
  }

  #showMedia(): void {
    this.#unseen(() => this.#ports.screen.show(nowPlaying(this.routine, this.#segmentNow(), this.#state.status === 'playing', this.#ports.words)));
  }

  /** Wakes up at the next cue, or at the next whole second for the countdown, whichever is first. */
  #schedule(): void {
    this.#clearTimer();
    if (this.#state.status !== 'playing') return;
    const now = this.#time();
    const at = position(this.timeline, this.#state, now);
    const nextCue = this.cueSchedule.find((cue) => cue.at > this.#state.cursor);
    const segment = this.#segmentNow(at);
    const remaining = segment.start + segment.duration - at;
    const toSecond = remaining % 1000 || 1000;
    const toCue = nextCue ? nextCue.at - at : Infinity;
    const wait = Math.max(0, Math.min(toSecond, toCue));
    const due = now + wait;
    const kind: ChangeKind = wait >= remaining ? 'part' : 'second';
    // Woken up ahead by the lead (counted on the clock, which may be behind the last change's
    // time), the change is made at its due time: it reaches the page then.
    this.#timer = this.#ports.clock.setTimeout(() => this.#tick(due, kind), Math.max(0, due - this.#leads[kind] - this.#ports.clock.now()));
  }

  /** The segment at `at` (the last event's time by default): the view's, without drawing the whole view. */
  #segmentNow(at = position(this.timeline, this.#state, this.#now)): Segment {
    const { segments } = this.timeline;
    return segments[this.#state.status === 'finished' ? segments.length - 1 : segmentAt(this.timeline, at)]!;
  }

  #clearTimer(): void {
    if (this.#timer !== null) this.#ports.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** Where this session is now: what the checkpoint and the record are made from. */
  #moment(now: number): SessionMoment {
    const { routine, timeline } = this;
    return { sessionId: this.#sessionId, routine, timeline, state: this.#state, now, before: this.#ports.before?.() ?? {} };
  }

  async #checkpoint(): Promise<void> {
    this.#savedAt = this.#time();
    await this.#writeCheckpoint();
  }

  /** Writes where the routine is now; the once-a-second cadence counts from when it was asked for. */
  async #writeCheckpoint(): Promise<void> {
    const now = this.#time();
    let failed = false;
    await this.#ports.checkpoints.saveCheckpoint(checkpointAt(this.#moment(now))).catch(() => (failed = true));
    if (failed !== this.#checkpointFailed && !this.#closed) {
      this.#checkpointFailed = failed;
      this.#changed();
    }
  }

  /**
   * The routine reached its end: the finished checkpoint is written first, then the session.
   * Should the app stop in between, the next start turns that checkpoint into this session
   * (LocalStore.finishCheckpoint), so a routine that ended is never lost; the UI says
   * "Routine complete" only once the session's write has committed.
   */
  async #finish(now: number): Promise<void> {
    this.#recordState = 'saving';
    this.#completed = sessionRecordAt(this.#moment(now), 'completed');
    await this.#checkpoint();
    await this.#writeCompleted();
  }

  async #writeCompleted(): Promise<void> {
    const completed = this.#completed;
    if (!completed) return;
    const { words, voice } = this.#ports;
    if (this.#recordState !== 'saving') {
      this.#recordState = 'saving';
      this.#changed();
    }
    let saved = true;
    await this.#ports.sessions.recordSession(completed).catch(() => (saved = false));
    // Played again meanwhile: the new session has its own record.
    if (this.#completed !== completed) return;
    this.#recordState = saved ? 'saved' : 'failed';
    if (saved) {
      this.#announcement = words.announceComplete(formatLength(completed.activeSeconds));
      if (this.#ports.settings().voice && !this.#closed) voice.say(words.sayComplete);
      void this.#ports.persist?.();
    } else {
      this.#announcement = words.announceNotSaved;
    }
    this.#changed();
  }

  async #record(status: SessionRecord['status'], now: number): Promise<void> {
    try {
      await this.#ports.sessions.recordSession(sessionRecordAt(this.#moment(now), status));
    } catch {
      this.#saveFailed = true;
      this.#changed();
    }
  }
}
