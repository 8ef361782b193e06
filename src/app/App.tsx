import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AboutPage } from '../features/about/AboutPage';
import { ImportPage } from '../features/import/ImportPage';
import { LibraryWithData } from '../features/library/LibraryWithData';
import { ReaderWithData } from '../features/reader/ReaderWithData';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SafetyGuard } from '../features/safety/SafetyGuard';
import { PwaUi } from '../features/pwa/PwaUi';
import { Nav } from './Nav';
import { useRoute, type Route } from './router';
import { extraPages } from './pages';
import { Toasts } from './ui/Toasts';
import { WorkerStatus } from './WorkerStatus';

function Page({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'library':
      return <LibraryWithData />;
    case 'reader':
      return <ReaderWithData articleId={route.articleId} />;
    case 'import':
      return <ImportPage />;
    case 'about':
      return <AboutPage />;
    case 'settings':
      return <SettingsPage />;
    case 'page': {
      const P = extraPages[route.page];
      return P ? <P param={route.param} /> : <p>{t('notFound')}</p>;
    }
  }
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const key = JSON.stringify(route);
  // Move focus to the new page's content after navigation, for keyboard and screen-reader users.
  const first = useRef(true);
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
      <main id="main" ref={mainRef} tabIndex={-1}>
        <SafetyGuard><Page key={key} route={route} /></SafetyGuard>
      </main>
      <Toasts />
    </div>
  );
}
