/**
 * The start page's stylesheets inlined into index.html: the page drawn at build time paints as
 * soon as the HTML has arrived, without waiting a round trip for the CSS (on a phone's
 * network, the wait was most of the time to the largest paint). What is inlined is the entry's
 * CSS and the app's (src/boot.ts and the chunks it imports), which styles the library drawn into
 * the page: the app's code loads later, at a first visit's first use (src/main.ts), but its page
 * is on screen from the start. Every other screen's CSS still loads with its code. Runs before
 * the CSP plugin, which hashes every inline style it finds.
 */
import type { Plugin, Rollup } from 'vite';

/** The module whose chunk is the app taking the page over (loaded by src/main.ts on demand). */
const APP = '/src/boot.ts';

export function inlineCss(): Plugin {
  let inlined: string[] = [];
  return {
    name: 'unknot-inline-css',
    apply: 'build',
    generateBundle: {
      // Before Vite writes index.html's stylesheet links and each dynamic import's CSS to preload:
      // the CSS taken here is on the page already, so neither links nor loads it again.
      order: 'pre',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
        const entry = chunks.find((chunk) => chunk.isEntry);
        const app = chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(APP)));
        if (!entry) return;
        if (!app) throw new Error(`unknot-inline-css: no chunk holds ${APP}, whose CSS styles the library drawn into index.html`);
        // The app's CSS first, then the entry's (app.css), the order one stylesheet had them in
        // before the app left the entry: where two rules tie, app.css still wins.
        const css = new Set<string>();
        const queue = [app, entry];
        const seen = new Set<string>();
        for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
          if (seen.has(chunk.fileName)) continue;
          seen.add(chunk.fileName);
          for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
          chunk.viteMetadata?.importedCss.clear();
          for (const name of chunk.imports) if (bundle[name]?.type === 'chunk') queue.push(bundle[name]);
        }
        inlined = [...css];
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle || !inlined.length) return html;
        const styles = inlined.map((file) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset' || typeof asset.source !== 'string') throw new Error(`unknot-inline-css: no stylesheet ${file} in the bundle`);
          // A stylesheet holding `</style` would end the element early; ours never does, so refuse to guess.
          if (/<\/style/i.test(asset.source)) throw new Error(`unknot-inline-css: ${file} contains </style`);
          return `<style>${asset.source}</style>`;
        });
        return html.replace('</head>', `${styles.join('\n')}\n</head>`);
      },
    },
  };
}
