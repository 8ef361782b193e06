import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { wordOnlyCard, withQueue } from '../../db/cards';
import { LesaDB, getDb, useDatabase } from '../../db/db';
import { forgetMemoryForTests } from './keptSession';
import { ReviewWithData } from './ReviewWithData';
import { saveReviewSettings } from './reviewSettings';

// Saving an answer takes as long as this test says (a slow phone, a busy disk): `release` lets it finish.
let release: () => void = () => {};
vi.mock('./rateCard', async (importOriginal) => {
  const real = await importOriginal<typeof import('./rateCard')>();
  return {
    ...real,
    rateCard: async (...args: Parameters<typeof real.rateCard>) => {
      await new Promise<void>((r) => (release = r));
      return real.rateCard(...args);
    },
  };
});

let n = 0;
beforeEach(async () => {
  useDatabase(new LesaDB(`test-review-saving-${n++}`));
  await saveReviewSettings({ fuzz: false });
  sessionStorage.clear();
  forgetMemoryForTests();
  const T = new Date('2026-03-02T09:00:00').getTime();
  await getDb().cards.bulkAdd([withQueue(wordOnlyCard('hestur', 'horse', T)), withQueue(wordOnlyCard('köttur', 'cat', T + 1))]);
  render(<ReviewWithData now={() => new Date(T + 5000)} />);
  await userEvent.click(await screen.findByRole('button', { name: /Show answer/ }));
});

describe('Review page, keys while an answer is being saved', () => {
  it('3 then Space at once: the answer is saved, then the next card shows its answer (the Space was not lost)', async () => {
    await userEvent.keyboard('3');
    await userEvent.keyboard(' ');
    expect(screen.getByTestId('review-held')).toHaveTextContent('Saving… then: Show answer');
    expect(await getDb().reviews.count()).toBe(0);
    release();
    await waitFor(() => expect(screen.getByTestId('review-back')).toHaveTextContent('köttur'));
    expect(await getDb().reviews.count()).toBe(1);
    expect(screen.queryByTestId('review-held')).toBeNull();
    // (The focus moves in an effect after the answer side is drawn: waited for, as the text above is.)
    await waitFor(() => expect(screen.getByRole('button', { name: /^Good/ })).toHaveFocus());
  });

  it('a click on Good, then U at once: the answer is saved, then undone; the card is back on its question side', async () => {
    await userEvent.click(screen.getByRole('button', { name: /^Good/ }));
    await userEvent.keyboard('u');
    expect(screen.getByTestId('review-held')).toHaveTextContent('Saving… then: Undo last answer');
    release();
    await waitFor(() => expect(screen.getByTestId('review-announcement')).toHaveTextContent('Answer undone (Good)'));
    expect(await getDb().reviews.count()).toBe(0);
    expect(await screen.findByRole('button', { name: /Show answer/ })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Card' })).toHaveTextContent('hestur');
  });

  it('a double click on Good answers one card only: the next card waits on its question side', async () => {
    await userEvent.dblClick(screen.getByRole('button', { name: /^Good/ }));
    release();
    await waitFor(() => expect(screen.getByRole('button', { name: /Show answer/ })).toBeInTheDocument());
    expect(screen.getByRole('article', { name: 'Card' })).toHaveTextContent('köttur');
    expect(await getDb().reviews.count()).toBe(1);
  });
});
