/**
 * The share-link payload: JSON → raw deflate (with a preset dictionary) → base64url, behind a
 * one-character format version. Pure and synchronous, so node scripts make the same links as
 * the app. Decoding treats the text as hostile: every failure is a message, never a throw.
 */
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { DICTIONARY_V1 } from './dictionary';

/** The format this version of Unknot writes. Older formats keep decoding. */
export const FORMAT = '1';
/** Longer than any link a phone or a QR code carries; refuse before doing any work. */
export const MAX_PAYLOAD_CHARS = 32_000;
/** Decompressed JSON is refused past this size (a deflate bomb is tiny and expands a thousandfold). */
export const MAX_JSON_BYTES = 512_000;

let dictionary: Uint8Array | undefined;
const dictionaryV1 = () => (dictionary ??= strToU8(DICTIONARY_V1));

export type PayloadProblem =
  | 'empty'
  | 'too-long'
  | 'newer-format'
  | 'not-a-link'
  | 'cut-short'
  | 'damaged';

export type Decoded = { ok: true; data: unknown } | { ok: false; problem: PayloadProblem };

/** Encodes any JSON value as a link payload in the current format. */
export function encodePayload(data: unknown): string {
  const bytes = deflateSync(strToU8(JSON.stringify(data)), { level: 9, mem: 12, dictionary: dictionaryV1() });
  return FORMAT + toBase64Url(bytes);
}

/** Decodes a payload in any format this version knows. */
export function decodePayload(payload: string): Decoded {
  const text = payload.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_PAYLOAD_CHARS) return { ok: false, problem: 'too-long' };
  const format = text[0]!;
  if (format !== FORMAT) {
    return { ok: false, problem: /^[2-9a-z]$/i.test(format) ? 'newer-format' : 'not-a-link' };
  }
  let body = text.slice(1);
  // No base64 text is one past a multiple of four: the link lost its end on the way.
  if (/^[A-Za-z0-9_-]+$/.test(body) && body.length % 4 === 1) body = body.slice(0, -1);
  const bytes = fromBase64Url(body);
  if (bytes === null) return { ok: false, problem: 'not-a-link' };
  const inflated = inflateLimited(bytes, dictionaryV1());
  if (!inflated.ok) return inflated;
  try {
    return { ok: true, data: JSON.parse(strFromU8(inflated.bytes)) };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}

function inflateLimited(bytes: Uint8Array, dictionary: Uint8Array): { ok: true; bytes: Uint8Array } | { ok: false; problem: PayloadProblem } {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooBig = false;
  let done = false;
  const stream = new Inflate({ dictionary }, (chunk, final) => {
    size += chunk.length;
    if (size > MAX_JSON_BYTES) tooBig = true;
    else chunks.push(chunk);
    if (final) done = true;
  });
  try {
    for (let offset = 0; offset < bytes.length && !tooBig; offset += 1024) {
      stream.push(bytes.subarray(offset, offset + 1024), offset + 1024 >= bytes.length);
    }
  } catch (error) {
    // fflate code 0 is "unexpected EOF": the data stops mid-stream.
    return { ok: false, problem: (error as { code?: number }).code === 0 ? 'cut-short' : 'damaged' };
  }
  if (tooBig) return { ok: false, problem: 'too-long' };
  if (!done) return { ok: false, problem: 'cut-short' };
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return { ok: true, bytes: out };
}

/** base64url without padding (RFC 4648 §5), the alphabet that survives URLs, chat apps and QR codes. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes from base64url (padding optional), or null when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text) || text.replace(/=+$/, '').length % 4 === 1) return null;
  const binary = atob(text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
