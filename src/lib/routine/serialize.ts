import { stringify } from 'yaml';
import { header, routinePosition, stepFields } from './serialize-json';
import type { Routine } from './schema';

export { toJson, toJsonModel } from './serialize-json';

/** Writes a routine as a Markdown routine file that parses back to the same routine. */
export function toMarkdown(routine: Routine): string {
  const parts = [`---\n${stringify(header(routine, false), { lineWidth: 0 })}---`];
  if (routine.intro !== undefined) parts.push(routine.intro);
  const position = routinePosition(routine);
  for (const step of routine.steps) {
    const attributes = stepFields(step, position).map(([key, value]) => `${key}: ${value}`).join('\n');
    parts.push(`## ${step.title}\n${attributes}${step.instructions ? `\n\n${step.instructions}` : ''}`);
  }
  return `${parts.join('\n\n')}\n`;
}
