import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { ErrorBoundary } from '../features/safety/ErrorBoundary';
import { SHELL_NAMESPACES } from '../i18n/namespaces';
import { AboutPage, extraPages, ImportPage, lazyPage, ReaderPage, SettingsPage } from './pages';

const NAMESPACES = new Set(readdirSync('src/i18n/locales/en').map((f) => f.replace(/\.json$/, '')));

function moduleFile(path: string): string | null {
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    const f = path + ext;
    if (/\.tsx?$/.test(f) && existsSync(f)) return f;
  }
  return null;
}

/**
 * The UI-string namespaces the code drawn from `entry` uses: `useTranslation('ns')`,
 * `useTranslation()` (common), `'ns:key'` and `ns: 'ns'`, through its static imports (a dynamic
 * `import()` is another chunk, loaded on its own).
 */
function namespacesUsed(entry: string): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const todo = [resolve(entry)];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/useTranslation\(\s*(?:'([\w-]+)')?\s*\)/g)) found.add(m[1] ?? 'common');
    for (const m of src.matchAll(/['"`]([a-z]+):[\w.]+/g)) if (NAMESPACES.has(m[1])) found.add(m[1]);
    for (const m of src.matchAll(/\bns:\s*'([\w-]+)'/g)) found.add(m[1]);
    for (const m of src.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gm)) {
      const f = moduleFile(resolve(dirname(file), m[1]));
      if (f) todo.push(f);
    }
  }
  return [...found].sort();
}

const pages: [string, { namespaces: readonly string[] }, string][] = [
  ['reader', ReaderPage, 'src/features/reader/ReaderWithData.tsx'],
  ['about', AboutPage, 'src/features/about/AboutPage.tsx'],
  ['import', ImportPage, 'src/features/import/ImportPage.tsx'],
  ['settings', SettingsPage, 'src/features/settings/SettingsPage.tsx'],
  ['lists', extraPages.lists, 'src/features/lists/ListsPage.tsx'],
  ['list-print', extraPages['list-print'], 'src/features/lists/PrintWithData.tsx'],
  ['review', extraPages.review, 'src/features/review/ReviewWithData.tsx'],
  ['vocabulary', extraPages.vocabulary, 'src/features/vocabulary/VocabularyWithData.tsx'],
  ['progress', extraPages.progress, 'src/features/progress/ProgressWithData.tsx'],
];

describe('each page’s UI strings', () => {
  it('the app’s shell and the library use only the strings loaded before the first render', () => {
    expect(namespacesUsed('src/main.tsx').filter((ns) => !(SHELL_NAMESPACES as readonly string[]).includes(ns))).toEqual([]);
  });

  it.each(pages)('the %s page loads every namespace its code uses', (_, page, file) => {
    const loaded = new Set<string>([...SHELL_NAMESPACES, ...page.namespaces]);
    expect(namespacesUsed(file).filter((ns) => !loaded.has(ns))).toEqual([]);
  });

  it('every page is in the table above', () => {
    expect(pages.filter(([name]) => name in extraPages).length).toBe(Object.keys(extraPages).length);
  });

  it('a page whose strings cannot be loaded shows the error screen (reload, download a backup), not raw keys', async () => {
    function Page() {
      return <h1>page drawn</h1>;
    }
    const Broken = lazyPage(['no-such-namespace'], async () => Page);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Suspense fallback={<p>loading</p>}>
          <Broken />
        </Suspense>
      </ErrorBoundary>,
    );
    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.getByText(/There are no UI strings "no-such-namespace"/)).toBeInTheDocument();
    expect(screen.queryByText('page drawn')).toBeNull();
  });
});
