import { stringify } from 'yaml';
import { formatDurationAttribute } from './duration';
import type { Routine, Step } from './schema';

/** The routine's own fields in file order, leaving out defaults a writer would not type. */
function header(routine: Routine, withIntro: boolean): Record<string, unknown> {
  const fields: Record<string, unknown> = { id: routine.id, title: routine.title, summary: routine.summary };
  if (routine.tags.length) fields.tags = routine.tags;
  if (routine.author !== undefined) fields.author = routine.author;
  if (routine.version !== 1) fields.version = routine.version;
  if (withIntro && routine.intro !== undefined) fields.intro = routine.intro;
  fields.safety = routine.safety;
  if (routine.cautions.length) fields.cautions = routine.cautions;
  return fields;
}

function stepFields(step: Step): [string, string][] {
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

/** Writes a routine as a Markdown routine file that parses back to the same routine. */
export function toMarkdown(routine: Routine): string {
  const parts = [`---\n${stringify(header(routine, false), { lineWidth: 0 })}---`];
  if (routine.intro !== undefined) parts.push(routine.intro);
  for (const step of routine.steps) {
    const attributes = stepFields(step).map(([key, value]) => `${key}: ${value}`).join('\n');
    parts.push(`## ${step.title}\n${attributes}${step.instructions ? `\n\n${step.instructions}` : ''}`);
  }
  return `${parts.join('\n\n')}\n`;
}

/** Writes a routine as a JSON routine file that parses back to the same routine. */
export function toJson(routine: Routine): string {
  const steps = routine.steps.map((step) => {
    const out: Record<string, unknown> = { title: step.title };
    for (const [key, value] of stepFields(step)) {
      out[key] = key === 'areas' ? step.areas : key === 'repeat' ? step.repeat : key === 'rest' ? true : value;
    }
    if (step.instructions) out.instructions = step.instructions;
    return out;
  });
  return `${JSON.stringify({ ...header(routine, true), steps }, null, 2)}\n`;
}
