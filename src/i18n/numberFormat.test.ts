import i18n from 'i18next';
import { simulateNoIcelandicIntl } from '../../test/support/noIcelandicIntl';

describe('{{n, number}} in UI strings', () => {
  beforeAll(() => {
    i18n.addResourceBundle('en', 'numberFormatTest', { n: '{{n, number}} words', one: '{{n, number(maximumFractionDigits: 1)}} yrs' });
    i18n.addResourceBundle('is', 'numberFormatTest', { n: '{{n, number}} orð', one: '{{n, number(maximumFractionDigits: 1)}} ár' });
  });
  afterEach(() => i18n.changeLanguage('en'));

  it('is written in the UI language’s style, with at most 3 decimals unless the string says otherwise', async () => {
    expect(i18n.t('numberFormatTest:n', { n: 1234.5678 })).toBe('1,234.568 words');
    expect(i18n.t('numberFormatTest:one', { n: 1.25 })).toBe('1.3 yrs');
    await i18n.changeLanguage('is');
    expect(i18n.t('numberFormatTest:n', { n: 1234.5678 })).toBe('1.234,568 orð');
    expect(i18n.t('numberFormatTest:one', { n: 1.25 })).toBe('1,3 ár');
  });

  it('goes through format.ts, so Icelandic separators hold in a browser without Icelandic locale data', async () => {
    const restore = simulateNoIcelandicIntl();
    try {
      await i18n.changeLanguage('is');
      expect(i18n.t('numberFormatTest:n', { n: 1234 })).toBe('1.234 orð');
      expect(i18n.t('numberFormatTest:one', { n: 1.5 })).toBe('1,5 ár');
      await i18n.changeLanguage('en');
      expect(i18n.t('numberFormatTest:n', { n: 1234 })).toBe('1,234 words');
    } finally {
      restore();
    }
  });
});
