import { describe, expect, it } from 'vitest';
import { zoneAt } from './time-zone';

describe('zoneAt', () => {
  it('names a zone whose local hour is the one asked for, at every hour of the day', () => {
    for (let utc = 0; utc < 24; utc++) {
      const now = new Date(Date.UTC(2026, 11, 2, utc, 30));
      for (const hour of [10, 21]) {
        const local = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: zoneAt(hour, now) }).format(now);
        expect(Number(local)).toBe(hour);
      }
    }
  });
});
