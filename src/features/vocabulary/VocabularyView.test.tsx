import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { inIcelandicWithAndWithoutIntlData } from '../../../test/support/noIcelandicIntl';
import type { WordRecord } from '../../db/types';
import { VocabularyView } from './VocabularyView';

const words: WordRecord[] = [
  { lemma: 'hestur', status: 'learning', gloss: 'horse', updatedAt: 3, forms: ['hestinum'] },
  { lemma: 'vera', status: 'known', updatedAt: 1 },
  { lemma: 'ás', status: 'known', updatedAt: 2 },
  { lemma: 'musk', status: 'ignored', updatedAt: 4 },
];

const rows = () => within(screen.getByRole('list', { name: 'Words' })).getAllByRole('button').map((b) => b.getAttribute('aria-label'));

describe('VocabularyView', () => {
  it('lists words, most recently changed first, with status; alphabetical order on request (Icelandic collation)', async () => {
    render(<VocabularyView words={words} known={{ lemmas: 2, forms: 3 }} selected={null} onSelect={vi.fn()} />);
    expect(screen.getByTestId('known-summary')).toHaveTextContent(/^2 words known, met in 3 forms$/);
    expect(rows()).toEqual(['musk: Ignored', 'hestur, horse: Learning', 'ás: Known', 'vera: Known']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'Alphabetical');
    expect(rows()).toEqual(['ás', 'hestur', 'musk', 'vera'].map((l) => expect.stringContaining(l)));
  });

  it('counts in the language’s number style, in Icelandic also without Icelandic locale data', async () => {
    const many: WordRecord[] = Array.from({ length: 1234 }, (_, i) => ({ lemma: `orð${i}`, status: 'known', updatedAt: i }));
    const options = () => within(screen.getByRole('combobox', { name: /^(Status|Staða)$/ })).getAllByRole('option').map((o) => o.textContent);
    const { unmount } = render(<VocabularyView words={many} known={{ lemmas: 1234, forms: 5678 }} selected={null} onSelect={vi.fn()} />);
    expect(screen.getByTestId('known-summary')).toHaveTextContent('1,234 words known, met in 5,678 forms');
    expect(options()).toEqual(['All (1,234)', 'New (0)', 'Learning (0)', 'Known (1,234)', 'Ignored (0)']);
    expect(screen.getByRole('status')).toHaveTextContent('1,234 words');
    unmount();
    await inIcelandicWithAndWithoutIntlData(() => {
      render(<VocabularyView words={many} known={{ lemmas: 1234, forms: 5678 }} selected={null} onSelect={vi.fn()} />);
      expect(screen.getByTestId('known-summary')).toHaveTextContent('1.234 þekkt orð, séð í 5.678 beygingarmyndum');
      expect(options()[0]).toBe('Öll (1.234)');
      expect(options()[3]).toMatch(/ \(1\.234\)$/);
      expect(screen.getByRole('status')).toHaveTextContent('1.234 orð');
    });
  });

  it('says “1 word known, met in 1 form” (not “1 form of them”), and in Icelandic uses the singular for 21 but not for 11', async () => {
    const { unmount } = render(<VocabularyView words={words} known={{ lemmas: 1, forms: 1 }} selected={null} onSelect={vi.fn()} />);
    expect(screen.getByTestId('known-summary')).toHaveTextContent(/^1 word known, met in 1 form$/);
    unmount();
    await inIcelandicWithAndWithoutIntlData(() => {
      const { rerender } = render(<VocabularyView words={words} known={{ lemmas: 21, forms: 21 }} selected={null} onSelect={vi.fn()} />);
      expect(screen.getByTestId('known-summary')).toHaveTextContent(/^21 þekkt orð, séð í 21 beygingarmynd$/);
      rerender(<VocabularyView words={words} known={{ lemmas: 11, forms: 11 }} selected={null} onSelect={vi.fn()} />);
      expect(screen.getByTestId('known-summary')).toHaveTextContent(/^11 þekkt orð, séð í 11 beygingarmyndum$/);
    });
  });

  it('filters by status (with counts) and searches lemmas, glosses and forms', async () => {
    render(<VocabularyView words={words} known={undefined} selected={null} onSelect={vi.fn()} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Known (2)');
    expect(rows()).toEqual(['ás: Known', 'vera: Known']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'All (4)');
    await userEvent.type(screen.getByRole('searchbox'), 'horse');
    expect(rows()).toEqual(['hestur, horse: Learning']);
    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.type(screen.getByRole('searchbox'), 'hestinum');
    expect(rows()).toEqual(['hestur, horse: Learning']);
    await userEvent.type(screen.getByRole('searchbox'), 'xyz');
    expect(screen.getByText('No word matches.')).toBeInTheDocument();
  });

  it('shows each word’s meaning: the learner’s own gloss, else the dictionary’s first sense; search finds both', async () => {
    const meanings = new Map([['hestur', 'horse (dictionary)'], ['vera', 'be']]);
    render(<VocabularyView words={words} known={undefined} selected={null} onSelect={vi.fn()} meanings={meanings} />);
    const row = (name: string) => screen.getByRole('button', { name });
    expect(row('hestur, horse: Learning')).toHaveTextContent('horse');
    expect(row('hestur, horse: Learning')).not.toHaveTextContent('dictionary');
    expect(row('vera, be: Known')).toHaveTextContent(/^vera\s*be\s*Known$/);
    expect(row('ás: Known')).toHaveTextContent(/^ás\s*Known$/);
    await userEvent.type(screen.getByRole('searchbox'), 'be');
    expect(rows()).toEqual(['vera, be: Known']);
  });

  it('opens a word', async () => {
    const onSelect = vi.fn();
    render(<VocabularyView words={words} known={undefined} selected={null} onSelect={onSelect} />);
    await userEvent.click(screen.getByRole('button', { name: 'hestur, horse: Learning' }));
    expect(onSelect).toHaveBeenCalledWith('hestur');
  });

  it('renders only the rows in view of a long vocabulary', () => {
    const many = Array.from({ length: 50_000 }, (_, i): WordRecord => ({ lemma: `orð${i}`, status: 'known', updatedAt: i }));
    render(<VocabularyView words={many} known={undefined} selected={null} onSelect={vi.fn()} />);
    expect(screen.getByText('50,000 words')).toBeInTheDocument();
    const shown = within(screen.getByRole('list', { name: 'Words' })).getAllByRole('listitem');
    expect(shown.length).toBeLessThan(60);
    expect(shown[0]).toHaveAttribute('aria-setsize', '50000');
  });

  it('a row’s name says the word’s gloss too (a long one cut at a word’s end), in both languages', async () => {
    const long = 'a group of satellites orbiting together and working as one system, such as a navigation network';
    const list: WordRecord[] = [
      { lemma: 'gervihnattarþyrping', status: 'learning', gloss: long, updatedAt: 2 },
      { lemma: 'samskipti', status: 'known', gloss: '  communication,\n dealings ', updatedAt: 1 },
      { lemma: 'og', status: 'ignored', updatedAt: 0 },
    ];
    const meanings = new Map([['og', 'and']]);
    const { unmount } = render(<VocabularyView words={list} known={undefined} selected={null} onSelect={vi.fn()} meanings={meanings} />);
    expect(rows()).toEqual([
      'gervihnattarþyrping, a group of satellites orbiting together and working as one…: Learning',
      'samskipti, communication, dealings: Known',
      'og, and: Ignored',
    ]);
    // The row itself still shows the whole gloss.
    expect(screen.getByRole('button', { name: /^gervihnattarþyrping,/ })).toHaveTextContent(long);
    unmount();
    await inIcelandicWithAndWithoutIntlData(() => {
      render(<VocabularyView words={list} known={undefined} selected={null} onSelect={vi.fn()} meanings={meanings} />);
      expect(screen.getByRole('button', { name: 'samskipti, communication, dealings: Þekkt' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'og, and: Hunsað' })).toBeInTheDocument();
    });
  });

  it('empty: says what the page is for and how words get here, links to the library; no counts or filters', async () => {
    const { unmount } = render(<VocabularyView words={[]} known={{ lemmas: 0, forms: 0 }} selected={null} onSelect={vi.fn()} />);
    expect(screen.getByText(/every word you give a status/)).toBeInTheDocument();
    expect(screen.getByText('No words yet. While reading, tap or click a word and choose its status.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to your library' })).toHaveAttribute('href', '#/');
    expect(screen.queryByTestId('known-summary')).not.toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    expect(screen.queryAllByRole('combobox')).toEqual([]);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    unmount();
    await inIcelandicWithAndWithoutIntlData(() => {
      render(<VocabularyView words={[]} known={{ lemmas: 0, forms: 0 }} selected={null} onSelect={vi.fn()} />);
      expect(screen.getByText('Engin orð enn. Ýttu eða smelltu á orð við lestur og veldu stöðu þess.')).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Fara í safnið þitt' })).toHaveAttribute('href', '#/');
      expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    });
  });

  it('while the words load: neither the empty page nor the filters; with words but none known, no “met in 0 forms”', () => {
    const { rerender } = render(<VocabularyView words={undefined} known={undefined} selected={null} onSelect={vi.fn()} />);
    expect(screen.queryByText(/No words yet/)).not.toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    rerender(<VocabularyView words={[{ lemma: 'hestur', status: 'learning', updatedAt: 1 }]} known={{ lemmas: 0, forms: 0 }} selected={null} onSelect={vi.fn()} />);
    expect(screen.getByTestId('known-summary')).toHaveTextContent(/^0 words known$/);
    expect(screen.getByRole('searchbox')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Go to your library' })).not.toBeInTheDocument();
  });
});
