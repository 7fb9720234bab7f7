/** The routine model: one schema, Markdown and JSON parsers, serializers, errors with positions. */
export * from './vocabulary';
export * from './duration';
export * from './schema';
export * from './problems';
export { parseRoutineFile, formatOf, type RoutineFormat } from './parse';
export { parseRoutineMarkdown } from './parse-markdown';
export { parseRoutineJson } from './parse-json';
export { toJson, toJsonModel, toMarkdown } from './serialize';
export { routineLength, routineAreas, routineTools, stepLength, catalogEntry, type CatalogEntry } from './summary';
