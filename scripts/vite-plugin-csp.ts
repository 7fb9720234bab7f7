/**
 * A strict Content-Security-Policy for the built app, as a <meta> tag so any static host
 * serves it. Scripts and styles only from our own origin, plus the hashes of index.html's two
 * inline blocks (the theme painted before first render; the start page's catalog cards, a JSON
 * data block, never run, need none); no remote anything, no plugins, no
 * forms. Development keeps Vite's inline client working by leaving the tag out.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy for a page whose inline scripts and styles are exactly these. */
export function contentSecurityPolicy(inlineScripts: string[], inlineStyles: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScripts.map(hash).join(' ')}`.trim(),
    `style-src 'self' ${inlineStyles.map(hash).join(' ')}`.trim(),
    // Our illustrations are inlined SVG; the screen-off track and downloads are blob: URLs
    // (read back by the track test); Howler resets audio elements with a silent data: WAV.
    "img-src 'self'",
    "media-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self' blob:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function csp(): Plugin {
  return {
    name: 'unknot-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // Inline scripts the browser runs; a data block (type="application/json") never runs.
        const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*\stype="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
        const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
        const policy = contentSecurityPolicy(scripts, styles);
        const anchor = '<meta charset="UTF-8" />';
        // A page without the policy must not ship quietly.
        if (!html.includes(anchor)) throw new Error(`unknot-csp: index.html has no ${anchor} to put the Content-Security-Policy after`);
        return html.replace(anchor, `${anchor}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      },
    },
  };
}
