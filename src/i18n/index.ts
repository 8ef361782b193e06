import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Bundle } from './collect';
import { loadAllNamespacesIn, loadShellStrings } from './namespaces';
import { installNumberFormat } from './numberFormat';

/**
 * UI strings live in `src/i18n/locales/<lng>/<namespace>.json`, one namespace per feature, so that
 * features can be worked on independently. Every namespace must exist in every language
 * (checked by `src/i18n/locales.test.ts`). Only the UI language's strings are loaded: those of the
 * shell and the library before the first render, every other namespace with the page that uses it,
 * and a language switch first loads every namespace in use in the new language (src/i18n/namespaces.ts).
 */
export const LANGUAGES = ['en', 'is'] as const;
export type Language = (typeof LANGUAGES)[number];

export function detectLanguage(): Language {
  const nav = typeof navigator !== 'undefined' ? navigator.language : 'en';
  return nav?.toLowerCase().startsWith('is') ? 'is' : 'en';
}

function addBundle(lng: Language, bundle: Bundle) {
  for (const [ns, data] of Object.entries(bundle)) i18n.addResourceBundle(lng, ns, data, true, true);
}

/** Makes `lng` the UI language with the given strings (synchronous; tests pass a bundle they imported). */
export function initI18n(lng: Language, bundle: Bundle) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { [lng]: bundle },
      lng,
      fallbackLng: lng,
      ns: Object.keys(bundle),
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    installNumberFormat(i18n);
    // The page's lang follows the UI language however it is changed (screen readers, hyphens: auto).
    i18n.on('languageChanged', (l) => {
      if (typeof document !== 'undefined' && (LANGUAGES as readonly string[]).includes(l)) document.documentElement.lang = l;
    });
  } else {
    if (!i18n.hasResourceBundle(lng, 'common')) addBundle(lng, bundle);
    if (i18n.language !== lng) void i18n.changeLanguage(lng);
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  return i18n;
}

/**
 * Makes `lng` the UI language: at start, with the shell's strings (a precached chunk); later, once
 * every namespace in use is loaded in `lng`, so that the switch shows no raw keys.
 */
export async function loadUiLanguage(lng: Language = detectLanguage()) {
  if (!i18n.isInitialized) return initI18n(lng, await loadShellStrings(lng));
  await loadAllNamespacesIn(lng);
  return initI18n(lng, {});
}

export default i18n;
