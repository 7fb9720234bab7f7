/**
 * What a person can copy into a bug report when a screen fails: which screen, the error and
 * where in the code it was thrown, and the browser. Never the address itself: a link's payload
 * is a whole routine or someone's history, and stays out unless they paste it on purpose.
 */
export function errorReport(error: unknown, screen: string, browser: string): string {
  const lines = [`Screen: ${screen}`, `Error: ${describe(error)}`];
  const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : '';
  // The frames only (Chromium repeats the message first), at most ten: where it was thrown.
  const frames = stack.split('\n').map((line) => line.trim()).filter((line) => /^at |@/.test(line)).slice(0, 10);
  if (frames.length) lines.push('Where:', ...frames.map((frame) => `  ${frame}`));
  lines.push(`Browser: ${browser}`);
  return lines.join('\n');
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 500);
  try {
    return String(error).slice(0, 500);
  } catch {
    return 'unknown';
  }
}
