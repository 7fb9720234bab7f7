/**
 * How the user felt, around one session: tension and sore areas before starting (kept with the
 * checkpoint and the session record by the runner) and after finishing, and a note. The after
 * ratings and the note are added to the recorded session as they are given; when a write
 * fails, `failed` says so and `retry` writes them all again.
 */
import type { AreaRatings, SessionChange } from '../../lib/history/records';
import type { BeforeRatings } from '../../lib/player/checkpoint';
import type { SessionLog } from '../../lib/player/ports';

/** The ratings and the note of one session, as the player screen asks for them. */
export class SessionRatings {
  #tensionBefore = $state<number | undefined>();
  #tensionAfter = $state<number | undefined>();
  #areasBefore = $state.raw<AreaRatings>({});
  #areasAfter = $state.raw<AreaRatings>({});
  #failed = $state(false);
  /** What has been given after the routine, to write again on retry. */
  #given: SessionChange = {};
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

  /** A rating or the note could not be added to the session (storage full or gone). */
  get failed(): boolean {
    return this.#failed;
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
  rateAfter(value: number): Promise<boolean> {
    this.#tensionAfter = value;
    return this.#add({ tensionAfter: value });
  }

  /** The same areas, rated again after the routine. */
  rateAreasAfter(ratings: AreaRatings): Promise<boolean> {
    this.#areasAfter = ratings;
    return this.#add({ areasAfter: ratings });
  }

  /** A note on how it went, added to the recorded session (a blank note removes it). Resolves to whether it was saved. */
  saveNote(note: string): Promise<boolean> {
    return this.#add({ note: note.trim().slice(0, 2000) || undefined });
  }

  /** Writes everything given after the routine again, after a write failed. */
  retry(): Promise<boolean> {
    return this.#write(this.#given);
  }

  #add(change: SessionChange): Promise<boolean> {
    this.#given = { ...this.#given, ...change };
    return this.#write(change);
  }

  async #write(change: SessionChange): Promise<boolean> {
    try {
      await this.#log.updateSession(this.#sessionId(), change);
      this.#failed = false;
      return true;
    } catch {
      this.#failed = true;
      return false;
    }
  }

  /** A new session (a finished routine played again) starts with no ratings. */
  reset(): void {
    this.#tensionBefore = undefined;
    this.#tensionAfter = undefined;
    this.#areasBefore = {};
    this.#areasAfter = {};
    this.#failed = false;
    this.#given = {};
  }
}
