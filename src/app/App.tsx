import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LibraryWithData } from '../features/library/LibraryWithData';
import { SafetyGuard } from '../features/safety/SafetyGuard';
import { PwaUi } from '../features/pwa/PwaUi';
import { Nav } from './Nav';
import { NotFound } from './NotFound';
import { pageKey, useRoute, type Route } from './router';
import { AboutPage, extraPages, ImportPage, ReaderPage, SettingsPage } from './pages';
import { ToastHost } from './ui/ToastHost';
import { WorkerStatus } from './WorkerStatus';

// Pages other than the library load on first use, with their UI strings (src/app/pages.ts). The
// reader's code and strings are fetched as soon as the first page is drawn and the browser is idle,
// so opening an article does not wait for them.
function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'library':
      return <LibraryWithData />;
    case 'reader':
      return <ReaderPage articleId={route.articleId} />;
    case 'import':
      return <ImportPage />;
    case 'about':
      return <AboutPage />;
    case 'settings':
      return <SettingsPage />;
    case 'page': {
      const P = extraPages[route.page];
      return P ? <P param={route.param} sub={route.sub} /> : <NotFound />;
    }
  }
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const key = pageKey(route);
  // Move focus to the new page's content after navigation, for keyboard and screen-reader users.
  const first = useRef(true);
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200));
    // A failure here is not shown: opening an article tries again, and its error boundary says why.
    idle(() => void ReaderPage.preload().catch(() => undefined));
  }, []);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [key]);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Nav route={route} />
      <WorkerStatus />
      <PwaUi />
      {/* Before the page, beside the app's other notices (the update banner): a toast's buttons (the
          "ready to work offline" notice's Close, an Undo) come in the Tab order right after the
          navigation, not after all of a long page's controls. It is drawn at the bottom all the same. */}
      <ToastHost />
      <main id="main" ref={mainRef} tabIndex={-1}>
        <SafetyGuard>
          <Suspense fallback={<p className="muted" role="status">{t('loadingPage')}</p>}>
            <Page key={key} route={route} />
          </Suspense>
        </SafetyGuard>
      </main>
    </div>
  );
}
