import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureAnalysis, FIXTURE_TEXT } from '../../../test/unit/analysisFixture';
import { countDue, Q_NEW, wordOnlyCard, withQueue } from '../../db/cards';
import { LesaDB, getDb, useDatabase } from '../../db/db';
import { setWordStatus } from '../vocabulary/setWordStatus';
import { englishDate } from '../../app/ui/format';
import { startOfDay } from './dueQueue';
import { forgetMemoryForTests } from './keptSession';
import { ReviewWithData } from './ReviewWithData';
import { saveReviewSettings } from './reviewSettings';
import { rateCard } from './rateCard';
import { DEFAULT_REVIEW_SETTINGS } from './scheduler';

let n = 0;
beforeEach(async () => {
  useDatabase(new LesaDB(`test-review-page-${n++}`));
  await saveReviewSettings({ fuzz: false });
  sessionStorage.clear();
  forgetMemoryForTests();
});

const T = new Date('2026-03-02T09:00:00');

/** Two new cards due: hestur first, then köttur. */
const twoCards = () => getDb().cards.bulkAdd([withQueue(wordOnlyCard('hestur', 'horse', T.getTime())), withQueue(wordOnlyCard('köttur', 'cat', T.getTime() + 1))]);

/** Two cards, the page open; the first (hestur) answered Good, the next card on its question side. */
async function answerFirstGood(): Promise<void> {
  await twoCards();
  render(<ReviewWithData now={() => new Date(T.getTime() + 5000)} />);
  await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
  expect(screen.getByTestId('review-back')).toHaveTextContent('hestur');
  await userEvent.click(screen.getByRole('button', { name: /^Good/ }));
  await waitFor(async () => expect(await getDb().reviews.count()).toBe(1));
  await screen.findByRole('button', { name: /Show answer/ });
}

describe('Review page', () => {
  it('reviews a card made from the reader: reveal, Good, the card is scheduled and logged; undo puts it back', async () => {
    await setWordStatus('hestur', 'learning', { context: { articleId: 1, text: FIXTURE_TEXT, analysis: fixtureAnalysis(), tokenIndex: 2 }, now: T });
    let clock = T.getTime() + 5000;
    render(<ReviewWithData now={() => new Date(clock)} />);
    const sentence = await screen.findByTestId('review-sentence');
    expect(sentence).toHaveTextContent('Musk á hest í gær.');
    await userEvent.keyboard(' ');
    expect(await screen.findByRole('button', { name: 'Good, next in 10 min (key 3)' })).toBeInTheDocument();
    clock += 3000;
    await userEvent.keyboard('3');
    await waitFor(async () => expect(await getDb().reviews.count()).toBe(1));
    const [log] = await getDb().reviews.toArray();
    expect(log).toMatchObject({ rating: 3, durationMs: 3000 });
    const card = (await getDb().cards.toArray())[0];
    expect(card.due).toBe(clock + 10 * 60_000);
    expect(await countDue(clock)).toBe(0);

    // The only card comes back (learning step within the learn-ahead limit); undo takes the answer back.
    await screen.findByRole('button', { name: /Show answer/ });
    await act(() => userEvent.keyboard('u'));
    await waitFor(async () => expect(await getDb().reviews.count()).toBe(0));
    expect(await countDue(clock)).toBe(1);
  });

  it('answering Easy ends the session with a summary', async () => {
    await setWordStatus('hestur', 'learning', { context: { articleId: 1, text: FIXTURE_TEXT, analysis: fixtureAnalysis(), tokenIndex: 2 }, now: T });
    render(<ReviewWithData now={() => T} />);
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    await userEvent.click(await screen.findByRole('button', { name: /^Easy/ }));
    expect(await screen.findByRole('heading', { name: 'Session done' })).toBeInTheDocument();
    expect(screen.getByText('1 answer')).toBeInTheDocument();
  });

  it('the summary says when the next card is due, from the moment it shows (the answer just given counted)', async () => {
    await setWordStatus('hestur', 'learning', { context: { articleId: 1, text: FIXTURE_TEXT, analysis: fixtureAnalysis(), tokenIndex: 2 }, now: T });
    render(<ReviewWithData now={() => T} />);
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    await userEvent.click(await screen.findByRole('button', { name: /^Easy/ }));
    await screen.findByRole('heading', { name: 'Session done' });
    // Read as soon as the summary shows: before the answer nothing was scheduled after now.
    const said = screen.getByTestId('review-next-due').textContent;
    const [card] = await getDb().cards.toArray();
    const days = Math.round((startOfDay(new Date(card.due)) - startOfDay(T)) / 86_400_000);
    expect(days).toBeGreaterThan(1);
    expect(said).toBe(`Next card due in ${days} days (${englishDate(new Date(card.due))}).`);
  });

  it('after Again the same card is not shown straight back while another card is due', async () => {
    await twoCards();
    let clock = T.getTime() + 5000;
    render(<ReviewWithData now={() => new Date(clock)} />);
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    expect(screen.getByTestId('review-back')).toHaveTextContent('hestur');
    await userEvent.click(screen.getByRole('button', { name: /^Again, next in 1 min/ }));
    await waitFor(async () => expect(await getDb().reviews.count()).toBe(1));
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    expect(screen.getByTestId('review-back')).toHaveTextContent('köttur');
    // Nothing else is left: the card whose step is nearly up comes back.
    clock += 10_000;
    await userEvent.click(screen.getByRole('button', { name: /^Good/ }));
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    expect(screen.getByTestId('review-back')).toHaveTextContent('hestur');
  });

  it('a card answered in another tab while shown here is not answered a second time', async () => {
    await setWordStatus('hestur', 'learning', { context: { articleId: 1, text: FIXTURE_TEXT, analysis: fixtureAnalysis(), tokenIndex: 2 }, now: T });
    render(<ReviewWithData now={() => T} />);
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    expect(await screen.findByRole('button', { name: 'Good, next in 10 min (key 3)' })).toBeInTheDocument();
    // The other tab answers Good.
    const [shown] = await getDb().cards.toArray();
    await act(async () => {
      await rateCard(shown, 3, { now: T, durationMs: 1, settings: { ...DEFAULT_REVIEW_SETTINGS, fuzz: false } });
    });
    // This tab still offers the intervals of the showing the learner is answering.
    expect(screen.getByRole('button', { name: 'Good, next in 10 min (key 3)' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Good/ }));
    expect(await screen.findByText(/just answered in another tab/)).toBeInTheDocument();
    expect(await getDb().reviews.count()).toBe(1);
    expect(screen.queryByRole('button', { name: /^Good/ })).not.toBeInTheDocument();
  });

  it('undo leaves alone a card answered in another tab after this answer, and says why', async () => {
    await setWordStatus('hestur', 'learning', { context: { articleId: 1, text: FIXTURE_TEXT, analysis: fixtureAnalysis(), tokenIndex: 2 }, now: T });
    render(<ReviewWithData now={() => T} />);
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    await userEvent.click(await screen.findByRole('button', { name: /^Good/ }));
    await waitFor(async () => expect(await getDb().reviews.count()).toBe(1));
    // The other tab shows the card as this answer left it and answers Good.
    const [card] = await getDb().cards.toArray();
    const theirs = await act(() => rateCard(card, 3, { now: new Date(T.getTime() + 60_000), durationMs: 1, settings: { ...DEFAULT_REVIEW_SETTINGS, fuzz: false } }));
    expect(theirs).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /Undo last answer/ }));
    expect(await screen.findByText(/changed since you answered it/)).toBeInTheDocument();
    expect((await getDb().cards.get(card.id!))?.fsrs).toEqual(theirs!.next);
    expect(await getDb().reviews.count()).toBe(2);
    // The answer stays in this session and can no longer be undone; focus goes back to the card.
    expect(screen.queryByRole('button', { name: /Undo last answer/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Show answer/ })).toHaveFocus();
  });

  it('Undo brings the card back on its question side, with focus on Show answer, and says the answer was undone', async () => {
    await twoCards();
    render(<ReviewWithData now={() => T} />);
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    expect(screen.getByTestId('review-back')).toHaveTextContent('hestur');
    await userEvent.click(screen.getByRole('button', { name: /^Good/ }));
    await waitFor(async () => expect(await getDb().reviews.count()).toBe(1));
    await screen.findByRole('button', { name: /Show answer/ });
    await userEvent.click(screen.getByRole('button', { name: /Undo last answer/ }));
    await waitFor(async () => expect(await getDb().reviews.count()).toBe(0));
    expect(await screen.findByTestId('review-announcement')).toHaveTextContent('Answer undone (Good). The card is back on its question side: answer it again.');
    expect(screen.getByTestId('review-announcement')).toHaveAttribute('role', 'status');
    const reveal = await screen.findByRole('button', { name: /Show answer/ });
    await waitFor(() => expect(reveal).toHaveFocus());
    expect(screen.queryByTestId('review-back')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Good/ })).not.toBeInTheDocument();
    // It is hestur again: answered afresh, by the keyboard.
    await userEvent.keyboard(' ');
    expect(await screen.findByTestId('review-back')).toHaveTextContent('hestur');
    await userEvent.keyboard('4');
    await waitFor(async () => expect(await getDb().reviews.count()).toBe(1));
    expect((await getDb().reviews.toArray())[0]).toMatchObject({ rating: 4 });
  });

  it('after Undo (button or ⌘Z) a visible note says so above the card until it is revealed or answered', async () => {
    await answerFirstGood();
    expect(screen.queryByTestId('review-undone')).not.toBeInTheDocument();
    // Undo by ⌘Z: the same as the button.
    await act(() => userEvent.keyboard('{Meta>}z{/Meta}'));
    await waitFor(async () => expect(await getDb().reviews.count()).toBe(0));
    const note = await screen.findByTestId('review-undone');
    expect(note).toBeVisible();
    expect(note).toHaveTextContent('Answer undone — answer this card again.');
    expect(note).toHaveAttribute('aria-hidden', 'true');
    const reveal = screen.getByRole('button', { name: /Show answer/ });
    await waitFor(() => expect(reveal).toHaveFocus());
    // Revealing the card takes it away; answering leaves it away, on the next card (köttur) too.
    await userEvent.keyboard(' ');
    expect(await screen.findByTestId('review-back')).toHaveTextContent('hestur');
    expect(screen.queryByTestId('review-undone')).not.toBeInTheDocument();
    await userEvent.keyboard('3');
    await waitFor(async () => expect(await getDb().reviews.count()).toBe(1));
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    expect(screen.getByTestId('review-back')).toHaveTextContent('köttur');
    expect(screen.queryByTestId('review-undone')).not.toBeInTheDocument();
    // Undo by the button: the note again, on the card undone.
    await userEvent.click(screen.getByRole('button', { name: /Undo last answer/ }));
    await waitFor(async () => expect(await getDb().reviews.count()).toBe(0));
    expect(await screen.findByTestId('review-undone')).toBeVisible();
    await waitFor(() => expect(screen.getByRole('button', { name: /Show answer/ })).toHaveFocus());
    await userEvent.keyboard(' ');
    expect(await screen.findByTestId('review-back')).toHaveTextContent('hestur');
    expect(screen.queryByTestId('review-undone')).not.toBeInTheDocument();
  });

  it('Ctrl+Shift+Z (redo) does not undo the last answer', async () => {
    await answerFirstGood();
    // (With Caps Lock on the key is "z".)
    await act(() => userEvent.keyboard('{CapsLock}{Control>}{Shift>}z{/Shift}{/Control}{CapsLock}'));
    await act(() => userEvent.keyboard('{Control>}{Shift>}Z{/Shift}{/Control}'));
    await new Promise((r) => setTimeout(r, 100));
    expect(await getDb().reviews.count()).toBe(1);
    expect(screen.queryByTestId('review-undone')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Show answer/ }));
    expect(screen.getByTestId('review-back')).toHaveTextContent('köttur');
  });

  it('offers the article a card came from only while it is still in the library', async () => {
    await getDb().articles.add({ id: 1, title: 'Hestar', author: null, publishedAt: null, site: null, caption: null, text: FIXTURE_TEXT, contentHash: 'h', wordCount: 5, origin: 'paste', createdAt: 0 });
    await setWordStatus('hestur', 'learning', { context: { articleId: 1, text: FIXTURE_TEXT, analysis: fixtureAnalysis(), tokenIndex: 2 }, now: T });
    render(<ReviewWithData now={() => T} />);
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    expect(await screen.findByRole('link', { name: 'Open the article it came from' })).toHaveAttribute('href', '#/read/1');
    // The learner deletes the article (in another tab, or before the review): no link to a missing page.
    await act(() => getDb().articles.delete(1));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Open the article it came from' })).not.toBeInTheDocument());
    expect(screen.getByTestId('review-back')).toHaveTextContent('hestur');
  });

  it('with nothing due, says so', async () => {
    render(<ReviewWithData now={() => T} />);
    expect(await screen.findByText('Nothing to review right now.')).toBeInTheDocument();
  });
});

describe('Review page, left and come back to', () => {
  const AT = new Date(T.getTime() + 5000);

  /** Answers Good to the first card (hestur: a 10-minute step, so it stays in the session), then leaves the page. */
  async function answerAndLeave() {
    const page = render(<ReviewWithData now={() => AT} />);
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    expect(screen.getByTestId('review-back')).toHaveTextContent('hestur');
    await userEvent.click(screen.getByRole('button', { name: /^Good/ }));
    await waitFor(async () => expect(await getDb().reviews.count()).toBe(1));
    await screen.findByRole('button', { name: /Show answer/ });
    page.unmount();
  }

  it('goes on with the same session: its answers count in the summary and undo still works', async () => {
    await twoCards();
    await answerAndLeave();
    render(<ReviewWithData now={() => AT} />);
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    expect(screen.getByTestId('review-back')).toHaveTextContent('köttur');
    await userEvent.click(screen.getByRole('button', { name: /^Easy/ }));
    await waitFor(async () => expect(await getDb().reviews.count()).toBe(2));
    // hestur's step is not up, but nothing else is left: it comes back, and Easy ends the session.
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    expect(screen.getByTestId('review-back')).toHaveTextContent('hestur');
    await userEvent.click(screen.getByRole('button', { name: /^Easy/ }));
    expect(await screen.findByRole('heading', { name: 'Session done' })).toBeInTheDocument();
    expect(screen.getByText('3 answers')).toBeInTheDocument();
    expect(screen.getByText('2 cards')).toBeInTheDocument();
    expect(screen.getByText('Again 0 · Hard 0 · Good 1 · Easy 2')).toBeInTheDocument();
  });

  it('the answer given before leaving can be undone on coming back', async () => {
    await twoCards();
    await answerAndLeave();
    render(<ReviewWithData now={() => AT} />);
    await userEvent.click(await screen.findByRole('button', { name: /Undo last answer/ }));
    await waitFor(async () => expect(await getDb().reviews.count()).toBe(0));
    // hestur again, on its question side.
    expect(await screen.findByRole('button', { name: /Show answer/ })).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(await screen.findByTestId('review-back')).toHaveTextContent('hestur');
    expect(screen.queryByRole('button', { name: /Undo last answer/ })).not.toBeInTheDocument();
  });

  it('after a reload of the tab too (kept in sessionStorage)', async () => {
    await twoCards();
    await answerAndLeave();
    forgetMemoryForTests();
    render(<ReviewWithData now={() => AT} />);
    await userEvent.click(await screen.findByRole('button', { name: /Undo last answer/ }));
    await waitFor(async () => expect(await getDb().reviews.count()).toBe(0));
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    expect(await screen.findByTestId('review-back')).toHaveTextContent('hestur');
  });

  it('a kept session that cannot be read is dropped and a new one starts', async () => {
    await twoCards();
    await answerAndLeave();
    forgetMemoryForTests();
    sessionStorage.setItem('lesa:review-session', '{"v":1,"db":');
    render(<ReviewWithData now={() => AT} />);
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    expect(screen.getByTestId('review-back')).toHaveTextContent('köttur');
    expect(screen.queryByRole('button', { name: /Undo last answer/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(sessionStorage.getItem('lesa:review-session')).toBeNull();
  });

  it('a kept session whose answers are gone from storage (a backup restored meanwhile) is not resumed', async () => {
    await twoCards();
    await answerAndLeave();
    await getDb().reviews.clear();
    render(<ReviewWithData now={() => AT} />);
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    expect(screen.queryByRole('button', { name: /Undo last answer/ })).not.toBeInTheDocument();
    expect(sessionStorage.getItem('lesa:review-session')).toBeNull();
  });

  it('the next day a new session starts', async () => {
    await twoCards();
    await answerAndLeave();
    render(<ReviewWithData now={() => new Date(AT.getTime() + 86_400_000)} />);
    expect(await screen.findByRole('button', { name: /Show answer/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Undo last answer/ })).not.toBeInTheDocument();
  });

  /** Two cards, each answered Easy: the session ends with its summary; then the page is left. */
  async function finishAndLeave(clock: () => Date = () => AT) {
    await twoCards();
    const page = render(<ReviewWithData now={clock} />);
    for (const word of ['hestur', 'köttur']) {
      await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
      expect(screen.getByTestId('review-back')).toHaveTextContent(word);
      await userEvent.click(screen.getByRole('button', { name: /^Easy/ }));
    }
    expect(await screen.findByRole('heading', { name: 'Session done' })).toBeInTheDocument();
    page.unmount();
  }

  const expectSummary = async () => {
    expect(await screen.findByRole('heading', { name: 'Session done' })).toBeInTheDocument();
    // When the next card is due, from the moment the kept summary shows (both cards answered Easy: in days).
    expect(screen.getByTestId('review-next-due')).toHaveTextContent(/^Next card due in \d+ days \(\d+ Mar 2026\)\.$/);
    expect(screen.getByText('2 answers')).toBeInTheDocument();
    expect(screen.getByText('2 cards')).toBeInTheDocument();
    expect(screen.getByText('Again 0 · Hard 0 · Good 0 · Easy 2')).toBeInTheDocument();
    expect(screen.queryByText('Nothing to review right now.')).not.toBeInTheDocument();
  };

  it('a finished session shows the same summary on coming back the same day, and after a reload', async () => {
    await finishAndLeave();
    const page = render(<ReviewWithData now={() => AT} />);
    await expectSummary();
    page.unmount();
    forgetMemoryForTests();
    render(<ReviewWithData now={() => new Date(AT.getTime() + 3_600_000)} />);
    await expectSummary();
    // Its last answer can still be undone from there: the card comes back, question side first.
    await userEvent.click(screen.getByRole('button', { name: /Undo last answer/ }));
    expect(await screen.findByRole('button', { name: /Show answer/ })).toBeInTheDocument();
    await waitFor(async () => expect(await getDb().reviews.count()).toBe(1));
  });

  it('the kept summary goes once the learner starts again (Check for more cards)', async () => {
    await finishAndLeave();
    // A word saved meanwhile: due now.
    await getDb().cards.add(withQueue(wordOnlyCard('hundur', 'dog', AT.getTime())));
    const page = render(<ReviewWithData now={() => AT} />);
    await expectSummary();
    await userEvent.click(screen.getByRole('button', { name: 'Check for more cards' }));
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    expect(screen.getByTestId('review-back')).toHaveTextContent('hundur');
    page.unmount();
    // The new session (no answer yet) replaced the finished one.
    render(<ReviewWithData now={() => AT} />);
    expect(await screen.findByRole('button', { name: /Show answer/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Session done' })).not.toBeInTheDocument();
  });

  it('Check for more cards with none due yet says so and keeps the summary, after a reload too', async () => {
    await finishAndLeave();
    const page = render(<ReviewWithData now={() => AT} />);
    await expectSummary();
    await userEvent.click(screen.getByRole('button', { name: 'Check for more cards' }));
    expect(await screen.findByText('No more cards are due yet.')).toBeInTheDocument();
    await expectSummary();
    page.unmount();
    forgetMemoryForTests();
    render(<ReviewWithData now={() => AT} />);
    await expectSummary();
  });

  it('the kept summary is not shown the next day, nor after a backup is restored', async () => {
    await finishAndLeave();
    const page = render(<ReviewWithData now={() => new Date(AT.getTime() + 86_400_000)} />);
    expect(await screen.findByText('Nothing to review right now.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Session done' })).not.toBeInTheDocument();
    page.unmount();
    sessionStorage.clear();
    forgetMemoryForTests();
    await getDb().cards.clear();
    await getDb().reviews.clear();
    await finishAndLeave();
    // A backup restored meanwhile (its review log does not hold the session's answers).
    await getDb().reviews.clear();
    render(<ReviewWithData now={() => AT} />);
    expect(await screen.findByText('Nothing to review right now.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Session done' })).not.toBeInTheDocument();
    expect(sessionStorage.getItem('lesa:review-session')).toBeNull();
  });
});

describe('Review page, cards that come due while the session runs', () => {
  const AT = new Date(T.getTime() + 5000);
  const left = (n: { learning?: number; review?: number; new?: number }) =>
    `Left in this session: ${n.learning ?? 0} learning, ${n.review ?? 0} due, ${n.new ?? 0} new`;

  /** Answers the card showing, checking it is `word`. */
  async function answer(word: string, button: RegExp = /^Easy/) {
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    expect(screen.getByTestId('review-back')).toHaveTextContent(word);
    const before = await getDb().reviews.count();
    await userEvent.click(screen.getByRole('button', { name: button }));
    await waitFor(async () => expect(await getDb().reviews.count()).toBe(before + 1));
  }

  it('a word saved meanwhile (in another tab) joins at the end of the queue; the card showing stays; nothing answered or queued comes twice', async () => {
    await twoCards();
    render(<ReviewWithData now={() => AT} />);
    await answer('hestur');
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    expect(screen.getByTestId('review-back')).toHaveTextContent('köttur');
    expect(screen.getByTestId('review-counts')).toHaveTextContent(left({ new: 1 }));
    // The other tab: a new word, a queued card changed, and the card already answered made due again.
    const [hestur, kottur] = await getDb().cards.toArray();
    await act(async () => {
      await getDb().cards.add(withQueue(wordOnlyCard('hundur', 'dog', AT.getTime())));
      await getDb().cards.update(kottur.id!, { glosses: ['cat', 'tomcat'] });
      await getDb().cards.update(hestur.id!, { due: AT.getTime(), queue: Q_NEW });
    });
    await waitFor(() => expect(screen.getByTestId('review-counts')).toHaveTextContent(left({ new: 2 })));
    // Not interrupted: köttur is still showing, its answer side still open.
    expect(screen.getByTestId('review-back')).toHaveTextContent('köttur');
    await userEvent.click(screen.getByRole('button', { name: /^Easy/ }));
    await answer('hundur');
    expect(await screen.findByRole('heading', { name: 'Session done' })).toBeInTheDocument();
    expect(screen.getByText('3 answers')).toBeInTheDocument();
    expect(screen.getByText('3 cards')).toBeInTheDocument();
  });

  it('words saved while away reading join the session on coming back', async () => {
    await twoCards();
    const page = render(<ReviewWithData now={() => AT} />);
    await answer('hestur', /^Good/);
    await screen.findByRole('button', { name: /Show answer/ });
    page.unmount();
    await getDb().cards.add(withQueue(wordOnlyCard('hundur', 'dog', AT.getTime())));
    render(<ReviewWithData now={() => AT} />);
    // The same session (its answer can be undone), with hundur at the end.
    await waitFor(() => expect(screen.getByTestId('review-counts')).toHaveTextContent(left({ learning: 1, new: 2 })));
    expect(screen.getByRole('button', { name: /Undo last answer/ })).toBeInTheDocument();
    await answer('köttur');
    await answer('hundur');
    await answer('hestur');
    expect(await screen.findByRole('heading', { name: 'Session done' })).toBeInTheDocument();
    expect(screen.getByText('3 cards')).toBeInTheDocument();
  });

  it('a card whose time comes while the session runs joins it (on coming back to the tab)', async () => {
    await getDb().cards.bulkAdd([withQueue(wordOnlyCard('hestur', 'horse', T.getTime())), withQueue(wordOnlyCard('hundur', 'dog', AT.getTime() + 30 * 60_000))]);
    let clock = AT.getTime();
    const visible = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    render(<ReviewWithData now={() => new Date(clock)} />);
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    expect(screen.getByTestId('review-counts')).toHaveTextContent(left({ new: 1 }));
    clock += 31 * 60_000;
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await waitFor(() => expect(screen.getByTestId('review-counts')).toHaveTextContent(left({ new: 2 })));
    expect(screen.getByTestId('review-back')).toHaveTextContent('hestur');
    await userEvent.click(screen.getByRole('button', { name: /^Easy/ }));
    await answer('hundur');
    expect(await screen.findByRole('heading', { name: 'Session done' })).toBeInTheDocument();
    visible.mockRestore();
  });

  it('after Undo the cards that joined meanwhile are still in the session', async () => {
    await getDb().cards.bulkAdd([withQueue(wordOnlyCard('hestur', 'horse', T.getTime()))]);
    render(<ReviewWithData now={() => AT} />);
    await answer('hestur', /^Again/);
    await act(async () => {
      await getDb().cards.add(withQueue(wordOnlyCard('hundur', 'dog', AT.getTime())));
    });
    await waitFor(() => expect(screen.getByTestId('review-counts')).toHaveTextContent(left({ learning: 1, new: 1 })));
    await userEvent.click(screen.getByRole('button', { name: /Undo last answer/ }));
    await waitFor(async () => expect(await getDb().reviews.count()).toBe(0));
    await waitFor(() => expect(screen.getByTestId('review-counts')).toHaveTextContent(left({ new: 2 })));
    await answer('hestur');
    await answer('hundur');
    expect(await screen.findByRole('heading', { name: 'Session done' })).toBeInTheDocument();
  });

  it('a word saved while "Nothing to review" shows is offered at once', async () => {
    render(<ReviewWithData now={() => AT} />);
    expect(await screen.findByText('Nothing to review right now.')).toBeInTheDocument();
    await act(async () => {
      await getDb().cards.add(withQueue(wordOnlyCard('hundur', 'dog', AT.getTime())));
    });
    await answer('hundur');
    expect(await screen.findByRole('heading', { name: 'Session done' })).toBeInTheDocument();
  });

  it('a finished session is left as it is: its summary stays when a card comes due', async () => {
    await getDb().cards.bulkAdd([withQueue(wordOnlyCard('hestur', 'horse', T.getTime()))]);
    render(<ReviewWithData now={() => AT} />);
    await answer('hestur');
    expect(await screen.findByRole('heading', { name: 'Session done' })).toBeInTheDocument();
    await act(async () => {
      await getDb().cards.add(withQueue(wordOnlyCard('hundur', 'dog', AT.getTime())));
      await new Promise((r) => setTimeout(r, 300));
    });
    expect(screen.getByRole('heading', { name: 'Session done' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Show answer/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Check for more cards' }));
    await answer('hundur');
  });
});

describe('Review page when storage fails', () => {
  it('a full disk is said plainly, the card keeps its state, and the answer can be given again', async () => {
    await setWordStatus('hestur', 'learning', { context: { articleId: 1, text: FIXTURE_TEXT, analysis: fixtureAnalysis(), tokenIndex: 2 }, now: T });
    const before = (await getDb().cards.toArray())[0];
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(getDb().reviews, 'add').mockRejectedValueOnce(quota);
    render(<ReviewWithData now={() => T} />);
    await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
    await userEvent.click(await screen.findByRole('button', { name: /^Good/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent("this device's storage is full");
    expect((await getDb().cards.get(before.id!))?.fsrs).toEqual(before.fsrs);
    expect(await getDb().reviews.count()).toBe(0);
    // Still on the same card: answering again works once there is room.
    await userEvent.click(screen.getByRole('button', { name: /^Good/ }));
    await waitFor(async () => expect(await getDb().reviews.count()).toBe(1));
    spy.mockRestore();
  });
});
