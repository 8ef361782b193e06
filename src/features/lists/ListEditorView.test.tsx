import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import Dexie from 'dexie';
import userEvent from '@testing-library/user-event';
import { inIcelandicWithAndWithoutIntlData } from '../../../test/support/noIcelandicIntl';
import type { WordListRecord } from '../../db/types';
import { AWKWARD_ENTRIES } from '../export/testWords';
import { ListEditorView, type ListEditorViewProps } from './ListEditorView';
import { entryKey } from '../../db/lists';

const list: WordListRecord = { id: 4, name: 'Vika 3', entries: AWKWARD_ENTRIES.slice(0, 3), sources: [], createdAt: 1, updatedAt: 1 };
const [hestur, þyrping, bandaríkin] = list.entries.map(entryKey);

/** The words with the word `key` moved one place (as the store's `moveWord` does). */
function moved(entries: WordListRecord['entries'], key: string, dir: 'up' | 'down') {
  const out = [...entries];
  const i = out.findIndex((e) => entryKey(e) === key);
  const j = dir === 'up' ? i - 1 : i + 1;
  if (i >= 0 && j >= 0 && j < out.length) [out[i], out[j]] = [out[j], out[i]];
  return out;
}

function setup(extra: Partial<ListEditorViewProps> = {}) {
  const props = {
    list,
    printHref: '#/list-print/4',
    onRename: vi.fn(),
    onChangeEntry: vi.fn(),
    onMove: vi.fn(),
    onRemove: vi.fn(),
    onAddWord: vi.fn(async () => 'added' as const),
    ...extra,
  };
  render(<ListEditorView {...props} />);
  return props;
}

describe('ListEditorView', () => {
  it('shows each word with part of speech, gender and example, and links to the print view', () => {
    setup();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('hesturnoun, masculineMusk á hest í gær.');
    expect(screen.getByRole('link', { name: 'Print view' })).toHaveAttribute('href', '#/list-print/4');
  });

  it('printed (Ctrl+P), the list is the handout: hidden on screen, a table of every word with its whole meaning and no buttons', () => {
    const long = { ...list, entries: [{ ...list.entries[0], gloss: 'horse; steed; a large four-legged animal ridden or used to pull loads' }, ...list.entries.slice(1)] };
    setup({ list: long });
    // On screen (and to a screen reader) only the editor's table.
    expect(screen.getAllByRole('table')).toHaveLength(1);
    const handout = screen.getAllByRole('table', { hidden: true }).find((t) => t.classList.contains('print-table'))!;
    expect(handout.closest('[hidden]')).not.toBeNull();
    const h = within(handout);
    expect(h.getAllByRole('columnheader', { hidden: true }).map((c) => c.textContent)).toEqual(['Word', 'Part of speech', 'Gender', 'Meaning', 'Example', 'Notes']);
    const rows = h.getAllByRole('row', { hidden: true }).slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader', { hidden: true }).textContent)).toEqual(['hestur', 'þyrping', 'Bandaríkin']);
    expect(rows[0]).toHaveTextContent('hesturnounm.horse; steed; a large four-legged animal ridden or used to pull loadsMusk á hest í gær.');
    expect(h.queryAllByRole('button', { hidden: true })).toEqual([]);
    expect(h.queryAllByRole('textbox', { hidden: true })).toEqual([]);
  });

  it('an empty list has no print view to go to: its button is unavailable, as the vocabulary button is', () => {
    setup({ list: { ...list, entries: [] }, onAddToVocabulary: vi.fn() });
    expect(screen.queryByRole('link', { name: 'Print view' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Print view' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Add the words to my vocabulary' })).toBeDisabled();
  });

  it('saves an edited gloss when the field loses focus, not on every key', async () => {
    const p = setup();
    const gloss = screen.getByRole('textbox', { name: 'Meaning of “hestur”' });
    await userEvent.clear(gloss);
    await userEvent.type(gloss, 'stallion');
    expect(p.onChangeEntry).not.toHaveBeenCalled();
    await userEvent.tab();
    expect(p.onChangeEntry).toHaveBeenCalledWith(hestur, { gloss: 'stallion' });
  });

  it('a list name emptied and left: not saved, and the field shows the name again (it stayed empty, as if the list had none)', async () => {
    const p = setup();
    const name = screen.getByRole('textbox', { name: 'List name' });
    await userEvent.clear(name);
    await userEvent.tab();
    expect(p.onRename).not.toHaveBeenCalled();
    expect(name).toHaveValue('Vika 3');
    // Enter on spaces only: the same.
    await userEvent.clear(name);
    await userEvent.type(name, '   {Enter}');
    expect(p.onRename).not.toHaveBeenCalled();
    expect(name).toHaveValue('Vika 3');
    // A real name is saved.
    await userEvent.clear(name);
    await userEvent.type(name, 'Vika 4');
    await userEvent.tab();
    expect(p.onRename).toHaveBeenCalledWith('Vika 4');
  });

  it('reorders with buttons and with Alt+arrows, naming the word moved (not its place on screen); the first word cannot move up', async () => {
    const p = setup();
    expect(screen.getByRole('button', { name: 'Move “hestur” up' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Move “hestur” down' }));
    expect(p.onMove).toHaveBeenLastCalledWith(hestur, 'down');
    screen.getByRole('textbox', { name: 'Note on “þyrping”' }).focus();
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(p.onMove).toHaveBeenLastCalledWith(þyrping, 'up');
    await userEvent.click(screen.getByRole('button', { name: 'Remove “Bandaríkin”' }));
    expect(p.onRemove).toHaveBeenCalledWith(bandaríkin);
  });

  it('adds a typed word and says what happened', async () => {
    const p = setup({ onAddWord: vi.fn(async (form: string) => (form === 'hesti' ? ('exists' as const) : ('unknown' as const))) });
    await userEvent.type(screen.getByRole('textbox', { name: /Add a word/ }), 'hesti{Enter}');
    expect(p.onAddWord).toHaveBeenCalledWith('hesti');
    expect(await screen.findByText('“hesti” is already in the list.')).toBeInTheDocument();
    await userEvent.clear(screen.getByRole('textbox', { name: /Add a word/ }));
    await userEvent.type(screen.getByRole('textbox', { name: /Add a word/ }), 'xyz{Enter}');
    expect(await screen.findByText('“xyz” was not found in the dictionary.')).toBeInTheDocument();
  });

  it('keyboard: Add keeps the focus once the word is added (marked unavailable while the field is empty, not disabled)', async () => {
    const user = userEvent.setup();
    const p = setup();
    const add = screen.getByRole('button', { name: 'Add' });
    expect(add).toHaveAttribute('aria-disabled', 'true');
    await user.click(add);
    expect(p.onAddWord).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: /Add a word/ }), 'hesti');
    await user.tab();
    expect(add).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(p.onAddWord).toHaveBeenCalledWith('hesti');
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Add a word/ })).toHaveValue(''));
    expect(add).toBeEnabled();
    expect(add).toHaveAttribute('aria-disabled', 'true');
    expect(add).toHaveFocus();
  });

  it('a typed word that cannot be saved: the page says why, and the word stays in the field', async () => {
    const full = () => new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    setup({ onAddWord: vi.fn().mockRejectedValue(full()) });
    await userEvent.type(screen.getByRole('textbox', { name: /Add a word/ }), 'hesti{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('.error-message')).toHaveTextContent(/^The change could not be saved, and nothing was changed\. This device’s storage is full\./);
    expect(screen.getByRole('textbox', { name: /Add a word/ })).toHaveValue('hesti');
  });

  it('words spelled the same are told apart in the names of their fields and buttons by part of speech (translated)', async () => {
    const að = (pos: 'preposition' | 'conjunction' | 'infinitive-marker', gloss: string) => ({ lemma: 'að', display: 'að', pos, gender: null, gloss, note: '', example: '', count: 1 });
    const homographs = { ...list, entries: [að('preposition', 'to, at'), list.entries[0], að('conjunction', 'that'), að('infinitive-marker', 'to')] };
    const { unmount } = render(
      <ListEditorView list={homographs} printHref="#" onRename={vi.fn()} onChangeEntry={vi.fn()} onMove={vi.fn()} onRemove={vi.fn()} onAddWord={vi.fn()} />,
    );
    expect(screen.getByRole('textbox', { name: 'Meaning of “að” (preposition)' })).toHaveValue('to, at');
    expect(screen.getByRole('textbox', { name: 'Meaning of “að” (conjunction)' })).toHaveValue('that');
    expect(screen.getByRole('textbox', { name: 'Note on “að” (infinitive marker)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Move “að” (conjunction) up' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove “að” (infinitive marker)' })).toBeInTheDocument();
    // A word spelled like no other keeps its plain name.
    expect(screen.getByRole('textbox', { name: 'Meaning of “hestur”' })).toBeInTheDocument();
    unmount();

    await inIcelandicWithAndWithoutIntlData(() => {
      render(<ListEditorView list={homographs} printHref="#" onRename={vi.fn()} onChangeEntry={vi.fn()} onMove={vi.fn()} onRemove={vi.fn()} onAddWord={vi.fn()} />);
      expect(screen.getByRole('textbox', { name: 'Merking „að“ (samtenging)' })).toHaveValue('that');
    });
  });

  it('adds the list’s words to the vocabulary on request, and says how many were added and how many the student already had', async () => {
    const w = (lemma: string) => ({ lemma, display: lemma, pos: null, gender: null, gloss: '', note: '', example: '' });
    const first = { added: [w('hestur'), w('þyrping')], skipped: [{ word: w('Bandaríkin'), reason: 'known' as const }, { word: w('að'), reason: 'duplicate' as const }], conflicts: [{ word: w('æður'), yours: 'duck', status: 'learning' as const }] };
    const again = { added: [], skipped: [w('hestur'), w('þyrping'), w('Bandaríkin')].map((word) => ({ word, reason: 'learning' as const })), conflicts: first.conflicts };
    const onAddToVocabulary = vi.fn().mockResolvedValueOnce(first).mockResolvedValueOnce(again);
    const user = userEvent.setup();
    setup({ onAddToVocabulary });
    const button = screen.getByRole('button', { name: 'Add the words to my vocabulary' });
    await user.click(button);
    expect(onAddToVocabulary).toHaveBeenCalledTimes(1);
    // A word in the list twice (two parts of speech) is neither added twice nor "already yours".
    expect(await screen.findByText('Added 2 words to your vocabulary as Learning, for review. 2 words you already have were left as they were.')).toHaveAttribute('role', 'status');
    expect(button).toHaveFocus();
    await user.click(button);
    expect(await screen.findByText('You already have all these words: nothing was changed.')).toBeInTheDocument();
  });

  it('says so when adding the words to the vocabulary fails: why, in words, with the browser’s own text only under Details', async () => {
    // As Dexie reports a full disk: the transaction's AbortError with the QuotaExceededError inside.
    const full = () => new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const user = userEvent.setup();
    setup({ onAddToVocabulary: vi.fn().mockRejectedValue(full()) });
    await user.click(screen.getByRole('button', { name: 'Add the words to my vocabulary' }));
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('.error-message')).toHaveTextContent(
      'The words could not be added, and nothing was changed. This device’s storage is full. Free some space (delete articles you no longer need) and try again.',
    );
    cleanup();

    await inIcelandicWithAndWithoutIntlData(async () => {
      setup({ onAddToVocabulary: vi.fn().mockRejectedValue(full()) });
      await userEvent.click(screen.getByRole('button', { name: 'Bæta orðunum í orðaforðann minn' }));
      const alert = await screen.findByRole('alert');
      const sentence = alert.querySelector('.error-message');
      expect(sentence).toHaveTextContent(
        'Ekki tókst að bæta orðunum við og engu var breytt. Geymslurými tækisins er fullt. Losaðu pláss (eyddu greinum sem þú þarft ekki lengur) og reyndu aftur.',
      );
      expect(sentence?.textContent).not.toMatch(/quota|Error|aborted/i);
      // The raw text is still there for a bug report, folded under "Nánar".
      const details = within(alert).getByText('Nánar').closest('details')!;
      expect(details).not.toHaveAttribute('open');
      expect(details).toHaveTextContent('AbortError: Transaction aborted ← QuotaExceededError: The quota has been exceeded.');
    });
  });

  it('an error it cannot name: a general sentence, and the raw text under Details', async () => {
    setup({ onAddToVocabulary: vi.fn().mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'lemma')")) });
    await userEvent.click(screen.getByRole('button', { name: 'Add the words to my vocabulary' }));
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('.error-message')).toHaveTextContent('The words could not be added, and nothing was changed. Something unexpected went wrong.');
    expect(within(alert).getByText('Details').closest('details')).toHaveTextContent("TypeError: Cannot read properties of undefined (reading 'lemma')");
  });

  it('keyboard: focus stays on a moved word’s arrow after the move, and only then — a later edit of the list does not pull it back', async () => {
    const user = userEvent.setup();
    let current = list;
    const update = (l: WordListRecord) => {
      current = l;
      r(<ListEditorView list={l} {...props} />);
    };
    const props = {
      printHref: '#/list-print/4',
      onRename: vi.fn(),
      onChangeEntry: vi.fn((key: string, patch: object) => update({ ...current, entries: current.entries.map((e) => (entryKey(e) === key ? { ...e, ...patch } : e)) })),
      // As in the app, the list shows the move once it is saved, a moment later.
      onMove: vi.fn((key: string, dir: 'up' | 'down') => void setTimeout(() => update({ ...current, entries: moved(current.entries, key, dir) }), 5)),
      onRemove: vi.fn(),
      onAddWord: vi.fn(async () => 'added' as const),
    };
    const { rerender: r } = render(<ListEditorView list={current} {...props} />);
    screen.getByRole('button', { name: 'Move “hestur” down' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Move “hestur” down' })).toHaveFocus();
    await waitFor(() => expect(current.entries[1].lemma).toBe('hestur'));
    expect(screen.getByRole('button', { name: 'Move “hestur” down' })).toHaveFocus();

    // The student goes on to edit another word's meaning; the saved edit re-renders the list.
    const gloss = screen.getByRole('textbox', { name: 'Meaning of “Bandaríkin”' });
    await user.click(gloss);
    await user.type(gloss, ' (USA)');
    await user.keyboard('{Enter}');
    expect(props.onChangeEntry).toHaveBeenCalledWith(bandaríkin, { gloss: 'the United States (USA)' });
    expect(gloss).toHaveFocus();

    // So does a change made elsewhere (another tab, Undo in a toast): focus stays where it is.
    update({ ...current, entries: current.entries.map((e) => (e.lemma === 'þyrping' ? { ...e, note: 'ný athugasemd' } : e)) });
    expect(gloss).toHaveFocus();
  });

  it('keyboard: removing a word puts focus on the × of the word that took its place, then the last one, then the add field', async () => {
    const user = userEvent.setup();
    let current = list;
    const onRemove = vi.fn((key: string) => {
      current = { ...current, entries: current.entries.filter((e) => entryKey(e) !== key) };
      rerender(current);
    });
    const props = { printHref: '#/list-print/4', onRename: vi.fn(), onChangeEntry: vi.fn(), onMove: vi.fn(), onRemove, onAddWord: vi.fn(async () => 'added' as const) };
    const { rerender: r } = render(<ListEditorView list={current} {...props} />);
    const rerender = (l: WordListRecord) => r(<ListEditorView list={l} {...props} />);
    const [first, second, third] = list.entries.map((e) => e.display);
    screen.getByRole('button', { name: `Remove “${second}”` }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: `Remove “${third}”` })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: `Remove “${first}”` })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: /Add a word/ })).toHaveFocus();
  });
});
