/**
 * The routine in progress, saved by the runner on every step change, every second while it
 * plays and when the page is hidden, so a reload or a crash resumes where the user was. Its
 * schema checks a stored checkpoint before the resume banner or the player trusts it.
 */
import * as v from 'valibot';
import type { AreaRatings } from '../history/records';
import { AreaRatingsSchema, RatingSchema } from '../history/session-schema';
import { RoutineSchema, type Routine } from '../routine/schema-only';
import type { PlayerState } from './machine';

/** The ratings given before starting: saved with the checkpoint and the session. */
export interface BeforeRatings {
  tensionBefore?: number;
  areasBefore?: AreaRatings;
}

/** Where a routine was when it was saved, with the routine itself. */
export interface Checkpoint extends BeforeRatings {
  sessionId: string;
  /** A snapshot, so a routine opened from a file resumes too. */
  routine: Routine;
  state: PlayerState;
  /** Timeline position (ms) when saved. */
  position: number;
  getReadyMs: number;
  savedAt: number;
}

const PlayerStateSchema = v.object({
  status: v.picklist(['ready', 'playing', 'paused', 'finished']),
  anchor: v.number(),
  held: v.number(),
  cursor: v.number(),
  segment: v.pipe(v.number(), v.integer(), v.minValue(0)),
  furthest: v.number(),
  activeMs: v.pipe(v.number(), v.minValue(0)),
  runStart: v.nullable(v.number()),
  startedAt: v.nullable(v.number()),
});

/** A stored checkpoint, checked field by field; the routine against the one routine schema. */
export const CheckpointSchema: v.GenericSchema<unknown, Checkpoint> = v.object({
  sessionId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  routine: RoutineSchema,
  state: PlayerStateSchema,
  position: v.pipe(v.number(), v.minValue(0)),
  getReadyMs: v.pipe(v.number(), v.minValue(0)),
  savedAt: v.number(),
  tensionBefore: v.optional(RatingSchema),
  areasBefore: v.optional(AreaRatingsSchema),
});
