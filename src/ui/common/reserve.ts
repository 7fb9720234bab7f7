/**
 * Room on the start page for what arrives after the first paint, read from the device: the
 * resume banner and this week's summary above the catalog, a therapist's plan below the intro,
 * the evening's bedtime offer above the page. Each slot keeps the height its content took last
 * time as a CSS variable on the page (`--reserve-home`, `--reserve-plans`, `--reserve-offer`)
 * and a copy in localStorage, which index.html's first
 * script sets again before the next first paint, at the same window width. So the catalog
 * does not move when they appear, on a cold start or on coming back to the library.
 */
import { localStore, type KeyValueStore } from '../../lib/platform/local-storage';

/** The key index.html's inline script reads: keep the two in step. */
export const RESERVE_KEY = 'unknot.reserve';

export const SLOTS = ['home', 'plans', 'offer'] as const;

/**
 * Whether the bedtime theme will be offered in the evening ('1', or no answer yet) or not ('0'):
 * index.html's first script keeps the offer's room in the evenings unless this says '0'.
 */
export const OFFER_KEY = 'unknot.offer';
export type Slot = (typeof SLOTS)[number];

/**
 * The slot's content has arrived, or is not coming: measure the height it takes without the
 * reserved room, keep that as the room for next time, and write every slot's room down with
 * the window width it was measured at.
 */
export function settle(slot: Slot, element: HTMLElement, storage: KeyValueStore = localStore): void {
  const root = element.ownerDocument.documentElement;
  const name = `--reserve-${slot}`;
  // Removed and set again before the browser paints: a measurement, never a visible change.
  root.style.removeProperty(name);
  const height = Math.round(element.getBoundingClientRect().height);
  if (height > 0) root.style.setProperty(name, `${height}px`);
  const room: Record<string, number> = { width: element.ownerDocument.defaultView?.innerWidth ?? 0 };
  for (const each of SLOTS) room[each] = Number.parseInt(root.style.getPropertyValue(`--reserve-${each}`), 10) || 0;
  storage.set(RESERVE_KEY, JSON.stringify(room));
}
