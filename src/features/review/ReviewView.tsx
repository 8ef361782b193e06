import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { formatNumber, formatPercent } from '../../app/ui/format';
import { isTextEntry, isUndoKey } from '../../app/ui/useUndoKeys';
import type { CardRecord } from '../../db/types';
import { nextDueText } from './nextDueText';
import { ANSWERS, type Answer } from './scheduler';
import type { Summary } from './session';
import './review.css';
import { SpeakButton } from '../speech/SpeakButton';

export interface ReviewViewProps {
  /** Undefined while the queue loads. */
  loading: boolean;
  card: CardRecord | undefined;
  /** The learner's own gloss and note for the card's lemma. */
  userGloss?: string;
  note?: string;
  /** False when the article the card came from has been deleted since (no link to it then). */
  articleExists?: boolean;
  revealed: boolean;
  /** Label of the next interval for each answer (e.g. "10 min"). */
  intervals: Record<Answer, string> | null;
  remaining: { learning: number; review: number; new: number };
  /** Set when the session has answers and nothing is left. */
  summary: Summary | null;
  /**
   * The next due date after now (null: none scheduled), and new cards held back by the daily limit:
   * shown when nothing was due at all, and on the summary of a finished session.
   */
  nextDue: number | null;
  newWaiting: number;
  /** The time now (ms), which the next due date is said from ("tomorrow", "in 3 days"); the clock's by default. */
  now?: number;
  error: string | null;
  /** A passing note (e.g. the card was answered in another tab). */
  notice?: string | null;
  /** Said to screen readers only (e.g. "Answer undone"), from a region that is always in the page. */
  announcement?: string;
  /**
   * The card showing is the one whose answer was just undone: a short visible note says so, until
   * it is revealed or answered (screen readers hear `announcement`; the note is hidden from them).
   */
  undone?: boolean;
  canUndo: boolean;
  /**
   * An answer (or an Undo) is being saved, or the card after it read. Keys and clicks meanwhile are
   * kept and done, in order, once it is over (see `ReviewView`).
   */
  busy?: boolean;
  onReveal(): void;
  onRate(a: Answer): void;
  onUndo(): void;
  onRestart(): void;
  settingsPanel?: React.ReactNode;
}

export const RATING_KEY: Record<Answer, string> = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' };

/** Any form field (a checkbox too: Space is its own), where Space, Enter and 1–4 are left alone. */
function isTyping(target: EventTarget | null) {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** What a key or a click asks for: the same for both. */
/** (An answer is for the card it was given on: `card`, its id.) */
type Action = { kind: 'reveal' } | { kind: 'rate'; answer: Answer; card: number | undefined } | { kind: 'undo' };

/** A focused control other than Show answer: Space and Enter are its own (Undo, a link, Review settings…). */
function onOtherControl(target: EventTarget | null, reveal: HTMLElement | null) {
  const el = target instanceof Element ? target.closest('button, a[href], summary, [role="button"], [role="link"]') : null;
  return !!el && el !== reveal;
}

/** The typed answer to a cloze card is right when it is the exact form met (case and spacing aside). */
export function clozeCorrect(card: CardRecord, typed: string): boolean {
  const norm = (x: string) => x.normalize('NFC').trim().toLocaleLowerCase('is');
  return norm(typed) === norm(card.sentence.slice(card.formStart, card.formEnd));
}

function ClozeFront({ card, hint, revealed, onReveal }: { card: CardRecord; hint: string | undefined; revealed: boolean; onReveal(): void }) {
  const { t } = useTranslation('review');
  const [typed, setTyped] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!revealed) inputRef.current?.focus({ preventScroll: true });
  }, [revealed]);
  const form = card.sentence.slice(card.formStart, card.formEnd);
  function submit(e: FormEvent) {
    e.preventDefault();
    onReveal();
  }
  return (
    <>
      <p className="review-sentence" lang="is" data-testid="review-sentence">
        {card.sentence.slice(0, card.formStart)}
        {revealed ? <mark>{form}</mark> : <span className="cloze-blank" aria-label={t('blank')}>{'_'.repeat(Math.max(3, form.length))}</span>}
        {card.sentence.slice(card.formEnd)}
      </p>
      {hint && <p className="cloze-hint">{t('clozeHint', { gloss: hint })}</p>}
      {!revealed ? (
        <form className="cloze-form" onSubmit={submit}>
          <label className="field">
            <span>{t('clozeInput')}</span>
            <input ref={inputRef} type="text" lang="is" autoComplete="off" autoCapitalize="off" spellCheck={false} value={typed} onChange={(e) => setTyped(e.target.value)} />
          </label>
          <button type="submit" className="primary">
            {t('clozeCheck')}
          </button>
        </form>
      ) : (
        <p className={`cloze-result ${clozeCorrect(card, typed) ? 'right' : 'wrong'}`} role="status">
          {typed.trim() ? (clozeCorrect(card, typed) ? t('clozeRight', { form }) : t('clozeWrong', { typed: typed.trim(), form })) : t('clozeShown', { form })}
        </p>
      )}
    </>
  );
}

function Sentence({ card }: { card: CardRecord }) {
  if (!card.sentence) {
    return (
      <p className="review-sentence review-lemma-only" lang="is">
        <mark>{card.display}</mark>
      </p>
    );
  }
  if (card.formEnd <= card.formStart) {
    // A word from a list whose form could not be found in its example: headword, then the sentence.
    return (
      <>
        <p className="review-sentence review-lemma-only" lang="is">
          <mark>{card.display}</mark>
        </p>
        <p className="review-sentence" lang="is" data-testid="review-sentence">
          {card.sentence}
        </p>
      </>
    );
  }
  return (
    <p className="review-sentence" lang="is" data-testid="review-sentence">
      {card.sentence.slice(0, card.formStart)}
      <mark>{card.sentence.slice(card.formStart, card.formEnd)}</mark>
      {card.sentence.slice(card.formEnd)}
    </p>
  );
}

/** One review session: the card, reveal, the four answers, undo, summary and empty state. Display only. */
export function ReviewView(props: ReviewViewProps) {
  const { t, i18n } = useTranslation('review');
  const { t: tg } = useTranslation('gloss');
  const { loading, card, revealed, intervals, summary, error, canUndo, busy, onReveal, onRate, onUndo } = props;
  const answerRef = useRef<HTMLDivElement>(null);
  const revealRef = useRef<HTMLButtonElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);

  // While an answer is being saved (busy), a key or a click is not lost: it is kept (a few, in
  // order) and done once the save is over and the next card shows, by the rules that hold then. So
  // Space or Enter reveals the next card and U undoes the answer just saved (the first one too,
  // before Undo could show); an answer key or click is not given to the next card, whose answer
  // has not been seen (a double press or a double click must not answer it): it is done only if
  // the card it was pressed on is still there, its answer showing (the save failed). A note says
  // what is kept. Keys and buttons go through the same `act`, and then the same onReveal, onRate
  // and onUndo.
  const [held, setHeld] = useState<Action[]>([]);
  const act = (a: Action) => (busy ? setHeld((h) => [...h, a].slice(-3)) : run(a));
  function run(a: Action) {
    if (a.kind === 'undo') {
      if (canUndo) onUndo();
    } else if (!card) return;
    else if (a.kind === 'rate') {
      if (revealed && a.card === card.id) onRate(a.answer);
    } else if (!revealed && !(card.kind === 'cloze' && card.sentence)) onReveal(); // (a blank is typed in first)
  }
  useEffect(() => {
    if (busy || !held.length) return;
    const [first, ...rest] = held;
    setHeld(rest);
    run(first);
    // Runs again with each change: the next held action then waits for the save that this one starts.
  });

  // Keys: Space/Enter reveal, 1–4 answer, U (or Ctrl+Z, ⌘Z; not Ctrl+Shift+Z, redo) undo — the
  // app's one undo key (`isUndoKey`), left to a text field (the cloze answer) to type or undo typing.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isUndoKey(e)) {
        if (isTextEntry(e.target)) return;
        if (canUndo || busy) {
          e.preventDefault();
          act({ kind: 'undo' });
        }
        return;
      }
      if (e.altKey || e.metaKey || e.ctrlKey || isTyping(e.target) || (!card && !busy)) return;
      const space = e.key === ' ' || e.key === 'Enter';
      if (busy && space) {
        // Saving: Space or Enter is for the next card (not a press of the answer button in focus).
        const el = e.target instanceof Element ? e.target : null;
        if (onOtherControl(el, revealRef.current) && !el?.closest('.review-answers')) return;
        e.preventDefault();
        act({ kind: 'reveal' });
      } else if ((revealed || busy) && ['1', '2', '3', '4'].includes(e.key)) {
        e.preventDefault();
        act({ kind: 'rate', answer: Number(e.key) as Answer, card: card?.id });
      } else if (!revealed && space) {
        if (onOtherControl(e.target, revealRef.current)) return;
        e.preventDefault();
        act({ kind: 'reveal' });
      } else if (revealed && e.key === ' ') {
        e.preventDefault(); // do not scroll or press a focused button
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // Keep focus on the control that matters (reveal, then the answers).
  useEffect(() => {
    if (!card) {
      // The last answer ended the session: the answer buttons (and the focus) are gone; go to the summary.
      const active = document.activeElement;
      if (!active || active === document.body || !active.isConnected) summaryRef.current?.focus({ preventScroll: true });
      return;
    }
    if (revealed) answerRef.current?.querySelector<HTMLButtonElement>('button[data-rating="3"]')?.focus({ preventScroll: true });
    else revealRef.current?.focus({ preventScroll: true });
  }, [card, revealed]);

  // Undo refused (the card changed in another tab): its button goes; focus on it goes back to the card.
  useEffect(() => {
    if (canUndo) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    if (!card) summaryRef.current?.focus({ preventScroll: true });
    else if (revealed) answerRef.current?.querySelector<HTMLButtonElement>('button[data-rating="3"]')?.focus({ preventScroll: true });
    else revealRef.current?.focus({ preventScroll: true });
    // Only when Undo goes: the effect above follows the card.
  }, [canUndo]);

  const { remaining } = props;
  const lng = i18n.language;
  const now = props.now ?? Date.now();
  // The card's senses, less the learner's own gloss shown above them (a word added from a word list
  // carries the list's gloss on its card as well: shown once, not twice).
  const own = props.userGloss?.trim().toLocaleLowerCase('is');
  const senses = card ? card.glosses.filter((g) => !own || g.trim().toLocaleLowerCase('is') !== own) : [];
  return (
    <section className="review" aria-labelledby="review-title">
      <div className="page-head">
        <h1 id="review-title">{t('title')}</h1>
        {card && (
          // Read as it shows, with an introduction and commas that only screen readers get (a label on
          // a paragraph is not read by all of them): "Left in this session: 0 learning, 2 due, 1 new".
          <p className="review-counts" data-testid="review-counts">
            <span className="visually-hidden">{t('remainingIntro')} </span>
            <span className="count count-learning">
              <span className="count-value">{formatNumber(remaining.learning, lng)}</span> <span className="count-name">{t('countLearning')}</span>
              <span className="visually-hidden">,</span>
            </span>{' '}
            <span className="count count-review">
              <span className="count-value">{formatNumber(remaining.review, lng)}</span> <span className="count-name">{t('countReview')}</span>
              <span className="visually-hidden">,</span>
            </span>{' '}
            <span className="count count-new">
              <span className="count-value">{formatNumber(remaining.new, lng)}</span> <span className="count-name">{t('countNew')}</span>
            </span>
          </p>
        )}
      </div>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {props.notice && (
        <p className="notice" role="status">
          {props.notice}
        </p>
      )}
      {/* Always in the page, so that screen readers announce what is put in it. */}
      <p className="visually-hidden" role="status" data-testid="review-announcement">
        {props.announcement}
      </p>
      {loading && <p role="status">{t('loading')}</p>}

      {!loading && card && props.undone && (
        // Seen only: the status region above says it to screen readers (the card's own live region must not say it again).
        <p className="notice review-undone" aria-hidden="true" data-testid="review-undone">
          {t('undoneNote')}
        </p>
      )}
      {!loading && card && (
        <article className="review-card" aria-label={t('cardLabel')} aria-live="polite">
          {card.kind === 'cloze' && card.sentence ? (
            <ClozeFront key={`${card.id}:${card.fsrs.reps}:${card.due}`} card={card} hint={props.userGloss || card.glosses[0]} revealed={revealed} onReveal={onReveal} />
          ) : (
            <Sentence card={card} />
          )}
          {card.kind === 'cloze' && card.sentence && !revealed ? null : !revealed ? (
            <button ref={revealRef} type="button" className="primary review-reveal" onClick={() => act({ kind: 'reveal' })} aria-keyshortcuts="Space">
              {t('reveal')} <kbd aria-hidden="true">{t('spaceKey')}</kbd>
            </button>
          ) : (
            <div className="review-back" data-testid="review-back">
              {/* (Checked with care: a restored backup may hold a card from an older or newer Lesa.) */}
              {card.phrase && Array.isArray(card.phrase.glosses) && card.phrase.glosses.length > 0 && (
                <section className="review-phrase" aria-label={tg('phrase')} data-testid="review-phrase">
                  <p className="review-phrase-label">{tg('phrase')}</p>
                  <p className="review-lemma-line">
                    <span className="review-lemma" lang="is">
                      {card.phrase.text}
                    </span>
                    {card.phrase.lemma && (
                      <span className="review-phrase-lemma" lang="is">
                        {card.phrase.lemma}
                      </span>
                    )}
                  </p>
                  <p className="review-gloss">{card.phrase.glosses.join('; ')}</p>
                  <p className="review-phrase-label">{t('wordItself')}</p>
                </section>
              )}
              <p className="review-lemma-line">
                <span className="review-lemma" lang="is">
                  {card.display}
                </span>
                {card.pos && <span className="pos">{tg(`pos.${card.pos}`)}</span>}
                {card.gender && <span className="gender">{tg(`gender.${card.gender}`)}</span>}
                {card.ipa && <span className="ipa">{tg('ipaValue', { ipa: card.ipa })}</span>}
                <SpeakButton text={card.display} />
              </p>
              {props.userGloss && (
                <p className="review-gloss">
                  {props.userGloss} <span className="source source-user">{tg('source.user')}</span>
                </p>
              )}
              {senses.length > 0 && <p className="review-gloss">{senses.join('; ')}</p>}
              {!props.userGloss && senses.length === 0 && <p className="muted">{tg('noGloss')}</p>}
              {props.note && <p className="review-note">{props.note}</p>}
              {card.articleId !== null && props.articleExists !== false && (
                <a className="review-source" href={href({ name: 'reader', articleId: card.articleId })}>
                  {t('openArticle')}
                </a>
              )}
            </div>
          )}
          {revealed && (
            <div className="review-answers" ref={answerRef} role="group" aria-label={t('answers')}>
              {ANSWERS.map((a) => (
                <button
                  key={a}
                  type="button"
                  data-rating={a}
                  className={`answer answer-${RATING_KEY[a]}`}
                  aria-disabled={busy}
                  onClick={() => act({ kind: 'rate', answer: a, card: card.id })}
                  aria-keyshortcuts={String(a)}
                  aria-label={t('answerLabel', { answer: t(`rating.${RATING_KEY[a]}`), interval: intervals?.[a] ?? '', key: a })}
                >
                  <span className="answer-name">{t(`rating.${RATING_KEY[a]}`)}</span>
                  {intervals && <span className="answer-interval">{intervals[a]}</span>}
                  <kbd aria-hidden="true">{a}</kbd>
                </button>
              ))}
            </div>
          )}
        </article>
      )}

      {/* Under the card, not above it: the answer buttons do not move while a save lasts. */}
      {held.length > 0 && (
        <p className="notice review-held" role="status" data-testid="review-held">
          {t('savingThen')}{' '}
          {held.map((a, i) => (
            <span key={i} className="review-held-action">
              {a.kind === 'reveal' ? t('reveal') : a.kind === 'undo' ? t('undo') : t(`rating.${RATING_KEY[a.answer]}`)}
            </span>
          ))}
        </p>
      )}

      {!loading && !card && summary && (
        <div className="review-summary" role="status">
          <h2 tabIndex={-1} ref={summaryRef}>
            {t('summaryTitle')}
          </h2>
          <ul>
            <li>{t('summaryReviewed', { count: summary.reviewed })}</li>
            <li>{t('summaryCards', { count: summary.cards })}</li>
            <li>{t('summaryRecalled', { percent: formatPercent(summary.recalled, lng) })}</li>
            <li>
              {t('summaryRatings', { again: summary.byRating[1], hard: summary.byRating[2], good: summary.byRating[3], easy: summary.byRating[4] })}
            </li>
            <li>{summary.totalMs < 60_000 ? t('summaryTimeUnder') : t('summaryTime', { count: Math.round(summary.totalMs / 60_000) })}</li>
          </ul>
          <p data-testid="review-next-due">{nextDueText(props.nextDue, now, lng, t)}</p>
          {props.newWaiting > 0 && <p>{t('newWaiting', { count: props.newWaiting })}</p>}
        </div>
      )}

      {!loading && !card && !summary && (
        <div className="empty review-empty">
          <p>{t('empty')}</p>
          {props.nextDue !== null && <p data-testid="review-next-due">{nextDueText(props.nextDue, now, lng, t)}</p>}
          {props.newWaiting > 0 && <p>{t('newWaiting', { count: props.newWaiting })}</p>}
          <p className="hint">
            {t('howToAdd')} <span className="review-key-hint">{t('howToAddKey')}</span>
          </p>
        </div>
      )}

      {!loading && !card && (
        <p className="review-after">
          <a className="button" href={href({ name: 'library' })}>
            {t('toLibrary')}
          </a>{' '}
          {summary && (
            <button type="button" onClick={props.onRestart}>
              {t('checkAgain')}
            </button>
          )}
        </p>
      )}

      {canUndo && (
        <p>
          <button type="button" className="link-button" onClick={() => act({ kind: 'undo' })} aria-disabled={busy} aria-keyshortcuts="U">
            {t('undo')} <kbd aria-hidden="true">U</kbd>
          </button>
        </p>
      )}
      <p className="hint review-keys-hint">{t('keysHint')}</p>
      {props.settingsPanel}
    </section>
  );
}
