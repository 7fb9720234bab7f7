/**
 * What the runner writes down: the checkpoint a reload resumes from, and the session record
 * kept in the history. Pure: the runner hands in where it is and when.
 */
import type { SessionRecord } from '../history/records';
import type { Routine } from '../routine/schema-only';
import type { BeforeRatings, Checkpoint } from './checkpoint';
import { position, type PlayerState } from './machine';
import { buildTimeline, type Timeline } from './timeline';
import { playerView } from './view';

/** Where one session of a routine is: what both the checkpoint and the record are made from. */
export interface SessionMoment {
  sessionId: string;
  routine: Routine;
  timeline: Timeline;
  state: PlayerState;
  now: number;
  before: BeforeRatings;
}

/** The before-ratings worth keeping: a skipped rating or an empty body map is left out. */
function kept({ tensionBefore, areasBefore }: BeforeRatings): BeforeRatings {
  return {
    ...(tensionBefore !== undefined ? { tensionBefore } : {}),
    ...(areasBefore && Object.keys(areasBefore).length ? { areasBefore } : {}),
  };
}

/** The checkpoint at this moment. */
export function checkpointAt({ sessionId, routine, timeline, state, now, before }: SessionMoment): Checkpoint {
  const first = timeline.segments[0];
  return {
    sessionId,
    routine,
    state,
    position: position(timeline, state, now),
    getReadyMs: first?.kind === 'get-ready' ? first.duration : 0,
    savedAt: now,
    ...kept(before),
  };
}

/** The session as the history keeps it, ended at this moment. */
export function sessionRecordAt({ sessionId, routine, timeline, state, now, before }: SessionMoment, status: SessionRecord['status']): SessionRecord {
  const view = playerView(timeline, state, now, routine.steps.length);
  return {
    id: sessionId,
    routineId: routine.id,
    routineTitle: routine.title,
    startedAt: new Date(state.startedAt ?? now).toISOString(),
    endedAt: new Date(now).toISOString(),
    status,
    stepsCompleted: view.stepsDone,
    stepsTotal: routine.steps.length,
    activeSeconds: Math.round(view.activeMs / 1000),
    ...kept(before),
  };
}

/**
 * The completed session a checkpoint stands for, when it reached the end of its routine (the
 * runner saves one before it records the session, so a crash in between loses nothing); a
 * checkpoint still under way stands for nothing yet. The session keeps the checkpoint's id.
 */
export function finishedSession(checkpoint: Checkpoint): SessionRecord | undefined {
  if (checkpoint.state.status !== 'finished') return undefined;
  const { sessionId, routine, state, savedAt, tensionBefore, areasBefore } = checkpoint;
  const timeline = buildTimeline(routine, { getReadyMs: checkpoint.getReadyMs });
  return sessionRecordAt({ sessionId, routine, timeline, state, now: savedAt, before: { tensionBefore, areasBefore } }, 'completed');
}
