import { render, screen, waitFor } from '@testing-library/react';
import { inIcelandicWithAndWithoutIntlData } from '../../../test/support/noIcelandicIntl';
import { Q_REVIEW } from '../../db/cards';
import { LesaDB, getDb, useDatabase } from '../../db/db';
import type { CardRecord } from '../../db/types';
import { setWordStatus } from '../vocabulary/setWordStatus';
import { DueBadge } from './DueBadge';
import { rateCard } from './rateCard';
import { DEFAULT_REVIEW_SETTINGS } from './scheduler';

describe('DueBadge', () => {
  it('appears when a word is set to Learning and goes when its card is answered', async () => {
    useDatabase(new LesaDB('test-due-badge'));
    render(<DueBadge />);
    await setWordStatus('hestur', 'learning');
    expect(await screen.findByTestId('due-badge')).toHaveTextContent('1');
    expect(screen.getByLabelText('1 card due')).toBeInTheDocument();
    const card = (await getDb().cards.toArray())[0];
    await rateCard(card, 3, { now: new Date(), durationMs: 1, settings: DEFAULT_REVIEW_SETTINGS });
    await waitFor(() => expect(screen.queryByTestId('due-badge')).not.toBeInTheDocument());
  });

  it('a count in the thousands is written in the language’s number style, also without Icelandic locale data', async () => {
    useDatabase(new LesaDB('test-due-badge-many'));
    const fsrs = { due: 0, stability: 5, difficulty: 5, elapsed_days: 0, scheduled_days: 5, learning_steps: 0, reps: 3, lapses: 0, state: 2 };
    const cards = Array.from({ length: 1234 }, (_, i): CardRecord => ({
      lemma: `orð${i}`, kind: 'recognition', display: `orð${i}`, pos: 'noun', gender: null, ipa: null, glosses: [], sentence: '', formStart: 0, formEnd: 0,
      articleId: null, due: 1000 + i, fsrs, suspended: false, createdAt: 0, queue: Q_REVIEW,
    }));
    await getDb().cards.bulkAdd(cards);
    const { unmount } = render(<DueBadge />);
    expect(await screen.findByLabelText('1,234 cards due')).toHaveTextContent(/^1,234$/);
    unmount();
    await inIcelandicWithAndWithoutIntlData(async () => {
      render(<DueBadge />);
      expect(await screen.findByLabelText('1.234 spjöld tilbúin')).toHaveTextContent(/^1\.234$/);
    });
  });
});
