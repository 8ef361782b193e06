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
});
