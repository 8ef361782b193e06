import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { default_w } from 'ts-fsrs';
import { loadNodeEngine } from '../../../test/support/fsrsEngineNode';
import { inIcelandicWithAndWithoutIntlData } from '../../../test/support/noIcelandicIntl';
import { simulateLearner } from '../../../test/support/simulatedLearner';
import { getDb, LesaDB, useDatabase } from '../../db/db';
import type { ReviewRecord } from '../../db/types';
import { withQueue } from '../../db/cards';
import { DEFAULT_REVIEW_SETTINGS, makeScheduler, newCardState } from '../review/scheduler';
import { loadReviewSettings } from '../review/reviewSettings';
import type { FsrsEngine } from './engine';
import { fitParameters } from './optimize';
import type { RunOptimizer } from './optimizerClient';
import { ParametersSection, type ParametersSectionProps } from './ParametersSection';
import { ParametersWithData } from './ParametersWithData';

let n = 0;
let engine: FsrsEngine;
beforeAll(async () => {
  engine = await loadNodeEngine();
});
beforeEach(() => {
  useDatabase(new LesaDB(`test-parameters-${n++}`));
});

const T = new Date('2026-05-01T12:00:00Z');
/** The real optimiser, run in the test's thread instead of a worker. */
const realRun: RunOptimizer = async (items, weights) => fitParameters(items, weights, engine);

/** Stores a simulated review log and, with `withCards`, the cards as the defaults scheduled them. */
async function storeLog(cards: number, days: number, withCards = false): Promise<number> {
  const rows: ReviewRecord[] = simulateLearner({ cards, days, seed: 5 }).map((a) => ({ ...a, before: newCardState(new Date(a.at)) }));
  await getDb().reviews.bulkAdd(rows);
  if (withCards) {
    const scheduler = makeScheduler({ ...DEFAULT_REVIEW_SETTINGS, fuzz: false });
    for (const id of new Set(rows.map((r) => r.cardId))) {
      const mine = rows.filter((r) => r.cardId === id).sort((a, b) => a.at - b.at);
      let fsrs = newCardState(new Date(mine[0].at));
      for (const r of mine) fsrs = scheduler.answer(fsrs, new Date(r.at), r.rating).next;
      await getDb().cards.add({
        ...withQueue({ lemma: `orð${id}`, kind: 'recognition', display: `orð${id}`, pos: null, gender: null, ipa: null, glosses: [], sentence: `orð${id}`, formStart: 0, formEnd: 3, articleId: null, due: fsrs.due, fsrs, suspended: false, createdAt: mine[0].at }),
        id,
      });
    }
  }
  return rows.length;
}

describe('Personal parameters (Settings)', () => {
  it('below 400 answers the button is off and says how many are needed', async () => {
    await storeLog(3, 20);
    render(<ParametersWithData run={realRun} />);
    expect(await screen.findByTestId('parameters-answers')).toHaveTextContent(/so far\. Personal parameters need at least 400 answers/);
    expect(screen.getByRole('button', { name: 'Fit parameters to my answers' })).toBeDisabled();
    expect(screen.getByTestId('parameters-in-use')).toHaveTextContent('In use: the standard timing, the same for everyone (the FSRS-6 default parameters).');
    // A plain heading, with the technical name after it.
    expect(screen.getByRole('heading', { level: 2, name: /^Review timing fitted to you/ })).toHaveTextContent('FSRS scheduling parameters');
  });

  it('fits parameters to the log, shows log loss before and after, and puts them in use on request', async () => {
    const total = await storeLog(120, 90, true);
    expect(total).toBeGreaterThanOrEqual(400);
    const card1 = (await getDb().cards.get(1))!;
    render(<ParametersWithData run={realRun} now={() => T} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Fit parameters to my answers' }));
    const result = await screen.findByTestId('parameters-result', {}, { timeout: 20000 });
    const table = within(result).getByRole('table', { name: /How well each set of parameters predicts your \d+ answers/ });
    const before = Number(within(table).getByTestId('logloss-before').textContent);
    const after = Number(within(table).getByTestId('logloss-after').textContent);
    expect(within(table).getByRole('rowheader', { name: 'In use now (defaults)' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Prediction error (log loss)' })).toBeInTheDocument();
    expect(after).toBeLessThan(before);
    expect(result).toHaveTextContent(/The fitted parameters predict your answers \d+% better/);

    await userEvent.click(within(result).getByRole('button', { name: 'Use the fitted parameters' }));
    // Every card's memory state is replayed with the new parameters; its due date stays.
    expect(await screen.findByText(/^Your personal parameters are in use from your next answer\. The memory states of 120 cards were recomputed/)).toBeInTheDocument();
    const after1 = (await getDb().cards.get(1))!;
    expect(after1.fsrs.stability).not.toBeCloseTo(card1.fsrs.stability, 6);
    expect(after1.due).toBe(card1.due);
    const settings = await loadReviewSettings();
    expect(settings.weights).toHaveLength(21);
    expect(settings.weights).not.toEqual([...default_w]);
    await waitFor(() => expect(screen.getByTestId('parameters-in-use')).toHaveTextContent(`timing fitted to your own answers on 1 May 2026, from ${total.toLocaleString('en')} answers`));

    // Back to the defaults.
    await userEvent.click(screen.getByRole('button', { name: 'Go back to the default parameters' }));
    expect(await screen.findByText(/^The default parameters are in use again\. The memory states of 120 cards were recomputed/)).toBeInTheDocument();
    // Back with the defaults, the replay gives the states the defaults computed in the first place.
    expect((await getDb().cards.get(1))!.fsrs.stability).toBeCloseTo(card1.fsrs.stability, 9);
    expect((await loadReviewSettings()).weights).toBeNull();
    await waitFor(() => expect(screen.getByTestId('parameters-in-use')).toHaveTextContent('the FSRS-6 default parameters'));
  });

  it('keeps the parameters in use when the fitted ones are no better', async () => {
    await storeLog(120, 90);
    const notBetter: RunOptimizer = async (items, weights) => {
      const r = fitParameters(items, weights, engine);
      return { ...r, fitted: r.current, better: false };
    };
    render(<ParametersWithData run={notBetter} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Fit parameters to my answers' }));
    const result = await screen.findByTestId('parameters-result', {}, { timeout: 20000 });
    expect(result).toHaveTextContent('already predict your answers at least as well');
    expect(within(result).queryByRole('button', { name: 'Use the fitted parameters' })).toBeNull();
    await userEvent.click(within(result).getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('parameters-result')).toBeNull();
    expect((await loadReviewSettings()).weights).toBeNull();
  });

  it('an optimiser failure is reported and changes nothing', async () => {
    await storeLog(120, 90);
    const broken: RunOptimizer = async () => {
      throw new Error('out of memory');
    };
    render(<ParametersWithData run={broken} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Fit parameters to my answers' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The optimiser could not finish. Something unexpected went wrong (details: out of memory). Nothing was changed.');
    expect((await loadReviewSettings()).weights).toBeNull();
  });

  it('answers all given on one day: nothing to fit yet', async () => {
    const rows: ReviewRecord[] = Array.from({ length: 400 }, (_, i) => ({
      cardId: Math.floor(i / 4) + 1,
      lemma: 'x',
      rating: 3,
      state: i % 4 === 0 ? 0 : 1,
      at: T.getTime() + i * 60_000,
      elapsedDays: 0,
      scheduledDays: 0,
      durationMs: 1000,
      before: newCardState(T),
    }));
    await getDb().reviews.bulkAdd(rows);
    let called = false;
    render(
      <ParametersWithData
        run={async () => {
          called = true;
          throw new Error('not expected');
        }}
      />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Fit parameters to my answers' }));
    expect(await screen.findByText(/Nothing to fit yet/)).toBeInTheDocument();
    expect(called).toBe(false);
  });
});

describe('Personal parameters: dates and numbers in both languages', () => {
  const result = { current: { weights: [...default_w], logLoss: 0.5, personal: false }, fitted: { weights: [0.4, 1.25], logLoss: 0.44 }, items: 1234, better: true, ms: 1 };
  const props: ParametersSectionProps = {
    answers: 2345, minAnswers: 400, inUse: { at: new Date('2026-10-25T09:44:00').getTime(), answers: 1500, items: 1234, logLossBefore: 0.5, logLossAfter: 0.44 },
    state: { kind: 'result', result }, onOptimise: vi.fn(), onApply: vi.fn(), onDiscard: vi.fn(), onReset: vi.fn(),
  };

  it('English: the date, counts, log losses and the gain', () => {
    render(<ParametersSection {...props} />);
    expect(screen.getByTestId('parameters-in-use')).toHaveTextContent('In use: timing fitted to your own answers on 25 Oct 2026, from 1,500 answers.');
    expect(screen.getByTestId('parameters-answers')).toHaveTextContent('2,345 answers in your review log.');
    expect(screen.getByRole('table', { name: /predicts your 1,234 answers/ })).toBeInTheDocument();
    expect(screen.getByTestId('logloss-before')).toHaveTextContent(/^0\.5000$/);
    expect(screen.getByTestId('logloss-after')).toHaveTextContent(/^0\.4400$/);
    expect(screen.getByText('The fitted parameters predict your answers 12% better.')).toBeInTheDocument();
  });

  it('a gain too small to round to 1 % reads "<1%"', () => {
    render(<ParametersSection {...props} state={{ kind: 'result', result: { ...result, fitted: { ...result.fitted, logLoss: 0.4999 } } }} />);
    expect(screen.getByText('The fitted parameters predict your answers <1% better.')).toBeInTheDocument();
  });

  it('Icelandic, also in a browser without Icelandic locale data', async () => {
    await inIcelandicWithAndWithoutIntlData(() => {
      render(<ParametersSection {...props} />);
      expect(screen.getByTestId('parameters-in-use')).toHaveTextContent('Í notkun: tímasetning sniðin að þínum eigin svörum þann 25. okt. 2026, út frá 1.500 svörum.');
      expect(screen.getByTestId('parameters-answers')).toHaveTextContent('2.345 svör í svarskránni þinni.');
      expect(screen.getByTestId('logloss-before')).toHaveTextContent(/^0,5000$/);
      expect(screen.getByTestId('logloss-after')).toHaveTextContent(/^0,4400$/);
      expect(screen.getByText('Aðlöguðu færibreyturnar spá 12% betur fyrir um svörin þín.')).toBeInTheDocument();
    });
  });
});
