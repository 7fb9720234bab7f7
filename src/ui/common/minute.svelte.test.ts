import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../lib/player/clock';
import { MinuteClock } from './minute.svelte';
import { owned, watch } from '../../../tests/support/runes.svelte';

/** Monday 23 November 2026, local time. */
const at = (hour: number, minute: number, second = 0) => new Date(2026, 10, 23, hour, minute, second).getTime();

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function minuteClock(start: number) {
  const clock = new ManualClock(start);
  const minute = owned(() => new MinuteClock(clock));
  cleanups.push(minute.destroy);
  return { clock, minute: minute.value, destroy: minute.destroy };
}

describe('MinuteClock', () => {
  it('reads the clock when made, then at the start of each minute', () => {
    const { clock, minute } = minuteClock(at(10, 0, 30));
    expect(minute.now).toBe(at(10, 0, 30));
    clock.advance(29_999);
    expect(minute.now).toBe(at(10, 0, 30));
    clock.advance(1);
    expect(minute.now).toBe(at(10, 1));
    clock.advance(60_000);
    expect(minute.now).toBe(at(10, 2));
    clock.advance(59_000);
    expect(minute.now).toBe(at(10, 2));
  });

  it('tells whoever shows the time that it moved on', () => {
    const { clock, minute } = minuteClock(at(23, 59, 50));
    const shown = watch(() => new Date(minute.now).getDate());
    cleanups.push(shown.destroy);
    clock.advance(10_000);
    flushSync();
    expect(shown.seen).toEqual([23, 24]);
  });

  it('keeps to the clock after a late timer, rather than counting ticks', () => {
    const { clock, minute } = minuteClock(at(10, 0));
    clock.jump(5 * 60_000 + 40_000); // a sleeping laptop: no timer ran
    clock.advance(0);
    expect(minute.now).toBe(at(10, 5, 40));
    clock.advance(20_000);
    expect(minute.now).toBe(at(10, 6));
  });

  it('reads the clock at once when asked', () => {
    const { clock, minute } = minuteClock(at(10, 0));
    clock.jump(90_000);
    minute.refresh();
    expect(minute.now).toBe(at(10, 1, 30));
  });

  it('stops when its owner is destroyed', () => {
    const { clock, minute, destroy } = minuteClock(at(10, 0));
    clock.advance(60_000);
    destroy();
    clock.advance(10 * 60_000);
    expect(minute.now).toBe(at(10, 1));
  });
});
