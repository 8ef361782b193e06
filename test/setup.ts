import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { initI18n } from '../src/i18n';

if (typeof document !== 'undefined') initI18n('en');
