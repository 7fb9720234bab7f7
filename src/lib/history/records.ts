/** What Unknot records about a user's practice; the export format in design.md mirrors it. */
import type { Area } from '../routine/vocabulary';

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

/** What may be added to a session after it was recorded: the after-ratings and a note. */
export type SessionChange = Partial<Pick<SessionRecord, 'tensionBefore' | 'tensionAfter' | 'areasAfter' | 'note'>>;
