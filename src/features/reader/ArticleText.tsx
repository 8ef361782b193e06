import { memo, useMemo } from 'react';
import type { AnalysedToken } from '../../lang/types';
import { segmentText } from './paragraphs';

export interface ArticleTextProps {
  text: string;
  tokens: AnalysedToken[];
  /** CSS class per token index (e.g. word status colours); computed by the caller. */
  tokenClass?: (tokenIndex: number) => string | undefined;
}

/**
 * The article's text with every word tappable. Rendered once per article and status change;
 * selection and focus are handled on the DOM by the reader so a tap does not re-render the text.
 */
export const ArticleText = memo(function ArticleText({ text, tokens, tokenClass }: ArticleTextProps) {
  const paragraphs = useMemo(() => segmentText(text, tokens), [text, tokens]);
  // Roving tabindex: only the first word is in the tab order at first; the reader moves it.
  const first = paragraphs.find((p) => p.segments.some((s) => s.token >= 0))?.segments.find((s) => s.token >= 0)?.token;
  return (
    <>
      {paragraphs.map((p) => (
        <p key={p.start}>
          {p.segments.map((s) =>
            s.token < 0 ? (
              text.slice(s.start, s.end)
            ) : (
              <span
                key={s.start}
                className={`w ${tokenClass?.(s.token) ?? ''}`}
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
