import type { SessionSlots } from '../../lib/platform/session-storage';

/**
 * A link or report file held out of the address bar: the payload of a link once read, or the
 * text of a report file (checked again when shown, like everything read back).
 */
export type Held = { link: string } | { reportFile: string };

/** The screens that show what a link carries. */
export type HeldKind = 'shared' | 'report';

const KEY = (kind: HeldKind) => `unknot.held.${kind}`;
/** More than any link or report file the app opens: a damaged slot is not read. */
const MAX_CHARS = 2_000_000;

/**
 * Health data stays out of the address bar, browser history and synced tabs: a plan or report
 * link's payload is held here once read, and the address shows only the short route (`#/r`,
 * `#/report`). Memory first; the tab's session storage so a reload of this tab still shows it,
 * and nothing after the tab closes.
 */
export class HeldLinks {
  readonly #memory = new Map<HeldKind, Held>();

  constructor(private readonly slots?: SessionSlots) {}

  hold(kind: HeldKind, held: Held): void {
    this.#memory.set(kind, held);
    this.slots?.set(KEY(kind), JSON.stringify(held));
  }

  get(kind: HeldKind): Held | undefined {
    const inMemory = this.#memory.get(kind);
    if (inMemory) return inMemory;
    const text = this.slots?.get(KEY(kind));
    if (!text || text.length > MAX_CHARS) return undefined;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return undefined;
    }
    const held = heldFrom(data);
    if (held) this.#memory.set(kind, held);
    return held;
  }
}

function heldFrom(data: unknown): Held | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { link, reportFile } = data as Record<string, unknown>;
  if (typeof link === 'string') return { link };
  if (typeof reportFile === 'string') return { reportFile };
  return undefined;
}
