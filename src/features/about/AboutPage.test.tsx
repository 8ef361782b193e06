import { cleanup, render, screen, within } from '@testing-library/react';
import i18n from 'i18next';
import { AboutPage } from './AboutPage';
import { CREDITS } from './credits';

describe('AboutPage', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it.each(['en', 'is'])('lists every credited library with its licence (%s)', async (lng) => {
    await i18n.changeLanguage(lng);
    render(<AboutPage />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(CREDITS.length);
    expect(items).toContain('DOMPurify: MPL-2.0 OR Apache-2.0');
    expect(items).toContain('fsrs-browser (fsrs-rs): BSD-3-Clause');
    expect(items.find((s) => s!.startsWith('JSZip'))).toMatch(/^JSZip: MIT OR GPL-3\.0-or-later \(\S+ pako: MIT AND Zlib\)$/);
    expect(items.find((s) => s!.startsWith('sql.js'))).toMatch(/^sql\.js: MIT \(\S+ SQLite: (public domain|almenningseign)\)$/);
    expect(items).toContain('Workbox: MIT');
  });
});
