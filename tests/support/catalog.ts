/** A Catalog over in-memory routines, for component tests. */
import { Catalog } from '../../src/lib/catalog';
import { catalogEntry, type Routine } from '../../src/lib/routine';

export function fakeCatalog(routines: Routine[], options: { failIndex?: boolean } = {}): Catalog {
  const files = new Map<string, unknown>([['/routines/index.json', routines.map(catalogEntry)]]);
  for (const routine of routines) files.set(`/routines/${routine.id}.json`, routine);
  return new Catalog(async (url) => {
    if (options.failIndex) throw new TypeError('Failed to fetch');
    const body = files.get(url);
    return body === undefined
      ? new Response('not found', { status: 404 })
      : new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  }, '/');
}
