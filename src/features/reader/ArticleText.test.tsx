import { render, waitFor } from '@testing-library/react';
import { wordTokens } from '../../../test/support/wordTokens';
import { ArticleText } from './ArticleText';

const words = wordTokens;

describe('ArticleText on a long article', () => {
  // 40 paragraphs of 30 words: 1,200 tappable words.
  const text = Array.from({ length: 40 }, (_, p) => Array.from({ length: 30 }, (_, w) => `orð${p}x${w}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)])).join(' ') + '.').join('\n\n');
  const tokens = words(text);

  it('shows the first screen at once and the whole text right after, every character once', async () => {
    const { container } = render(<ArticleText text={text} tokens={tokens} />);
    const first = container.querySelectorAll('p').length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(40);
    await waitFor(() => expect(container.querySelectorAll('p')).toHaveLength(40));
    expect([...container.querySelectorAll('p')].map((p) => p.textContent).join('\n\n')).toBe(text);
    expect(container.querySelectorAll('.w')).toHaveLength(tokens.length);
    // Only paragraphs after the first screen may skip layout (content-visibility, in the CSS).
    const later = [...container.querySelectorAll('p')].map((p) => p.classList.contains('later'));
    expect(later.slice(0, first).every((l) => !l)).toBe(true);
    expect(later.slice(first).every((l) => l)).toBe(true);
  });

  it('says when the whole text is in the page (the reader adds its footer then)', async () => {
    const paragraphsWhenDone: number[] = [];
    const { container } = render(<ArticleText text={text} tokens={tokens} onComplete={() => paragraphsWhenDone.push(container.querySelectorAll('p').length)} />);
    expect(paragraphsWhenDone).toEqual([]);
    await waitFor(() => expect(paragraphsWhenDone).toEqual([40]));
  });

  it('renders everything at once when the text changes under it (new analysis, status colours)', async () => {
    const { container, rerender } = render(<ArticleText text={text} tokens={tokens} />);
    await waitFor(() => expect(container.querySelectorAll('p')).toHaveLength(40));
    rerender(<ArticleText text={text} tokens={[...tokens]} tokenClass={() => 'st-new'} />);
    expect(container.querySelectorAll('p')).toHaveLength(40);
    expect(container.querySelectorAll('.w.st-new')).toHaveLength(tokens.length);
  });
});

describe('ArticleText tap targets', () => {
  it('marks one-letter words (í, á) for a wider hit area, and only them', () => {
    const text = 'Hún fór í bæinn á mánudag.';
    const { container } = render(<ArticleText text={text} tokens={words(text)} />);
    expect([...container.querySelectorAll('.w.w1')].map((w) => w.textContent)).toEqual(['í', 'á']);
    expect(container.querySelector('p')!.textContent).toBe(text);
  });
});
