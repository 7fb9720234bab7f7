import { describe, expect, it } from 'vitest';
import { qrCode } from './qr';

describe('QR codes', () => {
  it('draw every dark module of the smallest version that holds the text', () => {
    const small = qrCode('https://unknot.app/');
    expect(small).toMatchObject({ version: 2, size: 25 });
    // The three finder patterns alone are 3 × 33 dark modules.
    const dark = [...small!.path.matchAll(/h(\d+)/g)].reduce((sum, [, n]) => sum + Number(n), 0);
    expect(dark).toBeGreaterThan(99);
    expect(small!.path.startsWith('M0 0h7v1h-7z')).toBe(true);
  });

  it('say when text is too long for any QR code at level M', () => {
    expect(qrCode('x'.repeat(2331))?.version).toBe(40);
    expect(qrCode('x'.repeat(2332))).toBeNull();
  });
});
