import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DICTIONARY_V1, DICTIONARY_V1_HASH } from './dictionary';
import { MAX_JSON_BYTES, decodePayload, encodePayload, fromBase64Url, toBase64Url } from './codec';

const fnv = (bytes: Uint8Array) => bytes.reduce((h, c) => Math.imul(h ^ c, 0x01000193) >>> 0, 0x811c9dc5);

describe('link payload codec', () => {
  it('round-trips any JSON value, Unicode included', () => {
    const data = { title: 'Épaules — détente', steps: [1, 2, 3], note: '肩こり 🙂', empty: '' };
    const payload = encodePayload(data);
    expect(payload).toMatch(/^1[A-Za-z0-9_-]+$/);
    expect(decodePayload(payload)).toEqual({ ok: true, data });
  });

  it('keeps format 1 decodable: the dictionary never changes', () => {
    expect(fnv(strToU8(DICTIONARY_V1))).toBe(DICTIONARY_V1_HASH);
    // A payload made by the first release; it must open forever.
    expect(decodePayload('1Q9T2HsD4zgcVXTkpSrUA')).toEqual({ ok: true, data: { title: 'Hello world' } });
  });

  it('names each way a link can be broken', () => {
    const payload = encodePayload({ title: 'A routine with enough text to span a few bytes of deflate output' });
    expect(decodePayload('')).toEqual({ ok: false, problem: 'empty' });
    expect(decodePayload(payload.slice(0, payload.length - 6))).toEqual({ ok: false, problem: 'cut-short' });
    expect(decodePayload(`2${payload.slice(1)}`)).toEqual({ ok: false, problem: 'newer-format' });
    expect(decodePayload('1not base64!')).toEqual({ ok: false, problem: 'not-a-link' });
    expect(decodePayload('%%%')).toEqual({ ok: false, problem: 'not-a-link' });
    expect(decodePayload(`1${'A'.repeat(40_000)}`)).toEqual({ ok: false, problem: 'too-long' });
    const flipped = payload.slice(0, 12) + (payload[12] === 'A' ? 'B' : 'A') + payload.slice(13);
    const result = decodePayload(flipped);
    expect(result.ok).toBe(false);
  });

  it('refuses JSON that is not JSON, and a deflate bomb, without expanding it all', () => {
    const notJson = `1${toBase64Url(deflateSync(strToU8('{"title": '), { dictionary: strToU8(DICTIONARY_V1) }))}`;
    expect(decodePayload(notJson)).toEqual({ ok: false, problem: 'damaged' });
    const bomb = `1${toBase64Url(deflateSync(new Uint8Array(MAX_JSON_BYTES * 4).fill(32), { dictionary: strToU8(DICTIONARY_V1) }))}`;
    expect(bomb.length).toBeLessThan(5000);
    expect(decodePayload(bomb)).toEqual({ ok: false, problem: 'too-long' });
  });

  it('writes base64url without padding and reads it with or without', () => {
    const bytes = new Uint8Array([251, 255, 191, 0, 1]);
    expect(toBase64Url(bytes)).toBe('-_-_AAE');
    expect(fromBase64Url('-_-_AAE')).toEqual(bytes);
    expect(fromBase64Url('-_-_AAE=')).toEqual(bytes);
    expect(fromBase64Url('abcde')).toBeNull();
    expect(fromBase64Url('a+b/')).toBeNull();
  });
});
