import { collect } from '../collect';

/** Every namespace of the en UI strings, as one chunk (loaded only when en is the UI language). */
export default collect(import.meta.glob<Record<string, unknown>>('../locales/en/*.json', { eager: true, import: 'default' }));
