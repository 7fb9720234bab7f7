/**
 * QR codes for share links (uqr, a port of Nayuki's generator). Error correction level M
 * survives a crease or a smudge on a printed handout.
 */
import { encode } from 'uqr';

export interface QrCode {
  /** Modules per side, without the quiet zone. */
  size: number;
  version: number;
  /** One SVG path of every dark module, in module units. */
  path: string;
}

/** The QR code of `text` at level M, or null when it is too long for any QR code. */
export function qrCode(text: string): QrCode | null {
  let result;
  try {
    result = encode(text, { ecc: 'M', border: 0 });
  } catch {
    return null;
  }
  let path = '';
  result.data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return { size: result.size, version: result.version, path };
}
