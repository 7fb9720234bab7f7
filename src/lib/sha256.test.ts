import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256 } from './sha256';

describe('sha256', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('agrees with node:crypto on every length around a block edge, and on any Unicode', () => {
    const texts = [
      ...Array.from({ length: 140 }, (_, length) => 'x'.repeat(length)),
      'Stop if you feel sharp pain — 痛みを感じたら止めてください 🙂',
      '\u202e\u200b\r\n\0',
      'safety '.repeat(3000),
    ];
    for (const text of texts) expect(sha256(text), JSON.stringify(text.slice(0, 20))).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});
