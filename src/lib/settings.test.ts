import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import { settingsFrom } from './settings-check';

const read = (stored: unknown) => {
  const damaged: string[] = [];
  return { settings: settingsFrom(stored, (field) => damaged.push(field)), damaged };
};

describe('settingsFrom', () => {
  it('gives the defaults when nothing was saved, and what was saved when it is sound', () => {
    expect(read(undefined)).toEqual({ settings: DEFAULT_SETTINGS, damaged: [] });
    const saved = { ...DEFAULT_SETTINGS, voiceName: 'Samantha', theme: 'bedtime', reminders: { ...DEFAULT_SETTINGS.reminders, enabled: true, start: '08:30' } };
    expect(read(saved)).toEqual({ settings: saved, damaged: [] });
  });

  it('fills fields an older version did not have with their defaults, quietly', () => {
    const { settings, damaged } = read({ volume: 0.2, cues: { tick: false } });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, volume: 0.2, cues: { ...DEFAULT_SETTINGS.cues, tick: false } });
    expect(damaged).toEqual([]);
  });

  it('checks every field, down to each reminder field, and reports the damaged ones by path', () => {
    const { settings, damaged } = read({
      ...DEFAULT_SETTINGS,
      volume: Number.NaN,
      voiceName: 7,
      theme: 'purple',
      acknowledged: ['back-relief@1', 3],
      reminders: { ...DEFAULT_SETTINGS.reminders, start: '25:00', days: [1, 9] },
    });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(damaged).toEqual(['volume', 'voiceName', 'theme', 'reminders.start', 'reminders.days', 'acknowledged']);
  });

  it('offers the two-minute micro-break at reminders unless the user chose another routine', () => {
    const older = { enabled: true, everyMinutes: 45, start: '08:00', end: '16:00', days: [1, 2, 3, 4, 5] };
    expect(read({ reminders: older })).toEqual({ settings: { ...DEFAULT_SETTINGS, reminders: { ...older, routine: 'micro-break' } }, damaged: [] });
    expect(read({ reminders: { ...older, routine: 'desk-break' } }).settings.reminders.routine).toBe('desk-break');
    expect(read({ reminders: { ...older, routine: '../Desk break' } })).toEqual({
      settings: { ...DEFAULT_SETTINGS, reminders: { ...older, routine: 'micro-break' } },
      damaged: ['reminders.routine'],
    });
  });

  it('takes the defaults for settings that are not a group of fields at all', () => {
    expect(read('loud')).toEqual({ settings: DEFAULT_SETTINGS, damaged: ['settings'] });
    expect(read({ ...DEFAULT_SETTINGS, cues: [true] })).toEqual({ settings: DEFAULT_SETTINGS, damaged: ['cues'] });
  });
});
