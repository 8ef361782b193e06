import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { forgetLocaleData } from '../../app/ui/format';
import { countIntlFormatters } from '../../../test/support/countIntlFormatters';
import { inIcelandicWithAndWithoutIntlData } from '../../../test/support/noIcelandicIntl';
import type { ArticleRecord } from '../../db/types';
import { LibraryView } from './LibraryView';

const art = (id: number, title: string, extra: Partial<ArticleRecord> = {}): ArticleRecord => ({
  id,
  title,
  author: null,
  publishedAt: '2024-10-25T09:44',
  site: 'Vísir',
  caption: null,
  text: '',
  contentHash: String(id),
  wordCount: 120 + id,
  origin: 'paste',
  createdAt: id,
  ...extra,
});

describe('LibraryView', () => {
  it('lists articles with site, date and word count, linking to the reader', () => {
    render(<LibraryView articles={[art(1, 'Musk sagður í samskiptum'), art(2, 'Veður í dag')]} onDelete={() => {}} />);
    const link = screen.getByRole('link', { name: 'Musk sagður í samskiptum' });
    expect(link).toHaveAttribute('href', '#/read/1');
    expect(screen.getAllByText('Vísir')).toHaveLength(2);
    expect(screen.getByText('121 words')).toBeInTheDocument();
    expect(screen.getAllByText(/25 Oct 2024/)).toHaveLength(2);
  });

  it('searches by title, case-insensitively, with Icelandic letters', async () => {
    render(<LibraryView articles={[art(1, 'Þingið samþykkti lög'), art(2, 'Veður í dag')]} onDelete={() => {}} />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search by title' }), 'þING');
    expect(screen.getByRole('link', { name: 'Þingið samþykkti lög' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Veður í dag' })).toBeNull();
    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.type(screen.getByRole('searchbox'), 'xyz');
    expect(screen.getByText('No article title contains “xyz”.')).toBeInTheDocument();
  });

  it('says in plain words how many different words an article has and how many the learner knows', async () => {
    const stats = new Map([[1, { lemmas: 193, knownShare: 0.404, newLemmas: 120 }], [2, { lemmas: 1, knownShare: 0.002, newLemmas: 1 }]]);
    const { unmount } = render(<LibraryView articles={[art(1, 'Fréttin'), art(2, 'Stutt')]} stats={stats} onDelete={() => {}} />);
    expect(screen.getByText('193 different words')).toBeInTheDocument();
    expect(screen.getByText('You know 40% of the words')).toBeInTheDocument();
    expect(screen.getByText('120 new to you')).toBeInTheDocument();
    expect(screen.getByText('You know <1% of the words')).toBeInTheDocument();
    expect(screen.queryByText(/lemma/)).toBeNull();
    unmount();
    await inIcelandicWithAndWithoutIntlData(() => {
      render(<LibraryView articles={[art(1, 'Fréttin')]} stats={stats} onDelete={() => {}} />);
      expect(screen.getByText('193 mismunandi orð')).toBeInTheDocument();
      expect(screen.getByText('Þú þekkir 40% orðanna')).toBeInTheDocument();
      expect(screen.getByText('120 ný fyrir þér')).toBeInTheDocument();
      expect(screen.getByText('25. okt. 2024, 09:44')).toBeInTheDocument();
    });
  });

  it('a long article’s counts in the language’s number style, in Icelandic also without Icelandic locale data', async () => {
    const stats = new Map([[1, { lemmas: 1234, knownShare: 0.5, newLemmas: 1002 }]]);
    const long = [art(1, 'Langt', { wordCount: 4321 })];
    const { unmount } = render(<LibraryView articles={long} stats={stats} onDelete={() => {}} />);
    expect(screen.getByText('4,321 words')).toBeInTheDocument();
    expect(screen.getByText('1,234 different words')).toBeInTheDocument();
    expect(screen.getByText('1,002 new to you')).toBeInTheDocument();
    unmount();
    await inIcelandicWithAndWithoutIntlData(() => {
      render(<LibraryView articles={long} stats={stats} onDelete={() => {}} />);
      expect(screen.getByText('4.321 orð')).toBeInTheDocument();
      expect(screen.getByText('1.234 mismunandi orð')).toBeInTheDocument();
      expect(screen.getByText('1.002 ný fyrir þér')).toBeInTheDocument();
    });
  });

  it('makes no Intl date or number formatter (ICU data costs 100–195 ms) in English or Icelandic, with Icelandic data too', async () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf(['is-IS'])).toEqual(['is-IS']); // Intl would be used if the code chose it
    const stats = new Map([[1, { lemmas: 1234, knownShare: 0.404, newLemmas: 1002 }], [2, { lemmas: 1, knownShare: 0.002, newLemmas: 1 }]]);
    const articles = [art(1, 'Langt', { wordCount: 4321 }), art(2, 'Stutt', { publishedAt: '2024-05-03' })];
    forgetLocaleData();
    const made = countIntlFormatters();
    try {
      const { unmount } = render(<LibraryView articles={articles} stats={stats} onDelete={() => {}} />);
      expect(screen.getByText('4,321 words')).toBeInTheDocument();
      expect(screen.getByText(/25 Oct 2024, 09:44/)).toBeInTheDocument();
      unmount();
      await i18n.changeLanguage('is');
      render(<LibraryView articles={articles} stats={stats} onDelete={() => {}} />);
      expect(screen.getByText('4.321 orð')).toBeInTheDocument();
      expect(screen.getByText('1.234 mismunandi orð')).toBeInTheDocument();
      expect(screen.getByText('Þú þekkir 40% orðanna')).toBeInTheDocument();
      expect(screen.getByText(/25\. okt\. 2024, 09:44/)).toBeInTheDocument();
      expect(screen.getByText(/3\. maí 2024/)).toBeInTheDocument();
      expect(made).toMatchObject({ dates: 0, numbers: 0 });
    } finally {
      made.restore();
      cleanup();
      await i18n.changeLanguage('en');
    }
  });

  it('deletes through the callback, with a labelled button', async () => {
    const onDelete = vi.fn();
    const a = art(1, 'Fréttin');
    render(<LibraryView articles={[a]} onDelete={onDelete} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete “Fréttin”' }));
    expect(onDelete).toHaveBeenCalledWith(a);
  });

  it('says so when the library is empty, and while the sample is being prepared', () => {
    const { rerender } = render(<LibraryView articles={[]} onDelete={() => {}} />);
    expect(screen.getByText(/No articles yet/)).toBeInTheDocument();
    rerender(<LibraryView articles={[]} preparing onDelete={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent('Preparing the sample article');
  });

  it('keyboard: deleting an article puts focus on the Delete button of the one that took its place, then the last one, then the search field', async () => {
    const user = userEvent.setup();
    let articles = [art(1, 'Fyrsta'), art(2, 'Önnur'), art(3, 'Þriðja')];
    const onDelete = (a: { id?: number }) => {
      articles = articles.filter((x) => x.id !== a.id);
      rerender(<LibraryView articles={articles} onDelete={onDelete} />);
    };
    const { rerender } = render(<LibraryView articles={articles} onDelete={onDelete} />);
    screen.getByRole('button', { name: 'Delete “Önnur”' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Delete “Þriðja”' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Delete “Fyrsta”' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('searchbox')).toHaveFocus();
  });
});
