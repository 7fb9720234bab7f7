/**
 * The routine schema and types without the file parsers (and their YAML and JSON position
 * libraries), for code that only checks data that is already a model.
 */
export { RoutineSchema, StepSchema, type Routine, type Step } from './schema';
export type { CatalogEntry } from './summary';

import { safeParse } from 'valibot';
import { RoutineSchema, type Routine } from './schema';

/** A routine model from data that claims to be one (stored or published JSON), or null. */
export function checkRoutine(data: unknown): Routine | null {
  const result = safeParse(RoutineSchema, data);
  return result.success ? result.output : null;
}
