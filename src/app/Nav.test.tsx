import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Nav } from './Nav';
import { NotFound } from './NotFound';

describe('Nav', () => {
  it('links every destination; the More button is a disclosure that lists the ones a phone hides', async () => {
    const user = userEvent.setup();
    render(<Nav route={{ name: 'page', page: 'progress' }} />);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const barLinks = within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(barLinks).toEqual(['Library', 'Review', 'Vocabulary', 'Progress', 'Word lists', 'Settings', 'About']);

    const more = within(nav).getByRole('button', { name: /More/ });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    const menu = document.getElementById(more.getAttribute('aria-controls')!)!;
    expect(within(menu).getAllByRole('link').map((a) => a.textContent)).toEqual(['Vocabulary', 'Progress', 'Word lists', 'Settings', 'About']);
    expect(within(menu).getByRole('link', { name: 'Progress' })).toHaveAttribute('aria-current', 'page');

    // Keyboard: Tab goes into the menu; Escape closes it and returns focus to the button.
    await user.tab();
    expect(within(menu).getByRole('link', { name: 'Vocabulary' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(more).toHaveFocus();
    expect(document.getElementById(menu.id)).toBeNull();

    // Enter opens it again; choosing a page closes it; so does a tap elsewhere.
    await user.keyboard('{Enter}');
    expect(more).toHaveAttribute('aria-expanded', 'true');
    const settings = within(document.getElementById(more.getAttribute('aria-controls')!)!).getByRole('link', { name: 'Settings' });
    expect(settings).toHaveAttribute('href', '#/settings');
    await user.click(settings);
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    await user.click(document.body);
    expect(more).toHaveAttribute('aria-expanded', 'false');
  });

  it('labels the menu in Icelandic too', async () => {
    const { default: i18n } = await import('../i18n');
    await i18n.changeLanguage('is');
    try {
      render(<Nav route={{ name: 'library' }} />);
      expect(screen.getByRole('button', { name: /Meira/ })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Safn' })).toHaveAttribute('aria-current', 'page');
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});

describe('Nav: the current section', () => {
  it('an article and the import page are in the library; a printable list is in word lists', () => {
    const { rerender } = render(<Nav route={{ name: 'import' }} />);
    expect(screen.getByRole('link', { name: 'Library' })).toHaveAttribute('aria-current', 'page');
    rerender(<Nav route={{ name: 'reader', articleId: 3 }} />);
    expect(screen.getByRole('link', { name: 'Library' })).toHaveAttribute('aria-current', 'page');
    rerender(<Nav route={{ name: 'page', page: 'list-print', param: '2' }} />);
    expect(screen.getByRole('link', { name: 'Word lists' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Library' })).not.toHaveAttribute('aria-current');
  });
});

describe('NotFound', () => {
  it('has a heading, an explanation and a link back to the library', () => {
    render(<NotFound />);
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is no page at this address/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to your library' })).toHaveAttribute('href', '#/');
  });
});
