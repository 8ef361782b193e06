import { memo, useEffect, useMemo, useState } from 'react';
import type { AnalysedToken } from '../../lang/types';
import { firstScreenParagraphs, segmentText, type ParagraphSegments } from './paragraphs';

/** Words rendered before the first paint; more than a phone or desktop screen shows. */
const FIRST_SCREEN_WORDS = 250;

export interface ArticleTextProps {
  text: string;
  tokens: AnalysedToken[];
  /** CSS class per token index (e.g. word status colours); computed by the caller. */
  tokenClass?: (tokenIndex: number) => string | undefined;
}

/**
 * The article's text with every word tappable. Rendered once per article and status change;
 * selection and focus are handled on the DOM by the reader so a tap does not re-render the text.
 * On first mount only the first screen's paragraphs are rendered; the rest follow after that
 * frame is painted. Later renders (status colours, a new analysis) render everything at once.
 */
export const ArticleText = memo(function ArticleText({ text, tokens, tokenClass }: ArticleTextProps) {
  const paragraphs = useMemo(() => segmentText(text, tokens), [text, tokens]);
  // A long article opens with its first screen; the rest is rendered right after that paint.
  const firstScreen = useMemo(() => firstScreenParagraphs(paragraphs, FIRST_SCREEN_WORDS), [paragraphs]);
  const [shown, setShown] = useState<{ of: ParagraphSegments[]; count: number }>(() => ({ of: paragraphs, count: firstScreen }));
  const count = shown.of === paragraphs ? shown.count : paragraphs.length;
  useEffect(() => {
    if (count >= paragraphs.length) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown({ of: paragraphs, count: paragraphs.length }));
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
        <p key={p.start} className={i < firstScreen ? undefined : 'later'}>
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
