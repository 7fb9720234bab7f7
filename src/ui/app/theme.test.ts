import { describe, expect, it } from 'vitest';
import { effectiveTheme, isEvening } from './theme.svelte';

const at = (hour: number) => new Date(2026, 10, 23, hour, 30);

describe('theme', () => {
  it('calls 8 pm to 5 am the evening', () => {
    expect([19, 20, 23, 0, 4, 5].map((hour) => isEvening(at(hour)))).toEqual([false, true, true, true, true, false]);
  });

  it('switches to bedtime in the evening only when the user said yes and follows the system', () => {
    expect(effectiveTheme({ theme: 'system', eveningBedtime: 'yes' }, at(22))).toBe('bedtime');
    expect(effectiveTheme({ theme: 'system', eveningBedtime: 'yes' }, at(12))).toBe('system');
    expect(effectiveTheme({ theme: 'system', eveningBedtime: 'ask' }, at(22))).toBe('system');
    expect(effectiveTheme({ theme: 'light', eveningBedtime: 'yes' }, at(22))).toBe('light');
    expect(effectiveTheme({ theme: 'bedtime', eveningBedtime: 'no' }, at(12))).toBe('bedtime');
  });
});
