import { render, screen } from '@testing-library/react';
import { applyStatuses } from '../../db/words';
import { LesaDB, useDatabase } from '../../db/db';
import { ProgressWithData } from './ProgressWithData';
import { ProgressView, type ProgressData } from './ProgressView';
import { days } from './progressModel';

const NOW = new Date('2026-03-10T15:00:00').getTime();
const series = (values: number[], forward = false) => days(NOW, values.length, forward).map((day, i) => ({ day, value: values[i] }));

describe('ProgressView', () => {
  it('shows the figures and charts with their data for screen readers', () => {
    const data: ProgressData = {
      known: { lemmas: 120, forms: 310 }, learning: 14, cards: 14, dueToday: 5,
      knownOverTime: series([100, 110, 120]), reviewsPerDay: series([0, 12, 30]), forecast: series([5, 0, 7], true),
      retention: { rate: 0.87, count: 40 }, desiredRetention: 0.9,
    };
    render(<ProgressView data={data} />);
    expect(screen.getByTestId('known-lemmas')).toHaveTextContent('120');
    expect(screen.getByText('310')).toBeInTheDocument();
    expect(screen.getByText('87%')).toBeInTheDocument();
    expect(screen.getByText(/From 40 reviews .* 87% remembered; your goal is 90%/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Answers given each day, last 30 days' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Answers given each day, last 30 days' })).toHaveTextContent('30');
    expect(screen.getByRole('img', { name: /Cards falling due each day/ }).querySelectorAll('rect')).toHaveLength(3);
  });

  it('from storage: known words counted in lemmas and forms, empty charts explained', async () => {
    useDatabase(new LesaDB('test-progress-page'));
    await applyStatuses([{ lemma: 'hestur', status: 'known', forms: ['hest', 'hestinum'] }, { lemma: 'vera', status: 'known', forms: ['er'] }], Date.now());
    render(<ProgressWithData />);
    expect(await screen.findByTestId('known-lemmas')).toHaveTextContent('2');
    expect(screen.getByText('3')).toBeInTheDocument();
    expect(screen.getByText('No reviews in the last 30 days.')).toBeInTheDocument();
    expect(screen.getByText(/No cards yet/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Known lemmas at the end of each day/ })).toHaveTextContent('2');
  });
});
