import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { csp } from './scripts/vite-plugin-csp';
import { appChunk } from './scripts/vite-plugin-app-chunk';
import { inlineCss } from './scripts/vite-plugin-inline-css';
import { prerender } from './scripts/vite-plugin-prerender';
import { routines } from './scripts/vite-plugin-routines';

export default defineConfig({
  plugins: [
    svelte(),
    appChunk(),
    routines(),
    prerender(),
    inlineCss(),
    csp(),
    VitePWA({
      // The user decides when to reload: never under a routine that is playing.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg', 'audio/cues.mp3'],
      manifest: {
        name: 'Unknot: guided self-massage',
        short_name: 'Unknot',
        description: 'Guided self-massage routines with a calm timer, sound cues and illustrations. Private: everything stays on your device.',
        lang: 'en',
        start_url: './#/',
        scope: './',
        display: 'standalone',
        theme_color: '#a54c26',
        background_color: '#f7f1ea',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        shortcuts: [
          { name: 'Desk break', short_name: 'Desk break', url: './#/play/desk-break', icons: [{ src: 'icons/icon-192.png', sizes: '192x192' }] },
          { name: 'Pre-sleep wind-down', short_name: 'Wind-down', url: './#/play/pre-sleep-wind-down', icons: [{ src: 'icons/icon-192.png', sizes: '192x192' }] },
        ],
      },
      workbox: {
        // Everything the app can show offline: code, routines, audio, icons, illustrations.
        globPatterns: ['**/*.{js,css,html,svg,png,mp3,json,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: { target: 'es2022', modulePreload: { polyfill: false } },
  test: {
    // Budgets, not sleeps: every wait in the suite is on a condition, and on a busy machine (other
    // test runs beside this one) a condition can take seconds to become true. A test that hangs
    // still fails, only later.
    testTimeout: 30_000,
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['src/lib/**/*.test.ts', 'src/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['src/ui/**/*.test.ts'],
          setupFiles: ['tests/support/component-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
