/**
 * The words for a schema problem that has no message of its own (a report's `day` that is not a
 * number, an unknown key in a plan). Valibot's default repeats the whole value it received,
 * which in a hostile link is a megabyte; this names its first 40 characters.
 */
import type { BaseIssue } from 'valibot';
import { clip } from './suggest';

export function plainMessage(issue: BaseIssue<unknown>): string {
  const received = /^".*"$/s.test(issue.received) ? `"${clip(issue.received.slice(1, -1))}"` : clip(issue.received);
  if (issue.expected === 'never') return `unknown field ${received}`;
  return issue.expected ? `expected ${clip(issue.expected, 80)}, not ${received}` : `${received} is not allowed here`;
}
