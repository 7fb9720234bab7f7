/**
 * What a safety acknowledgement belongs to: the exact text the safety gate showed (the safety
 * note and the cautions), not a routine's id and version, which any file or link can reuse.
 * A changed word asks again; the same text under another id (a copy, an edit of the steps only)
 * does not.
 */
import { sha256 } from './sha256';

/** The key an acknowledgement of this safety text is kept under: 64 hex digits. */
export function safetyKey(routine: { safety: string; cautions: readonly string[] }): string {
  // JSON keeps the parts apart: a note "a" with caution "b" is not a note "ab".
  return sha256(JSON.stringify([routine.safety, routine.cautions]));
}

/**
 * Whether a stored acknowledgement is a safety key. Versions before keys kept `id@version`
 * strings: they match no routine any more (each safety note is asked for once more) and are
 * dropped the next time an acknowledgement is written.
 */
export function isSafetyKey(entry: string): boolean {
  return /^[0-9a-f]{64}$/.test(entry);
}
