import { useEffect, useId, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { href, type Route } from './router';
import { navEntries } from './pages';

/**
 * How soon an entry moves from the bar into the "More" menu as the screen narrows:
 * 1 always in the bar; 2 in the menu on phones (≤ 520px); 3 in the menu up to 760px.
 * The CSS in styles.css (`.nav-tier-*`) hides and shows them; the menu lists only tiers 2 and 3.
 */
type Tier = 1 | 2 | 3;

interface Entry {
  page: string;
  label: string;
  to: string;
  tier: Tier;
  Badge?: ComponentType;
}

const TIERS: Record<string, Tier> = { library: 1, review: 1, vocabulary: 2 };

/** Pages reached from another page count as that page in the nav (an article, import → library). */
const PARENT: Record<string, string> = { reader: 'library', import: 'library', 'list-print': 'lists' };

function currentEntry(route: Route): string {
  const name = route.name === 'page' ? route.page : route.name;
  return PARENT[name] ?? name;
}

export function Nav({ route }: { route: Route }) {
  const { t } = useTranslation();
  const current = currentEntry(route);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const moreRef = useRef<HTMLLIElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const entries: Entry[] = [
    { page: 'library', label: t('nav.library'), to: href({ name: 'library' }), tier: 1 },
    ...navEntries.map((e) => ({ page: e.page, label: t(e.labelKey), to: `#/${e.page}`, tier: TIERS[e.page] ?? 3, Badge: e.badge })),
    { page: 'settings', label: t('nav.settings'), to: href({ name: 'settings' }), tier: 3 as Tier },
    { page: 'about', label: t('nav.about'), to: href({ name: 'about' }), tier: 3 as Tier },
  ];
  const currentTier = entries.find((e) => e.page === current)?.tier ?? 1;

  // Navigating closes the menu.
  useEffect(() => setOpen(false), [current]);

  // A tap or click elsewhere closes it.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!moreRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const link = (e: Entry, inMenu: boolean) => (
    <li key={e.page} className={`nav-tier-${e.tier}`}>
      <a href={e.to} aria-current={current === e.page ? 'page' : undefined} onClick={inMenu ? () => setOpen(false) : undefined}>
        {e.label}
        {e.Badge && <e.Badge />}
      </a>
    </li>
  );

  return (
    <header className="top-bar">
      <a className="brand" href={href({ name: 'library' })}>
        {t('appName')}
      </a>
      <nav aria-label={t('mainNav')}>
        <ul className="nav-list">
          {entries.map((e) => link(e, false))}
          <li
            ref={moreRef}
            className="nav-more"
            onKeyDown={(e) => {
              if (e.key === 'Escape' && open) {
                e.stopPropagation();
                setOpen(false);
                buttonRef.current?.focus();
              }
            }}
            onBlur={(e) => {
              if (open && !moreRef.current?.contains(e.relatedTarget as Node | null) && e.relatedTarget) setOpen(false);
            }}
          >
            <button
              ref={buttonRef}
              type="button"
              className={`nav-more-button current-tier-${currentTier}`}
              aria-expanded={open}
              aria-controls={open ? menuId : undefined}
              onClick={() => setOpen((o) => !o)}
            >
              {t('nav.more')}
              <span className="nav-more-caret" aria-hidden="true">
                ▾
              </span>
            </button>
            {open && (
              <ul id={menuId} className="nav-menu">
                {entries.filter((e) => e.tier > 1).map((e) => link(e, true))}
              </ul>
            )}
          </li>
        </ul>
      </nav>
    </header>
  );
}
