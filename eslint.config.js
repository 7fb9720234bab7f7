// Lint with type information: only the types show that a promise is left floating or handed to
// a caller that ignores it. Run by `npm test` (`npm run lint`). The layer rules (who may import
// what) are not here but in src/architecture.ts, checked by src/architecture.test.ts.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
  { ignores: ['dist/', 'dev-dist/', 'coverage/', 'test-results/', 'node_modules/'] },
  // A disable comment that no longer silences anything fails, so none outlives its reason.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ts.configs.recommendedTypeChecked,
  svelte.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        // tsconfig.json includes src/, tests/, scripts/ and vite.config.ts: all linted with types.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        // The same value for every file, or the project service reloads per file type.
        extraFileExtensions: ['.svelte'],
      },
    },
  },
  {
    // Components and rune modules: svelte-eslint-parser, with the TypeScript parser inside.
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, svelteConfig } },
  },
  {
    rules: {
      // Every promise is awaited, returned, or marked fire-and-forget with `void`.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Type-only imports vanish from the bundle; written inline, as the code already does.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // A leading underscore names what must exist but is not read (an each-block item, an omitted field).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Off: our Maps, Sets and Dates in components are temporary or replaced whole ($state.raw, copy then assign), never changed in place.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['**/*.svelte'],
    rules: {
      // Off: TypeScript (svelte-check) finds undefined names, and no-undef does not know type-only globals.
      'no-undef': 'off',
      // Off: typed lint sees child components through the `*.svelte` module shim, so their callback
      // parameters look like `any`; svelte-check checks those with the components' real prop types.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.test.ts', 'tests/**/*.ts', 'src/lib/store/memory-store.ts'],
    rules: {
      // Off in tests and the in-memory store: a fake of an async API is `async` without
      // awaiting, so a throw becomes a rejection as it would from the real one.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.test.ts'],
    rules: {
      // Off in tests: Vitest's asymmetric matchers (expect.objectContaining, expect.any) are typed any.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // The config files are plain JavaScript for Node, outside tsconfig.json: linted without types.
    files: ['**/*.js'],
    extends: [ts.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
);
