import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { AnalysedToken } from '../../lang/types';
import { fillScreen, firstScreenParagraphs, segmentText, type ParagraphSegments } from './paragraphs';

/**
 * Words rendered first on mount: about as many as the window shows below the title (the back link,
 * title, byline and hint take at least 150 px; at the default text size a word takes about
 * 2,000 px² of the 36rem column: 152 words below the title on a 1280×900 window). Whole paragraphs
 * up to that; before that frame is painted they are measured and topped up if they fall short of
 * the bottom of the screen.
 */
function firstBatchWords(): number {
  return Math.round((Math.max(innerHeight - 150, 0) * Math.min(innerWidth, 576)) / 2000);
}

export interface ArticleTextProps {
  text: string;
  tokens: AnalysedToken[];
  /** CSS class per token index (e.g. word status colours); computed by the caller. */
  tokenClass?: (tokenIndex: number) => string | undefined;
  /** Called once every paragraph is in the page (after the first screen's paint, for a long text). */
  onComplete?: () => void;
}

interface Shown {
  of: ParagraphSegments[];
  /** Paragraphs rendered. */
  count: number;
  /** Paragraphs of the first screen (rendered before the first paint). */
  screen: number;
}

/**
 * The article's text with every word tappable. Rendered once per article and status change;
 * selection and focus are handled on the DOM by the reader so a tap does not re-render the text.
 * On first mount only the paragraphs that fill the first screen are rendered (estimated from the
 * window, measured and topped up before the paint); the rest follow after that frame is painted. Later
 * renders (status colours, a new analysis) render everything at once.
 */
export const ArticleText = memo(function ArticleText({ text, tokens, tokenClass, onComplete }: ArticleTextProps) {
  const paragraphs = useMemo(() => segmentText(text, tokens), [text, tokens]);
  // A long article opens with its first screen; the rest is rendered right after that paint.
  const [shown, setShown] = useState<Shown>(() => {
    const n = firstScreenParagraphs(paragraphs, firstBatchWords());
    return { of: paragraphs, count: n, screen: n };
  });
  const count = shown.of === paragraphs ? shown.count : paragraphs.length;
  // Until the first paint: does the text drawn so far reach the bottom of the screen? If not, more
  // paragraphs are rendered now (a layout effect: before the browser paints). Measured in page
  // coordinates, as the page is scrolled to the top after the reader opens.
  const sizing = useRef(true);
  const firstP = useRef<HTMLParagraphElement>(null);
  const lastP = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (!sizing.current || shown.of !== paragraphs) return;
    const top = firstP.current?.getBoundingClientRect().top;
    const bottom = (lastP.current ?? firstP.current)?.getBoundingClientRect().bottom;
    const more = top === undefined || bottom === undefined ? shown.count : fillScreen(paragraphs, shown.count, top + scrollY, bottom + scrollY, innerHeight);
    if (more > shown.count) setShown({ of: paragraphs, count: more, screen: more });
    else sizing.current = false;
  }, [shown, paragraphs]);
  const complete = count >= paragraphs.length;
  useEffect(() => {
    if (complete) onComplete?.();
  }, [complete, onComplete]);
  useEffect(() => {
    if (count >= paragraphs.length) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        sizing.current = false;
        setShown({ of: paragraphs, count: paragraphs.length, screen: count });
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [count, paragraphs]);
  // One-letter words ("í", "á", "ó") get the class w1: a wider hit area (reader.css).
  // Roving tabindex: only the first word is in the tab order at first; the reader moves it.
  const first = paragraphs.find((p) => p.segments.some((s) => s.token >= 0))?.segments.find((s) => s.token >= 0)?.token;
  return (
    <>
      {paragraphs.slice(0, count).map((p, i) => (
        <p key={p.start} ref={i === 0 ? firstP : i === count - 1 ? lastP : undefined} className={i < shown.screen ? undefined : 'later'}>
          {p.segments.map((s) =>
            s.token < 0 ? (
              text.slice(s.start, s.end)
            ) : (
              <span
                key={s.start}
                className={`w${s.end - s.start === 1 ? ' w1' : ''} ${tokenClass?.(s.token) ?? ''}`}
                data-i={s.token}
                role="button"
                tabIndex={s.token === first ? 0 : -1}
              >
                {text.slice(s.start, s.end)}
              </span>
            ),
          )}
        </p>
      ))}
    </>
  );
});
