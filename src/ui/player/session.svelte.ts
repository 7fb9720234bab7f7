/**
 * The one stateful player: it feeds events and time to the pure machine (lib/player) and runs
 * the effects through the adapters — cues, voice, checkpoint, wake lock, media session, history.
 * The timer it sets only wakes it up; where the routine is comes from timestamps.
 */
import { SOUND_FOR_CUE } from '../../lib/audio/sprite';
import { firstSentence, type Voice } from '../../lib/audio/speech';
import type { CuePlayer } from '../../lib/audio/cues';
import type { TrackPlayer } from '../../lib/audio/howler-cues';
import type { LocalStore } from '../../lib/store/local-store';
import type { AreaRatings, SessionRecord } from '../../lib/history/records';
import type { Checkpoint } from '../../lib/player/checkpoint';
import type { Settings } from '../../lib/settings';
import {
  activeMs, buildTimeline, cueSchedule, initialState, playerView, position, transition,
  type Clock, type Cue, type Effect, type PlayerEvent, type PlayerState, type Segment, type Timeline,
} from '../../lib/player';
import type { MediaSessionAdapter } from '../../lib/platform/media-session';
import type { WakeLock } from '../../lib/platform/wake-lock';
import { formatLength } from '../../lib/routine/duration';
import type { Routine } from '../../lib/routine/schema-only';
import { t } from '../strings/player';

export interface PlayerDeps {
  clock: Clock;
  cues: () => CuePlayer;
  voice: Voice;
  store: LocalStore;
  wakeLock: WakeLock;
  media: MediaSessionAdapter;
  settings: () => Settings;
  newId: () => string;
  /** Asks the browser to keep stored data; called once a session is recorded. */
  persist?: () => Promise<unknown>;
}

/** Where in the routine a segment is, in words: "Step 2 of 7 · Left side". */
export function segmentLabel(routine: Routine, segment: Segment): string {
  if (segment.kind === 'get-ready') return t.player.getReady;
  const parts = [t.player.stepOf(segment.step + 1, routine.steps.length)];
  if (segment.kind === 'switch') return t.player.switchSides;
  if (segment.side) parts.push(t.player.side(segment.side));
  if (segment.repetitions > 1) parts.push(t.player.roundOf(segment.repetition, segment.repetitions));
  return parts.join(' · ');
}

/** How often the checkpoint is saved while playing, besides every step change and pause. */
export const CHECKPOINT_EVERY_MS = 1000;

export class PlayerSession {
  readonly routine: Routine;
  readonly timeline: Timeline;
  #sessionId: string;
  readonly #cues: Cue[];
  readonly #deps: PlayerDeps;
  #state = $state.raw<PlayerState>(initialState());
  #now = $state(0);
  #announcement = $state('');
  #tensionBefore = $state<number | undefined>();
  #tensionAfter = $state<number | undefined>();
  #saveFailed = $state(false);
  #track: TrackPlayer | null = null;
  #trackUrl = $state<string | null>(null);
  #areasBefore = $state.raw<AreaRatings>({});
  #areasAfter = $state.raw<AreaRatings>({});
  #timer: number | null = null;
  #closed = false;
  #savedAt = -Infinity;
  readonly view = $derived.by(() => playerView(this.timeline, this.#state, this.#now, this.routine.steps.length));

  constructor(routine: Routine, deps: PlayerDeps, restore?: Checkpoint) {
    this.routine = routine;
    this.#deps = deps;
    const getReadyMs = restore ? restore.getReadyMs : deps.settings().getReadySeconds * 1000;
    this.timeline = buildTimeline(routine, { getReadyMs });
    this.#cues = cueSchedule(this.timeline);
    this.#sessionId = restore?.sessionId ?? deps.newId();
    this.#now = deps.clock.now();
    if (restore) {
      // Continue from where the checkpoint was taken, paused: the user presses Resume.
      const saved = restore.state;
      this.#tensionBefore = restore.tensionBefore;
      this.#areasBefore = restore.areasBefore ?? {};
      this.#state = {
        ...saved,
        status: 'paused',
        held: restore.position,
        cursor: restore.position,
        activeMs: activeMs(saved, Math.max(restore.savedAt, saved.runStart ?? 0)),
        runStart: null,
      };
    }
  }

  /** Every cue of this routine with its time: what the bedtime track renders. */
  get cueSchedule(): readonly Cue[] {
    return this.#cues;
  }

  /** Hands the cues over to a rendered audio track that keeps time with the screen off. */
  useTrack(track: TrackPlayer, url: string): void {
    this.#track?.unload();
    this.#track = track;
    this.#trackUrl = url;
  }

  /** The rendered track's address while screen-off guidance is on. */
  get trackUrl(): string | null {
    return this.#trackUrl;
  }

  get sessionId(): string {
    return this.#sessionId;
  }

  get state(): PlayerState {
    return this.#state;
  }

  /** The session could not be written (storage full or unavailable): the UI says so. */
  get saveFailed(): boolean {
    return this.#saveFailed || !this.#deps.store.available;
  }

  get tensionBefore(): number | undefined {
    return this.#tensionBefore;
  }

  get tensionAfter(): number | undefined {
    return this.#tensionAfter;
  }

  get areasBefore(): AreaRatings {
    return this.#areasBefore;
  }

  get areasAfter(): AreaRatings {
    return this.#areasAfter;
  }

  /** Sore areas tapped on the body map before starting. */
  rateAreasBefore(ratings: AreaRatings): void {
    this.#areasBefore = ratings;
  }

  /** The same areas, rated again after the routine. */
  async rateAreasAfter(ratings: AreaRatings): Promise<void> {
    this.#areasAfter = ratings;
    await this.#deps.store.updateSession(this.#sessionId, { areasAfter: ratings }).catch(() => undefined);
  }

  /** "How tense do you feel?" before starting, 0 (none) to 10; undefined to skip. */
  rateBefore(value: number | undefined): void {
    this.#tensionBefore = value;
  }

  /** The rating after the routine, saved with the session already recorded. */
  async rateAfter(value: number): Promise<void> {
    this.#tensionAfter = value;
    await this.#deps.store.updateSession(this.#sessionId, { tensionAfter: value }).catch(() => undefined);
  }

  async saveNote(note: string): Promise<void> {
    await this.#deps.store.updateSession(this.#sessionId, { note: note.trim().slice(0, 2000) || undefined }).catch(() => undefined);
  }

  /** The latest step change, in words, for the aria-live region. */
  get announcement(): string {
    return this.#announcement;
  }

  start = () => this.#send({ type: 'start' });
  pause = () => this.#send({ type: 'pause' });
  resume = () => this.#send({ type: 'resume' });
  next = () => this.#send({ type: 'next' });
  previous = () => this.#send({ type: 'previous' });
  restart = () => {
    if (this.#state.status === 'finished') {
      // Playing a finished routine again is a new session of its own.
      this.#sessionId = this.#deps.newId();
      this.#state = initialState();
      this.#tensionBefore = undefined;
      this.#tensionAfter = undefined;
      this.#areasBefore = {};
      this.#areasAfter = {};
      this.#send({ type: 'start' });
    } else {
      this.#send({ type: 'restart' });
    }
  };

  /** Space bar and headset button: start, pause or resume as fits. */
  toggle = () => {
    const status = this.#state.status;
    this.#send({ type: status === 'playing' ? 'pause' : status === 'paused' ? 'resume' : 'start' });
  };

  /** Brings the view up to date now (a page that was hidden comes back), following the track. */
  refresh = () => {
    const track = this.#track;
    if (track && this.#state.status === 'playing' && track.playing()) {
      const drift = track.position() - position(this.timeline, this.#state, this.#deps.clock.now());
      // The track kept time while timers slept; the screen follows it.
      if (Math.abs(drift) > 250) return this.#send({ type: 'seek', position: track.position() });
    }
    this.#send({ type: 'tick' });
  };

  /** Saves where the routine is: the page may be closed or frozen after this. */
  suspend(): void {
    if (this.#state.status === 'playing' || this.#state.status === 'paused') void this.#checkpoint();
  }

  /** The user leaves the player. A routine stopped after at least one step is kept as partial. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#clearTimer();
    this.#track?.unload();
    this.#track = null;
    this.#deps.wakeLock.release();
    this.#deps.media.clear();
    this.#deps.voice.cancel();
    const { status } = this.#state;
    if (status === 'playing' || status === 'paused') {
      const now = this.#deps.clock.now();
      const view = playerView(this.timeline, this.#state, now, this.routine.steps.length);
      if (view.stepsDone >= 1) await this.#record('partial', now);
      else await this.#deps.store.clearCheckpoint().catch(() => undefined);
    }
  }

  #send(event: PlayerEvent): void {
    if (this.#closed) return;
    const now = this.#deps.clock.now();
    const before = this.#state.status;
    const { state, effects } = transition(this.timeline, this.#cues, this.#state, event, now);
    this.#state = state;
    this.#now = now;
    for (const effect of effects) this.#apply(effect, now);
    if (state.status !== before) this.#statusChanged(before);
    this.#followTrack(event, now);
    // A crash loses at most a second: the checkpoint follows the routine while it plays.
    if (state.status === 'playing' && now - this.#savedAt >= CHECKPOINT_EVERY_MS) void this.#checkpoint();
    this.#schedule();
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

  #apply(effect: Effect, now: number): void {
    const settings = this.#deps.settings();
    switch (effect.type) {
      case 'cue': {
        // With the track playing, its own sounds are the cues.
        if (settings.cues[effect.cue.kind] && !this.#track) this.#deps.cues().play(SOUND_FOR_CUE[effect.cue.kind]);
        if (settings.voice && effect.cue.kind === 'tick') this.#sayNextUp(effect.cue);
        break;
      }
      case 'segment': {
        const segment = this.timeline.segments[effect.segment]!;
        this.#announce(segment);
        void this.#checkpoint();
        break;
      }
      case 'finished':
        this.#announcement = t.player.announceComplete(formatLength(activeMs(this.#state, now) / 1000));
        if (settings.voice) this.#deps.voice.say(t.player.sayComplete);
        void this.#record('completed', now);
        break;
    }
  }

  #announce(segment: Segment): void {
    const step = this.routine.steps[segment.step]!;
    const settings = this.#deps.settings();
    let text: string;
    if (segment.kind === 'get-ready') text = t.player.announceGetReady(step.title);
    else if (segment.kind === 'switch') text = t.player.announceSwitch(step.title);
    else text = t.player.announceStep(segmentLabel(this.routine, segment), step.title, formatLength(segment.duration / 1000));
    this.#announcement = text;
    this.#showMedia();
    if (!settings.voice) return;
    if (segment.kind === 'step') {
      this.#deps.voice.say(t.player.sayStep(step.title, segment.side, firstSentence(step.instructions)));
    } else {
      this.#deps.voice.say(text);
    }
  }

  /** Speaks "Next: …" at the first of the last three ticks of a step. */
  #sayNextUp(cue: Cue): void {
    const segment = this.timeline.segments[cue.segment]!;
    if (cue.at !== segment.start + segment.duration - 3000) return;
    const next = this.timeline.segments[cue.segment + 1];
    if (!next) return;
    const title = this.routine.steps[next.step]!.title;
    this.#deps.voice.say(next.kind === 'switch' ? t.player.sayNextSwitch : t.player.sayNext(title));
  }

  #statusChanged(before: PlayerState['status']): void {
    const { status } = this.#state;
    if (status === 'playing') this.#deps.wakeLock.hold();
    else this.#deps.wakeLock.release();
    if (status === 'paused') this.#announcement = t.player.announcePaused;
    if (status === 'playing' && before === 'paused') this.#announcement = t.player.announceResumed;
    if (status === 'paused') void this.#checkpoint();
    this.#showMedia();
  }

  #showMedia(): void {
    const segment = this.view.segment;
    const step = this.routine.steps[segment.step]!;
    this.#deps.media.show({
      routine: this.routine.title,
      step: segment.kind === 'get-ready' ? t.player.getReady : segment.kind === 'switch' ? t.player.switchSides : step.title,
      playing: this.#state.status === 'playing',
    });
  }

  /** Wakes up at the next cue, or at the next whole second for the countdown, whichever is first. */
  #schedule(): void {
    this.#clearTimer();
    if (this.#state.status !== 'playing') return;
    const now = this.#deps.clock.now();
    const at = position(this.timeline, this.#state, now);
    const nextCue = this.#cues.find((cue) => cue.at > this.#state.cursor);
    const segment = this.view.segment;
    const remaining = segment.start + segment.duration - at;
    const toSecond = remaining % 1000 || 1000;
    const toCue = nextCue ? nextCue.at - at : Infinity;
    this.#timer = this.#deps.clock.setTimeout(() => this.#send({ type: 'tick' }), Math.max(0, Math.min(toSecond, toCue)));
  }

  #clearTimer(): void {
    if (this.#timer !== null) this.#deps.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  async #checkpoint(): Promise<void> {
    const now = this.#deps.clock.now();
    this.#savedAt = now;
    const checkpoint: Checkpoint = {
      sessionId: this.#sessionId,
      routine: this.routine,
      state: this.#state,
      position: position(this.timeline, this.#state, now),
      getReadyMs: this.timeline.segments[0]?.kind === 'get-ready' ? this.timeline.segments[0].duration : 0,
      savedAt: now,
      ...(this.#tensionBefore !== undefined ? { tensionBefore: this.#tensionBefore } : {}),
      ...(Object.keys(this.#areasBefore).length ? { areasBefore: this.#areasBefore } : {}),
    };
    await this.#deps.store.saveCheckpoint(checkpoint).catch(() => undefined);
  }

  async #record(status: SessionRecord['status'], now: number): Promise<void> {
    const state = this.#state;
    const view = playerView(this.timeline, state, now, this.routine.steps.length);
    const started = state.startedAt ?? now;
    const record: SessionRecord = {
      id: this.#sessionId,
      routineId: this.routine.id,
      routineTitle: this.routine.title,
      startedAt: new Date(started).toISOString(),
      endedAt: new Date(now).toISOString(),
      status,
      stepsCompleted: view.stepsDone,
      stepsTotal: this.routine.steps.length,
      activeSeconds: Math.round(view.activeMs / 1000),
      ...(this.#tensionBefore !== undefined ? { tensionBefore: this.#tensionBefore } : {}),
      ...(Object.keys(this.#areasBefore).length ? { areasBefore: this.#areasBefore } : {}),
    };
    try {
      await this.#deps.store.recordSession(record);
      if (status === 'completed') void this.#deps.persist?.();
    } catch {
      this.#saveFailed = true;
    }
  }
}
