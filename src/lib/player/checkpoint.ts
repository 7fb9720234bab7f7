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
import { buildTimeline } from './timeline';

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

/** The longest get-ready countdown a checkpoint may hold (Settings offers up to 10 s). */
const MAX_GET_READY_MS = 60_000;

const time = () => v.pipe(v.number(), v.finite());

const PlayerStateSchema = v.object({
  status: v.picklist(['ready', 'playing', 'paused', 'finished']),
  anchor: time(),
  held: time(),
  cursor: time(),
  segment: v.pipe(v.number(), v.integer(), v.minValue(0)),
  furthest: time(),
  activeMs: v.pipe(time(), v.minValue(0)),
  runStart: v.nullable(time()),
  startedAt: v.nullable(time()),
});

/**
 * A stored checkpoint, checked field by field, the routine against the one routine schema, and
 * then against each other: its step and position must lie within the routine it holds, or
 * resuming it would break the player.
 */
export const CheckpointSchema: v.GenericSchema<unknown, Checkpoint> = v.pipe(
  v.object({
    sessionId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
    routine: RoutineSchema,
    state: PlayerStateSchema,
    position: v.pipe(time(), v.minValue(0)),
    getReadyMs: v.pipe(time(), v.minValue(0), v.maxValue(MAX_GET_READY_MS)),
    savedAt: time(),
    tensionBefore: v.optional(RatingSchema),
    areasBefore: v.optional(AreaRatingsSchema),
  }),
  v.check((checkpoint) => {
    const timeline = buildTimeline(checkpoint.routine, { getReadyMs: checkpoint.getReadyMs });
    return checkpoint.state.segment < timeline.segments.length && checkpoint.position <= timeline.total && checkpoint.state.held <= timeline.total;
  }, 'the step or position it holds lies outside its routine'),
);
