/**
 * The start page's stylesheet inlined into index.html: the page drawn at build time paints as
 * soon as the HTML has arrived, without waiting a round trip for the CSS (on a phone's
 * network, the wait was most of the time to the largest paint). Only the entry's own CSS is
 * inlined; each screen's CSS still loads with its code. Runs before the CSP plugin, which
 * hashes every inline style it finds.
 */
import type { Plugin } from 'vite';

export function inlineCss(): Plugin {
  return {
    name: 'unknot-inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        return html.replace(/<link rel="stylesheet"[^>]*href="\/?([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset' || typeof asset.source !== 'string') return tag;
          // A stylesheet holding `</style` would end the element early; ours never does, so refuse to guess.
          if (/<\/style/i.test(asset.source)) throw new Error(`unknot-inline-css: ${file} contains </style`);
          return `<style>${asset.source}</style>`;
        });
      },
    },
  };
}

