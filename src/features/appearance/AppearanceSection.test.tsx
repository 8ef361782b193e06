import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AnalysisProvider } from '../../app/services';
import { LesaDB, useDatabase } from '../../db/db';
import type { AnalysisClient } from '../../worker/client';
import { getSetting, setSetting } from '../../db/settings';
import { PwaUi } from '../pwa/PwaUi';
import { DEFAULT_APPEARANCE, normalise } from './appearance';
import { AppearanceSection } from './AppearanceSection';
import { resetAppearanceStart, useAppearance } from './useAppearance';

let n = 0;
beforeEach(() => {
  useDatabase(new LesaDB(`appearance-test-${n++}`));
  localStorage.clear();
  resetAppearanceStart();
  useAppearance.setState({ appearance: DEFAULT_APPEARANCE, loaded: false });
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.removeAttribute('style');
});

const root = () => document.documentElement;

describe('appearance settings', () => {
  it('theme: dark and light set data-theme, "as the device" removes it; saved in the database', async () => {
    const user = userEvent.setup();
    render(<AppearanceSection />);
    expect(screen.getByRole('radio', { name: 'As the device' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(root()).toHaveAttribute('data-theme', 'dark');
    await vi.waitFor(async () => expect((await getSetting<{ theme: string }>('appearance', DEFAULT_APPEARANCE)).theme).toBe('dark'));
    await user.click(screen.getByRole('radio', { name: 'Light' }));
    expect(root()).toHaveAttribute('data-theme', 'light');
    await user.click(screen.getByRole('radio', { name: 'As the device' }));
    expect(root()).not.toHaveAttribute('data-theme');
  });

  it('a manual theme sets the browser-bar colour of both theme-color metas; "as the device" restores them', async () => {
    const user = userEvent.setup();
    document.head.insertAdjacentHTML(
      'beforeend',
      '<meta name="theme-color" content="#1f4e79" media="(prefers-color-scheme: light)"><meta name="theme-color" content="#15171a" media="(prefers-color-scheme: dark)">',
    );
    const metas = () => Array.from(document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')).map((m) => m.content);
    try {
      render(<AppearanceSection />);
      await user.click(screen.getByRole('radio', { name: 'Dark' }));
      expect(metas()).toEqual(['#15171a', '#15171a']);
      await user.click(screen.getByRole('radio', { name: 'Light' }));
      expect(metas()).toEqual(['#1f4e79', '#1f4e79']);
      await user.click(screen.getByRole('radio', { name: 'As the device' }));
      expect(metas()).toEqual(['#1f4e79', '#15171a']);
    } finally {
      document.querySelectorAll('meta[name="theme-color"]').forEach((m) => m.remove());
    }
  });

  it('text size and line spacing change the reader variables', async () => {
    const user = userEvent.setup();
    render(<AppearanceSection />);
    await user.click(screen.getByRole('radio', { name: 'Extra large' }));
    expect(root().style.getPropertyValue('--reader-size')).toBe('1.65rem');
    await user.click(screen.getByRole('radio', { name: 'Relaxed' }));
    expect(root().style.getPropertyValue('--reader-leading')).toBe('2.05');
    expect(screen.getByRole('group', { name: 'Reading text size' })).toBeInTheDocument();
  });

  it('a saved appearance is applied at start-up by the app-wide component and shown in settings', async () => {
    await setSetting('appearance', { theme: 'dark', textSize: 'small', lineSpacing: 'compact' });
    const ready = { status: 'ready', ms: 1 } as const;
    const worker = { state: () => ready, subscribe: () => () => {} } as unknown as AnalysisClient;
    render(
      <AnalysisProvider client={worker}>
        <PwaUi controller={null} />
      </AnalysisProvider>,
    );
    await vi.waitFor(() => expect(root()).toHaveAttribute('data-theme', 'dark'));
    expect(root().style.getPropertyValue('--reader-size')).toBe('1.05rem');
    expect(root().style.getPropertyValue('--reader-leading')).toBe('1.5');
    render(<AppearanceSection />);
    expect(await screen.findByRole('radio', { name: 'Small' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Compact' })).toBeChecked();
  });

  it('the localStorage mirror is written on change (so the next start has no flash of the wrong theme)', async () => {
    const user = userEvent.setup();
    render(<AppearanceSection />);
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(JSON.parse(localStorage.getItem('lesa.appearance')!)).toMatchObject({ theme: 'dark' });
  });

  it.each([
    { stored: undefined, expected: DEFAULT_APPEARANCE, reason: 'nothing saved' },
    { stored: { theme: 'neon', textSize: 'large' }, expected: { ...DEFAULT_APPEARANCE, textSize: 'large' }, reason: 'unknown theme dropped' },
    { stored: 'dark', expected: DEFAULT_APPEARANCE, reason: 'not an object' },
  ])('normalise: $reason', ({ stored, expected }) => {
    expect(normalise(stored)).toEqual(expected);
  });

  it('Icelandic labels exist', async () => {
    const { default: i18n } = await import('../../i18n');
    await act(() => i18n.changeLanguage('is'));
    try {
      render(<AppearanceSection />);
      expect(screen.getByRole('heading', { name: 'Útlit' })).toBeInTheDocument();
      expect(screen.getByRole('radio', { name: 'Dökkt' })).toBeInTheDocument();
    } finally {
      await act(() => i18n.changeLanguage('en'));
    }
  });
});
