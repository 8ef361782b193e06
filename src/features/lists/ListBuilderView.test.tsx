import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { inIcelandicWithAndWithoutIntlData } from '../../../test/support/noIcelandicIntl';
import { fixtureAnalysis, FIXTURE_TEXT } from '../../../test/unit/analysisFixture';
import type { ArticleRecord } from '../../db/types';
import { articleLemmas } from './articleLemmas';
import { ListBuilderView } from './ListBuilderView';

const article = { id: 1, title: 'Frétt' } as ArticleRecord;
const lemmas = articleLemmas(fixtureAnalysis(), FIXTURE_TEXT);

function setup(inList: string[] = [], shownLemmas = lemmas) {
  const onAdd = vi.fn();
  render(
    <ListBuilderView
      articles={[article]}
      articleId={1}
      onPickArticle={() => {}}
      lemmas={shownLemmas}
      ranks={new Map([['vera', 0], ['í', 5]])}
      known={new Set(['stór'])}
      inList={new Set(inList)}
      onAdd={onAdd}
    />,
  );
  return onAdd;
}

const shownLemmas = () => screen.getAllByRole('rowheader').map((h) => h.querySelector('.list-lemma')!.textContent);

describe('ListBuilderView', () => {
  it('hides names and known words by default, and words already in the list', () => {
    setup(['hestur|noun']);
    expect(shownLemmas()).toEqual(['eiga', 'í', 'gær', 'gervihnattarþyrping', 'vera']);
  });

  it('filters by part of speech and hides the commonest words', async () => {
    setup();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Part of speech' }), 'verb');
    expect(shownLemmas()).toEqual(['eiga', 'vera']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Hide the commonest words' }), '100');
    expect(shownLemmas()).toEqual(['eiga']);
  });

  it('numbers in the language’s style: the commonest-word choices, counts, the shown figure; in Icelandic also without Icelandic locale data', async () => {
    const many = lemmas.map((l) => ({ ...l, count: 1234 }));
    const check = (hide: string, count: string, shown: RegExp) => {
      const options = screen.getAllByRole('option').map((o) => o.textContent);
      expect(options).toContain(hide);
      expect(screen.getAllByRole('cell').filter((c) => c.classList.contains('count-cell'))[0].textContent).toMatch(count);
      expect(screen.getByRole('status')).toHaveTextContent(shown);
    };
    setup([], many);
    check('Hide the 1,000 commonest', '1,234', /^6 of \d+ words shown\.$/);
    cleanup();
    await inIcelandicWithAndWithoutIntlData(() => {
      setup([], many);
      check('Fela 1.000 algengustu', '1.234', /^6 af \d+ orðum sýnd\.$/);
    });
  });

  it('each word’s count also reads as a phrase, for the phone’s cards (no column names there): “11 times in the article”, in both languages', async () => {
    // One row a word: its count, then its phrase in English and in Icelandic (the singular after
    // numbers ending in 1 but not in 11: "21 sinni", "11 sinnum", "111 sinnum").
    const rows: [lemma: string, count: number, en: string, is: string][] = [
      ['eiga', 1, 'once in the article', '1 sinni í greininni'],
      ['hestur', 11, '11 times in the article', '11 sinnum í greininni'],
      ['í', 21, '21 times in the article', '21 sinni í greininni'],
      ['gær', 2, '2 times in the article', '2 sinnum í greininni'],
      ['gervihnattarþyrping', 1234, '1,234 times in the article', '1.234 sinnum í greininni'],
      ['vera', 111, '111 times in the article', '111 sinnum í greininni'],
    ];
    const counts = Object.fromEntries(rows.map(([lemma, count]) => [lemma, count]));
    const expected = (lng: 2 | 3) => Object.fromEntries(rows.map((row) => [row[0], row[lng]]));
    const some = lemmas.map((l) => ({ ...l, count: counts[l.display] ?? 3 }));
    const phrases = () => Object.fromEntries(screen.getAllByRole('row').slice(1).map((r) => [r.querySelector('.list-lemma')!.textContent, r.querySelector('.count-phrase')?.textContent]));
    setup([], some);
    expect(phrases()).toEqual(expected(2));
    // The table's column keeps the bare number under its name.
    expect(screen.getAllByRole('cell').filter((c) => c.classList.contains('count-cell')).map((c) => c.querySelector('.count-number')?.textContent)).toEqual(['1', '11', '21', '2', '1,234', '111']);
    cleanup();
    await inIcelandicWithAndWithoutIntlData(() => {
      setup([], some);
      expect(phrases()).toEqual(expected(3));
    });
  });

  it('selects one by one, all, none; adds the chosen words', async () => {
    const onAdd = setup();
    const add = () => screen.getByRole('button', { name: /to the list/ });
    // Unavailable, but focusable: see below.
    expect(add()).toHaveAttribute('aria-disabled', 'true');
    expect(add()).toHaveTextContent('Pick words to add to the list');
    expect(add()).not.toHaveTextContent(/Add 0/);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Pick “hestur”' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Pick “vera”' }));
    expect(add()).toHaveTextContent('Add 2 words to the list');
    await userEvent.click(add());
    expect(onAdd.mock.calls[0][0].map((l: { lemma: string }) => l.lemma)).toEqual(['hestur', 'vera']);
    await userEvent.click(screen.getByRole('button', { name: 'Select all shown (6)' }));
    expect(add()).toHaveTextContent('Add 6 words');
    await userEvent.click(screen.getByRole('button', { name: 'Select none' }));
    expect(add()).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(add());
    expect(onAdd).toHaveBeenCalledTimes(1);
  });

  it('keyboard: after adding, focus stays on the add button (it is not disabled, which would drop focus onto the page)', async () => {
    setup();
    const user = userEvent.setup();
    screen.getByRole('checkbox', { name: 'Pick “hestur”' }).focus();
    await user.keyboard(' ');
    const add = screen.getByRole('button', { name: 'Add 1 word to the list' });
    add.focus();
    await user.keyboard('{Enter}');
    expect(add).toHaveFocus();
    expect(add).toBeEnabled();
    expect(add).toHaveAttribute('aria-disabled', 'true');
  });

  it('each word is the label of its checkbox: a tap on the word picks it', async () => {
    setup();
    const box = screen.getByRole('checkbox', { name: 'Pick “vera”' });
    expect(box.closest('label')).toHaveTextContent('vera');
    await userEvent.click(screen.getByText('vera', { selector: '.list-lemma' }));
    expect(box).toBeChecked();
    expect(screen.getByRole('button', { name: /to the list/ })).toHaveTextContent('Add 1 word to the list');
  });
  it('words spelled the same are told apart in their checkboxes’ names by part of speech', async () => {
    const base = lemmas.find((l) => l.lemma === 'vera')!;
    const að = (pos: 'preposition' | 'conjunction', first: number) => ({ ...base, lemma: 'að', display: 'að', pos, gender: null, first });
    const onAdd = setup([], [...lemmas, að('preposition', 100), að('conjunction', 101)]);
    expect(screen.getByRole('checkbox', { name: 'Pick “vera”' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Pick “að” (conjunction)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add 1 word to the list' }));
    expect(onAdd.mock.calls[0][0].map((l: { lemma: string; pos: string }) => [l.lemma, l.pos])).toEqual([['að', 'conjunction']]);
    expect(screen.getByRole('checkbox', { name: 'Pick “að” (preposition)' })).not.toBeChecked();
  });

  it('another article resets the filters, order and choice to their defaults; the same article shown again keeps them', async () => {
    const other = { id: 2, title: 'Önnur frétt' } as ArticleRecord;
    const props = {
      articles: [article, other], onPickArticle: () => {}, ranks: new Map([['vera', 0], ['í', 5]]), known: new Set(['stór']), inList: new Set<string>(), onAdd: () => {},
    };
    const { rerender } = render(<ListBuilderView {...props} articleId={1} lemmas={lemmas} />);
    const pos = () => screen.getByRole('combobox', { name: 'Part of speech' });
    const order = () => screen.getByRole('combobox', { name: 'Order' });
    const hideNames = () => screen.getByRole('checkbox', { name: 'Hide names' });
    await userEvent.selectOptions(pos(), 'verb');
    await userEvent.selectOptions(order(), 'alphabet');
    await userEvent.click(hideNames());
    await userEvent.click(screen.getByRole('checkbox', { name: 'Pick “vera”' }));
    const changed = () => {
      expect(pos()).toHaveValue('verb');
      expect(order()).toHaveValue('alphabet');
      expect(hideNames()).not.toBeChecked();
      expect(screen.getByRole('checkbox', { name: 'Pick “vera”' })).toBeChecked();
    };
    changed();
    // The same article, its words read again (a new array): nothing reset.
    rerender(<ListBuilderView {...props} articleId={1} lemmas={articleLemmas(fixtureAnalysis(), FIXTURE_TEXT)} />);
    changed();
    // Another article (its words still loading, then shown): a fresh view.
    rerender(<ListBuilderView {...props} articleId={2} lemmas={undefined} />);
    rerender(<ListBuilderView {...props} articleId={2} lemmas={lemmas} />);
    expect(pos()).toHaveValue('all');
    expect(order()).toHaveValue('article');
    expect(hideNames()).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Hide words marked Known' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Pick “vera”' })).not.toBeChecked();
    expect(shownLemmas()).toEqual(['eiga', 'hestur', 'í', 'gær', 'gervihnattarþyrping', 'vera']);
  });
});
