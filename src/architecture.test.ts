import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCycles, checkRules, globToRegExp, readModules, readSources, type SourceFile, type Violation } from '../tests/support/import-graph';
import { LIB_FOLDERS, RULES, type Rule } from './architecture';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// Read once while the file is collected: parsing every component takes a few seconds.
const MODULES = readModules(readSources(ROOT, 'src'));

const show = (violation: Violation) => `${violation.file}:${violation.line} [${violation.rule}] ${violation.message}`;
const excused = (rule: Rule, violation: Violation) =>
  rule.exceptions?.some((exception) => exception.file === violation.file && exception.uses.includes(violation.uses)) ?? false;

describe('the rules table', () => {
  it('names files that exist, so a moved file cannot switch a rule off', () => {
    const missing: string[] = [];
    const paths = MODULES.map((module) => module.path);
    for (const rule of RULES) {
      for (const glob of rule.files) if (!paths.some((path) => globToRegExp(glob).test(path))) missing.push(`${rule.name}: no file matches ${glob}`);
      if (rule.onlyIn !== undefined && !paths.includes(rule.onlyIn)) missing.push(`${rule.name}: onlyIn ${rule.onlyIn} does not exist`);
      for (const exception of rule.exceptions ?? []) if (!paths.includes(exception.file)) missing.push(`${rule.name}: exception for ${exception.file}, which does not exist`);
    }
    for (const cycle of LIB_FOLDERS.knownCycles) {
      for (const folder of cycle.folders) if (!existsSync(join(ROOT, folder))) missing.push(`${LIB_FOLDERS.name}: known cycle through ${folder}, which does not exist`);
    }
    expect(missing).toEqual([]);
  });
});

describe('src/ keeps the layer rules', () => {
  const found = checkRules(MODULES, RULES);

  for (const rule of RULES) {
    it(`${rule.name}: ${rule.why}`, () => {
      expect(found.filter((violation) => violation.rule === rule.name && !excused(rule, violation)).map(show)).toEqual([]);
    });
  }

  it('has no exception left that nothing needs (delete it from src/architecture.ts)', () => {
    const stale = RULES.flatMap((rule) =>
      (rule.exceptions ?? []).flatMap((exception) =>
        exception.uses
          .filter((use) => !found.some((violation) => violation.rule === rule.name && violation.file === exception.file && violation.uses === use))
          .map((use) => `${rule.name}: ${exception.file} no longer uses ${use}`)));
    expect(stale).toEqual([]);
  });

  it(`${LIB_FOLDERS.name}: ${LIB_FOLDERS.why}`, () => {
    const known = new Set(LIB_FOLDERS.knownCycles.map((cycle) => [...cycle.folders].sort().join(' ↔ ')));
    expect(checkCycles(MODULES, LIB_FOLDERS).filter((cycle) => !known.has(cycle.uses)).map(show)).toEqual([]);
  });

  it('has no known cycle left that is gone (delete it from LIB_FOLDERS.knownCycles)', () => {
    const cycles = new Set(checkCycles(MODULES, LIB_FOLDERS).map((cycle) => cycle.uses));
    const gone = LIB_FOLDERS.knownCycles.map((cycle) => [...cycle.folders].sort().join(' ↔ ')).filter((cycle) => !cycles.has(cycle));
    expect(gone).toEqual([]);
  });
});

describe('the checker', () => {
  // Deliberate breaks, in memory, so the rules cannot pass by finding nothing at all.
  const files: SourceFile[] = [
    {
      path: 'src/lib/routine/broken.ts',
      text: [
        "import { mount } from 'svelte';",
        '// window and document in a comment are not code',
        "const note = 'nor is document.title in a string';",
        'export const width = window.innerWidth;',
        'export const title = (document: { title: string }) => document.title;',
        'export const blob = (data: Blob) => globalThis.URL.createObjectURL(data);',
        "export const later = () => import('idb');",
        "export { mount, note };",
      ].join('\n'),
    },
    {
      path: 'src/ui/broken/Widget.svelte',
      text: [
        '<script lang="ts">',
        "  import Other from '../../lib/routine/broken';",
        '  const worker = "serviceWorker" in navigator;',
        '</script>',
        '',
        '<!-- localStorage in a comment -->',
        '<button onclick={() => localStorage.clear()}>Notification text {worker} {Other}</button>',
      ].join('\n'),
    },
    { path: 'src/lib/up/a.ts', text: "import { b } from '../down/b';\nexport const a = b;" },
    { path: 'src/lib/down/b.ts', text: "import type { a } from '../up/a';\nexport const b = 1 as unknown as typeof a;" },
    { path: 'src/lib/down/b.test.ts', text: "import { a } from '../up/a';\nexport const c = a;" },
  ];
  const modules = readModules(files);
  const brief = (violation: Violation) => `${violation.file}:${violation.line} ${violation.rule} ${violation.uses}`;

  it('finds imports and globals in code, on their lines, and nowhere else', () => {
    expect(checkRules(modules, RULES).map(brief).sort()).toEqual([
      'src/lib/routine/broken.ts:1 lib-below-ui svelte',
      'src/lib/routine/broken.ts:4 pure-core window',
      'src/lib/routine/broken.ts:6 pure-core URL.createObjectURL',
      'src/lib/routine/broken.ts:7 one-database-module idb',
      'src/ui/broken/Widget.svelte:3 components-use-adapters navigator.serviceWorker',
      'src/ui/broken/Widget.svelte:7 components-use-adapters localStorage',
    ]);
  });

  it('names the file, the line and the rule', () => {
    const [first] = checkRules(modules, RULES).filter((violation) => violation.rule === 'lib-below-ui');
    expect(first && show(first)).toBe(`src/lib/routine/broken.ts:1 [lib-below-ui] imports 'svelte': ${RULES[0]?.why}`);
  });

  it('finds a cycle between lib folders, type-only imports included and tests left out', () => {
    const cycles = checkCycles(modules, LIB_FOLDERS);
    expect(cycles.map(brief)).toEqual(['src/lib/down/b.ts:1 lib-folders-acyclic src/lib/down ↔ src/lib/up']);
    expect(cycles[0]?.message).toContain('src/lib/down → src/lib/up (src/lib/down/b.ts:1) → src/lib/down (src/lib/up/a.ts:1)');
  });
});
