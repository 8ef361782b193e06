import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { href, type Route } from './router';
import { navEntries } from './pages';

export function Nav({ route }: { route: Route }) {
  const { t } = useTranslation();
  const current = route.name === 'page' ? route.page : route.name === 'reader' ? 'library' : route.name;
  const listRef = useRef<HTMLUListElement>(null);
  // On a phone the links scroll sideways: keep the current page's link in view.
  useEffect(() => {
    const list = listRef.current;
    const active = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !active || list.scrollWidth <= list.clientWidth) return;
    const left = active.offsetLeft - list.offsetLeft;
    if (left < list.scrollLeft || left + active.offsetWidth > list.scrollLeft + list.clientWidth) {
      list.scrollLeft = left - (list.clientWidth - active.offsetWidth) / 2;
    }
  }, [current]);
  const link = (page: string, label: string, to: string, Badge?: React.ComponentType) => (
    <li key={page}>
      <a href={to} aria-current={current === page ? 'page' : undefined}>
        {label}
        {Badge && <Badge />}
      </a>
    </li>
  );
  return (
    <header className="top-bar">
      <a className="brand" href={href({ name: 'library' })}>
        {t('appName')}
      </a>
      <nav aria-label={t('mainNav')}>
        <ul ref={listRef}>
          {link('library', t('nav.library'), href({ name: 'library' }))}
          {navEntries.map((e) => link(e.page, t(e.labelKey), `#/${e.page}`, e.badge))}
          {link('settings', t('nav.settings'), href({ name: 'settings' }))}
          {link('about', t('nav.about'), href({ name: 'about' }))}
        </ul>
      </nav>
    </header>
  );
}
