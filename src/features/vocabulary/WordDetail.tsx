import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import type { WordRecord, WordStatus } from '../../db/types';
import type { Gender, PartOfSpeech } from '../../lang/types';
import { isTextEntry } from '../../app/ui/useUndoKeys';
import type { MetSentence } from './findSentences';
import { StatusButtons, STATUS_KEYS } from './StatusButtons';

export interface WordFacts {
  display: string;
  pos: PartOfSpeech | null;
  gender: Gender | null;
  glosses: string[];
}

export interface WordDetailProps {
  word: WordRecord;
  facts: WordFacts | null;
  /** Undefined while they are being looked up. */
  sentences: MetSentence[] | undefined;
  message: string | null;
  onSetStatus(s: WordStatus): void;
  /** Also called when the panel goes (closed, another word opened, the page left) or the tab is hidden or closed, with edits not saved yet. */
  onSave(edit: { gloss: string; note: string }, how?: { pageHidden: boolean }): void;
  onClose(): void;
}

/**
 * One word of the vocabulary: status, the learner's gloss and note, where it was met. Display only.
 * Keys 1–4 (shown on the status buttons) set the word's status while its panel is open, as in the
 * reader, except while typing in a field. A gloss or note typed and not saved is not lost when the
 * panel goes (×, Escape — in the note too —, another word, another page) or the tab is hidden,
 * closed or reloaded (`visibilitychange`, `pagehide`): it is saved then, through `onSave`.
 */
export function WordDetail({ word, facts, sentences, message, onSetStatus, onSave, onClose }: WordDetailProps) {
  const { t } = useTranslation('vocabulary');
  const { t: tg } = useTranslation('gloss');
  const [gloss, setGloss] = useState(word.gloss ?? '');
  const [note, setNote] = useState(word.note ?? '');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opening a word takes focus to it (the panel is above the list), so that Tab goes on through it.
  useEffect(() => headingRef.current?.focus({ preventScroll: false }), []);

  // What is typed, what is stored (or was last sent to be), and the save to call when the panel goes.
  const submitted = useRef<{ gloss: string; note: string } | null>(null);
  const latest = useRef({ gloss, note, word, onSave });
  useEffect(() => {
    latest.current = { gloss, note, word, onSave };
  });
  useEffect(() => {
    // Saves what is typed if it is not what is stored; `andKeep`: the panel stays (and may be edited on).
    const saveTyped = (andKeep: boolean) => {
      const { gloss: g, note: n, word: w, onSave: save } = latest.current;
      const stored = submitted.current ?? { gloss: w.gloss ?? '', note: w.note ?? '' };
      if (g === stored.gloss && n === stored.note) return;
      if (andKeep) submitted.current = { gloss: g, note: n };
      save({ gloss: g, note: n }, { pageHidden: andKeep });
    };
    // The tab closed, reloaded or put away (a phone may end it unseen from there): no unmount comes then.
    const onHide = () => saveTyped(true);
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      saveTyped(false);
    };
  }, []);

  // Keys 1–4 set the status, wherever the focus is but in a text field (the page has no other use for them).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const status = STATUS_KEYS[e.key];
      if (!status || e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || isTextEntry(e.target)) return;
      e.preventDefault();
      onSetStatus(status);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onSetStatus]);

  function submit(e: FormEvent) {
    e.preventDefault();
    submitted.current = { gloss, note };
    onSave({ gloss, note });
  }
  const title = facts?.display ?? word.lemma;
  return (
    <section
      className="vocab-detail"
      aria-label={t('detailLabel', { lemma: title })}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onClose();
      }}
    >
      <div className="page-head">
        <h2 lang="is" tabIndex={-1} ref={headingRef}>
          {title}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {facts && (
        <p>
          {facts.pos && <span className="pos">{tg(`pos.${facts.pos}`)}</span>}{' '}
          {facts.gender && <span className="gender">{tg(`gender.${facts.gender}`)}</span>}{' '}
          {facts.glosses.length > 0 && (
            <span>
              {t('dictionary')}: {facts.glosses.join('; ')}
            </span>
          )}
        </p>
      )}
      <StatusButtons status={word.status} onSet={onSetStatus} announce={word.lemma} />
      <form onSubmit={submit}>
        <label className="field">
          <span>{t('yourGloss')}</span>
          <input type="text" value={gloss} onChange={(e) => setGloss(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('note')}</span>
          <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" className="primary">
          {t('save')}
        </button>
        {/* In the page before the message, so that screen readers announce it when it comes. */}
        <p role="status" className="vocab-message">
          {message}
        </p>
      </form>
      <h3>{t('metIn')}</h3>
      {sentences === undefined ? (
        <p role="status">{t('loadingSentences')}</p>
      ) : sentences.length === 0 ? (
        <p className="muted">{t('noSentences')}</p>
      ) : (
        <ul className="vocab-sentences">
          {sentences.map((s) => (
            <li key={`${s.articleId}:${s.formStart}:${s.sentence}`}>
              <span lang="is">
                {s.sentence.slice(0, s.formStart)}
                <mark>{s.sentence.slice(s.formStart, s.formEnd)}</mark>
                {s.sentence.slice(s.formEnd)}
              </span>{' '}
              <a href={href({ name: 'reader', articleId: s.articleId })}>{s.title}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
