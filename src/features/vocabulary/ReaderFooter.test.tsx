import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { inIcelandicWithAndWithoutIntlData } from '../../../test/support/noIcelandicIntl';
import { ReaderFooter } from './ReaderFooter';
import type { ArticleKnownStats } from './tokens';

const stats = (s: Partial<ArticleKnownStats>): ArticleKnownStats => ({ words: 3000, lemmas: 1234, knownShare: 0.406, knownLemmas: 400, newLemmas: 1002, learningLemmas: 3, ...s });
const figures = () => screen.getAllByRole('listitem').slice(0, 5).map((li) => li.textContent);

describe('ReaderFooter', () => {
  it('the known share as a percentage like the library card’s (rounded; "<1%" and ">99%" at the ends), counts in the number style', () => {
    const { rerender } = render(<ReaderFooter stats={stats({})} onMarkRestKnown={vi.fn()} />);
    expect(figures()).toEqual(['You know 41% of the words in this text', '1,234 different words', '1,002 new', '3 learning', '400 known']);
    expect(screen.getByRole('button', { name: 'Mark the remaining 1,002 new words as known' })).toBeInTheDocument();
    rerender(<ReaderFooter stats={stats({ knownShare: 0.997 })} onMarkRestKnown={vi.fn()} />);
    expect(figures()[0]).toBe('You know >99% of the words in this text');
    rerender(<ReaderFooter stats={stats({ knownShare: 0.002 })} onMarkRestKnown={vi.fn()} />);
    expect(figures()[0]).toBe('You know <1% of the words in this text');
    rerender(<ReaderFooter stats={stats({ knownShare: 0 })} onMarkRestKnown={vi.fn()} />);
    expect(figures()[0]).toBe('You know 0% of the words in this text');
  });

  it('in Icelandic, also without Icelandic locale data', async () => {
    await inIcelandicWithAndWithoutIntlData(() => {
      render(<ReaderFooter stats={stats({})} onMarkRestKnown={vi.fn()} />);
      expect(figures()).toEqual(['Þú þekkir 41% orðanna í textanum', '1.234 mismunandi orð', '1.002 ný', '3 í námi', '400 þekkt']);
      expect(screen.getByRole('button', { name: 'Merkja 1.002 nýju orðin sem eftir eru sem þekkt' })).toBeInTheDocument();
    });
  });

  it('in Icelandic, 21 (and 1) take the singular and still show the count', async () => {
    await inIcelandicWithAndWithoutIntlData(() => {
      const { rerender } = render(<ReaderFooter stats={stats({ newLemmas: 21 })} onMarkRestKnown={vi.fn()} />);
      expect(screen.getByRole('button', { name: 'Merkja 21 nýtt orð sem eftir er sem þekkt' })).toBeInTheDocument();
      rerender(<ReaderFooter stats={stats({ newLemmas: 1 })} onMarkRestKnown={vi.fn()} />);
      expect(screen.getByRole('button', { name: 'Merkja 1 nýtt orð sem eftir er sem þekkt' })).toBeInTheDocument();
    });
  });

  it('keyboard: "Mark the remaining … as known" keeps focus while busy (unavailable, not disabled), then focus goes to "No new words left"', async () => {
    const user = userEvent.setup();
    const onMark = vi.fn();
    const { rerender } = render(<ReaderFooter stats={stats({ newLemmas: 3 })} onMarkRestKnown={onMark} />);
    const button = screen.getByRole('button', { name: 'Mark the remaining 3 new words as known' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(onMark).toHaveBeenCalledTimes(1);
    rerender(<ReaderFooter stats={stats({ newLemmas: 3 })} busy onMarkRestKnown={onMark} />);
    expect(button).toBeEnabled();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(onMark).toHaveBeenCalledTimes(1);
    rerender(<ReaderFooter stats={stats({ newLemmas: 0 })} onMarkRestKnown={onMark} />);
    expect(screen.getByText('No new words left in this article.')).toHaveFocus();
  });
});
