import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** The JS the start page loads before any interaction: its entry script and modulepreloads. */
function startPageScripts(): string[] {
  const html = readFileSync('dist/index.html', 'utf8');
  return [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g)].map((match) => match[1]!);
}

describe('bundle size budget', () => {
  // The goal is 40 KB (60 KB is the most we would ever accept): holding the goal catches a
  // value import that drags the schema or a screen's words into the start page.
  it('keeps the start page under 40 KB of gzipped JS', () => {
    const scripts = startPageScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const bytes = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length, 0);
    expect(bytes).toBeLessThan(40 * 1024);
  });
});
