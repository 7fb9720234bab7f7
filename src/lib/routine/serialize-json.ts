import { formatDurationAttribute } from './duration';
import type { Routine, RoutineInput, Step } from './schema';

/** The routine's own fields in file order, leaving out defaults a writer would not type. */
export function header(routine: Routine, withIntro: boolean): Record<string, unknown> {
  const fields: Record<string, unknown> = { id: routine.id, title: routine.title, summary: routine.summary };
  if (routine.tags.length) fields.tags = routine.tags;
  if (routine.author !== undefined) fields.author = routine.author;
  if (routine.version !== 1) fields.version = routine.version;
  if (withIntro && routine.intro !== undefined) fields.intro = routine.intro;
  fields.safety = routine.safety;
  if (routine.cautions.length) fields.cautions = routine.cautions;
  return fields;
}

/** A step's attribute lines, as written under its heading in a Markdown file. */
export function stepFields(step: Step): [string, string][] {
  const fields: [string, string][] = [['duration', formatDurationAttribute(step.duration)]];
  if (step.areas.length) fields.push(['areas', step.areas.join(', ')]);
  if (step.sides !== 'both') fields.push(['sides', step.sides]);
  if (step.repeat !== 1) fields.push(['repeat', String(step.repeat)]);
  if (step.rest) fields.push(['rest', 'true']);
  if (step.tool !== undefined) fields.push(['tool', step.tool]);
  if (step.pressure !== undefined) fields.push(['pressure', step.pressure]);
  if (step.stroke !== undefined) fields.push(['stroke', step.stroke]);
  if (step.illustration !== undefined) fields.push(['illustration', step.illustration]);
  return fields;
}

/**
 * A routine as the JSON file format writes it: defaults left out, durations as text. The
 * schema reads it back to the same routine; share links carry this form.
 */
export function toJsonModel(routine: Routine): RoutineInput {
  const steps = routine.steps.map((step) => {
    const out: Record<string, unknown> = { title: step.title };
    for (const [key, value] of stepFields(step)) {
      out[key] = key === 'areas' ? step.areas : key === 'repeat' ? step.repeat : key === 'rest' ? true : value;
    }
    if (step.instructions) out.instructions = step.instructions;
    return out;
  });
  return { ...header(routine, true), steps } as RoutineInput;
}

/** Writes a routine as a JSON routine file that parses back to the same routine. */
export function toJson(routine: Routine): string {
  return `${JSON.stringify(toJsonModel(routine), null, 2)}\n`;
}
