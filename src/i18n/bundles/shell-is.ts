/**
 * The is UI strings the app's shell and the library page need (SHELL_NAMESPACES in ../namespaces.ts),
 * as one chunk loaded before the first render when is is the UI language: `locales/is/<namespace>.json`
 * → strings (see `loadShellStrings`). The other namespaces are loaded with their pages.
 */
export default import.meta.glob<Record<string, unknown>>('../locales/is/{common,library,pwa,safety}.json', { eager: true, import: 'default' });
