import { collect } from '../collect';

/**
 * Every namespace of the en UI strings in one object, for tests and the locale checks (the app loads
 * the shell's strings with shell-en.ts and every other namespace with its page, see ../namespaces.ts).
 */
export default collect(import.meta.glob<Record<string, unknown>>('../locales/en/*.json', { eager: true, import: 'default' }));
