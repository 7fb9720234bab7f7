import type { Routine, Step } from './schema';
import type { Area, Tool } from './vocabulary';

/** Seconds a step really takes: once per side and per repetition. */
export function stepLength(step: Pick<Step, 'duration' | 'repeat' | 'sides'>): number {
  return step.duration * step.repeat * (step.sides === 'left-right' ? 2 : 1);
}

/** Total seconds of guided time in a routine (switch-side and get-ready moments not included). */
export function routineLength(routine: Routine): number {
  return routine.steps.reduce((sum, step) => sum + stepLength(step), 0);
}

/** Every body area the routine works on, in order of first appearance. */
export function routineAreas(routine: Routine): Area[] {
  return [...new Set(routine.steps.flatMap((step) => step.areas))];
}

/** Every tool the routine asks for, without "none". */
export function routineTools(routine: Routine): Tool[] {
  return [...new Set(routine.steps.flatMap((step) => (step.tool && step.tool !== 'none' ? [step.tool] : [])))];
}

/** What the library shows of a routine without loading its steps. */
export interface CatalogEntry {
  id: string;
  title: string;
  summary: string;
  tags: string[];
  areas: Area[];
  tools: Tool[];
  seconds: number;
  steps: number;
}

/** The library card of a routine. */
export function catalogEntry(routine: Routine): CatalogEntry {
  return {
    id: routine.id,
    title: routine.title,
    summary: routine.summary,
    tags: routine.tags,
    areas: routineAreas(routine),
    tools: routineTools(routine),
    seconds: routineLength(routine),
    steps: routine.steps.length,
  };
}
