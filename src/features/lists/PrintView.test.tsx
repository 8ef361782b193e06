import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WordListRecord } from '../../db/types';
import { AWKWARD_ENTRIES } from '../export/testWords';
import { PrintView } from './PrintView';

const list: WordListRecord = {
  id: 2, name: 'Vika 3', entries: AWKWARD_ENTRIES.slice(0, 2), createdAt: 1, updatedAt: 1,
  sources: [{ title: 'Musk sagður', site: 'Vísir', author: null, publishedAt: null }],
};

describe('PrintView', () => {
  it('is a table of word, part of speech, gender, meaning, example and a blank notes column (optional)', async () => {
    const onPrint = vi.fn();
    render(<PrintView list={list} onPrint={onPrint} />);
    const headers = () => screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers()).toEqual(['Word', 'Part of speech', 'Gender', 'Meaning', 'Example', 'Notes']);
    expect(screen.getAllByRole('row')[1]).toHaveTextContent('hesturnounm.horseMusk á hest í gær.');
    expect(screen.getByText('Musk sagður, Vísir')).toBeInTheDocument();
    // Under the title, said to be where the words are from.
    expect(screen.getByText('Musk sagður, Vísir').parentElement).toHaveTextContent(/^From: Musk sagður, Vísir$/);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Blank column for notes' }));
    expect(headers()).not.toContain('Notes');
    await userEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(onPrint).toHaveBeenCalled();
  });

  it('names only the articles that still give the list words', () => {
    const other = { title: 'Önnur frétt', site: 'RÚV', author: null, publishedAt: null };
    render(<PrintView list={{ ...list, sources: [other, ...list.sources], entries: list.entries.map((e) => ({ ...e, source: 1 })) }} />);
    expect(screen.getByText('Musk sagður, Vísir')).toBeInTheDocument();
    expect(screen.queryByText(/Önnur frétt/)).toBeNull();
  });

  describe('a list named after its article (as the reader names it)', () => {
    const article: WordListRecord['sources'][number] = { title: 'Musk sagður í reglulegum samskiptum við Pútín', site: null, author: null, publishedAt: null };
    const named = (name: string, sources = [article]): WordListRecord => ({ ...list, name, sources, entries: list.entries.map((e) => ({ ...e, source: 0 })) });

    it('has no subtitle that only says the title again', () => {
      render(<PrintView list={named(article.title)} />);
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(article.title);
      expect(screen.getAllByText(article.title)).toHaveLength(1);
    });

    it('nor when it is numbered apart from an earlier list of that article (“Title (2)”)', () => {
      render(<PrintView list={named(`${article.title} (2)`)} />);
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`${article.title} (2)`);
      expect(screen.queryByText(article.title)).toBeNull();
    });

    it('still names the article’s site', () => {
      render(<PrintView list={named(article.title, [{ ...article, site: 'Vísir' }])} />);
      expect(screen.getByText('Vísir')).toBeInTheDocument();
      expect(screen.queryByText(/Pútín, Vísir/)).toBeNull();
    });

    it('still names the article when the list has another name', () => {
      render(<PrintView list={named('Vika 3')} />);
      expect(screen.getByText(article.title)).toBeInTheDocument();
    });
  });

  it('prints a window of a long sentence around the word, the word in bold; the row below on the same sentence just around its own', () => {
    const musk = 'Elon Musk, auðugasti maður heims, hefur átt í reglulegum samskiptum við Vladimír Pútín, forseta Rússlands, á undanförnum árum.';
    const entry = (lemma: string, pos: 'verb' | 'adjective') => ({ lemma, display: lemma, pos, gender: null, gloss: lemma, note: '', example: musk, count: 1 });
    const at = musk.indexOf('átt');
    render(
      <PrintView
        list={{ ...list, entries: [entry('eiga', 'verb'), entry('reglulegur', 'adjective')] }}
        // The analysis places "átt" (eiga), which no spelling finds; "reglulegum" is guessed.
        spans={new Map([['eiga|verb', { start: at, end: at + 3 }]])}
      />,
    );
    const examples = document.querySelectorAll('.print-example');
    expect(examples[0]).toHaveTextContent(/^… auðugasti maður heims, hefur átt í reglulegum samskiptum við …$/);
    expect(examples[0].querySelector('b')).toHaveTextContent(/^átt$/);
    expect(examples[1]).toHaveTextContent(/^… átt í reglulegum samskiptum við …$/);
    expect(examples[1].querySelector('b')).toHaveTextContent(/^reglulegum$/);
  });
});
