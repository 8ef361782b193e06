import { render, screen, waitFor } from '@testing-library/react';
import { LesaDB, getDb, useDatabase } from '../../db/db';
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
});
