import defaultI18n, { type i18n as I18n } from 'i18next';
import { byNamespace, collect, type Bundle } from './collect';
import type { Language } from './index';

/**
 * The namespaces of the first strings chunk (src/i18n/bundles/shell-<lng>.ts), loaded before the
 * first render: the app's shell (navigation, notices, toasts, crash screen) and the library, the
 * first page. Every other namespace is a chunk of its own, loaded with the page that uses it
 * (`loadNamespaces`, see `lazyPage` in src/app/pages.ts), before the page renders.
 */
export const SHELL_NAMESPACES = ['common', 'library', 'pwa', 'safety'] as const;

type Strings = Record<string, unknown>;
/** Per language: namespace → a function that fetches its strings. */
export type StringFiles = Record<Language, Record<string, () => Promise<Strings>>>;

const shellChunks: Record<Language, () => Promise<Bundle>> = {
  en: () => import('./bundles/shell-en').then((m) => collect(m.default)),
  is: () => import('./bundles/shell-is').then((m) => collect(m.default)),
};

/** The shell's strings in `lng` (one chunk), for the first render. */
export const loadShellStrings = (lng: Language): Promise<Bundle> => shellChunks[lng]();

function files(lng: Language, pages: Record<string, () => Promise<unknown>>) {
  const out = byNamespace(pages as Record<string, () => Promise<Strings>>);
  for (const ns of SHELL_NAMESPACES) out[ns] = () => shellChunks[lng]().then((b) => b[ns]);
  return out;
}

// One chunk per language and page namespace (all precached, so this works offline). The patterns
// must be literals: the excluded names are SHELL_NAMESPACES (checked by namespaces.test.ts).
export const stringFiles: StringFiles = {
  en: files('en', import.meta.glob(['./locales/en/*.json', '!./locales/en/{common,library,pwa,safety}.json'], { import: 'default' })),
  is: files('is', import.meta.glob(['./locales/is/*.json', '!./locales/is/{common,library,pwa,safety}.json'], { import: 'default' })),
};

/** Loads namespaces into an i18next instance; `createNamespaceLoader(i18n, files)` for tests. */
export function createNamespaceLoader(i18n: I18n, source: StringFiles) {
  const pending = new Map<string, Promise<void>>();
  // Every namespace asked for so far, also those still loading: a language switch loads them all.
  const requested = new Set<string>(SHELL_NAMESPACES);

  function loadOne(lng: Language, ns: string): Promise<void> {
    if (i18n.hasResourceBundle(lng, ns)) return Promise.resolve();
    const key = `${lng}/${ns}`;
    let p = pending.get(key);
    if (!p) {
      const read = source[lng]?.[ns];
      if (!read) return Promise.reject(new Error(`There are no UI strings "${ns}" in "${lng}".`));
      p = read().then(
        (data) => {
          i18n.addResourceBundle(lng, ns, data, true, true);
        },
        (cause: unknown) => {
          pending.delete(key); // the next attempt (after a reload or navigation) fetches it again
          throw new Error(`The UI strings "${ns}" (${lng}) could not be loaded.`, { cause });
        },
      );
      pending.set(key, p);
    }
    return p;
  }

  /**
   * Makes `namespaces` available in `lng` (by default the UI language), each fetched once. Rejects
   * when a chunk cannot be loaded: a page's loader then fails as when its code cannot be loaded,
   * and the error boundary says so, instead of the page showing raw keys.
   */
  function loadNamespaces(namespaces: readonly string[], lng: Language = i18n.language as Language): Promise<void> {
    for (const ns of namespaces) requested.add(ns);
    return Promise.all(namespaces.map((ns) => loadOne(lng, ns))).then(() => undefined);
  }

  /**
   * Loads in `lng` every namespace loaded or asked for so far (in any language), so that switching
   * to `lng` shows no raw keys. Resolves once nothing more was asked for while it loaded.
   */
  async function loadAllIn(lng: Language): Promise<void> {
    let wanted: Set<string>;
    do {
      wanted = new Set([...requested, ...Object.values(i18n.store?.data ?? {}).flatMap((b) => Object.keys(b))]);
      await loadNamespaces([...wanted], lng);
    } while (requested.size > wanted.size || [...requested].some((ns) => !wanted.has(ns)));
  }

  return { loadNamespaces, loadAllIn };
}

const loader = createNamespaceLoader(defaultI18n, stringFiles);

/** Makes `namespaces` available in the UI language (or `lng`); see `createNamespaceLoader`. */
export const loadNamespaces = loader.loadNamespaces;
/** Loads every namespace in use in `lng`, before a switch to it shows. */
export const loadAllNamespacesIn = loader.loadAllIn;
