import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureAnalysis, FIXTURE_TEXT } from '../../../test/unit/analysisFixture';
import { saveArticle } from '../../db/articles';
import { LesaDB, getDb, useDatabase } from '../../db/db';
import { getWord } from '../../db/words';
import { setWordStatus } from './setWordStatus';
import { VocabularyWithData } from './VocabularyWithData';

// A page ending (reload, navigation): a write started then is never done.
const page = vi.hoisted(() => ({ ending: false }));
vi.mock('./editWordNote', async (importOriginal) => {
  const real = await importOriginal<typeof import('./editWordNote')>();
  return { editWordNote: (...args: Parameters<typeof real.editWordNote>) => (page.ending ? new Promise<void>(() => {}) : real.editWordNote(...args)) };
});

let n = 0;
beforeEach(() => {
  useDatabase(new LesaDB(`test-vocab-page-${n++}`));
  localStorage.clear();
  page.ending = false;
});

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

  it('a gloss or note typed and not saved is kept when the tab is hidden, closed or reloaded with the panel open', async () => {
    await setWordStatus('hestur', 'known');
    const user = userEvent.setup();
    render(<VocabularyWithData />);
    await user.click(await screen.findByRole('button', { name: 'hestur: Known' }));
    const panel = await screen.findByRole('region', { name: 'Word “hestur”' });
    await user.type(within(panel).getByRole('textbox', { name: 'Note' }), 'sterk beyging');
    // The tab put away (another app, the tab switcher): the page may be ended unseen from there.
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      hidden.mockRestore();
    }
    await waitFor(async () => expect(await getWord('hestur')).toMatchObject({ note: 'sterk beyging', status: 'known' }));
    // The panel stays, with what was typed; typing on and closing the tab (or reloading) saves that too.
    expect(within(panel).getByRole('textbox', { name: 'Note' })).toHaveValue('sterk beyging');
    await user.type(within(panel).getByRole('textbox', { name: 'Your gloss' }), 'stallion');
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect(await getWord('hestur')).toMatchObject({ gloss: 'stallion', note: 'sterk beyging' }));

    // Nothing new typed: hiding again writes nothing, and neither does closing the panel.
    const before = (await getWord('hestur'))?.updatedAt;
    window.dispatchEvent(new Event('pagehide'));
    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Word “hestur”' })).not.toBeInTheDocument());
    expect((await getWord('hestur'))?.updatedAt).toBe(before);
    // A closed panel listens no more.
    window.dispatchEvent(new Event('pagehide'));
    expect((await getWord('hestur'))?.updatedAt).toBe(before);
  });

  it('a note typed, then the page reloaded before its save was done: saved when the Vocabulary page opens again', async () => {
    await setWordStatus('hestur', 'known');
    const user = userEvent.setup();
    const first = render(<VocabularyWithData />);
    await user.click(await screen.findByRole('button', { name: 'hestur: Known' }));
    const panel = await screen.findByRole('region', { name: 'Word “hestur”' });
    await user.type(within(panel).getByRole('textbox', { name: 'Note' }), 'sterk beyging');
    page.ending = true;
    window.dispatchEvent(new Event('pagehide'));
    first.unmount();
    page.ending = false;
    expect((await getWord('hestur'))?.note).toBeUndefined();

    // The reloaded page.
    render(<VocabularyWithData />);
    await waitFor(async () => expect(await getWord('hestur')).toMatchObject({ note: 'sterk beyging', status: 'known' }));
    await user.click(await screen.findByRole('button', { name: 'hestur: Known' }));
    expect(within(await screen.findByRole('region', { name: 'Word “hestur”' })).getByRole('textbox', { name: 'Note' })).toHaveValue('sterk beyging');
  });

  it('an edit kept as a page ended does not overwrite a change made to the word since, and is saved once only', async () => {
    await setWordStatus('hestur', 'known');
    const user = userEvent.setup();
    const first = render(<VocabularyWithData />);
    await user.click(await screen.findByRole('button', { name: 'hestur: Known' }));
    const panel = await screen.findByRole('region', { name: 'Word “hestur”' });
    await user.type(within(panel).getByRole('textbox', { name: 'Note' }), 'gamalt');
    page.ending = true;
    window.dispatchEvent(new Event('pagehide'));
    first.unmount();
    page.ending = false;
    // Changed since (say, in another tab): the newer note stays.
    await getDb().words.update('hestur', { note: 'nýtt', updatedAt: Date.now() + 1000 });
    const second = render(<VocabularyWithData />);
    await screen.findByRole('button', { name: 'hestur: Known' });
    await new Promise((r) => setTimeout(r, 50));
    expect((await getWord('hestur'))?.note).toBe('nýtt');
    second.unmount();

    // Nor is it saved on a later visit.
    await getDb().words.update('hestur', { note: 'nýjast' });
    render(<VocabularyWithData />);
    await screen.findByRole('button', { name: 'hestur: Known' });
    await new Promise((r) => setTimeout(r, 50));
    expect((await getWord('hestur'))?.note).toBe('nýjast');
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
