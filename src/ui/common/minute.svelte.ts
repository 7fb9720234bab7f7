import { systemClock, type Clock } from '../../lib/player/clock';

/**
 * The time, refreshed at the start of every minute while something shows it, so "today" on a
 * screen left open past midnight moves on to the new day. Create it where effects can run (a
 * component, or an `$effect.root` in tests): the timer stops with its owner.
 */
export class MinuteClock {
  #now: number;

  constructor(private readonly clock: Clock = systemClock) {
    this.#now = $state(clock.now());
    $effect(() => {
      let timer: number;
      // Each tick reads the clock and aims at the next whole minute: a late timer cannot drift.
      const tick = () => {
        this.#now = clock.now();
        timer = clock.setTimeout(tick, 60_000 - (this.#now % 60_000));
      };
      timer = clock.setTimeout(tick, 60_000 - (clock.now() % 60_000));
      return () => clock.clearTimeout(timer);
    });
  }

  get now(): number {
    return this.#now;
  }

  /** Reads the clock again now: the page came back after the phone slept. */
  refresh(): void {
    this.#now = this.clock.now();
  }
}
