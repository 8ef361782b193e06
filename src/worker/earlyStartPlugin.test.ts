import { injectEarlyStart } from './earlyStartPlugin';

const built = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'" />
    <title>Lesa</title>
    <script type="module" crossorigin src="/assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-B.js">
    <link rel="modulepreload" crossorigin href="/assets/client-C.js">
    <link rel="stylesheet" crossorigin href="/assets/index-D.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('injectEarlyStart (index.html of the build)', () => {
  const html = injectEarlyStart(built, '/assets/start-worker-E.js', ['/assets/client-C.js']);
  const tags = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+)"/g)].map((m) => m[1]);

  it('loads the start chunk and its imports first, after the CSP meta, and lists each file once', () => {
    expect(tags).toEqual(['/assets/start-worker-E.js', '/assets/client-C.js', '/assets/index-A.js', '/assets/react-B.js']);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('start-worker'));
    expect(html).toContain('<script type="module" async crossorigin src="/assets/start-worker-E.js"></script>');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-D.css">');
  });

  it('refuses a page without a module script', () => {
    expect(() => injectEarlyStart('<html><head></head></html>', '/s.js', [])).toThrow(/no module script/);
  });
});
