import { useSyncExternalStore } from 'react';

/** Hash routes: the app is a static SPA that must work offline from any URL it is served at. */
export type Route =
  | { name: 'library' }
  | { name: 'reader'; articleId: number }
  | { name: 'import' }
  | { name: 'about' }
  | { name: 'settings' }
  | { name: 'page'; page: string; param?: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '');
  const [head, param] = path.split('/');
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
      return { name: 'page', page: head, param };
  }
}

export function href(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'reader':
      return `#/read/${route.articleId}`;
    case 'page':
      return `#/${route.page}${route.param ? `/${route.param}` : ''}`;
    default:
      return `#/${route.name}`;
  }
}

export function navigate(route: Route) {
  window.location.hash = href(route);
}

function subscribe(cb: () => void) {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
