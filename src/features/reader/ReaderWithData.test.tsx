import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureAnalysis, FIXTURE_TEXT } from '../../../test/unit/analysisFixture';
import { getAnalysis, getStoredAnalysis, saveArticle } from '../../db/articles';
import { LesaDB, getDb, useDatabase } from '../../db/db';
import { addToList, createList, setListEntries, startList } from '../../db/lists';
import { getWord } from '../../db/words';
import type { WordRecord } from '../../db/types';
import type { Analysis } from '../../lang/types';
import { ANALYSIS_VERSION } from '../../lang/analyse/version';
import { AnalysisProvider } from '../../app/services';
import { href, parseRoute } from '../../app/router';
import { useToasts } from '../../app/ui/toasts';
import type { AnalysisClient } from '../../worker/client';
import type { ArticleTextProps } from './ArticleText';
import { ReaderWithData } from './ReaderWithData';

// Counts renders of the article text (~500 word spans in a real article), memoised as the real one.
const textRenders = vi.hoisted(() => ({ count: 0, classes: [] as (string | undefined)[][] }));
vi.mock('./ArticleText', async (importOriginal) => {
  const { createElement, memo } = await import('react');
  const actual = await importOriginal<typeof import('./ArticleText')>();
  return {
    ...actual,
    ArticleText: memo(function CountedArticleText(props: ArticleTextProps) {
      textRenders.count++;
      textRenders.classes.push(props.tokens.map((_, i) => props.tokenClass?.(i)));
      return createElement(actual.ArticleText, props);
    }),
  };
});

// Counts renders of the real "Make a word list" button (the body of the component as it is, memoised
// or not), which sits beside the text and has nothing to do with a tap.
const barRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('./MakeListButton', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./MakeListButton')>();
  type Render = (props: unknown) => unknown;
  const real = actual.MakeListButton as unknown as { type?: Render };
  const inner: Render = real.type ?? (actual.MakeListButton as unknown as Render);
  const counted: Render = (props) => {
    barRenders.count++;
    return inner(props);
  };
  return { ...actual, MakeListButton: real.type ? { ...real, type: counted } : counted };
});

// The stored fixture analysis is current, so the reader must never ask the worker to redo it.
const client = {
  ready: async () => 1,
  dictVersion: async () => fixtureAnalysis().dictVersion,
  analyse: async () => {
    throw new Error('opening an article must not re-run the analyser');
  },
} as unknown as AnalysisClient;

let n = 0;
async function open() {
  useDatabase(new LesaDB(`test-reader-vocab-${n++}`));
  const id = await saveArticle(
    { title: 'Hestar', author: null, publishedAt: null, site: null, caption: null, wordCount: 8, origin: 'test', text: FIXTURE_TEXT },
    fixtureAnalysis(),
  );
  render(
    <AnalysisProvider client={client}>
      <ReaderWithData articleId={id} />
    </AnalysisProvider>,
  );
  await screen.findByRole('heading', { name: 'Hestar' });
  return id;
}

const word = (text: string) => screen.getAllByRole('button', { name: text }).find((el) => el.classList.contains('w'))!;

describe('reader with vocabulary', () => {
  it('colours words by status; the popover’s buttons set it, and Learning makes a card from the sentence', async () => {
    await open();
    await waitFor(() => expect(word('hest')).toHaveClass('st-new'));
    expect(word('Musk')).not.toHaveClass('st-new'); // names are not coloured
    await userEvent.click(word('hest'));
    const pop = await screen.findByRole('dialog', { name: /hest/ });
    expect(within(pop).getByRole('button', { name: /^New/ })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(within(pop).getByRole('button', { name: /^Learning/ }));
    await waitFor(() => expect(word('hest')).toHaveClass('st-learning'));
    expect(word('hest')).toHaveClass('selected');
    expect(within(pop).getByRole('button', { name: /^Learning/ })).toHaveAttribute('aria-pressed', 'true');
    expect(await getDb().cards.toArray()).toMatchObject([{ lemma: 'hestur', sentence: 'Musk á hest í gær.' }]);
  });

  it('draws the text already coloured: never a render of the words without their statuses', async () => {
    textRenders.classes = [];
    useDatabase(new LesaDB(`test-reader-vocab-${n++}`));
    await getDb().words.put({ lemma: 'hestur', status: 'learning', updatedAt: 1 } satisfies WordRecord);
    const analysis = fixtureAnalysis();
    const id = await saveArticle(
      { title: 'Hestar', author: null, publishedAt: null, site: null, caption: null, wordCount: 8, origin: 'test', text: FIXTURE_TEXT },
      analysis,
    );
    render(
      <AnalysisProvider client={client}>
        <ReaderWithData articleId={id} />
      </AnalysisProvider>,
    );
    await waitFor(() => expect(word('hest')).toHaveClass('st-learning'));
    expect(word('stór')).toHaveClass('st-new');
    const hest = analysis.tokens.findIndex((t) => t.text === 'hest');
    const stor = analysis.tokens.findIndex((t) => t.text === 'stór');
    expect(textRenders.classes.length).toBeGreaterThan(0);
    for (const classes of textRenders.classes) {
      expect(classes[hest]).toBe('st-learning');
      expect(classes[stor]).toBe('st-new');
    }
  });

  it('draws the text without waiting for the dictionary entries; a tap made before they are read shows its gloss once they are', async () => {
    useDatabase(new LesaDB(`test-reader-vocab-${n++}`));
    const id = await saveArticle(
      { title: 'Hestar', author: null, publishedAt: null, site: null, caption: null, wordCount: 8, origin: 'test', text: FIXTURE_TEXT },
      fixtureAnalysis(),
    );
    // The entries' read is held until the text is on screen and a word tapped.
    const table = getDb().analysisEntries;
    const read = table.get.bind(table);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reads = 0;
    table.get = (async (key: number) => {
      reads++;
      await gate;
      return read(key);
    }) as typeof table.get;
    render(
      <AnalysisProvider client={client}>
        <ReaderWithData articleId={id} />
      </AnalysisProvider>,
    );
    await waitFor(() => expect(word('hest')).toHaveClass('st-new'));
    await waitFor(() => expect(reads).toBe(1));
    await userEvent.click(word('hest'));
    expect(word('hest')).toHaveClass('selected');
    // No popover with an empty gloss meanwhile…
    expect(screen.queryByRole('dialog')).toBeNull();
    release();
    // …and the popover with the right one as soon as the entries are there.
    const pop = await screen.findByRole('dialog', { name: /hest/ });
    expect(pop).toHaveTextContent('horse');
    expect(reads).toBe(1);
  });

  it('after a background refresh of a stale analysis, a tap shows the new entries, not the old ones', async () => {
    useDatabase(new LesaDB(`test-reader-vocab-${n++}`));
    const old = { ...fixtureAnalysis(), version: ANALYSIS_VERSION - 1 };
    const id = await saveArticle(
      { title: 'Hestar', author: null, publishedAt: null, site: null, caption: null, wordCount: 8, origin: 'test', text: FIXTURE_TEXT },
      old,
    );
    const fresh = fixtureAnalysis();
    fresh.entries.hestur[0].senses[0].gloss = 'steed';
    const refreshing = { ...client, analyse: async () => fresh } as AnalysisClient;
    render(
      <AnalysisProvider client={refreshing}>
        <ReaderWithData articleId={id} />
      </AnalysisProvider>,
    );
    await waitFor(async () => expect((await getAnalysis(id))?.version).toBe(ANALYSIS_VERSION));
    await userEvent.click(word('hest'));
    const pop = await screen.findByRole('dialog', { name: /hest/ });
    await waitFor(() => expect(pop).toHaveTextContent('steed'));
    expect(pop).not.toHaveTextContent('horse');
  });

  describe('a background refresh while a popover is open', () => {
    /**
     * Opens the fixture article with a stale analysis; the worker's re-analysis returns `fresh`
     * only when `refresh()` is called, and the refreshed entries' read waits for `releaseEntries()`
     * once `holdEntries()` was called.
     */
    async function openStale(fresh: Analysis) {
      useDatabase(new LesaDB(`test-reader-vocab-${n++}`));
      const id = await saveArticle(
        { title: 'Hestar', author: null, publishedAt: null, site: null, caption: null, wordCount: 8, origin: 'test', text: FIXTURE_TEXT },
        { ...fixtureAnalysis(), version: ANALYSIS_VERSION - 1 },
      );
      let refresh!: () => void;
      const asked = new Promise<void>((resolve) => (refresh = resolve));
      const refreshing = {
        ...client,
        analyse: async () => {
          await asked;
          return fresh;
        },
      } as AnalysisClient;
      const table = getDb().analysisEntries;
      const read = table.get.bind(table);
      let hold: Promise<void> | null = null;
      let releaseEntries = () => {};
      table.get = (async (key: number) => {
        if (hold) await hold;
        return read(key);
      }) as typeof table.get;
      const holdEntries = () => (hold = new Promise<void>((resolve) => (releaseEntries = resolve)));
      render(
        <AnalysisProvider client={refreshing}>
          <ReaderWithData articleId={id} />
        </AnalysisProvider>,
      );
      await waitFor(() => expect(word('hest')).toHaveClass('st-new'));
      return { id, refresh, holdEntries, releaseEntries: () => releaseEntries() };
    }

    /** Opens a word's popover from the keyboard (focus goes into it) and waits for its gloss. */
    async function openPopover(form: string, gloss: string) {
      word(form).focus();
      await userEvent.keyboard('{Enter}');
      const pop = await screen.findByRole('dialog', { name: new RegExp(form) });
      await waitFor(() => expect(pop).toHaveTextContent(gloss));
      expect(pop.contains(document.activeElement)).toBe(true);
      return pop;
    }

    /** Every DOM change at which the popover was missing or showed no headword. */
    function watchPopover() {
      const gaps: string[] = [];
      const observer = new MutationObserver(() => {
        const pop = document.querySelector('.gloss-popover');
        if (!pop) gaps.push('closed');
        else if (!pop.querySelector('.gloss-lemma')?.textContent) gaps.push('empty');
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      return { gaps, stop: () => observer.disconnect() };
    }

    /** The fixture with "í gær" read as one token: the tokens after it move down by one. */
    function joinedPhrase(): Analysis {
      const a = fixtureAnalysis();
      const i = a.tokens.findIndex((t) => t.text === 'í');
      a.tokens.splice(i, 2, { ...a.tokens[i], end: a.tokens[i + 1].end, text: 'í gær', candidates: [{ lemma: 'í gær', pos: 'adverb' }], phrase: undefined });
      a.phrases = [];
      a.entries['í gær'] = [{ lemma: 'í gær', pos: 'adverb', senses: [{ gloss: 'yesterday', source: 'lesa' }] }];
      return a;
    }

    it('keeps the popover open, with focus in it, and shows the refreshed gloss of the same word', async () => {
      const fresh = fixtureAnalysis();
      fresh.entries.hestur[0].senses[0].gloss = 'steed';
      const { id, refresh, holdEntries, releaseEntries } = await openStale(fresh);
      const pop = await openPopover('hest', 'horse');
      const focused = document.activeElement;
      const watch = watchPopover();
      holdEntries();
      refresh();
      await waitFor(async () => expect((await getStoredAnalysis(id))?.version).toBe(ANALYSIS_VERSION));
      // The new analysis is stored; its entries are not read yet: the old gloss stays meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(screen.getByRole('dialog')).toBe(pop);
      expect(pop).toHaveTextContent('horse');
      releaseEntries();
      await waitFor(() => expect(pop).toHaveTextContent('steed'));
      watch.stop();
      expect(watch.gaps).toEqual([]);
      expect(screen.getByRole('dialog', { name: /hest/ })).toBe(pop);
      expect(document.activeElement).toBe(focused);
      expect(word('hest')).toHaveClass('selected');
    });

    it('follows the word when the refreshed analysis numbers the tokens differently', async () => {
      const fresh = joinedPhrase();
      fresh.entries.stór[0].senses[0].gloss = 'large';
      const { refresh } = await openStale(fresh);
      const pop = await openPopover('stór', 'big');
      const watch = watchPopover();
      refresh();
      await waitFor(() => expect(pop).toHaveTextContent('large'));
      watch.stop();
      expect(watch.gaps).toEqual([]);
      expect(screen.getByRole('dialog', { name: /stór/ })).toBe(pop);
      expect(within(pop).getByTestId('gloss-lemma')).toHaveTextContent('stór');
      expect(pop.contains(document.activeElement)).toBe(true);
      expect(document.querySelectorAll('.article-body .selected')).toHaveLength(1);
      expect(word('stór')).toHaveClass('selected');
    });

    it('closes the popover when the refreshed analysis has no word there, and returns focus to the word now at that place', async () => {
      const { refresh } = await openStale(joinedPhrase());
      await openPopover('gær', 'yesterday');
      refresh();
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(document.activeElement).toBe(word('í gær'));
      expect(document.querySelectorAll('.article-body .selected, .article-body .in-phrase')).toHaveLength(0);
    });

    it('a reading chosen while the refreshed entries are read is stored on the refreshed analysis’ token', async () => {
      const fresh = joinedPhrase();
      // The refreshed analysis lists the readings of "á" in another order.
      const a = fresh.tokens.find((t) => t.text === 'á')!;
      a.candidates = [a.candidates[1], a.candidates[2], a.candidates[0]];
      const { id, refresh, holdEntries, releaseEntries } = await openStale(fresh);
      const pop = await openPopover('á', 'own');
      holdEntries();
      refresh();
      await waitFor(async () => expect((await getStoredAnalysis(id))?.version).toBe(ANALYSIS_VERSION));
      await userEvent.click(within(pop).getByRole('button', { name: 'Use á (noun) for this word' }));
      await waitFor(async () => expect((await getStoredAnalysis(id))?.tokens[1].chosen).toBe(1));
      releaseEntries();
      await waitFor(() => expect(within(pop).getByTestId('gloss-lemma')).toHaveTextContent('á'));
      expect(pop).toHaveTextContent('river');
    });
  });

  it('an article that is not in the library says so, with a way back', async () => {
    useDatabase(new LesaDB(`test-reader-vocab-${n++}`));
    render(
      <AnalysisProvider client={client}>
        <ReaderWithData articleId={999} />
      </AnalysisProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'This article is not in your library.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /library/i })).toHaveAttribute('href', '#/');
  });

  it('keys 1–4 set the status of the selected word', async () => {
    await open();
    await waitFor(() => expect(word('stór')).toHaveClass('st-new'));
    word('stór').focus();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('dialog', { name: /stór/ });
    await userEvent.keyboard('3');
    await waitFor(() => expect(word('stór')).not.toHaveClass('st-new'));
    expect((await getWord('stór'))?.status).toBe('known');
    await userEvent.keyboard('4');
    await waitFor(async () => expect((await getWord('stór'))?.status).toBe('ignored'));
  });

  it('screen readers: a status set with a key (focus stays on the gloss) is announced; moving to another word announces nothing', async () => {
    await open();
    await waitFor(() => expect(word('stór')).toHaveClass('st-new'));
    word('stór').focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: /stór/ });
    const status = within(dialog).getByRole('status');
    expect(status).toBeEmptyDOMElement();
    await userEvent.keyboard('2');
    await waitFor(() => expect(status).toHaveTextContent('“stór”: Learning'));
    await userEvent.keyboard('{ArrowLeft}');
    await waitFor(() => expect(screen.getByRole('dialog')).not.toHaveAccessibleName(/stór/));
    await waitFor(() => expect(within(screen.getByRole('dialog')).getByRole('status')).toBeEmptyDOMElement());
  });

  it('a tap re-renders only the popover, not the article text and its words', async () => {
    await open();
    await waitFor(() => expect(word('hest')).toHaveClass('st-new'));
    const before = textRenders.count;
    const barBefore = barRenders.count;
    expect(screen.getByRole('button', { name: 'Make a word list' })).toBeInTheDocument();
    await userEvent.click(word('hest'));
    await screen.findByRole('dialog', { name: /hest/ });
    await userEvent.click(word('stór'));
    await screen.findByRole('dialog', { name: /stór/ });
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(word('Musk'));
    await screen.findByRole('dialog', { name: /Musk/ });
    expect(textRenders.count).toBe(before);
    expect(barRenders.count).toBe(barBefore);
    expect(word('Musk')).toHaveClass('selected');
    expect(document.querySelectorAll('.article-body .selected')).toHaveLength(1);
  });

  it('the footer shows the known share and marks the rest as known', async () => {
    await open();
    const stats = await screen.findByTestId('article-known');
    expect(stats).toHaveTextContent('You know 0% of the words in this text');
    expect(stats).toHaveTextContent('7 different words');
    expect(within(screen.getByRole('list', { name: 'Colours' })).getAllByRole('listitem')).toHaveLength(3);
    await userEvent.click(screen.getByRole('button', { name: 'Mark the remaining 7 new words as known' }));
    await waitFor(() => expect(screen.getByTestId('article-known')).toHaveTextContent('You know 100% of the words in this text'));
    expect(document.querySelectorAll('.article-body .st-new')).toHaveLength(0);
    expect(screen.getByText('No new words left in this article.')).toBeInTheDocument();
  });

  it('"Make a word list" makes a list named after the article and opens it in the list editor, its builder on this article', async () => {
    window.location.hash = '#/read/1';
    const articleId = await open();
    await userEvent.click(screen.getByRole('button', { name: 'Make a word list' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/lists\/\d+/));
    const lists = await getDb().lists.toArray();
    expect(lists).toMatchObject([{ name: 'Hestar', entries: [], sources: [] }]);
    const route = { name: 'page', page: 'lists', param: String(lists[0].id), sub: String(articleId) } as const;
    expect(window.location.hash).toBe(href(route));
    expect(parseRoute(window.location.hash)).toEqual(route);
  });

  it('"Make a word list" pressed again for the same article opens the list it made, while that is still empty', async () => {
    window.location.hash = '#/read/1';
    await open();
    const make = screen.getByRole('button', { name: 'Make a word list' });
    await userEvent.click(make);
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/lists\//));
    const opened = window.location.hash;
    window.location.hash = '#/read/1';
    await userEvent.click(make);
    await waitFor(() => expect(window.location.hash).toBe(opened));
    expect(await getDb().lists.count()).toBe(1);
  });

  it('"Make a word list" does not take another article’s list of the same title, or a list emptied of its words, for this article’s fresh list', async () => {
    window.location.hash = '#/read/1';
    const articleId = await open();
    // Another article called "Hestar" whose list was made by the button and is still empty.
    const other = await startList(articleId + 1, 'Hestar');
    // A list of that name whose words were all removed.
    const emptied = await createList('Hestar');
    await addToList(emptied, [{ lemma: 'hestur', display: 'hestur', pos: 'noun', gender: 'm', gloss: 'horse', note: '', example: '', count: 1 }]);
    await setListEntries(emptied, []);
    await userEvent.click(screen.getByRole('button', { name: 'Make a word list' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/lists\/\d+/));
    const opened = Number(window.location.hash.split('/')[2]); // #/lists/<id>/<articleId>
    expect([other, emptied]).not.toContain(opened);
    expect(await getDb().lists.get(opened)).toMatchObject({ name: 'Hestar', entries: [], sources: [] });
    expect(await getDb().lists.count()).toBe(3);
  });

  it('"Make a word list": a failed write says why in an error toast and stays in the reader', async () => {
    useToasts.setState({ toasts: [] });
    window.location.hash = '#/read/1';
    await open();
    const add = getDb().lists.add;
    getDb().lists.add = (() => Promise.reject(new DOMException('full', 'QuotaExceededError'))) as unknown as typeof add;
    await userEvent.click(screen.getByRole('button', { name: 'Make a word list' }));
    await waitFor(() => expect(useToasts.getState().toasts).toMatchObject([{ tone: 'error' }]));
    expect(window.location.hash).toBe('#/read/1');
  });
});

