/**
 * Validates routines/ at build time and publishes them as static data: `routines/index.json`
 * (library cards) and `routines/<id>.json` (one full routine each), fetched on demand so the
 * start page's script stays small. An invalid file fails the build with the validator's lines.
 */
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { catalogEntry } from '../src/lib/routine';
import { checkCollection, problemLines, readRoutineFile, routinePaths } from './routine-files';

const DIR = 'routines';

/** The published files of the routine folder, or the problems that stop the build. */
export function publishRoutines(root: string): { files: Map<string, string> } | { problems: string[] } {
  const dir = resolve(root, DIR);
  // Paths relative to the project, as a person would type them.
  const parsed = routinePaths(dir).map((path) => ({ ...readRoutineFile(path), path: relative(root, path) }));
  const problems = problemLines(parsed, checkCollection(parsed));
  if (problems.length) return { problems };
  const files = new Map<string, string>();
  const routines = parsed.flatMap(({ result }) => (result.ok ? [result.value] : []));
  routines.sort((a, b) => a.title.localeCompare(b.title));
  files.set(`${DIR}/index.json`, JSON.stringify(routines.map(catalogEntry)));
  for (const routine of routines) files.set(`${DIR}/${routine.id}.json`, JSON.stringify(routine));
  return { files };
}

export function routines(): Plugin {
  let root = process.cwd();
  return {
    name: 'unknot-routines',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      this.addWatchFile(resolve(root, DIR));
    },
    generateBundle() {
      const published = publishRoutines(root);
      if ('problems' in published) {
        this.error(`invalid routines:\n${published.problems.join('\n')}`);
      }
      for (const [fileName, source] of published.files) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = request.url?.split('?')[0] ?? '';
        if (!url.startsWith(`/${DIR}/`)) return next();
        const published = publishRoutines(root);
        if ('problems' in published) {
          response.statusCode = 500;
          response.end(published.problems.join('\n'));
          return;
        }
        const body = published.files.get(url.slice(1));
        if (body === undefined) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(body);
      });
    },
  };
}
