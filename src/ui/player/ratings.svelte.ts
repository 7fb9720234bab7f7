/**
 * How the user felt, around one session: tension and sore areas before starting (kept with the
 * checkpoint and the session record by the runner) and after finishing, and a note. The after
 * ratings and the note are added to the recorded session as they are given.
 */
import type { AreaRatings } from '../../lib/history/records';
import type { BeforeRatings } from '../../lib/player/checkpoint';
import type { SessionLog } from '../../lib/player/ports';

/** The ratings and the note of one session, as the player screen asks for them. */
export class SessionRatings {
  #tensionBefore = $state<number | undefined>();
  #tensionAfter = $state<number | undefined>();
  #areasBefore = $state.raw<AreaRatings>({});
  #areasAfter = $state.raw<AreaRatings>({});
  readonly #log: Pick<SessionLog, 'updateSession'>;
  readonly #sessionId: () => string;

  /** `restored`: the before-ratings of a checkpoint the session resumes from. */
  constructor(log: Pick<SessionLog, 'updateSession'>, sessionId: () => string, restored?: BeforeRatings) {
    this.#log = log;
    this.#sessionId = sessionId;
    this.#tensionBefore = restored?.tensionBefore;
    this.#areasBefore = restored?.areasBefore ?? {};
  }

  /** What the runner keeps with the checkpoint and the session. */
  get before(): BeforeRatings {
    return { tensionBefore: this.#tensionBefore, areasBefore: this.#areasBefore };
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

  /** "How tense do you feel?" before starting, 0 (none) to 10; undefined to skip. */
  rateBefore(value: number | undefined): void {
    this.#tensionBefore = value;
  }

  /** Sore areas tapped on the body map before starting. */
  rateAreasBefore(ratings: AreaRatings): void {
    this.#areasBefore = ratings;
  }

  /** The rating after the routine, saved with the session already recorded. */
  async rateAfter(value: number): Promise<void> {
    this.#tensionAfter = value;
    await this.#log.updateSession(this.#sessionId(), { tensionAfter: value }).catch(() => undefined);
  }

  /** The same areas, rated again after the routine. */
  async rateAreasAfter(ratings: AreaRatings): Promise<void> {
    this.#areasAfter = ratings;
    await this.#log.updateSession(this.#sessionId(), { areasAfter: ratings }).catch(() => undefined);
  }

  /** A note on how it went, added to the recorded session (a blank note removes it). */
  async saveNote(note: string): Promise<void> {
    await this.#log.updateSession(this.#sessionId(), { note: note.trim().slice(0, 2000) || undefined }).catch(() => undefined);
  }

  /** A new session (a finished routine played again) starts with no ratings. */
  reset(): void {
    this.#tensionBefore = undefined;
    this.#tensionAfter = undefined;
    this.#areasBefore = {};
    this.#areasAfter = {};
  }
}
