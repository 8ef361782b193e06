/**
 * Third-party code that ships in the built app (`dist/`), for the About page's "Software" list.
 *
 * `packages` are the npm packages whose code ends up in the bundle under this name (the source
 * maps of `vite build` name them); `licence` is the SPDX expression of their package.json
 * "license" field. `credits.test.ts` checks both against package.json and node_modules, so a new
 * production dependency without a credit fails the tests. Names and SPDX identifiers are not
 * translated.
 */
export interface Credit {
  name: string;
  packages: string[];
  licence: string;
  /** Code bundled inside these packages under its own licence ('public-domain' is shown in words). */
  includes?: { name: string; licence: string }[];
}

export const CREDITS: readonly Credit[] = [
  { name: 'React', packages: ['react', 'react-dom', 'scheduler', 'use-sync-external-store'], licence: 'MIT' },
  { name: 'i18next', packages: ['i18next', 'react-i18next'], licence: 'MIT' },
  { name: 'Dexie', packages: ['dexie', 'dexie-react-hooks'], licence: 'Apache-2.0' },
  { name: 'zustand', packages: ['zustand'], licence: 'MIT' },
  { name: 'ts-fsrs', packages: ['ts-fsrs'], licence: 'MIT' },
  { name: 'fsrs-browser (fsrs-rs)', packages: ['fsrs-browser'], licence: 'BSD-3-Clause' },
  { name: 'lemma-is', packages: ['lemma-is'], licence: 'MIT' },
  { name: 'Mozilla Readability', packages: ['@mozilla/readability'], licence: 'Apache-2.0' },
  { name: 'DOMPurify', packages: ['dompurify'], licence: '(MPL-2.0 OR Apache-2.0)' },
  { name: 'JSZip', packages: ['jszip'], licence: '(MIT OR GPL-3.0-or-later)', includes: [{ name: 'pako', licence: '(MIT AND Zlib)' }] },
  { name: 'sql.js', packages: ['sql.js'], licence: 'MIT', includes: [{ name: 'SQLite', licence: 'public-domain' }] },
  // workbox-window registers the service worker; vite-plugin-pwa builds the service worker itself
  // from the other Workbox modules.
  { name: 'Workbox', packages: ['workbox-window', 'workbox-core', 'workbox-routing', 'workbox-precaching', 'workbox-strategies'], licence: 'MIT' },
];

/** An SPDX expression as shown on the page: without the outer parentheses. */
export function showLicence(spdx: string): string {
  return spdx.replace(/^\((.*)\)$/, '$1');
}
