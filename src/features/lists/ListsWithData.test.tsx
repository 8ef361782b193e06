import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import type { ReactNode } from 'react';
import { fixtureAnalysis, FIXTURE_TEXT } from '../../../test/unit/analysisFixture';
import { useRoute } from '../../app/router';
import { AnalysisProvider } from '../../app/services';
import { Toasts } from '../../app/ui/Toasts';
import { useToasts } from '../../app/ui/toasts';
import { getDb, LesaDB, useDatabase } from '../../db/db';
import { addToList, createList, entryKey, getList, updateWord } from '../../db/lists';
import type { WordListRecord } from '../../db/types';
import type { AnalysisClient } from '../../worker/client';
import { saveArticle } from '../../db/articles';
import { AWKWARD_ENTRIES } from '../export/testWords';
import { ListsIndexWithData } from './ListsIndexWithData';
import { ListsPage } from './ListsPage';
import { ListWithData } from './ListWithData';
import { expectUndoKeyHint } from '../../../test/unit/undoKeyPageTests';

// Adding typed words and the article builder are not used here.
const client = { ready: async () => 1, lemmaRanks: async (keys: string[]) => keys.map(() => 0) } as unknown as AnalysisClient;

let n = 0;
// Each page action here is an IndexedDB transaction (fake-indexeddb) and then a toast; on a loaded
// CI machine running the browser tests alongside, that took longer than findBy's default 1 s once.
configure({ asyncUtilTimeout: 5000 });
beforeEach(() => useDatabase(new LesaDB(`test-lists-page-${n++}`)));
afterEach(() => act(() => useToasts.setState({ toasts: [] })));

function renderPage(page: ReactNode) {
  render(
    <AnalysisProvider client={client}>
      <main>{page}</main>
      <Toasts />
    </AnalysisProvider>,
  );
}

describe('Word lists, delete and Undo', () => {
  it('keyboard: Undo of a deleted list brings it back and puts the focus on its Delete button', async () => {
    await createList('Vika 1');
    await createList('Vika 2');
    await createList('Vika 3');
    const user = userEvent.setup();
    renderPage(<ListsIndexWithData />);
    await user.click(await screen.findByRole('button', { name: 'Delete “Vika 2”' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete “Vika 2”' })).toBeNull());
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete “Vika 2”' })).toHaveFocus());
  });

  it('keyboard: Undo of a removed word brings it back and puts the focus on its × button', async () => {
    const id = await createList('Vika 3', { entries: AWKWARD_ENTRIES.slice(0, 3) });
    const [, second] = AWKWARD_ENTRIES;
    const user = userEvent.setup();
    renderPage(<ListWithData id={id} />);
    await user.click(await screen.findByRole('button', { name: `Remove “${second.display}”` }));
    await waitFor(() => expect(screen.queryByRole('button', { name: `Remove “${second.display}”` })).toBeNull());
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('button', { name: `Remove “${second.display}”` })).toHaveFocus());
    expect((await getList(id))?.entries).toEqual(AWKWARD_ENTRIES.slice(0, 3));
  });
});

describe('The undo key on a list (the toast’s Undo comes after every word and the builder in the Tab order)', () => {
  const [hestur, second, third] = AWKWARD_ENTRIES;
  const removeButton = (e: { display: string }) => screen.queryByRole('button', { name: `Remove “${e.display}”` });

  it('keyboard: Ctrl+Z right after removing a word puts it back, closes its toast and puts the focus on its ×', async () => {
    const id = await createList('Vika 3', { entries: AWKWARD_ENTRIES.slice(0, 3) });
    const user = userEvent.setup();
    renderPage(<ListWithData id={id} />);
    (await screen.findByRole('button', { name: `Remove “${second.display}”` })).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('button', { name: 'Undo' });
    // The focus has moved on to the next word's × (the removed word's is gone).
    await waitFor(() => expect(removeButton(third)).toHaveFocus());
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(removeButton(second)).toHaveFocus());
    expect((await getList(id))?.entries).toEqual(AWKWARD_ENTRIES.slice(0, 3));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    // Nothing left to undo: the key does nothing more.
    await user.keyboard('{Control>}z{/Control}');
    expect((await getList(id))?.entries).toEqual(AWKWARD_ENTRIES.slice(0, 3));
  });

  it('U undoes the latest removal first, then the one before it, while their toasts show; a toast that has gone is not undone', async () => {
    const id = await createList('Vika 3', { entries: AWKWARD_ENTRIES.slice(0, 3) });
    const user = userEvent.setup();
    renderPage(<ListWithData id={id} />);
    await user.click(await screen.findByRole('button', { name: `Remove “${hestur.display}”` }));
    await waitFor(() => expect(removeButton(hestur)).toBeNull());
    await user.click(screen.getByRole('button', { name: `Remove “${third.display}”` }));
    await waitFor(() => expect(removeButton(third)).toBeNull());
    await user.keyboard('u');
    await waitFor(() => expect(removeButton(third)).toHaveFocus());
    expect(removeButton(hestur)).toBeNull();
    // The first removal's toast is closed (timed out, say): U leaves that word out.
    act(() => useToasts.setState({ toasts: [] }));
    await user.keyboard('u');
    expect((await getList(id))?.entries).toEqual([second, third]);
  });

  it('in a text field Ctrl+Z and U are the field’s own: the word stays removed and its toast stays', async () => {
    const id = await createList('Vika 3', { entries: AWKWARD_ENTRIES.slice(0, 3) });
    const user = userEvent.setup();
    renderPage(<ListWithData id={id} />);
    await user.click(await screen.findByRole('button', { name: `Remove “${second.display}”` }));
    await screen.findByRole('button', { name: 'Undo' });
    await user.click(screen.getByRole('textbox', { name: /^Note on “hestur”/ }));
    await user.keyboard('u{Control>}z{/Control}');
    expect(removeButton(second)).toBeNull();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    expect((await getList(id))?.entries.map((e) => e.lemma)).toEqual([hestur.lemma, third.lemma]);
  });

  it('says so on the page, in both languages', async () => {
    const id = await createList('Vika 3', { entries: AWKWARD_ENTRIES.slice(0, 1) });
    renderPage(<ListWithData id={id} />);
    await expectUndoKeyHint();
  });
});

describe('Editing a list while a word is added another way (the builder, the reader, another tab)', () => {
  // The page shows the list as read a moment ago; a word is added meanwhile. Here it is written
  // straight into IndexedDB, which the page is not told of (as when another tab's change has not
  // reached it yet): the page keeps its copy without the word, and an edit must not save that copy.
  const [hestur, þyrping, bandaríkin, æður] = AWKWARD_ENTRIES;
  function behindThePage(id: number, change: (list: WordListRecord) => void) {
    return new Promise<void>((resolve, reject) => {
      const tx = getDb().backendDB().transaction('lists', 'readwrite');
      const lists = tx.objectStore('lists');
      const req = lists.get(id);
      req.onsuccess = () => {
        change(req.result as WordListRecord);
        lists.put(req.result);
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  }
  const dropped = (key: string) => (l: WordListRecord) => {
    l.entries = l.entries.filter((e) => entryKey(e) !== key);
  };
  async function shown() {
    const id = await createList('Vika 3', { entries: [hestur, þyrping, bandaríkin] });
    renderPage(<ListWithData id={id} />);
    await screen.findByRole('button', { name: `Remove “${hestur.display}”` });
    return id;
  }
  const addedMeanwhile = (id: number) => behindThePage(id, (l) => void l.entries.push(æður));
  const lemmas = async (id: number) => (await getList(id))!.entries.map((e) => e.lemma);

  it('a gloss edited on the page is saved without losing the word added meanwhile', async () => {
    const id = await shown();
    const gloss = screen.getByRole('textbox', { name: 'Meaning of “hestur”' });
    fireEvent.change(gloss, { target: { value: 'stallion' } });
    await addedMeanwhile(id);
    fireEvent.keyDown(gloss, { key: 'Enter' });
    await waitFor(async () => expect((await getList(id))!.entries[0].gloss).toBe('stallion'));
    expect(await lemmas(id)).toEqual(['hestur', 'þyrping', 'Bandaríkin', 'æður']);
  });

  // The page shows the list a moment after it is read (a liveQuery): a field must keep what is typed
  // into it from the moment it is there. This waits for the field as closely as a user could get
  // (the microtasks right after React puts it on the page) — findBy also waits for a timer, so it
  // typed that soon only now and then, and the page then put the old meaning back.
  function appears(name: string) {
    return new Promise<HTMLElement>((resolve) => {
      const seen = new MutationObserver(() => {
        const field = screen.queryByRole('textbox', { name });
        if (field) {
          seen.disconnect();
          resolve(field);
        }
      });
      seen.observe(document.body, { subtree: true, childList: true });
    });
  }

  it('a meaning typed as soon as the list shows is saved, not put back as it was', async () => {
    const id = await createList('Vika 3', { entries: [hestur, þyrping] });
    const field = appears('Meaning of “hestur”');
    renderPage(<ListWithData id={id} />);
    const gloss = await field;
    fireEvent.change(gloss, { target: { value: 'stallion' } });
    fireEvent.keyDown(gloss, { key: 'Enter' });
    expect(gloss).toHaveValue('stallion');
    await waitFor(async () => expect((await getList(id))!.entries[0].gloss).toBe('stallion'));
  });

  it('a meaning being typed stays when the word is changed elsewhere meanwhile, and is saved over it', async () => {
    const id = await shown();
    const gloss = screen.getByRole('textbox', { name: 'Meaning of “hestur”' });
    fireEvent.change(gloss, { target: { value: 'stallion' } });
    // Another tab changes the same word; the page is told (liveQuery) and shows its new note.
    await updateWord(id, entryKey(hestur), { gloss: 'pony', note: 'kk.' });
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Note on “hestur”/ })).toHaveValue('kk.'));
    expect(gloss).toHaveValue('stallion');
    fireEvent.keyDown(gloss, { key: 'Enter' });
    await waitFor(async () => expect((await getList(id))!.entries[0]).toMatchObject({ gloss: 'stallion', note: 'kk.' }));
    // Saved, the field follows the list again.
    await updateWord(id, entryKey(hestur), { gloss: 'mare' });
    await waitFor(() => expect(gloss).toHaveValue('mare'));
  });

  it('a word moved on the page keeps the word added meanwhile', async () => {
    const id = await shown();
    await addedMeanwhile(id);
    fireEvent.click(screen.getByRole('button', { name: 'Move “hestur” down' }));
    await waitFor(async () => expect(await lemmas(id)).toEqual(['þyrping', 'hestur', 'Bandaríkin', 'æður']));
  });

  it('a word removed on the page keeps the word added meanwhile; Undo brings it back, keeping both', async () => {
    const id = await shown();
    await addedMeanwhile(id);
    fireEvent.click(screen.getByRole('button', { name: 'Remove “þyrping”' }));
    await waitFor(async () => expect(await lemmas(id)).toEqual(['hestur', 'Bandaríkin', 'æður']));
    await addToList(id, [{ ...hestur, lemma: 'köttur', display: 'köttur' }]);
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await lemmas(id)).toEqual(['hestur', 'þyrping', 'Bandaríkin', 'æður', 'köttur']));
  });

  it('a word removed in another tab: editing, moving or removing it on the page changes nothing and says why', async () => {
    const id = await shown();
    const key = entryKey(þyrping);
    const gloss = screen.getByRole('textbox', { name: 'Meaning of “þyrping”' });
    fireEvent.change(gloss, { target: { value: 'cluster!' } });
    await behindThePage(id, dropped(key));
    fireEvent.keyDown(gloss, { key: 'Enter' });
    expect(await screen.findByText('“þyrping” is no longer in the list (it was removed elsewhere, perhaps in another tab), so your change was not saved.')).toBeInTheDocument();
    expect(await lemmas(id)).toEqual(['hestur', 'Bandaríkin']);
    act(() => useToasts.setState({ toasts: [] }));

    await addToList(id, [þyrping]);
    await screen.findByRole('button', { name: 'Remove “þyrping”' });
    const remove = screen.getByRole('button', { name: 'Remove “þyrping”' });
    await behindThePage(id, dropped(key));
    fireEvent.click(remove);
    expect(await screen.findByText('“þyrping” had already been removed from the list (perhaps in another tab).')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(await lemmas(id)).toEqual(['hestur', 'Bandaríkin']);
  });

  it('a change that cannot be saved (the database failing) says so, and nothing is changed', async () => {
    const id = await shown();
    getDb().close({ disableAutoOpen: true });
    const gloss = screen.getByRole('textbox', { name: 'Meaning of “hestur”' });
    fireEvent.change(gloss, { target: { value: 'stallion' } });
    fireEvent.keyDown(gloss, { key: 'Enter' });
    expect(await screen.findByText(/^The change could not be saved, and nothing was changed\. \S/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Remove “þyrping”' }));
    await waitFor(() => expect(screen.getAllByText(/^The change could not be saved/)).toHaveLength(2));
    await getDb().open();
    expect(await lemmas(id)).toEqual(['hestur', 'þyrping', 'Bandaríkin']);
    expect((await getList(id))!.entries[0].gloss).toBe(hestur.gloss);
  });

  it('in Icelandic: a change to a word removed in another tab is not saved, and the page says so', async () => {
    await act(() => i18n.changeLanguage('is'));
    try {
      const id = await createList('Vika 3', { entries: [hestur, þyrping] });
      renderPage(<ListWithData id={id} />);
      const note = await screen.findByRole('textbox', { name: 'Athugasemd við „þyrping“' });
      fireEvent.change(note, { target: { value: 'kvk.' } });
      await behindThePage(id, dropped(entryKey(þyrping)));
      fireEvent.blur(note);
      expect(
        await screen.findByText('„þyrping“ er ekki lengur á listanum (það var tekið af honum annars staðar, ef til vill í öðrum flipa), svo að breytingin var ekki vistuð.'),
      ).toBeInTheDocument();
      expect(await lemmas(id)).toEqual(['hestur']);
    } finally {
      await act(() => i18n.changeLanguage('en'));
    }
  });
});

describe('A list’s “From:” line (the articles it was built from)', () => {
  it('names only the articles that still give it words: gone when the list is emptied, back with Undo', async () => {
    const src = (title: string, articleId: number) => ({ title, site: null, author: null, publishedAt: null, articleId });
    const [a, b] = AWKWARD_ENTRIES;
    const id = await createList('Vika 3', { sources: [src('Hestar', 1), src('Kettir', 2)], entries: [{ ...a, source: 0 }, { ...b, source: 1 }] });
    const from = () => screen.queryByText(/^From:/);
    const user = userEvent.setup();
    renderPage(<ListWithData id={id} />);
    expect(await screen.findByText('From: Hestar · Kettir')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Remove “${a.display}”` }));
    await waitFor(() => expect(from()).toHaveTextContent(/^From: Kettir$/));
    await user.click(screen.getByRole('button', { name: `Remove “${b.display}”` }));
    await screen.findByRole('heading', { level: 2, name: '0 words' });
    expect(from()).toBeNull();
    await user.click(screen.getAllByRole('button', { name: 'Undo' }).at(-1)!);
    await waitFor(() => expect(from()).toHaveTextContent(/^From: Kettir$/));
  });
});

describe('A list’s words into the vocabulary', () => {
  it('a student who imported a list without its words adds them from the list page; pressed again, nothing is added twice', async () => {
    const id = await createList('Vika 3', { entries: AWKWARD_ENTRIES });
    await getDb().words.put({ lemma: 'hestur', status: 'known', updatedAt: 1 });
    const user = userEvent.setup();
    renderPage(<ListWithData id={id} />);
    const button = await screen.findByRole('button', { name: 'Add the words to my vocabulary' });
    await user.click(button);
    expect(await screen.findByText('Added 3 words to your vocabulary as Learning, for review. 1 word you already have was left as it was.')).toBeInTheDocument();
    expect(await getDb().words.get('hestur')).toMatchObject({ status: 'known' });
    expect(await getDb().words.get('þyrping')).toMatchObject({ status: 'learning', gloss: 'cluster, "crowd"' });
    expect((await getDb().cards.toArray()).map((c) => c.lemma).sort()).toEqual(['Bandaríkin', 'æður', 'þyrping'].sort());

    await user.click(button);
    expect(await screen.findByText('You already have all these words: nothing was changed.')).toBeInTheDocument();
    expect(await getDb().cards.count()).toBe(3);
    expect(await getDb().statusLog.count()).toBe(3);
    expect(await getDb().words.count()).toBe(4);
  });
});

describe('A list started from an article (the reader’s “Make a word list”)', () => {
  // (Two articles of the same text would be one: the title after it makes another.)
  const save = (title: string) =>
    saveArticle({ title, author: null, publishedAt: null, site: null, caption: null, wordCount: 8, origin: 'test', text: `${FIXTURE_TEXT}\n\n${title}` }, fixtureAnalysis());
  const articleMenu = () => screen.getByRole('combobox', { name: 'Article' });
  const builder = () => screen.getByRole('region', { name: 'Add words from an article' });
  /** The lists page as App shows it: from the address. */
  function Routed() {
    const route = useRoute();
    return route.name === 'page' ? <ListsPage param={route.param} sub={route.sub} /> : null;
  }

  it('the builder opens on the article in the address, its words ready to pick', async () => {
    const hestar = await save('Hestar');
    await save('Kettir');
    const id = await createList('Hestar');
    window.location.hash = `#/lists/${id}/${hestar}`;
    renderPage(<Routed />);
    expect(await within(await screen.findByRole('region', { name: 'Add words from an article' })).findByRole('checkbox', { name: 'Pick “hestur”' })).toBeInTheDocument();
    expect(articleMenu()).toHaveDisplayValue('Hestar');
  });

  it('the address follows the teacher’s choice of article (in place), and never picks its article again over it', async () => {
    const hestar = await save('Hestar');
    const kettir = await save('Kettir');
    const id = await createList('Hestar');
    window.location.hash = `#/lists/${id}/${hestar}`;
    const entries = window.history.length;
    const user = userEvent.setup();
    renderPage(<Routed />);
    await within(await screen.findByRole('region', { name: 'Add words from an article' })).findByRole('checkbox', { name: 'Pick “hestur”' });
    await user.selectOptions(articleMenu(), 'Kettir');
    expect(window.location.hash).toBe(`#/lists/${id}/${kettir}`);
    expect(window.history.length).toBe(entries);
    await user.click(await within(builder()).findByRole('checkbox', { name: 'Pick “hestur”' }));
    await user.click(screen.getByRole('button', { name: 'Add 1 word to the list' }));
    await screen.findByRole('heading', { level: 2, name: '1 word' });
    expect(articleMenu()).toHaveDisplayValue('Kettir');
    expect((await getList(id))!.sources.map((s) => s.title)).toEqual(['Kettir']);
    await user.selectOptions(articleMenu(), 'Choose an article…');
    expect(window.location.hash).toBe(`#/lists/${id}`);
    expect(within(builder()).queryByRole('checkbox')).toBeNull();
  });

  it('an address that does not follow (the list page on its own) does not pick its article again after the teacher’s choice', async () => {
    const hestar = await save('Hestar');
    await save('Kettir');
    const id = await createList('Hestar');
    const onPickArticle = vi.fn();
    const user = userEvent.setup();
    renderPage(<ListWithData id={id} articleId={hestar} onPickArticle={onPickArticle} />);
    await within(await screen.findByRole('region', { name: 'Add words from an article' })).findByRole('checkbox', { name: 'Pick “hestur”' });
    await user.selectOptions(articleMenu(), 'Kettir');
    expect(onPickArticle).toHaveBeenLastCalledWith(expect.any(Number));
    await user.click(await within(builder()).findByRole('checkbox', { name: 'Pick “hestur”' }));
    await user.click(screen.getByRole('button', { name: 'Add 1 word to the list' }));
    await screen.findByRole('heading', { level: 2, name: '1 word' });
    expect(articleMenu()).toHaveDisplayValue('Kettir');
  });

  it('choosing another article gives a fresh view (filters back to their defaults); the article menu keeps the focus', async () => {
    const hestar = await save('Hestar');
    await save('Kettir');
    const id = await createList('Hestar');
    const user = userEvent.setup();
    renderPage(<ListWithData id={id} articleId={hestar} />);
    await within(await screen.findByRole('region', { name: 'Add words from an article' })).findByRole('checkbox', { name: 'Pick “hestur”' });
    const pos = () => within(builder()).getByRole('combobox', { name: 'Part of speech' });
    await user.selectOptions(pos(), 'verb');
    await user.click(within(builder()).getByRole('checkbox', { name: 'Hide words marked Known' }));
    expect(within(builder()).queryByRole('checkbox', { name: 'Pick “hestur”' })).toBeNull();
    await user.selectOptions(articleMenu(), 'Kettir');
    expect(articleMenu()).toHaveFocus();
    await within(builder()).findByRole('checkbox', { name: 'Pick “hestur”' });
    expect(pos()).toHaveValue('all');
    expect(within(builder()).getByRole('checkbox', { name: 'Hide words marked Known' })).toBeChecked();
    expect(articleMenu()).toHaveFocus();
  });

  it('words added from the builder (into the list above it, often off screen on a phone): the page says so, or that they could not be saved', async () => {
    const hestar = await save('Hestar');
    const id = await createList('Hestar');
    window.location.hash = `#/lists/${id}/${hestar}`;
    renderPage(<Routed />);
    fireEvent.click(await within(await screen.findByRole('region', { name: 'Add words from an article' })).findByRole('checkbox', { name: 'Pick “hestur”' }));
    fireEvent.click(within(builder()).getByRole('button', { name: 'Add 1 word to the list' }));
    expect(await screen.findByText('Added 1 word to the list.')).toBeInTheDocument();
    expect((await getList(id))!.entries.map((e) => e.lemma)).toEqual(['hestur']);
    // The database failing (storage full, say): nothing added, and the page says so.
    fireEvent.click(within(builder()).getByRole('checkbox', { name: /^Pick “gær/ }));
    getDb().close({ disableAutoOpen: true });
    fireEvent.click(within(builder()).getByRole('button', { name: 'Add 1 word to the list' }));
    expect(await screen.findByText(/^The change could not be saved, and nothing was changed\. \S/)).toBeInTheDocument();
    await getDb().open();
    expect((await getList(id))!.entries.map((e) => e.lemma)).toEqual(['hestur']);
  });

  it('in Icelandic: words added from the builder are confirmed', async () => {
    await act(() => i18n.changeLanguage('is'));
    try {
      const hestar = await save('Hestar');
      const id = await createList('Hestar');
      window.location.hash = `#/lists/${id}/${hestar}`;
      renderPage(<Routed />);
      fireEvent.click(await screen.findByRole('checkbox', { name: 'Velja „hestur“' }));
      fireEvent.click(screen.getByRole('button', { name: 'Bæta 1 orði á listann' }));
      expect(await screen.findByText('1 orði var bætt á listann.')).toBeInTheDocument();
    } finally {
      await act(() => i18n.changeLanguage('en'));
    }
  });

  it('an article no longer in the library (deleted since): no article chosen, not words loading for ever', async () => {
    const id = await createList('Hestar');
    await save('Kettir');
    window.location.hash = `#/lists/${id}/999`;
    renderPage(<Routed />);
    await within(await screen.findByRole('region', { name: 'Add words from an article' })).findByRole('option', { name: 'Kettir' });
    expect(articleMenu()).toHaveDisplayValue('Choose an article…');
    expect(screen.queryByText('Reading the article’s words…')).toBeNull();
  });
});
