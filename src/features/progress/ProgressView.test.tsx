import { render, screen, within } from '@testing-library/react';
import { inIcelandicWithAndWithoutIntlData } from '../../../test/support/noIcelandicIntl';
import { applyStatuses } from '../../db/words';
import { LesaDB, useDatabase } from '../../db/db';
import { ProgressWithData } from './ProgressWithData';
import { ProgressView, type ProgressData } from './ProgressView';
import { niceTicks } from './BarChart';
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

  it('figures, percentages, chart days and values in the language’s style, in Icelandic also without Icelandic locale data', async () => {
    const data: ProgressData = {
      known: { lemmas: 1234, forms: 5678 }, learning: 14, cards: 1500, dueToday: 1001,
      knownOverTime: series([1200, 1220, 1234]), reviewsPerDay: series([0, 12, 1500]), forecast: series([5, 0, 7], true),
      retention: { rate: 0.996, count: 2345 }, desiredRetention: 0.9,
    };
    const rows = (name: RegExp) => within(screen.getByRole('table', { name })).getAllByRole('row').map((r) => r.textContent);
    const { unmount } = render(<ProgressView data={data} />);
    expect(screen.getByTestId('known-lemmas')).toHaveTextContent(/^1,234$/);
    expect(screen.getByText('5,678')).toBeInTheDocument();
    expect(screen.getByText('1,001')).toBeInTheDocument();
    expect(screen.getByText('>99%')).toBeInTheDocument();
    expect(screen.getByText('remembered in reviews, last 30 days (goal 90%)')).toBeInTheDocument();
    expect(screen.getByText('From 2,345 reviews of cards past their learning steps: >99% remembered; your goal is 90%.')).toBeInTheDocument();
    expect(rows(/^Answers given each day/)).toEqual(['8 Mar0', '9 Mar12', '10 Mar1,500']);
    expect([...screen.getByRole('img', { name: /^Answers given each day/ }).querySelectorAll('g > text')].map((x) => x.textContent)).toEqual(['0', '500', '1,000', '1,500']);
    unmount();
    await inIcelandicWithAndWithoutIntlData(() => {
      render(<ProgressView data={data} />);
      expect(screen.getByTestId('known-lemmas')).toHaveTextContent(/^1\.234$/);
      expect(screen.getByText('5.678')).toBeInTheDocument();
      expect(screen.getByText('1.001')).toBeInTheDocument();
      expect(screen.getByText('munað í upprifjun síðustu 30 daga (markmið 90%)')).toBeInTheDocument();
      expect(screen.getByText('Út frá 2.345 upprifjunum spjalda sem eru komin yfir námsskrefin: >99% munað; markmiðið er 90%.')).toBeInTheDocument();
      expect(rows(/^Svör á hverjum degi/)).toEqual(['8. mar.0', '9. mar.12', '10. mar.1.500']);
      expect(rows(/^Spjöld sem koma á tíma/)).toEqual(['10. mar.5', '11. mar.0', '12. mar.7']);
      expect([...screen.getByRole('img', { name: /^Svör á hverjum degi/ }).querySelectorAll('g > text')].map((x) => x.textContent)).toEqual(['0', '500', '1.000', '1.500']);
      expect(screen.getByRole('img', { name: /^Svör á hverjum degi/ }).querySelector('rect title')).toHaveTextContent('8. mar.: 0');
    });
  });

  it('from storage: known words counted in lemmas and forms, empty charts explained', async () => {
    useDatabase(new LesaDB('test-progress-page'));
    await applyStatuses([{ lemma: 'hestur', status: 'known', forms: ['hest', 'hestinum'] }, { lemma: 'vera', status: 'known', forms: ['er'] }], Date.now());
    render(<ProgressWithData />);
    expect(await screen.findByTestId('known-lemmas')).toHaveTextContent('2');
    expect(screen.getByText('3')).toBeInTheDocument();
    expect(screen.getByText('No reviews in the last 30 days.')).toBeInTheDocument();
    expect(screen.getByText(/No cards yet/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Known words at the end of each day/ })).toHaveTextContent('2');
  });

  it('with no data yet: every chart is an explained empty state, and "–" for retention is explained', () => {
    const zeros = Array.from({ length: 30 }, () => 0);
    const data: ProgressData = {
      known: { lemmas: 0, forms: 0 }, learning: 0, cards: 0, dueToday: 0,
      knownOverTime: series(zeros), reviewsPerDay: series(zeros), forecast: series(zeros, true),
      retention: { rate: null, count: 0 }, desiredRetention: 0.9,
    };
    render(<ProgressView data={data} />);
    expect(screen.queryAllByRole('img')).toHaveLength(0);
    expect(screen.getByText('No known words yet: mark words Known while reading.')).toHaveClass('empty');
    expect(screen.getByText('No reviews in the last 30 days.')).toHaveClass('empty');
    expect(screen.getByText(/No cards yet/)).toHaveClass('empty');
    expect(screen.getByText('–')).toBeInTheDocument();
    expect(screen.getByTestId('retention-empty')).toHaveTextContent(/not enough data yet/);
  });

  it('y-axis ticks are whole numbers, evenly spaced from 0, covering the largest value', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(30)).toEqual([0, 10, 20, 30]);
    expect(niceTicks(123)).toEqual([0, 50, 100, 150]);
    for (const max of [1, 2, 5, 9, 13, 58, 999, 4321]) {
      const t = niceTicks(max);
      const step = t[1] - t[0];
      expect(t.every((v, i) => Number.isInteger(v) && v === i * step)).toBe(true);
      expect(t[t.length - 1]).toBeGreaterThanOrEqual(max);
      expect(t.length).toBeLessThanOrEqual(5);
    }
  });

  it('labels each figure in the singular or plural its number takes ("1 card due now"; Icelandic "21 spjald tilbúið", "11 spjöld tilbúin")', async () => {
    const data = (n: number): ProgressData => ({
      known: { lemmas: n, forms: n }, learning: n, cards: n, dueToday: n,
      knownOverTime: series([n]), reviewsPerDay: series([0]), forecast: series([n], true),
      retention: { rate: null, count: 0 }, desiredRetention: 0.9,
    });
    const figures = () => screen.getAllByRole('listitem').slice(0, 4).map((li) => li.textContent);
    const { rerender, unmount } = render(<ProgressView data={data(1)} />);
    expect(figures()).toEqual(['1known word', '1form of those words met', '1word you are learning', '1card due now']);
    rerender(<ProgressView data={data(2)} />);
    expect(figures()).toEqual(['2known words', '2forms of those words met', '2words you are learning', '2cards due now']);
    unmount();
    await inIcelandicWithAndWithoutIntlData(() => {
      const { rerender } = render(<ProgressView data={data(21)} />);
      expect(figures()).toEqual(['21þekkt orð', '21beygingarmynd þeirra sem þú hefur séð', '21orð sem þú ert að læra', '21spjald tilbúið núna']);
      rerender(<ProgressView data={data(11)} />);
      expect(figures()).toEqual(['11þekkt orð', '11beygingarmyndir þeirra sem þú hefur séð', '11orð sem þú ert að læra', '11spjöld tilbúin núna']);
    });
  });

  it('draws the tick labels of a small chart: 0, 1, 2, 3 for a largest value of 3', () => {
    const data: ProgressData = {
      known: { lemmas: 1, forms: 1 }, learning: 3, cards: 3, dueToday: 3,
      knownOverTime: series([1, 1, 1]), reviewsPerDay: series([0, 0, 0]), forecast: series([3, 0, 1], true),
      retention: { rate: null, count: 0 }, desiredRetention: 0.9,
    };
    render(<ProgressView data={data} />);
    const chart = screen.getByRole('img', { name: /Cards falling due each day/ });
    const ticks = [...chart.querySelectorAll('g > text')].map((x) => x.textContent);
    expect(ticks).toEqual(['0', '1', '2', '3']);
  });
});
