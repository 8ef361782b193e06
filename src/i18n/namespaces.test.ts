import { readdirSync } from 'node:fs';
import i18next from 'i18next';
import en from './bundles/en';
import is from './bundles/is';
import { createNamespaceLoader, loadShellStrings, SHELL_NAMESPACES, stringFiles, type StringFiles } from './namespaces';

/** A fresh i18next with the shell's English strings, as the app has after its first load. */
async function startedIn(lng: 'en' | 'is') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { [lng]: await loadShellStrings(lng) }, lng, fallbackLng: lng, defaultNS: 'common', initAsync: false });
  return i18n;
}

/** String files whose every read is counted (`lng/ns`) and, for the names in `failing`, fails. */
function counted(failing: Set<string> = new Set()) {
  const reads: string[] = [];
  const source = { en: {}, is: {} } as StringFiles;
  for (const [lng, bundle] of [['en', en], ['is', is]] as const) {
    for (const ns of Object.keys(bundle)) {
      source[lng][ns] = async () => {
        reads.push(`${lng}/${ns}`);
        await new Promise((r) => setTimeout(r, 5));
        if (failing.has(`${lng}/${ns}`)) throw new TypeError('Failed to fetch dynamically imported module');
        return bundle[ns];
      };
    }
  }
  return { source, reads };
}

describe('UI strings loaded by namespace', () => {
  it('the shell chunk holds exactly the shell’s namespaces, in both languages; every other namespace has a chunk of its own', async () => {
    const all = readdirSync('src/i18n/locales/en').map((f) => f.replace(/\.json$/, '')).sort();
    for (const lng of ['en', 'is'] as const) {
      expect(Object.keys(await loadShellStrings(lng)).sort()).toEqual([...SHELL_NAMESPACES].sort());
      expect(Object.keys(stringFiles[lng]).sort()).toEqual(all);
      for (const ns of all) expect(await stringFiles[lng][ns](), `${lng}/${ns}`).toEqual((lng === 'en' ? en : is)[ns]);
    }
  });

  it('a namespace is fetched once, however many pages ask for it at once or later, and then translates', async () => {
    const i18n = await startedIn('en');
    const { source, reads } = counted();
    const { loadNamespaces } = createNamespaceLoader(i18n, source);
    expect(i18n.t('title', { ns: 'about' })).toBe('title'); // not there yet: a raw key
    await Promise.all([loadNamespaces(['about', 'gloss']), loadNamespaces(['about'])]);
    await loadNamespaces(['about', 'common']);
    expect(reads.sort()).toEqual(['en/about', 'en/gloss']);
    expect(i18n.t('title', { ns: 'about' })).toBe((en.about as { title: string }).title);
  });

  it('switching language loads every namespace in use in the other language, also one asked for while it loads', async () => {
    const i18n = await startedIn('en');
    const { source, reads } = counted();
    const { loadNamespaces, loadAllIn } = createNamespaceLoader(i18n, source);
    await loadNamespaces(['review']);
    const switching = loadAllIn('is');
    const late = loadNamespaces(['vocabulary']); // a page opened during the switch, still in English
    await Promise.all([switching, late]);
    expect(reads.filter((r) => r.startsWith('is/')).sort()).toEqual([...SHELL_NAMESPACES.map((ns) => `is/${ns}`), 'is/review', 'is/vocabulary'].sort());
    await i18n.changeLanguage('is');
    for (const ns of ['common', 'library', 'review', 'vocabulary']) expect(i18n.hasResourceBundle('is', ns), ns).toBe(true);
    expect(i18n.t('nav.library')).toBe('Safn');
    // Back to English: nothing is fetched again.
    const before = reads.length;
    await loadAllIn('en');
    expect(reads.length).toBe(before);
  });

  it('a chunk that fails to load rejects with an error that names it (the page shows its error, not raw keys); the next attempt fetches it again', async () => {
    const i18n = await startedIn('en');
    const failing = new Set(['en/about']);
    const { source, reads } = counted(failing);
    const { loadNamespaces } = createNamespaceLoader(i18n, source);
    const err = await loadNamespaces(['about']).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toBe('The UI strings "about" (en) could not be loaded.');
    expect(((err as Error).cause as Error).message).toMatch(/Failed to fetch/);
    expect(i18n.hasResourceBundle('en', 'about')).toBe(false);
    failing.clear();
    await loadNamespaces(['about']);
    expect(reads).toEqual(['en/about', 'en/about']);
    expect(i18n.hasResourceBundle('en', 'about')).toBe(true);
    await expect(loadNamespaces(['no-such-namespace'])).rejects.toThrow('There are no UI strings "no-such-namespace" in "en".');
  });
});
