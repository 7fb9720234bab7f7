/**
 * The app (src/boot.ts and everything it imports, less what the start page's script has already)
 * in one chunk. src/main.ts loads it on demand, so by default the bundler would split the
 * modules it shares with the screens it loads in turn (Svelte's runtime, the router, the words)
 * into chunks of their own: nine files and 3 KB more gzipped than one. The screens only ever
 * load after the app, so the shared modules can live in its chunk.
 *
 * index.html names the chunk in a meta element. When the app starts at once, index.html's first
 * script preloads it (a modulepreload), so it loads beside the start page's script rather than a
 * round trip after it. On a first visit by day src/main.ts prefetches it a second after the page has
 * loaded, at the lowest priority and without running it, so the first use waits only for the
 * app to run and take the page over, not for the network.
 */
import type { Plugin, UserConfig } from 'vite';

const APP = '/src/boot.ts';
const ENTRY = '/src/main.ts';

export function appChunk(): Plugin {
  const modules = new Set<string>();
  let base = '/';
  return {
    name: 'unknot-app-chunk',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    config(): UserConfig {
      return {
        build: {
          rolldownOptions: {
            output: {
              // Only the modules themselves: their dependencies outside (the entry's, Vite's
              // preload helper) stay where they are, so the start page's script never imports the app.
              codeSplitting: { groups: [{ name: 'boot', test: (id: string) => modules.has(id), includeDependenciesRecursively: false }] },
            },
          },
        },
      };
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find((file) => file.type === 'chunk' && file.moduleIds.some((id) => id.endsWith(APP)));
        if (!chunk) throw new Error(`unknot-app-chunk: no chunk holds ${APP}`);
        // The chunk and what it imports beside the entry, space-separated, before index.html's
        // first script, which preloads them when the app starts at once.
        const entry = Object.values(bundle ?? {}).find((file) => file.type === 'chunk' && file.isEntry);
        const files = [chunk.fileName, ...(chunk.type === 'chunk' ? chunk.imports : [])].filter((file) => file !== entry?.fileName);
        const meta = `<meta name="unknot-app" content="${files.map((file) => `${base}${file}`).join(' ')}">`;
        if (!html.includes('<script>')) throw new Error('unknot-app-chunk: index.html has no inline <script> to name the app before');
        return html.replace("<script>", `${meta}\n    <script>`);
      },
    },
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const reach = (from: string | undefined) => {
        const seen = new Set<string>();
        const queue = from ? [from] : [];
        for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
          if (seen.has(id)) continue;
          seen.add(id);
          queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const entry = reach(ids.find((id) => id.endsWith(ENTRY)));
      modules.clear();
      // Virtual modules (`\0…`, Vite's own) stay out: the entry needs them without the app.
      for (const id of reach(ids.find((id) => id.endsWith(APP)))) if (!entry.has(id) && !id.startsWith('\0')) modules.add(id);
    },
  };
}
