/**
 * Reads what each source file imports and which globals it uses, and checks that against the
 * layer rules of src/architecture.ts. Files are parsed with the parsers ESLint uses (the
 * TypeScript one, and svelte-eslint-parser for components, templates included), so an import or a
 * global is found only in code: never in a comment or a string, and never when the name is
 * declared in the file (a local `document` is not the page's).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import * as svelteParser from 'svelte-eslint-parser';
import type { Rule } from '../../src/architecture';

export interface SourceFile {
  /** From the repository root, with forward slashes. */
  path: string;
  text: string;
}

export interface Import {
  specifier: string;
  /** The file a relative specifier names, from the repository root; undefined for a package. */
  target?: string;
  line: number;
}

export interface GlobalUse {
  /** `document`, or `URL.createObjectURL` when a property of the global is read. */
  name: string;
  line: number;
}

export interface Module {
  path: string;
  imports: Import[];
  globals: GlobalUse[];
}

export interface Violation {
  rule: string;
  file: string;
  line: number;
  /** What was used, as listed in the rule: `svelte`, `document`, a cycle. */
  uses: string;
  message: string;
}

/** The .ts and .svelte files under `folder` (declaration files aside). */
export function readSources(root: string, folder: string): SourceFile[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .map((name) => posix.join(folder, name.split('\\').join('/')))
    .filter((path) => (path.endsWith('.ts') && !path.endsWith('.d.ts')) || path.endsWith('.svelte'))
    .sort()
    .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

// The little of the ESTree and scope-manager shapes this module reads; both parsers produce them.
interface Node {
  type: string;
  loc: { start: { line: number } };
  [key: string]: unknown;
}
interface Reference {
  identifier: Node;
  resolved: { defs: readonly unknown[] } | null;
}
interface Parsed {
  ast: Node;
  visitorKeys: Record<string, readonly string[] | undefined>;
  scopeManager: { scopes: readonly { references: readonly Reference[] }[] } | null;
}

function parse(file: SourceFile): Parsed {
  const options = { sourceType: 'module', ecmaVersion: 'latest', range: true, loc: true, filePath: file.path } as const;
  const result = file.path.endsWith('.svelte')
    ? svelteParser.parseForESLint(file.text, { ...options, parser: tsParser })
    : tsParser.parseForESLint(file.text, options);
  return result as unknown as Parsed;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/** Visits every node once with its parent, following the parser's own visitor keys. */
function walk(parsed: Parsed, visit: (node: Node, parent: Node | undefined) => void): void {
  const stack: [Node, Node | undefined][] = [[parsed.ast, undefined]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, parent] = item;
    visit(node, parent);
    for (const key of parsed.visitorKeys[node.type] ?? []) {
      const child = node[key];
      for (const value of Array.isArray(child) ? (child as unknown[]) : [child]) {
        if (isNode(value)) stack.push([value, node]);
      }
    }
  }
}

/** The text of a string literal or a template without substitutions, else undefined. */
function staticString(node: unknown): string | undefined {
  if (!isNode(node)) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && Array.isArray(node.expressions) && node.expressions.length === 0) {
    const [quasi] = node.quasis as { value: { cooked: string } }[];
    return quasi?.value.cooked;
  }
  return undefined;
}

/** The specifier a node imports from: import/export declarations, import(), import('x').T types. */
function importedFrom(node: Node): string | undefined {
  switch (node.type) {
    case 'ImportDeclaration':
    case 'ExportNamedDeclaration':
    case 'ExportAllDeclaration':
    case 'ImportExpression':
      return staticString(node.source);
    case 'TSImportType':
      return staticString(isNode(node.argument) && node.argument.type === 'TSLiteralType' ? node.argument.literal : node.argument);
    default:
      return undefined;
  }
}

/** Where a relative specifier leads, given the files that exist (Vite's and TypeScript's order). */
export function resolve(from: string, specifier: string, exists: (path: string) => boolean): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = posix.normalize(posix.join(dirname(from), specifier.replace(/[?#].*$/, '')));
  const candidates = [base, `${base}.ts`, `${base}/index.ts`];
  return candidates.find(exists) ?? base;
}

const WINDOW_NAMES = new Set(['window', 'self', 'globalThis']);

/** `x.name` (or `x['name']`) read from `node`, else undefined. */
function propertyRead(node: Node, parent: Node | undefined): string | undefined {
  if (parent?.type !== 'MemberExpression' || parent.object !== node) return undefined;
  const property = parent.property;
  if (!parent.computed && isNode(property) && property.type === 'Identifier') return property.name as string;
  return parent.computed ? staticString(property) : undefined;
}

/** Parses every file and records its imports and the globals it uses. */
export function readModules(files: readonly SourceFile[]): Module[] {
  const paths = new Set(files.map((file) => file.path));
  return files.map((file) => {
    const parsed = parse(file);
    const parents = new Map<Node, Node | undefined>();
    const imports: Import[] = [];
    walk(parsed, (node, parent) => {
      parents.set(node, parent);
      const specifier = importedFrom(node);
      if (specifier === undefined) return;
      const target = resolve(file.path, specifier, (path) => paths.has(path));
      imports.push({ specifier, ...(target === undefined ? {} : { target }), line: node.loc.start.line });
    });
    const globals: GlobalUse[] = [];
    for (const scope of parsed.scopeManager?.scopes ?? []) {
      for (const reference of scope.references) {
        // Declared nowhere in the file (or only by a lib.d.ts, which has no definitions here).
        if (reference.resolved && reference.resolved.defs.length > 0) continue;
        const id = reference.identifier;
        const name = id.name as string;
        const line = id.loc.start.line;
        const parent = parents.get(id);
        globals.push({ name, line });
        let property = propertyRead(id, parent);
        // `'serviceWorker' in navigator` asks for navigator.serviceWorker too.
        if (parent?.type === 'BinaryExpression' && parent.operator === 'in' && parent.right === id) property = staticString(parent.left);
        if (property === undefined) continue;
        globals.push({ name: `${name}.${property}`, line });
        if (!WINDOW_NAMES.has(name) || !parent) continue;
        // window.x, self.x and globalThis.x are x; window.URL.createObjectURL is URL.createObjectURL.
        globals.push({ name: property, line });
        const next = propertyRead(parent, parents.get(parent));
        if (next !== undefined) globals.push({ name: `${property}.${next}`, line });
      }
    }
    return { path: file.path, imports, globals };
  });
}

/** A glob of src/architecture.ts as a regular expression. */
export function globToRegExp(glob: string): RegExp {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (glob.startsWith('**/', i)) {
      pattern += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      pattern += '.*';
      i += 1;
    } else if (char === '*') pattern += '[^/]*';
    else pattern += char.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}

const matchesAny = (path: string, globs: readonly string[] = []) => globs.some((glob) => globToRegExp(glob).test(path));

/** The one module of `onlyIn` is the file and its test beside it. */
const inModule = (path: string, module: string) => path === module || path === module.replace(/\.ts$/, '.test.ts');

/** Does a rule's `noImports` entry cover this import? */
function forbids(entry: string, { specifier, target }: Import): boolean {
  if (entry.startsWith('src/')) return target !== undefined && (target === entry || target.startsWith(`${entry}/`));
  return specifier === entry || specifier.startsWith(`${entry}/`);
}

/** Every place a module breaks a rule, exceptions included (the caller decides about those). */
export function checkRules(modules: readonly Module[], rules: readonly Rule[]): Violation[] {
  const found: Violation[] = [];
  for (const rule of rules) {
    for (const module of modules) {
      if (!matchesAny(module.path, rule.files) || matchesAny(module.path, rule.except)) continue;
      if (rule.onlyIn !== undefined && inModule(module.path, rule.onlyIn)) continue;
      const where = rule.onlyIn === undefined ? '' : ` outside ${rule.onlyIn}`;
      for (const entry of rule.noImports ?? []) {
        for (const use of module.imports.filter((item) => forbids(entry, item))) {
          found.push({ rule: rule.name, file: module.path, line: use.line, uses: entry, message: `imports '${use.specifier}'${where}: ${rule.why}` });
        }
      }
      for (const entry of rule.noGlobals ?? []) {
        for (const use of module.globals.filter((item) => item.name === entry)) {
          found.push({ rule: rule.name, file: module.path, line: use.line, uses: entry, message: `uses the global ${entry}${where}: ${rule.why}` });
        }
      }
    }
  }
  return found;
}

/** The node of the folder graph a file under `root` belongs to: its top folder, or itself. */
function folderOf(path: string, root: string): string | undefined {
  if (!path.startsWith(`${root}/`)) return undefined;
  const [first, second] = path.slice(root.length + 1).split('/');
  return second === undefined ? path : `${root}/${first}`;
}

/**
 * Cycles between the folders of `root`: each strongly connected group of two or more folders,
 * with one concrete loop through it (file and line of every import on the way).
 */
export function checkCycles(modules: readonly Module[], config: { name: string; why: string; root: string }): Violation[] {
  const edges = new Map<string, Map<string, { file: string; line: number }>>();
  for (const module of modules) {
    const from = folderOf(module.path, config.root);
    if (from === undefined || module.path.endsWith('.test.ts')) continue;
    for (const use of module.imports) {
      const to = use.target === undefined ? undefined : folderOf(use.target, config.root);
      if (to === undefined || to === from) continue;
      const out = edges.get(from) ?? new Map<string, { file: string; line: number }>();
      if (!out.has(to)) out.set(to, { file: module.path, line: use.line });
      edges.set(from, out);
    }
  }
  const reach = (start: string): Set<string> => {
    const seen = new Set<string>();
    const queue = [start];
    for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
      for (const next of edges.get(node)?.keys() ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return seen;
  };
  const nodes = [...edges.keys()].sort();
  const reachable = new Map(nodes.map((node) => [node, reach(node)]));
  const done = new Set<string>();
  const found: Violation[] = [];
  for (const node of nodes) {
    if (done.has(node) || !reachable.get(node)?.has(node)) continue;
    const group = nodes.filter((other) => reachable.get(node)?.has(other) && reachable.get(other)?.has(node)).sort();
    group.forEach((member) => done.add(member));
    const loop = shortestLoop(node, edges);
    const steps = loop.map(({ to, file, line }) => `→ ${to} (${file}:${line})`).join(' ');
    const first = loop[0]!;
    found.push({ rule: config.name, file: first.file, line: first.line, uses: group.join(' ↔ '), message: `lib folders import each other: ${node} ${steps}: ${config.why}` });
  }
  return found;
}

/** The shortest path of imports from a folder back to itself. */
function shortestLoop(start: string, edges: Map<string, Map<string, { file: string; line: number }>>) {
  type Step = { to: string; file: string; line: number };
  const queue: Step[][] = [[]];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const at = path.at(-1)?.to ?? start;
    for (const [to, { file, line }] of edges.get(at) ?? []) {
      const next = [...path, { to, file, line }];
      if (to === start) return next;
      if (!path.some((step) => step.to === to)) queue.push(next);
    }
  }
  return [];
}
