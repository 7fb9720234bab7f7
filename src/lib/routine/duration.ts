import { clip } from './suggest';
import { LIMITS } from './vocabulary';

const quote = (input: unknown) => JSON.stringify(typeof input === 'string' ? clip(input) : input);

export type DurationResult = { ok: true; seconds: number } | { ok: false; message: string };

const HINT = 'write 45s, 1m or 1m30s';
const PARTS = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?$/;

/**
 * Reads a step duration: a whole number of seconds, or text such as `45s`, `1m`, `1m30s`, `1h`.
 * Bounds are 1 s to 1 h; the message says what is allowed.
 */
export function parseDuration(input: unknown): DurationResult {
  let seconds: number;
  if (typeof input === 'number') {
    if (!Number.isInteger(input)) {
      return { ok: false, message: `${input} is not a whole number of seconds; ${HINT}` };
    }
    seconds = input;
  } else if (typeof input === 'string') {
    const text = input.trim().toLowerCase();
    // No duration is longer than `59m 59s`-like text; a longer one is not read at all.
    const bare = text.length <= 20 && /^\d+$/.test(text);
    const match = bare || text.length > 20 ? null : PARTS.exec(text);
    if (!bare && (!match || text === '')) {
      return { ok: false, message: `${quote(input)} is not a duration; ${HINT}` };
    }
    seconds = bare
      ? Number(text)
      : Number(match?.[1] ?? 0) * 3600 + Number(match?.[2] ?? 0) * 60 + Number(match?.[3] ?? 0);
  } else {
    return { ok: false, message: `a duration is a number of seconds or text; ${HINT}` };
  }
  if (seconds < LIMITS.minStepSeconds) {
    return { ok: false, message: `a step lasts at least 1 second (got ${quote(input)})` };
  }
  if (seconds > LIMITS.maxStepSeconds) {
    return { ok: false, message: `a step lasts at most 1 hour (got ${quote(input)}); split it into shorter steps` };
  }
  return { ok: true, seconds };
}

/** Writes seconds the way a routine file would: `45s`, `1m`, `1m30s`, `1h`. */
export function formatDurationAttribute(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s || seconds === 0 ? `${s}s` : ''}`;
}

/** A clock face for a countdown: `0:45`, `12:05`, `1:02:03`. */
export function formatClock(totalSeconds: number): string {
  const t = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const s = String(t % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A length in words for cards and lists: `45 sec`, `4 min`, `1 h 5 min`. */
export function formatLength(totalSeconds: number): string {
  if (totalSeconds < 60) return `${Math.round(totalSeconds)} sec`;
  const minutes = Math.round(totalSeconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}
