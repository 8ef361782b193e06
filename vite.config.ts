/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { cspPlugin } from './src/security/cspPlugin.ts';
import { seedAnalysesPlugin } from './src/features/import/seedAnalysesPlugin.ts';
import { earlyStartPlugin } from './src/worker/earlyStartPlugin.ts';

/**
 * Offline PWA (issue 7). The service worker precaches the app shell, the analysis worker, the
 * 9.7 MB lemmatizer binary (`bin`) and the dictionary (`json`); registration, the update prompt
 * and the offline toast are in src/features/pwa (workbox-window, so `injectRegister: false`).
 * `clientsClaim` makes the first install control the page at once; `skipWaiting` stays off so a
 * new version waits until the user accepts "reload".
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  // Icons are in public/ and picked up by globPatterns (listing them again would duplicate entries).
  includeManifestIcons: false,
  manifest: {
    name: 'Lesa — read Icelandic',
    short_name: 'Lesa',
    description: 'Read real Icelandic texts and tap any word for its meaning. Works offline.',
    // A manifest holds one language: name and description are English, so lang is 'en' (the UI itself is en or is).
    lang: 'en',
    dir: 'ltr',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    orientation: 'any',
    theme_color: '#1f4e79',
    background_color: '#fbfaf7',
    categories: ['education', 'books'],
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,json,bin,wasm,woff2}'],
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
  },
});

function stringsChunkName(chunk: { facadeModuleId: string | null }): string {
  const id = chunk.facadeModuleId ?? '';
  const page = /\/src\/i18n\/locales\/(\w+)\/(\w+)\.json$/.exec(id);
  const shell = /\/src\/i18n\/bundles\/shell-(\w+)\.ts$/.exec(id);
  if (page) return `assets/strings-${page[1]}-${page[2]}-[hash].js`;
  if (shell) return `assets/strings-${shell[1]}-shell-[hash].js`;
  return 'assets/[name]-[hash].js';
}

export default defineConfig({
  plugins: [react(), pwa, cspPlugin(), seedAnalysesPlugin(), earlyStartPlugin()],
  resolve: {
    alias: [
      // fsrs-browser's rayon thread-pool helper: Lesa runs the optimiser single-threaded (see the file).
      {
        find: /^\.\/snippets\/wasm-bindgen-rayon-[0-9a-f]+\/src\/workerHelpers\.js$/,
        replacement: fileURLToPath(new URL('./src/features/parameters/singleThread.ts', import.meta.url)),
      },
    ],
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // UI strings chunks are named for what they hold (`strings-<lng>-shell`, `strings-<lng>-<namespace>`),
    // so that the first-load accounting (test/bench/load.bench.ts) can tell them apart from code.
    rolldownOptions: { output: { chunkFileNames: stringsChunkName } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          globals: true,
          environment: 'jsdom',
          setupFiles: ['test/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}', 'dictionaries/**/*.test.ts'],
          testTimeout: 30000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          globals: true,
          environment: 'node',
          include: ['test/browser/**/*.e2e.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 90000,
          hookTimeout: 180000,
        },
      },
    ],
  },
});
