/** What Unknot stores about a user's practice; the export format in design.md mirrors it. */
import type { PlayerState } from '../player/machine';
import type { Routine } from '../routine/schema-only';
import type { Area } from '../routine/vocabulary';
import type { Assignment } from '../share/assignment';

/** Soreness per body area, 0 (none) to 10 (the worst). */
export type AreaRatings = Partial<Record<Area, number>>;

export interface SessionRecord {
  id: string;
  routineId: string;
  routineTitle: string;
  /** ISO 8601 instants. */
  startedAt: string;
  endedAt: string;
  status: 'completed' | 'partial';
  stepsCompleted: number;
  stepsTotal: number;
  activeSeconds: number;
  tensionBefore?: number;
  tensionAfter?: number;
  /** Sore areas the user tapped on the body map, rated before and after. */
  areasBefore?: AreaRatings;
  areasAfter?: AreaRatings;
  note?: string;
}

/** The routine in progress, saved on every step change and when the page is hidden. */
export interface Checkpoint {
  sessionId: string;
  /** A snapshot, so a routine opened from a file resumes too. */
  routine: Routine;
  state: PlayerState;
  /** Timeline position (ms) when saved. */
  position: number;
  getReadyMs: number;
  savedAt: number;
  tensionBefore?: number;
  areasBefore?: AreaRatings;
}

/** A routine of the user's own: written in the editor, or saved from a link someone sent. */
export interface SavedRoutine {
  routine: Routine;
  savedAt: string;
  origin: 'editor' | 'link';
  /** Who sent it, when it came from a link with a plan. */
  from?: string;
}

/** A therapist's plan for one of the user's routines. */
export interface SavedPlan {
  assignment: Assignment;
  routineId: string;
  routineTitle: string;
  receivedAt: string;
}
