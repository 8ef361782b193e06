import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureAnalysis, FIXTURE_TEXT } from '../../../test/unit/analysisFixture';
import { getAnalysis, saveArticle } from '../../db/articles';
import { LesaDB, getDb, useDatabase } from '../../db/db';
import { getWord } from '../../db/words';
import type { WordRecord } from '../../db/types';
import { ANALYSIS_VERSION } from '../../lang/analyse/version';
import { AnalysisProvider } from '../../app/services';
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

  it('a tap re-renders only the popover, not the article text and its words', async () => {
    await open();
    await waitFor(() => expect(word('hest')).toHaveClass('st-new'));
    const before = textRenders.count;
    await userEvent.click(word('hest'));
    await screen.findByRole('dialog', { name: /hest/ });
    await userEvent.click(word('stór'));
    await screen.findByRole('dialog', { name: /stór/ });
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(word('Musk'));
    await screen.findByRole('dialog', { name: /Musk/ });
    expect(textRenders.count).toBe(before);
    expect(word('Musk')).toHaveClass('selected');
    expect(document.querySelectorAll('.article-body .selected')).toHaveLength(1);
  });

  it('the footer shows the known share and marks the rest as known', async () => {
    await open();
    const stats = await screen.findByTestId('article-known');
    expect(stats).toHaveTextContent('you know 0% of the words in this text');
    expect(stats).toHaveTextContent('7 different words');
    expect(within(screen.getByRole('list', { name: 'Colours' })).getAllByRole('listitem')).toHaveLength(3);
    await userEvent.click(screen.getByRole('button', { name: 'Mark the remaining 7 new words as known' }));
    await waitFor(() => expect(screen.getByTestId('article-known')).toHaveTextContent('you know 100% of the words in this text'));
    expect(document.querySelectorAll('.article-body .st-new')).toHaveLength(0);
    expect(screen.getByText('No new words left in this article.')).toBeInTheDocument();
  });
});
