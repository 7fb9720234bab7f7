/**
 * `npx tsx scripts/picture-size.ts`: what step pictures cost, in gzipped bytes. Builds the app
 * as `npx vite build` does, into a temporary folder, with one change: the picture code (the
 * composer in src/lib/picture, StepPicture, its stylesheet and its words) goes into a chunk
 * of its own, so its size can be read off (the real build shares a lazy chunk with the
 * Markdown renderer, which every screen that shows a picture loads too). Prints that chunk,
 * its CSS, each shipped drawing and the body map, and checks that the start page's JS holds
 * none of them (tests/e2e/size.test.ts measures the start page of the real build).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const PICTURE = /src[\\/](lib[\\/]picture[\\/]|ui[\\/]common[\\/](StepPicture\.svelte|step-picture\.css)|ui[\\/]strings[\\/]picture\.ts)/;

const outDir = mkdtempSync(join(tmpdir(), 'unknot-picture-size-'));
try {
  await build({
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'picture', test: PICTURE, includeDependenciesRecursively: false }] } } },
    },
  });
  const assets = readdirSync(join(outDir, 'assets'));
  const gzipped = (file: string) => gzipSync(readFileSync(join(outDir, 'assets', file)), { level: 9 }).length;
  const rows: [string, number][] = [];
  const add = (label: string, pattern: RegExp) => {
    for (const file of assets.filter((name) => pattern.test(name))) rows.push([`${label} (${file})`, gzipped(file)]);
  };
  add('composer, StepPicture and words', /^picture-.*\.js$/);
  add('their stylesheet', /^picture-.*\.css$/);
  for (const drawing of readdirSync('src/ui/common/illustrations')) add(`drawing ${drawing}`, new RegExp(`^${drawing.replace('.svg', '')}-.*\\.js$`));
  const pictureTotal = rows.reduce((sum, [, bytes]) => sum + bytes, 0);
  add('body map', /^BodyMap-.*\.(js|css)$/);

  // The start page: its entry script and the modules it preloads (as tests/e2e/size.test.ts counts them).
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const start = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?assets\/([^"]+\.js)"/g)].map((match) => match[1]!);
  const startBytes = start.reduce((sum, file) => sum + gzipped(file), 0);
  const startHasPictures = start.some((file) => /^picture-/.test(file) || readFileSync(join(outDir, 'assets', file), 'utf8').includes('step-picture-art'));

  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, bytes] of rows) console.log(`${label.padEnd(width)}  ${String(bytes).padStart(6)} B`);
  console.log(`${'step pictures in all (composer, StepPicture, CSS, drawings)'.padEnd(width)}  ${String(pictureTotal).padStart(6)} B`);
  console.log(`${'start page JS (this build)'.padEnd(width)}  ${String(startBytes).padStart(6)} B${startHasPictures ? '  (holds picture code!)' : ', no picture code'}`);
  if (startHasPictures) process.exitCode = 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
