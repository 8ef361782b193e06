import { collect } from '../collect';

/** Every namespace of the is UI strings, as one chunk (loaded only when is is the UI language). */
export default collect(import.meta.glob<Record<string, unknown>>('../locales/is/*.json', { eager: true, import: 'default' }));
