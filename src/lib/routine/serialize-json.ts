import { formatDurationAttribute } from './duration';
import type { Position } from './movement';
import type { Routine, RoutineInput, Step } from './schema';

/**
 * The position written once for the whole routine: when every step has one, the most common
 * (the first of equals); steps in it then leave it out. A step without a position would take
 * it on reading, so then there is none.
 */
export function routinePosition(routine: Routine): Position | undefined {
  const counts = new Map<Position, number>();
  for (const step of routine.steps) {
    if (step.position === undefined) return undefined;
    counts.set(step.position, (counts.get(step.position) ?? 0) + 1);
  }
  let best: Position | undefined;
  for (const [position, count] of counts) if (best === undefined || count > counts.get(best)!) best = position;
  return best;
}

/** The routine's own fields in file order, leaving out defaults a writer would not type. */
export function header(routine: Routine, withIntro: boolean): Record<string, unknown> {
  const fields: Record<string, unknown> = { id: routine.id, title: routine.title, summary: routine.summary };
  if (routine.tags.length) fields.tags = routine.tags;
  const position = routinePosition(routine);
  if (position !== undefined) fields.position = position;
  if (routine.author !== undefined) fields.author = routine.author;
  if (routine.version !== 1) fields.version = routine.version;
  if (withIntro && routine.intro !== undefined) fields.intro = routine.intro;
  fields.safety = routine.safety;
  if (routine.cautions.length) fields.cautions = routine.cautions;
  return fields;
}

/**
 * A step's attribute lines, as written under its heading in a Markdown file; its position
 * only when it differs from the routine's.
 */
export function stepFields(step: Step, routineDefault?: Position): [string, string][] {
  const fields: [string, string][] = [['duration', formatDurationAttribute(step.duration)]];
  if (step.areas.length) fields.push(['areas', step.areas.join(', ')]);
  if (step.sides !== 'both') fields.push(['sides', step.sides]);
  if (step.repeat !== 1) fields.push(['repeat', String(step.repeat)]);
  if (step.rest) fields.push(['rest', 'true']);
  if (step.position !== undefined && step.position !== routineDefault) fields.push(['position', step.position]);
  if (step.tool !== undefined) fields.push(['tool', step.tool]);
  if (step.pressure !== undefined) fields.push(['pressure', step.pressure]);
  if (step.motion !== undefined) fields.push(['motion', step.motion.join(', ')]);
  if (step.direction !== undefined) fields.push(['direction', step.direction]);
  if (step.stroke !== undefined) fields.push(['stroke', step.stroke]);
  if (step.illustration !== undefined) fields.push(['illustration', step.illustration]);
  return fields;
}

/**
 * A routine as the JSON file format writes it: defaults left out, durations as text. The
 * schema reads it back to the same routine; share links carry this form.
 */
export function toJsonModel(routine: Routine): RoutineInput {
  const position = routinePosition(routine);
  const steps = routine.steps.map((step) => {
    const out: Record<string, unknown> = { title: step.title };
    for (const [key, value] of stepFields(step, position)) {
      out[key] = key === 'areas' ? step.areas : key === 'repeat' ? step.repeat : key === 'rest' ? true : value;
    }
    // One motion is written as text, the shorter form (every byte counts in a QR code).
    if (step.motion && step.motion.length > 1) out.motion = step.motion;
    if (step.instructions) out.instructions = step.instructions;
    return out;
  });
  return { ...header(routine, true), steps } as RoutineInput;
}

/** Writes a routine as a JSON routine file that parses back to the same routine. */
export function toJson(routine: Routine): string {
  return `${JSON.stringify(toJsonModel(routine), null, 2)}\n`;
}
