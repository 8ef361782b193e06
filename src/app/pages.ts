import { lazy, type ComponentType } from 'react';
import { DueBadge } from '../features/review/DueBadge';
import { loadNamespaces } from '../i18n/namespaces';

/**
 * A page loaded when it is first opened: its code and its UI strings (the namespaces it uses
 * beyond the shell's, in the UI language) arrive together, so it never shows raw keys. If either
 * fails to load, the page's error boundary says so (src/features/safety/ErrorBoundary.tsx).
 * `namespaces` is checked against what the page's code uses (pages.test.ts).
 */
export function lazyPage<P extends object>(namespaces: readonly string[], load: () => Promise<ComponentType<P>>) {
  const preload = () => Promise.all([load(), loadNamespaces(namespaces)]).then(([Page]) => Page);
  return Object.assign(
    lazy(() => preload().then((Page) => ({ default: Page }))),
    { namespaces, preload },
  );
}

/** The reading loop's pages beyond the library (drawn by App); all are precached, so this works offline. */
export const ReaderPage = lazyPage(['reader', 'vocabulary', 'gloss', 'lists'], () => import('../features/reader/ReaderWithData').then((m) => m.ReaderWithData));
export const AboutPage = lazyPage(['about'], () => import('../features/about/AboutPage').then((m) => m.AboutPage));
export const ImportPage = lazyPage(['import'], () => import('../features/import/ImportPage').then((m) => m.ImportPage));
export const SettingsPage = lazyPage(['settings', 'appearance', 'review', 'parameters', 'backup'], () =>
  import('../features/settings/SettingsPage').then((m) => m.SettingsPage),
);

/**
 * Pages registered by features beyond the reading loop (vocabulary, review, lists, progress…),
 * reachable at `#/<name>[/<param>[/<sub>]]` (`sub`: a detail of the page's state, see `Route`). A
 * feature adds one line here, naming the UI-string namespaces its page uses (the shell's —
 * SHELL_NAMESPACES in src/i18n/namespaces.ts — are always loaded).
 */
export const extraPages: Record<string, ComponentType<{ param?: string; sub?: string }> & { namespaces: readonly string[] }> = {
  lists: lazyPage(['lists', 'gloss', 'export'], () => import('../features/lists/ListsPage').then((m) => m.ListsPage)),
  'list-print': lazyPage(['lists', 'gloss'], () => import('../features/lists/PrintWithData').then((m) => m.PrintWithData)),
  review: lazyPage(['review', 'gloss'], () => import('../features/review/ReviewWithData').then((m) => m.ReviewWithData)),
  vocabulary: lazyPage(['vocabulary', 'gloss'], () => import('../features/vocabulary/VocabularyWithData').then((m) => m.VocabularyWithData)),
  progress: lazyPage(['progress'], () => import('../features/progress/ProgressWithData').then((m) => m.ProgressWithData)),
};

/**
 * Navigation entries, in order; `page` is a key of `extraPages` or a core route name. The labels
 * are the shell's (`common:nav.*`): the navigation is drawn before any page's strings are loaded.
 */
export const navEntries: { page: string; labelKey: string; badge?: ComponentType }[] = [
  { page: 'review', labelKey: 'nav.review', badge: DueBadge },
  { page: 'vocabulary', labelKey: 'nav.vocabulary' },
  { page: 'progress', labelKey: 'nav.progress' },
  { page: 'lists', labelKey: 'nav.lists' },
];
