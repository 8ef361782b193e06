import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureAnalysis, FIXTURE_TEXT } from '../../../test/unit/analysisFixture';
import { saveArticle } from '../../db/articles';
import { LesaDB, getDb, useDatabase } from '../../db/db';
import { getWord } from '../../db/words';
import { setWordStatus } from './setWordStatus';
import { VocabularyWithData } from './VocabularyWithData';

let n = 0;
let name = '';
beforeEach(() => {
  name = `test-vocab-page-${n++}`;
  useDatabase(new LesaDB(name));
  localStorage.clear();
});

/** The page ending (reload, tab closed): a write started now never commits. */
function pageEnds() {
  return vi.spyOn(getDb(), 'transaction').mockImplementation((() => new Promise(() => {})) as never);
}

/** The app started again: a new connection to the same database. */
function restart() {
  vi.restoreAllMocks();
  getDb().close();
  useDatabase(new LesaDB(name));
}

/** Another tab writes to the word (straight to IndexedDB: this page's live queries do not hear of it). */
function otherTabWrites(lemma: string, change: { gloss?: string; note?: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('words', 'readwrite');
      const store = tx.objectStore('words');
      const get = store.get(lemma);
      get.onsuccess = () => store.put({ ...get.result, ...change, updatedAt: Date.now() + 1000 });
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

function hideTab() {
  const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
  try {
    document.dispatchEvent(new Event('visibilitychange'));
  } finally {
    hidden.mockRestore();
  }
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('Vocabulary page', () => {
  it('opens a word: where it was met (linked), edit gloss and note, change status', async () => {
    const id = await saveArticle(
      { title: 'Hestar', author: null, publishedAt: null, site: null, caption: null, wordCount: 8, origin: 'test', text: FIXTURE_TEXT },
      fixtureAnalysis(),
    );
    await setWordStatus('hestur', 'known');
    render(<VocabularyWithData />);
    await userEvent.click(await screen.findByRole('button', { name: /^hestur(, horse)?: Known$/ }));
    const panel = await screen.findByRole('region', { name: 'Word “hestur”' });
    const link = await within(panel).findByRole('link', { name: 'Hestar' });
    expect(link).toHaveAttribute('href', `#/read/${id}`);
    expect(link.closest('li')).toHaveTextContent('Musk á hest í gær.');

    await userEvent.type(within(panel).getByRole('textbox', { name: 'Your gloss' }), 'stallion');
    await userEvent.type(within(panel).getByRole('textbox', { name: 'Note' }), 'sterk beyging');
    await userEvent.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(await within(panel).findByText('Saved.')).toBeInTheDocument();
    expect(await getWord('hestur')).toMatchObject({ gloss: 'stallion', note: 'sterk beyging', status: 'known' });

    await userEvent.click(within(panel).getByRole('button', { name: /^Learning/ }));
    await waitFor(async () => expect((await getWord('hestur'))?.status).toBe('learning'));
    // The card is built from the sentence it was met in.
    expect(await getDb().cards.toArray()).toMatchObject([{ lemma: 'hestur', sentence: 'Musk á hest í gær.', articleId: id }]);
    // The row's name says the learner's own gloss, now that there is one.
    expect(await screen.findByRole('button', { name: 'hestur, stallion: Learning' })).toBeInTheDocument();
  });

  it('lists each word with the dictionary’s first sense from the articles it was met in, or the learner’s gloss', async () => {
    await saveArticle(
      { title: 'Hestar', author: null, publishedAt: null, site: null, caption: null, wordCount: 8, origin: 'test', text: FIXTURE_TEXT },
      fixtureAnalysis(),
    );
    await setWordStatus('hestur', 'known');
    await setWordStatus('stór', 'learning');
    await setWordStatus('vera', 'known');
    await getDb().words.update('vera', { gloss: 'to be (mine)' });
    render(<VocabularyWithData />);
    // Screen readers hear it too: each row's name is its lemma, meaning and status.
    expect(await screen.findByRole('button', { name: 'hestur, horse: Known' })).toHaveTextContent('horse');
    expect(screen.getByRole('button', { name: 'stór, big: Learning' })).toHaveTextContent('big');
    expect(screen.getByRole('button', { name: 'vera, to be (mine): Known' })).toHaveTextContent('to be (mine)');
  });

  it('keyboard: opening a word takes focus into its panel; Escape or × closes it and focus goes back to the word’s row', async () => {
    await setWordStatus('hestur', 'known');
    await setWordStatus('vera', 'learning');
    const user = userEvent.setup();
    render(<VocabularyWithData />);
    const row = await screen.findByRole('button', { name: 'hestur: Known' });
    row.focus();
    await user.keyboard('{Enter}');
    const panel = await screen.findByRole('region', { name: 'Word “hestur”' });
    await waitFor(() => expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus());
    // Tab goes on through the panel (its close button first), not past it to the next row.
    await user.tab();
    expect(within(panel).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab();
    expect(within(panel).getByRole('button', { name: /^New/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Word “hestur”' })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'hestur: Known' })).toHaveFocus();

    await user.keyboard('{Enter}');
    const again = await screen.findByRole('region', { name: 'Word “hestur”' });
    await waitFor(() => expect(within(again).getByRole('heading', { level: 2 })).toHaveFocus());
    await user.tab();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Word “hestur”' })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'hestur: Known' })).toHaveFocus();
  });

  it('a gloss or note typed and not saved is kept when the panel goes: Escape in the note, ×, another word', async () => {
    await setWordStatus('hestur', 'known');
    await setWordStatus('vera', 'learning');
    const user = userEvent.setup();
    render(<VocabularyWithData />);
    await user.click(await screen.findByRole('button', { name: 'hestur: Known' }));
    let panel = await screen.findByRole('region', { name: 'Word “hestur”' });
    await user.type(within(panel).getByRole('textbox', { name: 'Note' }), 'sterk beyging');
    // Escape (to leave the field, say) closes the panel: the note is saved, not thrown away.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Word “hestur”' })).not.toBeInTheDocument());
    await waitFor(async () => expect(await getWord('hestur')).toMatchObject({ note: 'sterk beyging', status: 'known' }));
    await user.click(screen.getByRole('button', { name: 'hestur: Known' }));
    panel = await screen.findByRole('region', { name: 'Word “hestur”' });
    expect(within(panel).getByRole('textbox', { name: 'Note' })).toHaveValue('sterk beyging');

    // The ×.
    await user.type(within(panel).getByRole('textbox', { name: 'Your gloss' }), 'stallion');
    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    await waitFor(async () => expect(await getWord('hestur')).toMatchObject({ gloss: 'stallion', note: 'sterk beyging' }));

    // Another word opened from the list: the first word's gloss is saved; "Saved." is not said in the second's panel.
    await user.click(await screen.findByRole('button', { name: 'hestur, stallion: Known' }));
    panel = await screen.findByRole('region', { name: 'Word “hestur”' });
    const gloss = within(panel).getByRole('textbox', { name: 'Your gloss' });
    await user.clear(gloss);
    await user.type(gloss, 'horse');
    await user.click(screen.getByRole('button', { name: 'vera: Learning' }));
    const other = await screen.findByRole('region', { name: 'Word “vera”' });
    await waitFor(async () => expect((await getWord('hestur'))?.gloss).toBe('horse'));
    expect(within(other).queryByText('Saved.')).not.toBeInTheDocument();
    expect(await getWord('vera')).not.toHaveProperty('gloss');

    // Nothing typed: closing a word writes nothing.
    const before = (await getWord('vera'))?.updatedAt;
    await user.click(within(other).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Word “vera”' })).not.toBeInTheDocument());
    expect((await getWord('vera'))?.updatedAt).toBe(before);
  });

  it('typing then pausing saves the text (the stored value and "Saved." once, in a polite status region); Save after that says it too', async () => {
    await setWordStatus('hestur', 'known');
    const user = userEvent.setup();
    render(<VocabularyWithData />);
    await user.click(await screen.findByRole('button', { name: 'hestur: Known' }));
    const panel = await screen.findByRole('region', { name: 'Word “hestur”' });
    const form = within(panel).getByRole('button', { name: 'Save' }).closest('form')!;
    const status = within(form).getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    const typedAt = Date.now();
    await user.type(within(panel).getByRole('textbox', { name: 'Your gloss' }), 'stallion');
    // While typing (within the pause): not saved yet, and not said to be.
    if (Date.now() - typedAt < 500) {
      expect((await getWord('hestur'))?.gloss).toBeUndefined();
      expect(status).toBeEmptyDOMElement();
    }
    await waitFor(async () => expect((await getWord('hestur'))?.gloss).toBe('stallion'), { timeout: 3000 });
    await waitFor(() => expect(status).toHaveTextContent('Saved.'));
    expect((await getWord('hestur'))?.status).toBe('known');
    // A keystroke takes "Saved." away (it is no longer all there is) until the next pause.
    await user.type(within(panel).getByRole('textbox', { name: 'Note' }), 's');
    expect(status).toBeEmptyDOMElement();
    await waitFor(() => expect(status).toHaveTextContent('Saved.'), { timeout: 3000 });
    expect((await getWord('hestur'))?.note).toBe('s');
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(status).toHaveTextContent('Saved.');
  });

  it('leaving a field saves it and says so', async () => {
    await setWordStatus('hestur', 'known');
    const user = userEvent.setup();
    render(<VocabularyWithData />);
    await user.click(await screen.findByRole('button', { name: 'hestur: Known' }));
    const panel = await screen.findByRole('region', { name: 'Word “hestur”' });
    await user.type(within(panel).getByRole('textbox', { name: 'Your gloss' }), 'stallion');
    await user.click(within(panel).getByRole('textbox', { name: 'Note' }));
    expect(await within(panel).findByText('Saved.')).toHaveAttribute('role', 'status');
    expect((await getWord('hestur'))?.gloss).toBe('stallion');
  });

  it('the tab hidden, closed or reloaded with the panel open: what was typed is saved at once, and coming back does not say "Saved."', async () => {
    await setWordStatus('hestur', 'known');
    const user = userEvent.setup();
    render(<VocabularyWithData />);
    await user.click(await screen.findByRole('button', { name: 'hestur: Known' }));
    const panel = await screen.findByRole('region', { name: 'Word “hestur”' });
    const status = within(within(panel).getByRole('button', { name: 'Save' }).closest('form')!).getByRole('status');
    await user.type(within(panel).getByRole('textbox', { name: 'Note' }), 'sterk beyging');
    // The tab put away (another app, the tab switcher), then back: the page may be ended unseen from there.
    hideTab();
    await waitFor(async () => expect(await getWord('hestur')).toMatchObject({ note: 'sterk beyging', status: 'known' }), { timeout: 400 });
    // Past the typing pause too: the learner did nothing since, so nothing is said.
    await new Promise((r) => setTimeout(r, 800));
    expect(status).toBeEmptyDOMElement();
    expect(within(panel).getByRole('textbox', { name: 'Note' })).toHaveValue('sterk beyging');

    // Typing on and closing the tab (or reloading) saves that too.
    await user.type(within(panel).getByRole('textbox', { name: 'Your gloss' }), 'stallion');
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect(await getWord('hestur')).toMatchObject({ gloss: 'stallion', note: 'sterk beyging' }), { timeout: 400 });

    // Nothing new typed: hiding again writes nothing, and neither does closing the panel.
    const before = (await getWord('hestur'))?.updatedAt;
    window.dispatchEvent(new Event('pagehide'));
    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Word “hestur”' })).not.toBeInTheDocument());
    expect((await getWord('hestur'))?.updatedAt).toBe(before);
    // A closed panel listens no more.
    window.dispatchEvent(new Event('pagehide'));
    expect((await getWord('hestur'))?.updatedAt).toBe(before);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a gloss typed, then the page reloaded before its write was done: in place when the app starts again, before the Vocabulary page opens', async () => {
    await setWordStatus('hestur', 'learning');
    const user = userEvent.setup();
    const first = render(<VocabularyWithData />);
    await user.click(await screen.findByRole('button', { name: 'hestur: Learning' }));
    const panel = await screen.findByRole('region', { name: 'Word “hestur”' });
    await user.type(within(panel).getByRole('textbox', { name: 'Your gloss' }), 'stallion');
    pageEnds();
    window.dispatchEvent(new Event('pagehide'));
    first.unmount();

    // The reloaded app: the first read of the word (Review's, say) has it.
    restart();
    expect(await getWord('hestur')).toMatchObject({ gloss: 'stallion', status: 'learning' });
    render(<VocabularyWithData />);
    await user.click(await screen.findByRole('button', { name: 'hestur, stallion: Learning' }));
    expect(within(await screen.findByRole('region', { name: 'Word “hestur”' })).getByRole('textbox', { name: 'Your gloss' })).toHaveValue('stallion');
  });

  it('a stale panel does not overwrite a gloss changed in another tab: it shows the newer one and keeps the learner’s text to save over it', async () => {
    await setWordStatus('hestur', 'known');
    const user = userEvent.setup();
    render(<VocabularyWithData />);
    await user.click(await screen.findByRole('button', { name: 'hestur: Known' }));
    const panel = await screen.findByRole('region', { name: 'Word “hestur”' });
    await otherTabWrites('hestur', { gloss: 'steed' });
    const gloss = within(panel).getByRole('textbox', { name: 'Your gloss' });
    await user.type(gloss, 'stallion');
    await user.click(within(panel).getByRole('textbox', { name: 'Note' }));
    expect(await within(panel).findByText(/^Changed in another tab meanwhile — gloss: “steed”/)).toHaveAttribute('role', 'status');
    expect((await getWord('hestur'))?.gloss).toBe('steed');
    expect(gloss).toHaveValue('stallion');
    // Shown it, the learner saves theirs over it.
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await getWord('hestur'))?.gloss).toBe('stallion'));
    expect(await within(panel).findByText('Saved.')).toBeInTheDocument();

    // Closed with an edit over a value changed meanwhile: not written, and said.
    await otherTabWrites('hestur', { note: 'nýtt' });
    await user.type(within(panel).getByRole('textbox', { name: 'Note' }), 'gamalt');
    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Gloss and note of “hestur” — not saved: changed in another tab meanwhile');
    expect((await getWord('hestur'))?.note).toBe('nýtt');
  });

  it('keys 1–4, shown on the status buttons, set the open word’s status (not while typing), and a screen reader hears it', async () => {
    await setWordStatus('hestur', 'learning');
    const user = userEvent.setup();
    render(<VocabularyWithData />);
    await user.click(await screen.findByRole('button', { name: 'hestur: Learning' }));
    const panel = await screen.findByRole('region', { name: 'Word “hestur”' });
    await waitFor(() => expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus());
    await user.keyboard('3');
    await waitFor(() => expect(within(panel).getByRole('button', { name: /^Known/ })).toHaveAttribute('aria-pressed', 'true'));
    expect((await getWord('hestur'))?.status).toBe('known');
    expect(await within(panel).findByText('“hestur”: Known')).toHaveAttribute('role', 'status');
    expect(await screen.findByRole('button', { name: 'hestur: Known' })).toBeInTheDocument();

    // Typed into the gloss, a digit is text.
    await user.type(within(panel).getByRole('textbox', { name: 'Your gloss' }), '4');
    expect(within(panel).getByRole('textbox', { name: 'Your gloss' })).toHaveValue('4');
    expect((await getWord('hestur'))?.status).toBe('known');
    // With the focus on a status button, a key does it too.
    within(panel).getByRole('button', { name: /^New/ }).focus();
    await user.keyboard('4');
    await waitFor(async () => expect((await getWord('hestur'))?.status).toBe('ignored'));
  });
});
