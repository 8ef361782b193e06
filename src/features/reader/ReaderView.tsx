import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { formatDateTime } from '../../app/ui/format';
import type { ArticleRecord } from '../../db/types';
import type { StoredAnalysis } from '../../db/types';
import type { AnalysedToken, Analysis } from '../../lang/types';
import { GlossPopover } from '../gloss/GlossPopover';
import { buildGlossView, type GlossView } from '../gloss/glossModel';
import { ArticleText } from './ArticleText';
import { MakeListButton } from './MakeListButton';
import { wordTokenIndices } from './paragraphs';
import { nearestWord } from './nearestWord';
import type { Placement } from './placePopover';
import { keepClearOfSheet, likelyPlacement, positionPopover } from './positionPopover';
import { tokenAt, wordNear } from './tokenAt';
import './reader.css';

export interface ReaderViewProps {
  article: ArticleRecord;
  /** The analysis; without `entries` until they are read (a tapped word's popover waits for them). */
  analysis: Analysis | StoredAnalysis;
  onChooseCandidate(tokenIndex: number, candidateIndex: number): void;
  /** CSS class per token (word status colours). */
  tokenClass?: (tokenIndex: number) => string | undefined;
  userGlosses?: ReadonlyMap<string, string>;
  /** Extra controls in the popover for the selected word (status buttons…). */
  popoverExtras?: (view: GlossView) => ReactNode;
  /** Extra content after the article (legend, "mark the rest as known"…). */
  footer?: ReactNode;
  /** Keyboard shortcuts handled while a word is selected (e.g. status keys); return true if handled. */
  onWordKey?: (key: string, view: GlossView) => boolean;
  /** Called once the whole text is in the page (after the first screen's paint, for a long text). */
  onTextComplete?: () => void;
  /** Starts a word list from this article (shown as "Make a word list" beside the back link when given). */
  onMakeList?: () => void | Promise<void>;
}

/** The selected word: a token index in the analysis (tokens, of that text) it was selected in. */
interface Selection {
  i: number;
  tokens: readonly AnalysedToken[];
  text: string;
}

/** Keys that scroll the popover's gloss when it has focus (rather than move to another word). */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'Home', 'End']);

/**
 * Title, byline, caption and hint. Memoised: a tap re-renders the reader for the popover, and
 * formatting the date each time would add to the time between the tap and the popover.
 */
const ArticleHeader = memo(function ArticleHeader({ article, language }: { article: ArticleRecord; language: string }) {
  const { t } = useTranslation('reader');
  return (
    <header className="article-head">
      <h1 id="article-title" lang="is">
        {article.title}
      </h1>
      <p className="byline">
        {article.author && <span lang="is">{article.author}</span>}
        {article.publishedAt && <time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt, language)}</time>}
        {article.site && <span>{article.site}</span>}
      </p>
      {article.caption && (
        <p className="caption" lang="is">
          {article.caption}
        </p>
      )}
      <p className="hint">
        {t('hint')} <span className="keyboard-hint">{t('keyboardHint')}</span>
      </p>
    </header>
  );
});

/** Reads one article: typography, tappable words, the gloss popover. Display only. */
export function ReaderView(props: ReaderViewProps) {
  const { article, analysis, onChooseCandidate, tokenClass, userGlosses, popoverExtras, footer, onWordKey, onTextComplete: textCompleted, onMakeList } = props;
  const { t, i18n } = useTranslation('reader');
  const bodyRef = useRef<HTMLDivElement>(null);
  const popRef = useRef<HTMLDivElement>(null);
  const readerRef = useRef<HTMLElement>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  // Set when a new analysis replaced the one the selection was made in: where the selected word
  // was, and where focus was then (read before the new analysis is drawn, which may take the
  // focused element out of the page).
  const [swapped, setSwapped] = useState<{ at: number; focus: 'popover' | 'word' | null } | null>(null);
  // A new analysis of the same text (a background refresh) keeps the selected word: the token at the
  // same offsets, whose index may have changed. Adjusted while rendering, so that no render shows
  // the popover closed, or on another word, in between. Without such a token (or with another text)
  // the popover closes.
  if (selection && (selection.tokens !== analysis.tokens || selection.text !== article.text)) {
    const old = selection.tokens[selection.i];
    const i = old && selection.text === article.text ? tokenAt(analysis.tokens, old) : -1;
    setSelection(i >= 0 ? { i, tokens: analysis.tokens, text: article.text } : null);
    const active = document.activeElement;
    const focus = !active ? null : popRef.current?.contains(active) ? 'popover' : active.matches(`.w[data-i="${selection.i}"]`) ? 'word' : null;
    setSwapped({ at: old?.start ?? 0, focus });
  }
  const selected = selection && selection.tokens === analysis.tokens && selection.text === article.text ? selection.i : null;
  // The footer follows the last paragraph: it is rendered once the whole text is in the page, not
  // in the frame that shows the first screen (where it would sit below the fold anyway).
  const [textComplete, setTextComplete] = useState(false);
  const onTextComplete = useCallback(() => {
    setTextComplete(true);
    textCompleted?.();
  }, [textCompleted]);
  // Set when a key opened or moved the popover: focus goes to its heading once it is placed.
  const focusPopover = useRef(false);
  // Where the popover for the word just selected starts (read before it is in the page), and the
  // popover's width when last placed.
  const startAt = useRef<Placement | null>(null);
  const popWidth = useRef(0);
  const order = useMemo(() => wordTokenIndices(analysis.tokens), [analysis.tokens]);
  const orderPos = useMemo(() => new Map(order.map((ti, i) => [ti, i])), [order]);

  const view = useMemo(
    () => (selected === null || !('entries' in analysis) ? null : buildGlossView(analysis, article.text, selected, userGlosses)),
    [analysis, article.text, selected, userGlosses],
  );

  const wordEl = useCallback((i: number) => bodyRef.current?.querySelector<HTMLElement>(`[data-i="${i}"]`) ?? null, []);

  /** Marks word `i` (and the rest of its phrase) as selected on the DOM, and puts it in the tab order. */
  const mark = useCallback(
    (i: number | null) => {
      const body = bodyRef.current;
      if (!body) return null;
      body.querySelectorAll('.w.selected, .w.in-phrase').forEach((el) => el.classList.remove('selected', 'in-phrase'));
      if (i === null) return null;
      const el = wordEl(i);
      if (!el) return null;
      body.querySelectorAll<HTMLElement>('.w[tabindex="0"]').forEach((w) => (w.tabIndex = -1));
      el.tabIndex = 0;
      el.classList.add('selected');
      const tok = analysis.tokens[i];
      if (tok?.phrase !== undefined) {
        analysis.tokens.forEach((o, j) => o.phrase === tok.phrase && j !== i && wordEl(j)?.classList.add('in-phrase'));
      }
      return el;
    },
    [analysis.tokens, wordEl],
  );

  /** Selects a word (or none); `focus` moves focus to the word, or into its popover. */
  const select = useCallback(
    (i: number | null, focus: boolean | 'popover') => {
      if (!bodyRef.current) return;
      // Where the popover will likely go, read before the marks below are written: on the layout
      // the last frame left clean, rather than forcing a style pass for them first.
      const word = i === null ? null : wordEl(i);
      const start = word && readerRef.current ? likelyPlacement(word, readerRef.current, popWidth.current) : null;
      const el = mark(i);
      if (i === null) {
        setSelection(null);
        return;
      }
      if (!el) return;
      if (focus === true) el.focus();
      focusPopover.current = focus === 'popover';
      startAt.current = start;
      setSelection({ i, tokens: analysis.tokens, text: article.text });
    },
    [analysis.tokens, article.text, mark, wordEl],
  );

  // Once a new analysis is drawn: the word still selected is marked again (its index, its phrase and
  // its classes may have changed) and focus stays in its popover, or on it, if it was there (a
  // control the new gloss no longer has, or the word's old element, took it out of the page). A
  // popover the new analysis closed unmarks its word and gives the focus it had to the word now at
  // that place, as Escape does.
  useLayoutEffect(() => {
    if (swapped === null) return;
    setSwapped(null);
    const active = document.activeElement;
    const pop = popRef.current;
    const el = mark(selected);
    if (selected !== null) {
      if (swapped.focus === 'popover' && pop && !pop.contains(active)) pop.querySelector<HTMLElement>('.gloss-form')?.focus({ preventScroll: true });
      if (swapped.focus === 'word' && el && active !== el) el.focus({ preventScroll: true });
      return;
    }
    if (swapped.focus === null) return;
    const i = wordNear(analysis.tokens, swapped.at);
    const near = i < 0 ? null : wordEl(i);
    if (!near) return;
    bodyRef.current?.querySelectorAll<HTMLElement>('.w[tabindex="0"]').forEach((w) => (w.tabIndex = -1));
    near.tabIndex = 0;
    near.focus({ preventScroll: true });
  }, [swapped, selected, analysis.tokens, mark, wordEl]);

  // Position the popover next to the word (or as a bottom sheet on narrow screens). Placed on the
  // DOM before paint, not through state: a second render of the reader per tap would double the
  // work between the tap and the popover on screen.
  useLayoutEffect(() => {
    if (selected === null) return;
    const el = wordEl(selected);
    const pop = popRef.current;
    const reader = readerRef.current;
    const start = startAt.current;
    startAt.current = null;
    if (!el || !pop || !reader) return;
    popWidth.current = positionPopover(pop, el, reader, start);
    if (focusPopover.current) {
      focusPopover.current = false;
      // Once placed, so that focusing it does not scroll the page.
      pop.querySelector<HTMLElement>('.gloss-form')?.focus({ preventScroll: true });
    }
  }, [selected, view, wordEl]);

  // On a phone, messages sit just above the word sheet: they follow its height, and the tapped word
  // is kept clear of them (see keepClearOfSheet).
  useEffect(() => {
    const pop = popRef.current;
    if (selected === null || !pop || typeof ResizeObserver !== 'function') return;
    const region = document.querySelector('.toasts');
    const observer = new ResizeObserver(() => keepClearOfSheet(pop, wordEl(selected)));
    observer.observe(pop);
    if (region) observer.observe(region);
    return () => {
      observer.disconnect();
      keepClearOfSheet(pop, null);
    };
  }, [selected, wordEl]);

  // Tapping elsewhere closes the popover.
  useEffect(() => {
    if (selected === null) return;
    const onDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (popRef.current?.contains(target)) return;
      if ((target as Element).closest?.('.w')) return;
      select(null, false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [selected, select]);

  function onClick(e: React.MouseEvent) {
    // A tap in the space beside a word (or just above or below it) picks the nearest word.
    const target = e.target as Element;
    const el = target.closest<HTMLElement>('[data-i]') ?? nearestWord((target.closest('p') ?? bodyRef.current)?.querySelectorAll<HTMLElement>('.w[data-i]') ?? [], e.clientX, e.clientY);
    if (!el) return;
    const i = Number(el.dataset.i);
    if (i === selected) select(null, false);
    else select(i, false);
  }

  function move(from: number, delta: number, focus: true | 'popover' = true) {
    const pos = orderPos.get(from);
    if (pos === undefined) return;
    const next = order[Math.min(order.length - 1, Math.max(0, pos + delta))];
    if (next === undefined) return;
    if (selected !== null) select(next, focus);
    else {
      const el = wordEl(next);
      if (el) {
        bodyRef.current?.querySelectorAll<HTMLElement>('.w[tabindex="0"]').forEach((w) => (w.tabIndex = -1));
        el.tabIndex = 0;
        el.focus();
      }
    }
  }

  function onKeyDown(e: React.KeyboardEvent) {
    const el = (e.target as Element).closest<HTMLElement>('[data-i]');
    if (!el) return;
    const i = Number(el.dataset.i);
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        e.preventDefault();
        move(i, 1);
        return;
      case 'ArrowLeft':
      case 'ArrowUp':
        e.preventDefault();
        move(i, -1);
        return;
      case 'Home':
        e.preventDefault();
        move(i, -order.length);
        return;
      case 'End':
        e.preventDefault();
        move(i, order.length);
        return;
      case 'Enter':
      case ' ':
        e.preventDefault();
        if (selected === i) select(null, true);
        else select(i, 'popover');
        return;
      case 'Escape':
        if (selected !== null) {
          e.preventDefault();
          select(null, true);
        }
        return;
      default:
        if (view && selected === i && !e.ctrlKey && !e.metaKey && !e.altKey && onWordKey?.(e.key, view)) e.preventDefault();
    }
  }

  /**
   * Keys inside the popover: Escape closes it and returns to the word; the word keys (arrows,
   * Home/End, status keys) work as on the word, with focus staying in the popover. Tab and Enter
   * are left to the popover's controls.
   */
  function onPopoverKeyDown(e: React.KeyboardEvent) {
    if (selected === null) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      const i = selected;
      select(null, false);
      wordEl(i)?.focus();
      return;
    }
    const target = e.target as Element;
    // Text fields keep their keys, and so does the scrolling gloss itself (arrows scroll it).
    if (e.ctrlKey || e.metaKey || e.altKey || target.closest('input, textarea, select, [contenteditable="true"]')) return;
    if (target.classList.contains('gloss-body') && SCROLL_KEYS.has(e.key)) return;
    const steps: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -order.length, End: order.length };
    const delta = steps[e.key];
    if (delta !== undefined) {
      e.preventDefault();
      move(selected, delta, 'popover');
    } else if (view && onWordKey?.(e.key, view)) e.preventDefault();
  }

  /** Tabbing (or clicking) out of the popover, other than back to the text, closes it. */
  function onPopoverBlur(e: React.FocusEvent) {
    const to = e.relatedTarget as Node | null;
    if (!to || popRef.current?.contains(to) || bodyRef.current?.contains(to)) return;
    select(null, false);
  }

  return (
    <article className="reader" ref={readerRef} aria-labelledby="article-title">
      {/* Back to the library, and what can be done with the whole article. Before the title in the
          page order, where a teacher choosing an article finds it without reading to the end. */}
      <div className="reader-bar no-print">
        <a className="back-link" href={href({ name: 'library' })}>
          {t('back')}
        </a>
        {onMakeList && <MakeListButton onMake={onMakeList} />}
      </div>
      <ArticleHeader article={article} language={i18n.language} />
      <div className="article-body" lang="is" ref={bodyRef} onClick={onClick} onKeyDown={onKeyDown} aria-label={t('bodyLabel')} role="group">
        <ArticleText text={article.text} tokens={analysis.tokens} tokenClass={tokenClass} onComplete={onTextComplete} />
      </div>
      {/* Right after the text in the page order: Tab goes from the selected word through the popover, then on. */}
      {view && (
        <GlossPopover
          ref={popRef}
          view={view}
          onKeyDown={onPopoverKeyDown}
          onBlur={onPopoverBlur}
          onChooseCandidate={(c) => selected !== null && onChooseCandidate(selected, c)}
          onClose={() => {
            const i = selected;
            select(null, false);
            if (i !== null) wordEl(i)?.focus();
          }}
        >
          {popoverExtras?.(view)}
        </GlossPopover>
      )}
      {textComplete && footer}
    </article>
  );
}
