/**
 * `npm run link -- <file> [--base URL] [--full]`: prints the share link for a routine file, the
 * same link the app's Share screen makes: a built-in routine's file, unchanged, gives a short
 * reference link (the app opens the routine from its own catalog); any other routine, or
 * `--full`, a link that carries the whole routine. Its length and QR code size go to stderr, so
 * `npm run -s link -- file.md > link.txt` captures the link alone. Exit 1 for an invalid file.
 */
import { routineLink } from '../src/lib/share/link';
import { qrCode } from '../src/lib/share/qr';
import { builtInRoutine, problemLines, readRoutineFile } from './routine-files';

/** Where `npm start` serves the app. */
export const DEFAULT_BASE = 'http://localhost:4173/';
const args = process.argv.slice(2);
const full = args.includes('--full');
const baseAt = args.indexOf('--base');
const base = baseAt >= 0 ? args[baseAt + 1] : DEFAULT_BASE;
const files = args.filter((arg, i) => arg !== '--full' && (baseAt < 0 || (i !== baseAt && i !== baseAt + 1)));

if (files.length !== 1 || base === undefined || !/^https?:\/\/\S+$/.test(base)) {
  console.error('usage: npm run link -- <routine file> [--base https://where-unknot-is-served/] [--full]');
  process.exit(2);
}
const file = readRoutineFile(files[0]!);
if (!file.result.ok) {
  for (const line of problemLines([file], new Map())) console.error(line);
  process.exit(1);
}
const routine = file.result.value;
const link = routineLink(base, routine, undefined, full ? null : builtInRoutine(routine.id));
console.log(link);
const qr = qrCode(link);
console.error(
  `${link.length} characters; ${qr ? `QR code version ${qr.version} (${qr.size}×${qr.size} modules, level M)` : 'too long for a QR code'}; ${
    link.includes('#/r/2') ? 'names the built-in routine (the app opens its own copy)' : 'carries the whole routine'
  }`,
);
