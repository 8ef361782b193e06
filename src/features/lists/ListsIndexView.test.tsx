import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { inIcelandicWithAndWithoutIntlData } from '../../../test/support/noIcelandicIntl';
import type { WordListRecord } from '../../db/types';
import { ListsIndexView } from './ListsIndexView';

const list = (id: number, name: string, words = 0, articles = 0): WordListRecord => ({
  id, name,
  entries: Array.from({ length: words }, (_, i) => ({
    lemma: `w${i}`, display: `w${i}`, pos: null, gender: null, gloss: '', note: '', example: '', count: 0, ...(articles ? { source: i % articles } : {}),
  })),
  sources: Array.from({ length: articles }, (_, i) => ({ articleId: i + 1, title: `Grein ${i + 1}`, site: null, author: null, publishedAt: null })),
  createdAt: id, updatedAt: id,
});

/**
 * The details under a list's name: each piece the row lays out on its own (and may wrap to a line
 * of its own on a narrow phone) reads as a sentence of its own, starting with a number or a capital.
 */
function metaPieces(name: string): string[] {
  const card = screen.getByRole('link', { name }).closest('li')!;
  return [...card.querySelector('.article-meta')!.children].map((e) => e.textContent!);
}

function setup(lists: WordListRecord[] | undefined) {
  const props = { lists, onCreate: vi.fn(), onRename: vi.fn(), onDuplicate: vi.fn(), onDelete: vi.fn() };
  render(<ListsIndexView {...props} />);
  return props;
}

describe('ListsIndexView', () => {
  it('lists the lists with their word counts, linking to each', () => {
    setup([list(1, 'Vika 1', 1), list(2, 'Vika 2', 12)]);
    expect(screen.getByRole('link', { name: 'Vika 2' })).toHaveAttribute('href', '#/lists/2');
    expect(screen.getByText('1 word')).toBeInTheDocument();
    expect(screen.getByText('12 words')).toBeInTheDocument();
  });

  it('a long list’s word count in the language’s number style, in Icelandic also without Icelandic locale data', async () => {
    setup([list(1, 'Allt', 1234)]);
    expect(screen.getByText('1,234 words')).toBeInTheDocument();
    cleanup();
    await inIcelandicWithAndWithoutIntlData(() => {
      setup([list(1, 'Allt', 1234)]);
      expect(screen.getByText('1.234 orð')).toBeInTheDocument();
    });
  });

  it('a list made from articles: its words and articles in one phrase, never a piece starting “from …” on a line of its own (en, is)', async () => {
    setup([list(1, 'Vika 1', 12, 2), list(2, 'Vika 2', 1, 1), list(3, 'Vika 3', 3)]);
    expect(metaPieces('Vika 1')).toEqual(['12 words from 2 articles']);
    expect(metaPieces('Vika 2')).toEqual(['1 word from 1 article']);
    expect(metaPieces('Vika 3')).toEqual(['3 words']);
    cleanup();
    await inIcelandicWithAndWithoutIntlData(() => {
      setup([list(1, 'Vika 1', 1234, 2), list(2, 'Vika 2', 1, 1)]);
      expect(metaPieces('Vika 1')).toEqual(['1.234 orð úr 2 greinum']);
      expect(metaPieces('Vika 2')).toEqual(['1 orð úr 1 grein']);
    });
  });

  it('counts only the articles that still give the list words (as the list itself shows them)', () => {
    const l = list(1, 'Vika 1', 2, 3); // words from the first two articles; the third one's were removed
    setup([l]);
    expect(metaPieces('Vika 1')).toEqual(['2 words from 2 articles']);
  });

  it('creates a list by name (not a blank one)', async () => {
    const p = setup([]);
    expect(screen.getByText('No word lists yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create list' })).toBeDisabled();
    await userEvent.type(screen.getByRole('textbox', { name: 'New list' }), 'Þriðja vika{Enter}');
    expect(p.onCreate).toHaveBeenCalledWith('Þriðja vika');
  });

  it('renames, duplicates and deletes through labelled buttons', async () => {
    const l = list(1, 'Vika 1');
    const p = setup([l]);
    await userEvent.click(screen.getByRole('button', { name: 'Rename “Vika 1”' }));
    const input = screen.getByRole('textbox', { name: 'New name for “Vika 1”' });
    await userEvent.clear(input);
    await userEvent.type(input, 'Fyrsta vika{Enter}');
    expect(p.onRename).toHaveBeenCalledWith(l, 'Fyrsta vika');
    await userEvent.click(screen.getByRole('button', { name: 'Duplicate “Vika 1”' }));
    expect(p.onDuplicate).toHaveBeenCalledWith(l);
    await userEvent.click(screen.getByRole('button', { name: 'Delete “Vika 1”' }));
    expect(p.onDelete).toHaveBeenCalledWith(l);
  });

  it('keyboard: saving, cancelling or Escape on a rename puts focus back on its Rename button; Escape keeps the old name', async () => {
    const user = userEvent.setup();
    const l = list(1, 'Vika 1');
    const p = setup([l]);
    const rename = screen.getByRole('button', { name: 'Rename “Vika 1”' });
    rename.focus();
    await user.keyboard('{Enter}');
    const input = screen.getByRole('textbox', { name: 'New name for “Vika 1”' });
    expect(input).toHaveFocus();
    await user.type(input, ' – ný');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'New name for “Vika 1”' })).toBeNull();
    expect(rename).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'New name for “Vika 1”' })).toHaveValue('Vika 1');
    await user.tab();
    await user.tab(); // Save, Cancel
    await user.keyboard('{Enter}');
    expect(rename).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}'); // submits the name field
    expect(p.onRename).toHaveBeenCalledWith(l, 'Vika 1');
    expect(rename).toHaveFocus();
  });

  it('keyboard: deleting a list puts focus on the Delete button of the one that took its place, then the last one, then the new-list field', async () => {
    const user = userEvent.setup();
    let lists = [list(1, 'Vika 1'), list(2, 'Vika 2'), list(3, 'Vika 3')];
    const onDelete = (l: WordListRecord) => {
      lists = lists.filter((x) => x.id !== l.id);
      rerender(<ListsIndexView lists={lists} {...props} />);
    };
    const props = { onCreate: vi.fn(), onRename: vi.fn(), onDuplicate: vi.fn(), onDelete };
    const { rerender } = render(<ListsIndexView lists={lists} {...props} />);
    screen.getByRole('button', { name: 'Delete “Vika 2”' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Delete “Vika 3”' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Delete “Vika 1”' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'New list' })).toHaveFocus();
  });
});
