/**
 * The schema of a recorded session: history files are checked against it on import, and stored
 * sessions when they are read back. Loaded on demand, so the start page does not carry valibot.
 */
import * as v from 'valibot';
import { AREAS } from '../routine/vocabulary';

/** An instant as `toISOString()` writes it. */
export const IsoTimestampSchema = v.pipe(v.string(), v.isoTimestamp('must be a date and time such as 2026-11-22T21:04:00.000Z'));
/** A rating from 0 (none) to 10 (the worst). */
export const RatingSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10));
/** Soreness per body area. */
export const AreaRatingsSchema = v.record(v.picklist(AREAS), RatingSchema);

/** One recorded session, as exported, imported and read back from the store. */
export const SessionSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  routineId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  routineTitle: v.pipe(v.string(), v.maxLength(200)),
  startedAt: IsoTimestampSchema,
  endedAt: IsoTimestampSchema,
  status: v.picklist(['completed', 'partial']),
  stepsCompleted: v.pipe(v.number(), v.integer(), v.minValue(0)),
  stepsTotal: v.pipe(v.number(), v.integer(), v.minValue(0)),
  activeSeconds: v.pipe(v.number(), v.minValue(0), v.maxValue(86_400)),
  tensionBefore: v.optional(RatingSchema),
  tensionAfter: v.optional(RatingSchema),
  areasBefore: v.optional(AreaRatingsSchema),
  areasAfter: v.optional(AreaRatingsSchema),
  note: v.optional(v.pipe(v.string(), v.maxLength(2000))),
});
