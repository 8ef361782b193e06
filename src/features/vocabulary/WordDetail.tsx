import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import type { WordRecord, WordStatus } from '../../db/types';
import type { Gender, PartOfSpeech } from '../../lang/types';
import type { MetSentence } from './findSentences';
import { StatusButtons } from './StatusButtons';

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
  onSave(edit: { gloss: string; note: string }): void;
  onClose(): void;
}

/** One word of the vocabulary: status, the learner's gloss and note, where it was met. Display only. */
export function WordDetail({ word, facts, sentences, message, onSetStatus, onSave, onClose }: WordDetailProps) {
  const { t } = useTranslation('vocabulary');
  const { t: tg } = useTranslation('gloss');
  const [gloss, setGloss] = useState(word.gloss ?? '');
  const [note, setNote] = useState(word.note ?? '');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opening a word takes focus to it (the panel is above the list), so that Tab goes on through it.
  useEffect(() => headingRef.current?.focus({ preventScroll: false }), []);
  function submit(e: FormEvent) {
    e.preventDefault();
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
      <StatusButtons status={word.status} onSet={onSetStatus} />
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
