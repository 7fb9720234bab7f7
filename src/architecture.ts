/**
 * The layer rules of Unknot, as data: which files may not import what or touch which browser
 * globals, and why. Nothing in the app imports this file; src/architecture.test.ts reads the
 * import graph of src/ (static, re-exported and dynamic imports, and the globals each file uses
 * in code) and fails on every break, naming the file, the line and the rule.
 *
 * Paths and globs are relative to the repository root: `**` is any run of folders, `*` any part
 * of a name. A package name in `noImports` also covers its subpaths (`svelte` forbids
 * `svelte/store`); a path (`src/ui`) covers everything under it. A global is a name
 * (`document`) or a name and a property (`URL.createObjectURL`); `window.x`, `self.x` and
 * `globalThis.x` count as `x`. Names declared in the file (a local `document`) are not globals.
 */

/** A file that breaks a rule today, kept green until the change that fixes it lands. */
export interface Exception {
  file: string;
  /** The imports or globals it is allowed, exactly as they are listed in the rule. */
  uses: readonly string[];
  why: string;
}

export interface Rule {
  name: string;
  /** One line: what goes wrong if the rule breaks. */
  why: string;
  /** The files the rule governs. */
  files: readonly string[];
  /** Files among them it does not govern. */
  except?: readonly string[];
  /**
   * The one module that may do what the rule forbids everywhere else in `files`; its test
   * beside it (`x.test.ts` for `x.ts`) counts as part of it. One path, not a list, on purpose.
   */
  onlyIn?: string;
  noImports?: readonly string[];
  noGlobals?: readonly string[];
  /** Known breaks; the test fails when one is no longer needed, so they cannot linger. */
  exceptions?: readonly Exception[];
}

/** Globals that exist only in a browser page: the pure core must run anywhere, tests included. */
export const BROWSER_GLOBALS = [
  'window', 'self', 'document', 'navigator', 'location', 'history', 'screen',
  'localStorage', 'sessionStorage', 'indexedDB', 'caches',
  'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'Worker',
  'HTMLElement', 'Element', 'DOMParser', 'MutationObserver', 'ResizeObserver', 'IntersectionObserver',
  'getComputedStyle', 'matchMedia', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback',
  'alert', 'confirm', 'prompt', 'Notification', 'MediaMetadata', 'FileReader', 'Image', 'Audio',
  'speechSynthesis', 'SpeechSynthesisUtterance', 'AudioContext', 'OfflineAudioContext',
  'URL.createObjectURL', 'URL.revokeObjectURL',
] as const;

/** Test files: they may use what they test with (a fake DOM, jsdom's globals). */
const TESTS = ['**/*.test.ts'];

export const RULES: readonly Rule[] = [
  {
    name: 'lib-below-ui',
    why: 'lib/ is the app without its screens: it must build, run and test without Svelte or a component',
    files: ['src/lib/**'],
    noImports: ['src/ui', 'svelte'],
  },
  {
    name: 'pure-core',
    why: 'routines, the player and share links are plain TypeScript that runs and is tested in Node, away from any page',
    files: ['src/lib/routine/**', 'src/lib/player/**', 'src/lib/share/**'],
    // The QR module (share/qr.ts) only computes an SVG path, so it needs no exception.
    except: TESTS,
    noGlobals: BROWSER_GLOBALS,
  },
  {
    name: 'one-database-module',
    why: 'one module owns IndexedDB (schema, upgrades, transactions); everything else goes through its interface',
    files: ['src/**'],
    onlyIn: 'src/lib/store/idb-store.ts',
    noImports: ['idb'],
    noGlobals: ['indexedDB'],
  },
  {
    name: 'one-howler-module',
    why: 'Howler is 9 KB gzipped and loads with the player only; one adapter keeps it behind an interface tests can fake',
    files: ['src/**'],
    onlyIn: 'src/lib/audio/howler-cues.ts',
    noImports: ['howler'],
  },
  {
    name: 'one-markdown-module',
    why: 'routine Markdown is untrusted: it reaches the page only through marked followed by the DOMPurify allow-list',
    files: ['src/**'],
    onlyIn: 'src/lib/markdown.ts',
    noImports: ['marked', 'dompurify'],
  },
  {
    name: 'components-use-adapters',
    why: 'components render state and send events; storage, speech, notifications, the service worker and blob URLs sit behind lib/ adapters that tests can fake',
    files: ['src/ui/**/*.svelte'],
    noGlobals: ['localStorage', 'indexedDB', 'speechSynthesis', 'Notification', 'navigator.serviceWorker', 'URL.createObjectURL', 'URL.revokeObjectURL'],
  },
];

/**
 * No import cycles between the folders of src/lib (a file directly in src/lib, such as
 * route.ts, is a node of its own): each folder can then be understood, tested and moved with
 * only the folders below it. Type-only imports count, since they tie the designs together;
 * test files do not, since nothing imports a test.
 */
export const LIB_FOLDERS = {
  name: 'lib-folders-acyclic',
  why: 'a cycle between lib folders means neither can be understood, tested or moved without the other',
  root: 'src/lib',
  /**
   * Cycles that exist today, each the exact set of folders in it. The test fails when one
   * disappears, so delete the entry then.
   */
  knownCycles: [] as readonly { folders: readonly string[]; why: string }[],
} as const;
