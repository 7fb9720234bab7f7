import { describe, expect, it } from 'vitest';
import { isSafetyKey, safetyKey } from './safety-key';

const note = { safety: 'Stop if anything hurts.', cautions: ['Not over a fresh injury.'] };

describe('safetyKey', () => {
  it('is the same for the same safety text, whatever else the routine is', () => {
    expect(safetyKey(note)).toBe(safetyKey({ ...note, cautions: [...note.cautions] }));
    expect(safetyKey({ ...note, id: 'back-relief', version: 1 } as typeof note)).toBe(safetyKey({ ...note, id: 'other', version: 9 } as typeof note));
    expect(isSafetyKey(safetyKey(note))).toBe(true);
  });

  it('changes with any change to the note or the cautions', () => {
    const key = safetyKey(note);
    expect(safetyKey({ ...note, safety: 'Stop if anything hurts' })).not.toBe(key);
    expect(safetyKey({ ...note, cautions: [] })).not.toBe(key);
    expect(safetyKey({ ...note, cautions: [...note.cautions, 'Not when pregnant.'] })).not.toBe(key);
    // The parts stay apart: moving words between the note and a caution is another text.
    expect(safetyKey({ safety: 'ab', cautions: [] })).not.toBe(safetyKey({ safety: 'a', cautions: ['b'] }));
    expect(safetyKey({ safety: 'a', cautions: ['b', 'c'] })).not.toBe(safetyKey({ safety: 'a', cautions: ['b,c'] }));
  });

  it('tells keys from the id@version acknowledgements older versions kept', () => {
    expect(isSafetyKey('back-relief@1')).toBe(false);
    expect(isSafetyKey('')).toBe(false);
  });
});
