import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { initI18n } from '../src/i18n';
import en from '../src/i18n/bundles/en';
import is from '../src/i18n/bundles/is';

if (typeof document !== 'undefined') {
  // Both languages, so that tests can switch with i18n.changeLanguage.
  const i18n = initI18n('en', en);
  for (const [ns, data] of Object.entries(is)) i18n.addResourceBundle('is', ns, data);
}
