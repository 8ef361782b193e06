import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app. Lesa is a static, offline SPA: everything it runs
 * and loads comes from its own origin, so the policy can be strict:
 * - no inline script and no `eval` (`script-src 'self'`); `'wasm-unsafe-eval'` only lets
 *   WebAssembly compile (sql.js for the Anki export), it does not allow `eval` of JavaScript;
 * - workers from the app's own files (and `blob:`, which Vite uses for inlined workers);
 * - imported articles can never load remote images, frames, fonts or make requests.
 * `style-src 'unsafe-inline'` is needed for React's `style` attributes (positions of popovers).
 */
export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'", 'blob:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'media-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

export function cspContent(directives: Record<string, string[]> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ');
}

/** The `<meta http-equiv="Content-Security-Policy">` tag, for index.html. */
export function cspMetaTag(directives?: Record<string, string[]>): string {
  return `<meta http-equiv="Content-Security-Policy" content="${cspContent(directives).replace(/"/g, '&quot;')}" />`;
}

/**
 * Adds the CSP meta tag as the first element of `<head>` of the built index.html (only in
 * `vite build`: the dev server injects inline scripts for hot reload). An inline `<script>` in the
 * built page would be blocked by this policy, so the build fails if one is found.
 */
export function cspPlugin(opts: { directives?: Record<string, string[]> } = {}): Plugin {
  return {
    name: 'lesa-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return injectCsp(html, opts.directives);
      },
    },
  };
}

/** Puts the CSP meta early in `<head>` (after the charset, before any script or style it must govern). */
export function injectCsp(html: string, directives?: Record<string, string[]>): string {
  const inline = /<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/i.exec(html);
  if (inline) throw new Error(`lesa-csp: the built index.html has an inline <script>, which the CSP would block: ${inline[0].slice(0, 80)}`);
  if (/http-equiv=["']?Content-Security-Policy/i.test(html)) return html;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('lesa-csp: index.html has no <head>');
  const charset = /<meta\s+charset=[^>]*>/i.exec(html.slice(head.index));
  const at = charset ? head.index + charset.index + charset[0].length : head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${cspMetaTag(directives)}${html.slice(at)}`;
}
