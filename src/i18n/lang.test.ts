import i18n, { loadUiLanguage } from './index';

describe('the document’s lang attribute', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('follows the UI language when it is switched (screen readers, hyphenation and spell-checking use it)', async () => {
    await loadUiLanguage('is');
    expect(document.documentElement.lang).toBe('is');
    await loadUiLanguage('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('follows the language also when it is changed through i18next itself', async () => {
    await i18n.changeLanguage('is');
    expect(document.documentElement.lang).toBe('is');
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
