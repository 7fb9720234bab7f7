/**
 * What the user keeps of their own besides history: routines written in the editor or saved
 * from a link, and the plans therapists sent. Their schemas check them when they are read back.
 */
import * as v from 'valibot';
import { RoutineSchema, type Routine } from '../routine/schema-only';
import { AssignmentSchema, type Assignment } from '../share/assignment';

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

/** A stored routine of the user's own; the routine itself against the one routine schema. */
export const SavedRoutineSchema: v.GenericSchema<unknown, SavedRoutine> = v.object({
  routine: RoutineSchema,
  savedAt: v.string(),
  origin: v.picklist(['editor', 'link']),
  from: v.optional(v.string()),
});

/** A stored plan; the assignment against the schema its link was checked with. */
export const SavedPlanSchema: v.GenericSchema<unknown, SavedPlan> = v.object({
  assignment: AssignmentSchema,
  routineId: v.string(),
  routineTitle: v.string(),
  receivedAt: v.string(),
});
