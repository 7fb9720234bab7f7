/**
 * Draws the start page into the built index.html: the app shell and the library with the
 * built-in catalog, rendered by Svelte's server renderer at build time (src/ui/app/prerender.ts),
 * and the catalog's cards as JSON beside it, which boot.ts reads to hydrate the page in place.
 * The page reads and its routine cards are links before any script has run, or with none.
 *
 * The server renderer is built by a second, in-memory Vite build with the same Svelte plugin
 * and options as the app, so its markup carries the same scoped class names as the app's CSS.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import type { CatalogEntry } from '../src/lib/routine/schema-only';
import { publishRoutines } from './vite-plugin-routines';

const ENTRY = 'src/ui/app/prerender.ts';
const ANCHOR = '<div id="app"></div>';

/** Modules the server render reaches but never runs, answered with empty stand-ins. */
const STAND_INS: Record<string, string> = {
  'virtual:pwa-register': 'export function registerSW() { return () => {}; }',
};

/** Builds src/ui/app/prerender.ts for Node and runs it: the start page's markup for these cards. */
export async function renderStartPage(root: string, mode: string, cards: CatalogEntry[]): Promise<string> {
  const output = (await build({
    root,
    mode,
    configFile: false,
    logLevel: 'warn',
    plugins: [
      svelte(),
      {
        name: 'unknot-prerender-stand-ins',
        resolveId: (id) => (id in STAND_INS ? `\0${id}` : null),
        load: (id) => (id.startsWith('\0') && id.slice(1) in STAND_INS ? STAND_INS[id.slice(1)] : null),
      },
    ],
    build: { ssr: ENTRY, write: false, target: 'node20', minify: false, rolldownOptions: { output: { codeSplitting: false } } },
  })) as Rollup.RollupOutput;
  const chunk = output.output.find((file): file is Rollup.OutputChunk => file.type === 'chunk' && file.isEntry);
  if (!chunk) throw new Error(`unknot-prerender: building ${ENTRY} gave no entry chunk`);
  // Written inside the project so its imports (svelte/server) resolve from node_modules.
  const dir = join(root, 'node_modules', '.unknot-prerender');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `prerender-${process.pid}-${Date.now()}.mjs`);
  writeFileSync(file, chunk.code);
  try {
    const module = (await import(pathToFileURL(file).href)) as { renderStartPage: (cards: CatalogEntry[]) => string };
    return module.renderStartPage(cards);
  } finally {
    rmSync(file, { force: true });
  }
}

/** JSON inside a script element: nothing in it can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function prerender(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'unknot-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      async handler(html) {
        if (!html.includes(ANCHOR)) throw new Error(`unknot-prerender: index.html has no ${ANCHOR} to draw the start page into`);
        const published = publishRoutines(config.root);
        // vite-plugin-routines reports invalid routines with every problem; nothing to draw then.
        if ('problems' in published) return html;
        const cards = JSON.parse(published.files.get('routines/index.json')!) as CatalogEntry[];
        const markup = await renderStartPage(resolve(config.root), config.mode, cards);
        return html.replace(
          ANCHOR,
          `<div id="app">${markup}</div>\n    <script type="application/json" id="catalog">${scriptJson(cards)}</script>`,
        );
      },
    },
  };
}
