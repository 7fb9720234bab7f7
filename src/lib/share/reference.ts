/**
 * Reference links: a built-in routine shared unchanged is named, not carried. The link holds
 * the routine's id and a hash of its content (and the plan, if any), so its QR code stays
 * small enough to scan from paper; the client's app finds the routine in its own offline
 * catalog and opens it only when the content hash matches, never a different version.
 *
 * Payload format `2` (format `1` is the full routine, deflated; see codec.ts):
 *
 *     2<id>.<hash>               a built-in routine
 *     2<id>.<hash>.<plan>        with a plan: <plan> is a format-1 payload of a plan tuple
 *
 * The plan tuple is `[id, from, frequency, start, days, client?, note?]`: the frequency a number,
 * times a day when positive and times a week when negative (`2`, `-3`), the start day as days
 * since 2000-01-01, and an empty string for a missing client when a note follows. The keys of
 * a plan, and its date written out, would cost more than the plan.
 */
import { toJsonModel } from '../routine/serialize-json';
import type { Routine } from '../routine/schema-only';
import type { Assignment } from './assignment';
import { decodePayload, encodePayload, toBase64Url, type Decoded, type PayloadProblem } from './codec';

/** The first character of a reference payload. */
export const REFERENCE_FORMAT = '2';
/** Characters of the content hash: 48 bits, base64url. */
const HASH_CHARS = 8;
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const REFERENCE = new RegExp(`^${REFERENCE_FORMAT}(${SLUG})\\.([A-Za-z0-9_-]{${HASH_CHARS}})(?:\\.(.+))?$`);
/** What is left of a reference link that lost its end on the way. */
const CUT_SHORT = new RegExp(`^${REFERENCE_FORMAT}[a-z0-9-]*(?:\\.[A-Za-z0-9_-]{0,${HASH_CHARS - 1}})?$`);

/** A reference link read, before its routine is looked up. */
export interface RoutineReference {
  id: string;
  hash: string;
  /** The plan, not yet validated: the caller checks it with the one schema. */
  assignment?: unknown;
}

/**
 * The content hash of a routine: 48 bits of cyrb53 over its JSON model (defaults left out,
 * keys sorted), so the same routine gives the same hash whether it was read from Markdown,
 * from JSON or from the published catalog, and a routine differing in any word does not.
 *
 * FROZEN: links carry this hash, so changing how it is computed would make every reference
 * link already printed ask for an update. A test holds it for a fixed routine.
 */
export function routineHash(routine: Routine): string {
  return hash48(canonicalJson(toJsonModel(routine)));
}

/** JSON with every object's keys in order, so field order in a file does not matter. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item === null || typeof item !== 'object' || Array.isArray(item)
      ? item
      : Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  );
}

/** cyrb53 (public domain, bryc): two 32-bit multiply-xorshift lanes; 48 of its bits as base64url. */
function hash48(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const bytes = new Uint8Array([h2 >>> 8, h2, h1 >>> 24, h1 >>> 16, h1 >>> 8, h1].map((n) => n & 0xff));
  return toBase64Url(bytes);
}

const EPOCH = Date.UTC(2000, 0, 1);
const DAY_MS = 86_400_000;

/** The plan as a short tuple (see the file comment). */
function planTuple(assignment: Assignment): unknown[] {
  const { frequency } = assignment;
  const start = Math.round((Date.parse(`${assignment.start}T00:00:00Z`) - EPOCH) / DAY_MS);
  const tuple: unknown[] = [assignment.id, assignment.from, frequency.per === 'day' ? frequency.times : -frequency.times, start, assignment.days];
  if (assignment.client !== undefined || assignment.note !== undefined) tuple.push(assignment.client ?? '');
  if (assignment.note !== undefined) tuple.push(assignment.note);
  return tuple;
}

/** A plan from its tuple, shaped as the plan schema expects; anything else is passed on for the schema to refuse. */
function planFromTuple(data: unknown): unknown {
  if (!Array.isArray(data) || data.length < 5 || data.length > 7) return data;
  const [id, from, frequency, start, days, client, note] = data as unknown[];
  const day = Number.isSafeInteger(start) && (start as number) >= 0 && (start as number) < 100_000 ? (start as number) : null;
  return {
    id,
    from,
    frequency: typeof frequency === 'number' ? { per: frequency < 0 ? 'week' : 'day', times: Math.abs(frequency) } : frequency,
    // Outside the calendar, it stays a number and the schema refuses it.
    start: day === null ? start : new Date(EPOCH + day * DAY_MS).toISOString().slice(0, 10),
    days,
    ...(client !== undefined && client !== '' ? { client } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}

/** The payload naming a built-in routine (and carrying a plan, if any). */
export function referencePayload(routine: Routine, assignment?: Assignment): string {
  const name = `${REFERENCE_FORMAT}${routine.id}.${routineHash(routine)}`;
  return assignment ? `${name}.${encodePayload(planTuple(assignment))}` : name;
}

/** Whether a payload is a reference (format 2) rather than a full routine. */
export function isReference(payload: string): boolean {
  return payload.trim().startsWith(REFERENCE_FORMAT);
}

/** Reads a reference payload; its plan, if any, comes back unchecked for the plan schema. */
export function readReference(payload: string): { ok: true; value: RoutineReference } | { ok: false; problem: PayloadProblem } {
  const text = payload.trim();
  const match = REFERENCE.exec(text);
  if (!match) return { ok: false, problem: CUT_SHORT.test(text) ? 'cut-short' : 'not-a-link' };
  const [, id, hash, plan] = match as unknown as [string, string, string, string | undefined];
  if (plan === undefined) return { ok: true, value: { id, hash } };
  const decoded: Decoded = decodePayload(plan);
  if (!decoded.ok) return decoded;
  return { ok: true, value: { id, hash, assignment: planFromTuple(decoded.data) } };
}
