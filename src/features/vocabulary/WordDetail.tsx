import { useEffect, useRef, useState, type FocusEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import type { WordRecord, WordStatus } from '../../db/types';
import { storedNote, type NoteSaveResult, type WordNote } from '../../db/words';
import type { Gender, PartOfSpeech } from '../../lang/types';
import { isTextEntry } from '../../app/ui/useUndoKeys';
import type { MetSentence } from './findSentences';
import { NoteDraft, type SaveCause } from './noteDraft';
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
  /** The status line: "Saved.", a storage error, a change made in another tab. */
  message: string | null;
  onSetStatus(s: WordStatus): void;
  /**
   * Saves the typed gloss and note over `base` (the stored text they were typed over): after a pause
   * in typing, on leaving a field, on Save, when the panel goes and when the tab is hidden or closed.
   */
  onSave(typed: WordNote, base: WordNote, cause: SaveCause): Promise<NoteSaveResult>;
  /** The save's outcome (the panel may be gone by then; see `SaveCause` for which to announce). */
  onSaved(result: NoteSaveResult, cause: SaveCause): void;
  onSaveFailed(error: unknown, cause: SaveCause): void;
  /** A keystroke in the gloss or note (what was said saved is no longer all there is). */
  onTyping(): void;
  onClose(): void;
}

/**
 * One word of the vocabulary: status, the learner's gloss and note, where it was met. Display only.
 * Keys 1–4 (shown on the status buttons) set the word's status while its panel is open, as in the
 * reader, except while typing in a field. A typed gloss or note is saved ~600 ms after the last
 * keystroke, on leaving the field, on Save, and at once when the panel goes (×, Escape — in the
 * note too —, another word, another page) or the tab is hidden or closed (`visibilitychange`,
 * `pagehide`); the database layer keeps it until its write is done (src/db/wordNotes.ts). A field
 * not being edited shows a change made in another tab.
 */
export function WordDetail({ word, facts, sentences, message, onSetStatus, onSave, onSaved, onSaveFailed, onTyping, onClose }: WordDetailProps) {
  const { t } = useTranslation('vocabulary');
  const { t: tg } = useTranslation('gloss');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opening a word takes focus to it (the panel is above the list), so that Tab goes on through it.
  useEffect(() => headingRef.current?.focus({ preventScroll: false }), []);

  const latest = useRef({ onSave, onSaved, onSaveFailed });
  useEffect(() => {
    latest.current = { onSave, onSaved, onSaveFailed };
  });
  const [typed, setTyped] = useState<WordNote>(() => storedNote(word));
  const [draft] = useState(
    () =>
      new NoteDraft(storedNote(word), word.updatedAt, {
        save: (typed, base, cause) => latest.current.onSave(typed, base, cause),
        onTyped: setTyped,
        onSaved: (r, cause) => latest.current.onSaved(r, cause),
        onFailed: (e, cause) => latest.current.onSaveFailed(e, cause),
      }),
  );
  // Another tab's change (or a status change here) comes in live: untouched fields follow it.
  useEffect(() => draft.stored(storedNote(word), word.updatedAt), [draft, word]);
  useEffect(() => {
    // The tab put away (a phone may end it unseen from there) or the page going: no unmount comes then.
    const onHide = () => void draft.flush('hidden');
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void draft.flush('close');
    };
  }, [draft]);

  function edit(field: keyof WordNote, value: string) {
    setTyped((v) => ({ ...v, [field]: value }));
    draft.type(field, value);
    onTyping();
  }
  // Leaving a field saves it. The window losing focus (another tab or app) is not the learner's doing
  // here: that save is not announced (focus moving within the page names where it goes).
  const onBlur = (e: FocusEvent) => {
    const inPage = !!e.relatedTarget || (document.visibilityState === 'visible' && document.hasFocus());
    void draft.flush(inPage ? 'blur' : 'hidden');
  };

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
    if (draft.dirty) return void draft.flush('submit');
    // Nothing new to write (saved after a pause, or as the button took the focus): Save says so all the same.
    const unchanged = { outcome: 'unchanged' as const, stored: { ...draft.base }, updatedAt: word.updatedAt };
    void draft.settled().then((r) => {
      // (Typed on meanwhile, or that save failed: saved now.)
      if (draft.dirty) void draft.flush('submit');
      else if (r?.outcome !== 'conflict') onSaved(r ?? unchanged, 'submit');
    });
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
          <input type="text" value={typed.gloss} onChange={(e) => edit('gloss', e.target.value)} onBlur={onBlur} />
        </label>
        <label className="field">
          <span>{t('note')}</span>
          <textarea rows={3} value={typed.note} onChange={(e) => edit('note', e.target.value)} onBlur={onBlur} />
        </label>
        <button type="submit" className="primary">
          {t('save')}
        </button>
        {/* In the page before the message, so that screen readers announce it when it comes (politely:
            it is emptied by a keystroke and said again after the next pause, not at each key). */}
        <p role="status" aria-live="polite" className="vocab-message">
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
