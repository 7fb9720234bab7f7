import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { publishRoutines } from '../../scripts/vite-plugin-routines';
import { VALID_JSON, VALID_MARKDOWN } from '../support/routines';

const run = promisify(execFile);

async function validate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['--import', 'tsx', 'scripts/validate.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'unknot-'));
  mkdirSync(join(root, 'routines'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'routines', name), text);
  return root;
}

describe('npm run validate', () => {
  it('passes every built-in routine with exit 0', async () => {
    const result = await validate();
    expect(result.stdout.trim()).toBe('12 routine files valid.');
    expect(result.code).toBe(0);
  }, 20_000);

  it('prints path:line:column: message for each problem, with the path as given, and exits 1', async () => {
    const root = folder({ 'x.md': VALID_MARKDOWN.replace('duration: 45s', 'duration: fast'), 'ok.json': VALID_JSON });
    const bad = join(root, 'routines', 'x.md');
    const good = join(root, 'routines', 'ok.json');
    const result = await validate(bad, good);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([`${bad}:20:11: "fast" is not a duration; write 45s, 1m or 1m30s`]);
    expect(result.stderr).toContain('1 of 2 routine files invalid.');
  }, 20_000);

  it('suggests the value meant when a position or motion is misspelt', async () => {
    const root = folder({ 'x.md': VALID_MARKDOWN.replace('tool: hands', 'tool: hands\nposition: sitting\nmotion: circels') });
    const file = join(root, 'routines', 'x.md');
    const result = await validate(file);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      `${file}:15:11: "sitting" is not a position; use one of: standing, wall-lean, seated, seated-desk, seated-floor, lying-back, lying-side, lying-front (did you mean "seated"?)`,
      `${file}:16:9: "circels" is not a motion; use one of: circles, glide, up-down, side-to-side, back-and-forth, press-hold, squeeze, knead, rub, pull, stretch, still (did you mean "circles"?)`,
    ]);
  }, 20_000);

  it('prints the first 50 problems of a file and counts the rest', async () => {
    const steps = Array.from({ length: 1000 }, () => ({}));
    const root = folder({ 'x.json': JSON.stringify({ id: 'x', title: 'X', summary: 'S.', safety: 'Stop.', steps }, null, 2) });
    const file = join(root, 'routines', 'x.json');
    const result = await validate(file);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(51);
    expect(lines[0]).toBe(`${file}:7:5: missing "title": every step needs a title`);
    expect(lines[50]).toBe(`${file}: and 1950 more problems`);
  }, 20_000);

  it('says so when a file does not exist', async () => {
    const result = await validate('routines/nope.md');
    expect(result.code).toBe(1);
    expect(result.stdout.trim()).toBe('routines/nope.md:1:1: cannot read the file: no such file');
  }, 20_000);
});

describe('the build', () => {
  it('publishes a catalog and one JSON file per routine', () => {
    const published = publishRoutines(folder({ 'back-relief.md': VALID_MARKDOWN, 'desk-break.json': VALID_JSON }));
    expect('files' in published && [...published.files.keys()]).toEqual([
      'routines/index.json', 'routines/back-relief.json', 'routines/desk-break.json',
    ]);
  });

  it('refuses invalid routines, a file not named after its id, a duplicate id and a missing illustration', () => {
    const published = publishRoutines(folder({
      'back-relief.md': VALID_MARKDOWN.replace('pressure: medium', 'pressure: hard'),
      'desk.json': VALID_JSON,
      'desk-break.md': VALID_MARKDOWN.replace('id: back-relief', 'id: desk-break').replace('tool: hands', 'tool: hands\nillustration: nowhere.svg'),
    }));
    expect('problems' in published && published.problems).toEqual([
      'routines/back-relief.md:15:11: "hard" is not a pressure; use one of: light, medium, firm',
      'routines/desk-break.md:15:15: there is no illustration "nowhere.svg" in src/ui/common/illustrations',
      'routines/desk.json:2:9: the id "desk-break" must match the file name; rename the file to desk-break.json or change the id',
      'routines/desk.json:2:9: the id "desk-break" is already used by routines/desk-break.md; ids must be unique',
    ]);
  });
});
