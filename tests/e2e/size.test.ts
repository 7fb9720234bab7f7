import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const gzipped = (file: string) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;

/** The JS the start page loads before any interaction: its entry script and modulepreloads. */
function startPageScripts(): string[] {
  const html = readFileSync('dist/index.html', 'utf8');
  return [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g)].map((match) => match[1]!);
}

/** A chunk and every chunk it imports statically, as the browser fetches them to run it. */
function withImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(`dist/${file}`, 'utf8');
  for (const [, name] of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) withImports(`assets/${name}`, seen);
  return seen;
}

describe('bundle size budget', () => {
  // The start page is drawn into index.html. Its one script decides when the app takes it over
  // (src/main.ts): on a first visit by day at the first use, else at once. Svelte and the app
  // are not in it; a value import that drags them (or the store, or the words) in fails this.
  // (index.html also names the app's chunk as a prefetch: fetched at the lowest priority once
  // the page has loaded, never run until needed, so not the start page's.)
  it('keeps the start page under 3 KB of gzipped JS', () => {
    const scripts = startPageScripts();
    expect(scripts).toHaveLength(1);
    // With whatever it imports statically: the app's chunk among them would fail this.
    const files = [...withImports(scripts[0]!)];
    expect(files.reduce((sum, file) => sum + gzipped(file), 0)).toBeLessThan(3_000);
  });

  // What the app needs to take the start page over: Svelte's runtime (about 17.5 KB), the shell,
  // the library and its cards and filters, the router, the store's front, the words. The
  // banners, this week, a plan, the file reader and every other screen load when needed.
  it('keeps the app that takes the start page over under 34.5 KB of gzipped JS', () => {
    const app = readdirSync('dist/assets').find((file) => /^boot-[\w-]+\.js$/.test(file));
    expect(app).toBeDefined();
    const start = withImports(startPageScripts()[0]!);
    const files = [...withImports(`assets/${app}`)].filter((file) => !start.has(file));
    expect(files.reduce((sum, file) => sum + gzipped(file), 0)).toBeLessThan(34_500);
  });
});
