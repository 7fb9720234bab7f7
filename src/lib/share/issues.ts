import type { BaseIssue } from 'valibot';

/**
 * Where a schema issue is, in words a person can find in the editor or a file:
 * `step 2, duration: …`. Data in links has no lines, so the path is the position.
 */
export function describeIssue(issue: BaseIssue<unknown>, root = ''): string {
  const parts: string[] = [];
  const path = issue.path ?? [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!.key;
    if (key === 'steps' && typeof path[i + 1]?.key === 'number') {
      parts.push(`step ${(path[i + 1]!.key as number) + 1}`);
      i++;
    } else if (typeof key === 'number') {
      parts.push(`entry ${key + 1}`);
    } else if (typeof key === 'string' && !(issue.expected === 'never' && i === path.length - 1)) {
      parts.push(key);
    }
  }
  const where = [root, ...parts].filter(Boolean).join(', ');
  return where ? `${where}: ${issue.message}` : issue.message;
}
