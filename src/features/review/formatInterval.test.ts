import i18n from 'i18next';
import { simulateNoIcelandicIntl } from '../../../test/support/noIcelandicIntl';
import { formatInterval } from './formatInterval';

const MIN = 60_000;
const DAY = 86_400_000;

describe('formatInterval', () => {
  it('minutes, hours, days, months and years (to a tenth) in English', () => {
    const t = i18n.getFixedT('en');
    expect([10 * MIN, 3 * 60 * MIN, DAY, 8 * DAY, 92 * DAY, 365 * DAY, 548 * DAY].map((ms) => formatInterval(ms, t))).toEqual(['10 min', '3 h', '1 day', '8 days', '3 mo', '1 yr', '1.5 yrs']);
  });

  it('in Icelandic with a decimal comma, also in a browser without Icelandic locale data', () => {
    const expected = ['10 mín.', '3 klst.', '1 dag', '21 dag', '8 daga', '3 mán.', '1,5 ár', '12,3 ár'];
    const run = () => [10 * MIN, 3 * 60 * MIN, DAY, 21 * DAY, 8 * DAY, 92 * DAY, 548 * DAY, 4500 * DAY].map((ms) => formatInterval(ms, i18n.getFixedT('is')));
    expect(run()).toEqual(expected);
    const restore = simulateNoIcelandicIntl();
    try {
      expect(run()).toEqual(expected);
    } finally {
      restore();
    }
  });
});
