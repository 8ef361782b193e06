import { useSyncExternalStore } from 'react';

/** Hash routes: the app is a static SPA that must work offline from any URL it is served at. */
export type Route =
  | { name: 'library' }
  | { name: 'reader'; articleId: number }
  | { name: 'import' }
  | { name: 'about' }
  | { name: 'settings' }
  /**
   * A feature's page (src/app/pages.ts): `#/<page>[/<param>[/<sub>]]`. `sub` is a detail of the
   * page's own state, kept in the address (the article chosen in a list's builder): changing it is
   * not a new page (see `pageKey`).
   */
  | { name: 'page'; page: string; param?: string; sub?: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '');
  const [head, param, sub] = path.split('/');
  switch (head) {
    case '':
      return { name: 'library' };
    case 'read': {
      const id = Number(param);
      return Number.isInteger(id) && id > 0 ? { name: 'reader', articleId: id } : { name: 'library' };
    }
    case 'import':
      return { name: 'import' };
    case 'about':
      return { name: 'about' };
    case 'settings':
      return { name: 'settings' };
    default:
      return param && sub ? { name: 'page', page: head, param, sub } : { name: 'page', page: head, param };
  }
}

export function href(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'reader':
      return `#/read/${route.articleId}`;
    case 'page':
      return `#/${route.page}${route.param ? `/${route.param}${route.sub ? `/${route.sub}` : ''}` : ''}`;
    default:
      return `#/${route.name}`;
  }
}

export function navigate(route: Route) {
  window.location.hash = href(route);
}

/**
 * Which page a route shows: the same key, the same page (App keeps it, its state and the focus);
 * another key, a new page. A page's `sub` is left out: it changes with the page's own state.
 */
export function pageKey(route: Route): string {
  return JSON.stringify(route.name === 'page' ? { ...route, sub: undefined } : route);
}

const listeners = new Set<() => void>();

/**
 * Puts `route` in the address in place of the current one (no new history entry, so Back still
 * leaves the page): for a detail of the page's state, such as a page's `sub`.
 */
export function replaceRoute(route: Route) {
  const to = href(route);
  if (window.location.hash === to) return;
  window.history.replaceState(window.history.state, '', to);
  for (const cb of [...listeners]) cb();
}

function subscribe(cb: () => void) {
  listeners.add(cb);
  window.addEventListener('hashchange', cb);
  return () => {
    listeners.delete(cb);
    window.removeEventListener('hashchange', cb);
  };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
