/**
 * The routine schema and types without the file parsers (and their YAML and JSON position
 * libraries), for code that only checks data that is already a model.
 */
export { RoutineSchema, StepSchema, type Routine, type Step } from './schema';
export type { CatalogEntry } from './summary';
