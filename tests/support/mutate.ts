/**
 * Hostile variations of valid input for property tests: a valid value with a few of its nodes
 * replaced, removed, added or multiplied, and a valid text with a few of its characters or
 * lines changed. What a stranger would send to find the crack in a parser.
 */
import fc from 'fast-check';

type Json = unknown;
type Path = (string | number)[];

interface Mutation {
  pick: number;
  action: 'replace' | 'delete' | 'insert' | 'duplicate' | 'wrap' | 'string';
  value: Json;
  key: string;
  times: number;
}

/** Every path in a JSON value, the root first. */
function paths(value: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...at, index], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths(item, [...at, key], out);
  return out;
}

function get(value: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], value);
}

function apply(base: Json, mutations: Mutation[]): Json {
  let root: Json = structuredClone(base);
  for (const { pick, action, value: shared, key, times } of mutations) {
    // Generated values can be shared constants: each use gets its own copy, or one could end up inside itself.
    const value = structuredClone(shared);
    const all = paths(root);
    const path = all[pick % all.length]!;
    const node = get(root, path);
    const replace = (next: Json) => {
      if (path.length === 0) root = next;
      else (get(root, path.slice(0, -1)) as Record<string | number, Json>)[path.at(-1)!] = next;
    };
    switch (action) {
      case 'replace':
        replace(value);
        break;
      case 'delete':
        if (path.length === 0) break;
        if (Array.isArray(get(root, path.slice(0, -1)))) (get(root, path.slice(0, -1)) as Json[]).splice(path.at(-1) as number, 1);
        else delete (get(root, path.slice(0, -1)) as Record<string, Json>)[path.at(-1) as string];
        break;
      case 'insert':
        if (Array.isArray(node)) node.splice(times % (node.length + 1), 0, value);
        else if (node && typeof node === 'object') (node as Record<string, Json>)[key] = value;
        else replace(value);
        break;
      case 'duplicate':
        if (Array.isArray(node) && node.length > 0) {
          const list = node as Json[];
          list.push(...Array.from({ length: times }, (): Json => structuredClone(list[0])));
        }
        else replace(Array.from({ length: Math.min(times, 5) }, () => structuredClone(node)));
        break;
      case 'wrap':
        replace(times % 2 ? [node] : { [key]: node });
        break;
      case 'string':
        // At most 100,000 characters: strings multiplied again and again would pass what a string can hold.
        replace(typeof node === 'string' ? node.repeat(Math.min(times, 50, Math.max(1, Math.floor(100_000 / Math.max(1, node.length))))) + key : JSON.stringify(node) ?? key);
        break;
    }
  }
  return root;
}

/** A JSON value a little (or a lot) different from `base`. */
export function mutatedValue(base: Json): fc.Arbitrary<Json> {
  const mutation: fc.Arbitrary<Mutation> = fc.record({
    pick: fc.nat(),
    action: fc.constantFrom('replace', 'delete', 'insert', 'duplicate', 'wrap', 'string'),
    value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(null, '', 0, -1, 1e308, 3600, 'left-right', '1h', [], {}, '- '.repeat(20), '\u202E\u0007x')),
    key: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('__proto__', 'constructor', 'steps', 'note', 'sessions', 'title', 'duration')),
    times: fc.integer({ min: 1, max: 2000 }),
  });
  return fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => apply(base, mutations));
}

/** A text with a few characters, runs or lines inserted, removed or repeated. */
export function mutatedText(base: string): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat(),
    length: fc.integer({ min: 0, max: 40 }),
    insert: fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('\n## Step\n', '\nduration: 2h\n', '---\n', '\n- ', '\n> ', '[', '{', '"', '\\', '\u0000', '\uFFFD', '&a ', '*a', '\r', ': ', ','),
    ),
    times: fc.integer({ min: 1, max: 60 }),
  });
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => {
    let text = base;
    for (const { at, length, insert, times } of edits) {
      const where = at % (text.length + 1);
      text = text.slice(0, where) + insert.repeat(times) + text.slice(where + length);
    }
    return text;
  });
}
