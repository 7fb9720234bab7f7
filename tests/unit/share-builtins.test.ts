import { describe, expect, it } from 'vitest';
import { readRoutineFile, routinePaths } from '../../scripts/routine-files';
import { readRoutinePayload, routineLink } from '../../src/lib/share/link';
import { qrCode } from '../../src/lib/share/qr';

/** A long but plausible host and path for a clinic's copy of Unknot. */
const BASE = 'https://physio-clinic-northside.example.org/unknot/';

describe('built-in routine links', () => {
  for (const path of routinePaths('routines')) {
    it(`${path} opens from a link that fits a level-M QR code`, () => {
      const file = readRoutineFile(path);
      if (!file.result.ok) throw new Error(`${path} is invalid`);
      const link = routineLink(BASE, file.result.value);
      expect(qrCode(link), `${link.length} characters`).not.toBeNull();
      const read = readRoutinePayload(link.slice(link.indexOf('#/r/') + '#/r/'.length));
      expect(read).toEqual({ ok: true, value: { routine: file.result.value } });
    });
  }
});
