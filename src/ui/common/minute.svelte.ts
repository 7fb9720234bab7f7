/**
 * The time, refreshed every minute while something shows it, so "today" on a screen left open
 * past midnight moves on to the new day.
 */
export class MinuteClock {
  #now = $state(Date.now());

  constructor() {
    $effect(() => {
      const timer = setInterval(() => (this.#now = Date.now()), 60_000);
      return () => clearInterval(timer);
    });
  }

  get now(): number {
    return this.#now;
  }
}
