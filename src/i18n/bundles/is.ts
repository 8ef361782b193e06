import { collect } from '../collect';

/**
 * Every namespace of the is UI strings in one object, for tests and the locale checks (the app loads
 * the shell's strings with shell-is.ts and every other namespace with its page, see ../namespaces.ts).
 */
export default collect(import.meta.glob<Record<string, unknown>>('../locales/is/*.json', { eager: true, import: 'default' }));
