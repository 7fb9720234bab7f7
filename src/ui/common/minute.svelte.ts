import { systemClock, type Clock } from '../../lib/player/clock';

/**
 * The time, refreshed at the start of every minute while something shows it, so "today" on a
 * screen left open past midnight moves on to the new day. Create it where effects can run (a
 * component, or an `$effect.root` in tests): the timer stops with its owner.
 */
export class MinuteClock {
  #now = $state.raw(0);

  constructor(private readonly clock: Clock = systemClock) {
    this.refresh();
    $effect(() => {
      let timer = 0;
      // Each tick reads the clock and aims at the next whole minute: a late timer cannot drift.
      const next = () => {
        timer = clock.setTimeout(() => {
          this.refresh();
          next();
        }, 60_000 - (clock.now() % 60_000));
      };
      next();
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
