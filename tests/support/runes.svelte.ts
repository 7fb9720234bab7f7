/** Rune state under test: built inside an effect root, as a component would own it. */
import { flushSync } from 'svelte';

export interface Owned<T> {
  value: T;
  /** Ends the owner's life: effects stop, timers are cleared. */
  destroy: () => void;
}

/** Builds `make()` inside a fresh `$effect.root` and runs its first effects. */
export function owned<T>(make: () => T): Owned<T> {
  let value: T | undefined;
  const destroy = $effect.root(() => {
    value = make();
  });
  flushSync();
  return { value: value as T, destroy };
}

/**
 * Every value `read` gives as the state changes, as an effect in a component would see them
 * (flush with `flushSync` before looking). Stops with `destroy`.
 */
export function watch<T>(read: () => T): { seen: T[]; destroy: () => void } {
  const seen: T[] = [];
  const destroy = $effect.root(() => {
    $effect(() => {
      seen.push(read());
    });
  });
  flushSync();
  return { seen, destroy };
}
