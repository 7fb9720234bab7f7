import { describe, expect, it } from 'vitest';
import { publishRoutines } from '../../scripts/vite-plugin-routines';
import { readRoutineFile, routinePaths } from '../../scripts/routine-files';
import { checkRoutine, type Routine } from '../../src/lib/routine/schema-only';
import type { Assignment } from '../../src/lib/share/assignment';
import { readRoutinePayload, readSharedLink, resolveSharedLink, routineLink } from '../../src/lib/share/link';
import { qrCode } from '../../src/lib/share/qr';

/** A long but plausible host and path for a clinic's copy of Unknot: 51 characters. */
const BASE = 'https://physio-clinic-northside.example.org/unknot/';
/** A plan as a therapist writes one: who, a client reference, a short note. */
const PLAN: Assignment = {
  id: 'Ab3dEf6hJk', from: 'Dr. Rivera, Northside Physio', client: 'JM-07', note: 'Gentle on the left side.',
  frequency: { per: 'day', times: 2 }, start: '2026-12-01', days: 14,
};

/** The catalog as the app reads it: the JSON the build publishes, through the schema. */
const published = publishRoutines(process.cwd());
if ('problems' in published) throw new Error(published.problems.join('\n'));
const catalog = async (id: string): Promise<Routine | null> => {
  const json = published.files.get(`routines/${id}.json`);
  return json === undefined ? null : checkRoutine(JSON.parse(json));
};
const payloadOf = (link: string) => link.slice(link.indexOf('#/r/') + '#/r/'.length);

describe('built-in routine links', () => {
  it('cover every routine in the catalog', () => {
    expect(BASE).toHaveLength(51);
    expect(routinePaths('routines').length).toBe((JSON.parse(published.files.get('routines/index.json')!) as unknown[]).length);
  });

  for (const path of routinePaths('routines')) {
    const file = readRoutineFile(path);
    if (!file.result.ok) throw new Error(`${path} is invalid`);
    const routine = file.result.value;

    it(`${path} opens from a full link that fits a level-M QR code`, () => {
      const link = routineLink(BASE, routine);
      expect(qrCode(link), `${link.length} characters`).not.toBeNull();
      expect(readRoutinePayload(payloadOf(link))).toEqual({ ok: true, value: { routine } });
    });

    for (const assignment of [undefined, PLAN]) {
      it(`${path} by reference${assignment ? ' with a plan' : ''}: QR version 10 or less, opens the catalog's routine`, async () => {
        const builtIn = await catalog(routine.id);
        const link = routineLink(BASE, routine, assignment, builtIn);
        expect(payloadOf(link)).toMatch(/^2/);
        expect(qrCode(link)?.version, `${link.length} characters`).toBeLessThanOrEqual(10);
        const read = readSharedLink(payloadOf(link));
        if (!read.ok) throw new Error(read.problem);
        expect(await resolveSharedLink(read.value, catalog)).toEqual({ ok: true, value: assignment ? { routine: builtIn, assignment } : { routine: builtIn } });
      });
    }
  }
});
