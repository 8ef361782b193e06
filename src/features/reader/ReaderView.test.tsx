import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FIXTURE_TEXT, fixtureAnalysis } from '../../../test/unit/analysisFixture';
import type { ArticleRecord } from '../../db/types';
import type { AnalysedToken, Analysis } from '../../lang/types';
import { ReaderView } from './ReaderView';

const article: ArticleRecord = {
  id: 1,
  title: 'Prófun',
  author: 'Jón Jónsson',
  publishedAt: '2024-10-25T09:44',
  site: 'Vísir',
  caption: null,
  text: FIXTURE_TEXT,
  contentHash: 'x',
  wordCount: 8,
  origin: 'test',
  createdAt: 0,
};

/** A small analysis of `text`: its words and punctuation in order, with candidates and extras. */
function analysisOf(text: string, words: (Partial<AnalysedToken> & { text: string })[], entries: Analysis['entries']): Analysis {
  let at = 0;
  const tokens = words.map((w) => {
    const start = text.indexOf(w.text, at);
    at = start + w.text.length;
    const kind = /^\p{P}+$/u.test(w.text) ? ('punctuation' as const) : ('word' as const);
    return { start, end: at, kind, candidates: [], chosen: 0, isName: false, sentence: 0, ...w };
  });
  return { version: 1, dictVersion: 'test', sentences: [{ start: 0, end: text.length }], phrases: [], tokens, entries };
}

function setup(onChoose = vi.fn()) {
  const analysis = fixtureAnalysis();
  const utils = render(<ReaderView article={article} analysis={analysis} onChooseCandidate={onChoose} />);
  return { ...utils, analysis, onChoose };
}

describe('ReaderView', () => {
  it('renders exactly the stored text, paragraph by paragraph', () => {
    const { container } = setup();
    const paras = container.querySelectorAll('.article-body p');
    expect(Array.from(paras, (p) => p.textContent)).toEqual(FIXTURE_TEXT.split('\n\n'));
  });

  it('tapping a word shows its lemma, part of speech, gender, IPA and meanings', async () => {
    setup();
    await userEvent.click(screen.getByText('hest'));
    const pop = screen.getByRole('dialog', { name: 'Meaning of “hest”' });
    expect(within(pop).getByTestId('gloss-lemma')).toHaveTextContent('hestur');
    expect(pop).toHaveTextContent('noun');
    expect(pop).toHaveTextContent('masculine');
    expect(pop).toHaveTextContent('/hɛstʏr/');
    expect(pop).toHaveTextContent('horse');
    expect(pop).toHaveTextContent('Apertium');
  });

  it('marks the dictionary’s English meanings as English, so that a screen reader in the Icelandic interface reads them as English', async () => {
    setup();
    await userEvent.click(screen.getByText('hest'));
    const pop = screen.getByRole('dialog', { name: 'Meaning of “hest”' });
    expect(within(pop).getByText('horse')).toHaveAttribute('lang', 'en');
    expect(within(pop).getByTestId('gloss-lemma')).toHaveAttribute('lang', 'is');
  });

  it('shows the other candidate lemmas and reports a switch', async () => {
    const { onChoose } = setup();
    await userEvent.click(screen.getByText('á'));
    const pop = screen.getByRole('dialog');
    expect(within(pop).getByTestId('gloss-lemma')).toHaveTextContent('eiga');
    await userEvent.click(within(pop).getByRole('button', { name: 'Use á (preposition) for this word' }));
    expect(onChoose).toHaveBeenCalledWith(1, 1);
  });

  it('labels names instead of glossing them', async () => {
    setup();
    await userEvent.click(screen.getByText('Musk'));
    const pop = screen.getByRole('dialog');
    expect(pop).toHaveTextContent('Name');
    expect(pop).not.toHaveTextContent('No English gloss');
  });

  it('glosses a fixed phrase as one unit from any of its words', async () => {
    setup();
    await userEvent.click(screen.getByText('gær'));
    const pop = screen.getByRole('dialog');
    expect(pop).toHaveTextContent('í gær');
    expect(pop).toHaveTextContent('yesterday');
  });

  it('shows what a middle-voice form means here above the active verb’s senses', async () => {
    const text = 'Hún lést.';
    const analysis = analysisOf(
      text,
      [{ text: 'Hún', candidates: [{ lemma: 'hún', pos: 'pronoun' }] }, { text: 'lést', candidates: [{ lemma: 'láta', pos: 'verb' }], middle: 'látast' }, { text: '.' }],
      {
        láta: [{ lemma: 'láta', pos: 'verb', senses: [{ gloss: 'let', source: 'apertium' }] }],
        látast: [{ lemma: 'látast', pos: 'verb', senses: [{ gloss: 'die', source: 'lesa' }] }],
      },
    );
    render(<ReaderView article={{ ...article, text }} analysis={analysis} onChooseCandidate={vi.fn()} />);
    await userEvent.click(screen.getByText('lést'));
    const pop = screen.getByRole('dialog', { name: 'Meaning of “lést”' });
    expect(within(pop).getByTestId('gloss-lemma')).toHaveTextContent('láta');
    const middle = within(pop).getByRole('region', { name: 'Here (middle voice, -st)' });
    expect(middle).toHaveTextContent('látast');
    expect(middle).toHaveTextContent('die');
    expect(pop.textContent!.indexOf('die')).toBeLessThan(pop.textContent!.indexOf('let'));
  });

  it('shows the verb of a present participle that has no gloss of its own, and no "no gloss" note', async () => {
    const text = 'Það er sjóðandi.';
    const analysis = analysisOf(
      text,
      [
        { text: 'Það', candidates: [{ lemma: 'það', pos: 'pronoun' }] },
        { text: 'er', candidates: [{ lemma: 'vera', pos: 'verb' }] },
        { text: 'sjóðandi', candidates: [{ lemma: 'sjóðandi', pos: 'adjective' }, { lemma: 'sjóða', pos: 'verb' }], participleOf: 'sjóða' },
        { text: '.' },
      ],
      { sjóða: [{ lemma: 'sjóða', pos: 'verb', senses: [{ gloss: 'boil', source: 'apertium' }] }] },
    );
    render(<ReaderView article={{ ...article, text }} analysis={analysis} onChooseCandidate={vi.fn()} />);
    await userEvent.click(screen.getByText('sjóðandi'));
    const pop = screen.getByRole('dialog', { name: 'Meaning of “sjóðandi”' });
    const verb = within(pop).getByRole('region', { name: 'Present participle of' });
    expect(verb).toHaveTextContent('sjóða');
    expect(verb).toHaveTextContent('boil');
    expect(pop).not.toHaveTextContent('No English gloss');
  });

  it('shows the adjective of a "-lega" adverb that has no gloss of its own, and no "no gloss" note', async () => {
    const text = 'Hún svaraði hressilega.';
    const analysis = analysisOf(
      text,
      [
        { text: 'Hún', candidates: [{ lemma: 'hún', pos: 'pronoun' }] },
        { text: 'svaraði', candidates: [{ lemma: 'svara', pos: 'verb' }] },
        { text: 'hressilega', candidates: [{ lemma: 'hressilega', pos: 'adverb' }], adverbOf: 'hressilegur' },
        { text: '.' },
      ],
      { hressilegur: [{ lemma: 'hressilegur', pos: 'adjective', senses: [{ gloss: 'refreshing', source: 'apertium' }] }] },
    );
    render(<ReaderView article={{ ...article, text }} analysis={analysis} onChooseCandidate={vi.fn()} />);
    await userEvent.click(screen.getByText('hressilega'));
    const pop = screen.getByRole('dialog', { name: 'Meaning of “hressilega”' });
    const adjective = within(pop).getByRole('region', { name: 'Adverb from the adjective' });
    expect(adjective).toHaveTextContent('hressilegur');
    expect(adjective).toHaveTextContent('refreshing');
    expect(pop).not.toHaveTextContent('No English gloss');
  });

  it('shows what a pronoun form means before the senses of its headword', async () => {
    const text = 'Bíll þeirra.';
    const analysis = analysisOf(
      text,
      [{ text: 'Bíll', candidates: [{ lemma: 'bíll', pos: 'noun' }] }, { text: 'þeirra', candidates: [{ lemma: 'hann', pos: 'pronoun' }] }, { text: '.' }],
      { hann: [{ lemma: 'hann', pos: 'pronoun', senses: [{ gloss: 'he', source: 'lesa' }] }] },
    );
    render(<ReaderView article={{ ...article, text }} analysis={analysis} onChooseCandidate={vi.fn()} />);
    await userEvent.click(screen.getByText('þeirra'));
    const pop = screen.getByRole('dialog', { name: 'Meaning of “þeirra”' });
    const form = within(pop).getByRole('region', { name: 'This form: genitive plural' });
    expect(form).toHaveTextContent('their');
    expect([...pop.querySelectorAll('.sense-text')].map((e) => e.textContent)).toEqual(['their, theirs, of them', 'he']);
  });

  it('shows compound parts with their glosses', async () => {
    setup();
    await userEvent.click(screen.getByText('Gervihnattarþyrpingin'));
    const parts = screen.getByRole('region', { name: 'Compound of' });
    expect(parts).toHaveTextContent('gervihnöttur');
    expect(parts).toHaveTextContent('satellite');
    expect(parts).toHaveTextContent('þyrping');
    expect(parts).toHaveTextContent('cluster');
  });

  it('is keyboard reachable: arrows move between words, Enter opens, Escape closes', async () => {
    setup();
    const user = userEvent.setup();
    await user.tab(); // back link
    await user.tab(); // first word (roving tabindex)
    expect(document.activeElement).toHaveTextContent('Musk');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveTextContent('á');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'Meaning of “á”' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('dialog', { name: 'Meaning of “hest”' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toHaveTextContent('hest');
  });

  describe('keyboard in the popover', () => {
    function setupKeys(onWordKey = vi.fn((_key: string): boolean => false)) {
      render(
        <ReaderView
          article={article}
          analysis={fixtureAnalysis()}
          onChooseCandidate={vi.fn()}
          popoverExtras={() => <button type="button">Known</button>}
          footer={<button type="button">After the article</button>}
          onWordKey={onWordKey}
        />,
      );
      return { user: userEvent.setup(), onWordKey };
    }
    const word = (text: string) => screen.getAllByRole('button', { name: text }).find((el) => el.classList.contains('w'))!;

    it('Enter moves focus into the popover, to its heading', async () => {
      const { user } = setupKeys();
      word('á').focus();
      await user.keyboard('{Enter}');
      const pop = screen.getByRole('dialog', { name: 'Meaning of “á”' });
      expect(document.activeElement).toBe(within(pop).getByRole('heading', { name: 'á' }));
    });

    it('Tab goes through the popover’s controls and then on (closing it); Shift+Tab goes back to the word', async () => {
      const { user } = setupKeys();
      word('á').focus();
      await user.keyboard('{Enter}');
      const pop = screen.getByRole('dialog');
      await user.tab();
      expect(document.activeElement).toBe(within(pop).getByRole('button', { name: 'Close' }));
      await user.tab();
      expect(document.activeElement).toBe(within(pop).getByRole('button', { name: 'Use á (preposition) for this word' }));
      await user.tab();
      expect(document.activeElement).toBe(within(pop).getByRole('button', { name: 'Use á (noun) for this word' }));
      // (Then the line that explains where the meanings come from, a disclosure.)
      await user.tab();
      expect(document.activeElement).toHaveTextContent('Where the meanings come from');
      await user.tab();
      expect(document.activeElement).toBe(within(pop).getByRole('button', { name: 'Known' }));
      for (let i = 0; i < 4; i++) await user.tab({ shift: true });
      expect(document.activeElement).toBe(within(pop).getByRole('button', { name: 'Close' }));
      await user.tab({ shift: true });
      expect(document.activeElement).toBe(word('á'));
      expect(screen.getByRole('dialog')).toBeInTheDocument(); // still open: back on its word
      await user.tab();
      expect(document.activeElement).toBe(within(pop).getByRole('button', { name: 'Close' }));
      for (let i = 0; i < 5; i++) await user.tab();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'After the article' }));
      expect(screen.queryByRole('dialog')).toBeNull();
    });

    it('Escape from any control closes the popover and returns focus to the word', async () => {
      const { user } = setupKeys();
      word('hest').focus();
      await user.keyboard('{Enter}');
      // Close, the sources line, then the status buttons.
      for (let i = 0; i < 3; i++) await user.tab();
      expect(document.activeElement).toHaveTextContent('Known');
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(document.activeElement).toBe(word('hest'));
    });

    it('arrow keys still move between words with focus in the popover, and word keys reach onWordKey', async () => {
      const { user, onWordKey } = setupKeys(vi.fn((key: string): boolean => key === '3'));
      word('á').focus();
      await user.keyboard('{Enter}');
      await user.keyboard('{ArrowRight}');
      const pop = screen.getByRole('dialog', { name: 'Meaning of “hest”' });
      expect(document.activeElement).toBe(within(pop).getByRole('heading', { name: 'hest' }));
      expect(word('hest')).toHaveClass('selected');
      await user.keyboard('{ArrowLeft}{ArrowLeft}');
      expect(screen.getByRole('dialog', { name: 'Meaning of “Musk”' })).toBeInTheDocument();
      await user.keyboard('3');
      expect(onWordKey).toHaveBeenLastCalledWith('3', expect.objectContaining({ form: 'Musk' }));
      await user.keyboard('{Escape}');
      expect(document.activeElement).toBe(word('Musk'));
    });

    it('choosing another reading from the keyboard keeps focus in the popover', async () => {
      const onChoose = vi.fn();
      render(<ReaderView article={article} analysis={fixtureAnalysis()} onChooseCandidate={onChoose} />);
      const user = userEvent.setup();
      word('á').focus();
      await user.keyboard('{Enter}');
      await user.tab();
      await user.tab();
      expect(document.activeElement).toHaveAccessibleName('Use á (preposition) for this word');
      await user.keyboard('{Enter}');
      expect(onChoose).toHaveBeenCalledWith(1, 1);
      expect(document.activeElement).toBe(within(screen.getByRole('dialog')).getByRole('heading', { name: 'á' }));
    });

    it('a tap does not move focus into the popover', async () => {
      setupKeys();
      await userEvent.click(word('hest'));
      expect(screen.getByRole('dialog')).toBeInTheDocument();
      expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(false);
    });
  });

  describe('a new analysis while a popover is open', () => {
    const word = (text: string) => screen.getAllByRole('button', { name: text }).find((el) => el.classList.contains('w'))!;

    it('keeps the popover (the same element, with focus in it) on the word at the same offsets', async () => {
      const onChoose = vi.fn();
      const { rerender } = render(<ReaderView article={article} analysis={fixtureAnalysis()} onChooseCandidate={onChoose} />);
      word('gær').focus();
      await userEvent.keyboard('{Enter}');
      const pop = screen.getByRole('dialog', { name: 'Meaning of “gær”' });
      const heading = document.activeElement;
      expect(pop.contains(heading)).toBe(true);
      // The new analysis reads "Musk" as two tokens: every index after it moves up by one.
      const next = fixtureAnalysis();
      next.tokens.splice(0, 1, { ...next.tokens[0], end: 2, text: 'Mu' }, { ...next.tokens[0], start: 2, text: 'sk' });
      next.entries.gær = [{ lemma: 'gær', pos: 'adverb', senses: [{ gloss: 'yesterday (new)', source: 'lesa' }] }];
      rerender(<ReaderView article={article} analysis={next} onChooseCandidate={onChoose} />);
      expect(screen.getByRole('dialog', { name: 'Meaning of “gær”' })).toBe(pop);
      expect(document.activeElement).toBe(heading);
      expect(word('gær')).toHaveClass('selected');
      expect(word('í')).toHaveClass('in-phrase');
      expect(document.querySelectorAll('.article-body .selected')).toHaveLength(1);
      await userEvent.click(within(pop).getByRole('button', { name: 'Close' }));
      expect(document.activeElement).toBe(word('gær'));
      expect(word('gær').dataset.i).toBe('5');
    });

    it('closes the popover, without moving focus, when focus was elsewhere and the word is gone', async () => {
      const { rerender } = render(
        <ReaderView article={article} analysis={fixtureAnalysis()} onChooseCandidate={vi.fn()} footer={<button type="button">After</button>} />,
      );
      await userEvent.click(word('hest'));
      screen.getByRole('button', { name: 'After' }).focus();
      const text = FIXTURE_TEXT.replace('hest', 'hross');
      rerender(
        <ReaderView article={{ ...article, text }} analysis={analysisOf(text, [{ text: 'Musk' }, { text: 'á' }, { text: 'hross' }], {})} onChooseCandidate={vi.fn()} footer={<button type="button">After</button>} />,
      );
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'After' }));
      expect(document.querySelectorAll('.article-body .selected')).toHaveLength(0);
    });
  });

  it('closes when tapping elsewhere', async () => {
    setup();
    await userEvent.click(screen.getByText('hest'));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('heading', { level: 1 }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('offers "Make a word list" beside the back link, reachable by Tab before the text; marked unavailable while the list is made', async () => {
    let finish!: () => void;
    const onMakeList = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<ReaderView article={article} analysis={fixtureAnalysis()} onChooseCandidate={vi.fn()} onMakeList={onMakeList} />);
    const button = screen.getByRole('button', { name: 'Make a word list' });
    // In the page order right after the back link, and before the article's words.
    await userEvent.tab();
    expect(screen.getByRole('link', { name: '← Library' })).toHaveFocus();
    await userEvent.tab();
    expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onMakeList).toHaveBeenCalledTimes(1);
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveFocus();
    // A second press while the list is being made does not make a second list.
    await userEvent.keyboard('{Enter}');
    expect(onMakeList).toHaveBeenCalledTimes(1);
    finish();
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
  });

  it('shows no "Make a word list" without a handler', () => {
    setup();
    expect(screen.queryByRole('button', { name: 'Make a word list' })).toBeNull();
  });
});
