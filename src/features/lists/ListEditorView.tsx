import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { contributingSources, entryKey } from '../../db/lists';
import { undoFocusKey } from '../../app/ui/toasts';
import { FailureNotice } from '../../app/ui/FailureNotice';
import { useFocusAfterRemoval } from '../../app/ui/useFocusAfterRemoval';
import type { WordListEntry, WordListRecord } from '../../db/types';
import { useWordLabels } from '../export/useWordLabels';
import { PrintTable } from './PrintView';
import { tellApart } from './tellApart';
import type { ExampleSpans } from './useExampleSpans';
import type { VocabularyImportPlan } from './vocabularyImport';
import './lists.css';

export type AddWordResult = 'added' | 'exists' | 'unknown' | 'empty';

export interface ListEditorViewProps {
  list: WordListRecord;
  onRename(name: string): void;
  /**
   * Edits of one word, named by its key (`entryKey`), not by its place on screen: the list may have
   * changed since it was shown (a word added from the reader or another tab), and the edit is made
   * to the list as it is then.
   */
  onChangeEntry(key: string, patch: Partial<Pick<WordListEntry, 'gloss' | 'note'>>): void;
  /** Moves the word one place up or down. */
  onMove(key: string, dir: 'up' | 'down'): void;
  onRemove(key: string): void;
  /** The page takes the undo key (`useUndoKeys`): say so. */
  undoKeys?: boolean;
  /** Adds a word typed in any inflected form. */
  onAddWord(form: string): Promise<AddWordResult>;
  /**
   * Adds the list's words to the learner's vocabulary as Learning (for review), as importing a list
   * with "Add the words to my vocabulary" does; what they already have is left alone.
   */
  onAddToVocabulary?(): Promise<VocabularyImportPlan>;
  /** Slots: the article-to-list builder and the export buttons. */
  builder?: ReactNode;
  exportMenu?: ReactNode;
  printHref: string;
  /** Where each word is in its example, for the printed handout (`useExampleSpans`). */
  exampleSpans?: ExampleSpans;
}

/** The Undo focus key of a word's × in list `listId` (the toast raised on removal passes the same). */
export function entryUndoFocusKey(listId: number, entry: Pick<WordListEntry, 'lemma' | 'pos'>): string {
  return undoFocusKey(entryUndoFocusKind(listId), entryKey(entry));
}

/** The `kind` of the Undo focus keys of list `listId`'s words (see `undoFocusKey`, `useUndoKeys`). */
export function entryUndoFocusKind(listId: number): string {
  return `list-${listId}-entry`;
}

/**
 * What a text field shows for a stored `value` that can change under it (another tab, Undo, the
 * user's own save): the value, or what the user is typing. It follows the value only while the user
 * is not editing (`edit` until `done`): typing not saved yet is never replaced by a change made
 * elsewhere, and is then saved over it.
 *
 * Kept in step during render, not in an effect: an effect's `setState` (run after the field has
 * appeared, a moment later) could land after the user's first keystroke and put the old value back,
 * and the field then saved nothing.
 */
function useDraft(value: string) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [editing, setEditing] = useState(false);
  if (value !== seen) {
    setSeen(value);
    if (!editing) setDraft(value);
  }
  return {
    draft,
    edit(v: string) {
      setDraft(v);
      setEditing(true);
    },
    /** The edit is over (saved, or left as it was): the field follows the value again. */
    done() {
      setEditing(false);
    },
  };
}

/** A text field that saves when it loses focus (or on Enter), not on every key. */
function SaveOnBlur({ value, label, onSave, multiline }: { value: string; label: string; onSave(v: string): void; multiline?: boolean }) {
  const { draft: v, edit, done } = useDraft(value);
  const commit = () => {
    done();
    if (v !== value) onSave(v);
  };
  return multiline ? (
    <textarea aria-label={label} value={v} rows={1} onChange={(e) => edit(e.target.value)} onBlur={commit} />
  ) : (
    <input
      type="text"
      aria-label={label}
      value={v}
      onChange={(e) => edit(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}

/** One word list: edit glosses and notes, reorder, remove, add words; print and export. Display only. */
export function ListEditorView(props: ListEditorViewProps) {
  const { list, onRename, onChangeEntry, onMove, onRemove, undoKeys, onAddWord, onAddToVocabulary, builder, exportMenu, printHref, exampleSpans } = props;
  const { t } = useTranslation('lists');
  const { t: tg } = useTranslation('gloss');
  const [form, setForm] = useState('');
  const [addResult, setAddResult] = useState<{ result: AddWordResult; form: string } | null>(null);
  const [adding, setAdding] = useState(false);
  const [addFailure, setAddFailure] = useState<{ error: unknown } | null>(null);
  const { draft: name, edit: setName, done: nameDone } = useDraft(list.name);
  // The word just moved, and the entries it was moved from: focus follows it until the list shows the move.
  const [vocab, setVocab] = useState<{ state: 'busy' } | { state: 'done'; added: number; kept: number } | { state: 'failed'; error: unknown } | null>(null);
  const [moved, setMoved] = useState<{ key: string; dir: 'up' | 'down'; from: WordListEntry[] } | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const addRef = useRef<HTMLInputElement>(null);
  // Words spelled the same ("að" the preposition, the conjunction…) get their part of speech in the
  // names of their fields and buttons, so that a screen reader tells them apart.
  const labels = useWordLabels();
  const apart = useMemo(() => tellApart(list.entries, labels), [list.entries, labels]);
  const sources = useMemo(() => contributingSources(list).sources, [list]);
  const named = (key: string, i: number) => t(key, { lemma: list.entries[i].display, pos: apart[i], context: apart[i] ? 'pos' : undefined });

  // After a move, keep focus on the moved word's arrow (the one pressed, unless the word has reached
  // the end) so that keyboard users can keep moving it — while the move is saved and once more when
  // the list shows it (a row moved in the page loses focus). Then the move is over: later changes to
  // the entries (an edit, a removal, Undo) leave focus where the user has put it.
  useEffect(() => {
    if (!moved) return;
    const row = tableRef.current?.querySelector<HTMLElement>(`tr[data-key="${CSS.escape(moved.key)}"]`);
    (row?.querySelector<HTMLElement>(`[data-move="${moved.dir}"]:not(:disabled)`) ?? row?.querySelector<HTMLElement>('[data-move]:not(:disabled)'))?.focus();
    if (list.entries !== moved.from) setMoved(null);
  }, [moved, list.entries]);

  // After a word is removed (its row, and the focused × in it, go away), focus goes to the × of the
  // word that took its place, or of the last word, or to the "Add a word" field. Undo in the toast
  // brings the word back and focus to its × (`data-undo-focus`, see `entryUndoFocusKey`).
  const setRemovedAt = useFocusAfterRemoval(tableRef, 'tbody tr [data-remove]', addRef, list.entries);

  function renameTo(name: string) {
    // A name emptied is not saved: the field shows the list's name again rather than stay blank.
    if (!name.trim()) setName(list.name);
    nameDone();
    if (name.trim() && name !== list.name) onRename(name);
  }

  function move(index: number, dir: 'up' | 'down') {
    const to = dir === 'up' ? index - 1 : index + 1;
    if (to < 0 || to >= list.entries.length) return;
    const key = entryKey(list.entries[index]);
    setMoved({ key, dir, from: list.entries });
    onMove(key, dir);
  }

  function onRowKey(e: KeyboardEvent, index: number) {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(index, e.key === 'ArrowUp' ? 'up' : 'down');
  }

  async function addToVocabulary() {
    if (!onAddToVocabulary || vocab?.state === 'busy') return;
    setVocab({ state: 'busy' });
    try {
      const plan = await onAddToVocabulary();
      // Left alone: words the learner already has (a status, or a meaning of their own). A word in
      // the list twice (two parts of speech, one lemma) is one word of the vocabulary, not one they had.
      const kept = plan.skipped.filter((s) => s.reason !== 'duplicate').length + plan.conflicts.length;
      setVocab({ state: 'done', added: plan.added.length, kept });
    } catch (e) {
      setVocab({ state: 'failed', error: e });
    }
  }

  async function add(e: FormEvent) {
    e.preventDefault();
    if (adding || !form.trim()) return;
    setAdding(true);
    setAddFailure(null);
    try {
      const result = await onAddWord(form);
      setAddResult({ result, form: form.trim() });
      if (result === 'added') setForm('');
    } catch (err) {
      // Not saved (storage full, say): the word stays in the field to try again, and the page says why.
      setAddResult(null);
      setAddFailure({ error: err });
    } finally {
      setAdding(false);
    }
  }

  return (
    <section className="list-editor" aria-labelledby="list-title">
      <p className="no-print">
        <a className="back-link" href="#/lists">{t('backToLists')}</a>
      </p>
      <h1 id="list-title">{list.name}</h1>
      <form
        className="inline-form no-print"
        onSubmit={(e) => {
          e.preventDefault();
          renameTo(name);
        }}
      >
        <label className="field grow">
          <span>{t('listName')}</span>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} onBlur={() => renameTo(name)} />
        </label>
      </form>
      {/* Only the articles that still give the list words: a list emptied of its words has none. */}
      {sources.length > 0 && (
        <p className="hint">
          {t('fromArticles')} {sources.map((s) => s.title).join(' · ')}
        </p>
      )}

      <div className="actions no-print">
        {/* An empty list has nothing to print (its handout was an empty table): unavailable, as the
            export and the vocabulary buttons are then. */}
        {list.entries.length > 0 ? (
          <a className="button" href={printHref}>
            {t('printView')}
          </a>
        ) : (
          <button type="button" disabled>
            {t('printView')}
          </button>
        )}
        {onAddToVocabulary && (
          // Marked unavailable while busy rather than disabled: a disabled button would drop the
          // keyboard focus onto the page.
          <button
            type="button"
            disabled={list.entries.length === 0}
            aria-disabled={vocab?.state === 'busy' || undefined}
            onClick={() => void addToVocabulary()}
          >
            {t('vocab.add')}
          </button>
        )}
      </div>
      {onAddToVocabulary && (
        <p className="hint no-print" role="status">
          {vocab?.state === 'busy'
            ? t('vocab.working')
            : vocab?.state === 'done'
              ? vocab.added > 0
                ? [t('vocab.added', { count: vocab.added }), vocab.kept > 0 ? t('vocab.kept', { count: vocab.kept }) : ''].filter(Boolean).join(' ')
                : t('vocab.none')
              : ''}
        </p>
      )}
      {vocab?.state === 'failed' && (
        <FailureNotice className="no-print" error={vocab.error} message={(reason) => t('vocab.failed', { error: reason })} />
      )}
      {exportMenu}

      <h2>{t('wordsHeading', { count: list.entries.length })}</h2>
      {list.entries.length === 0 ? (
        <p className="empty">{t('noWords')}</p>
      ) : (
        <>
          <p className="hint no-print" id="reorder-help">
            {t('reorderHelp')}
          </p>
          {undoKeys && <p className="hint undo-keys-hint no-print">{t('common:undoKeyHelp')}</p>}
          {/* Printed from here (Ctrl+P), the list is the print view's handout: its fields would cut a
              long meaning off at their edge, and its buttons are no use on paper. Hidden on screen
              (and from screen readers); lists.css shows it on paper only. */}
          <div className="editor-handout" hidden>
            <PrintTable list={list} spans={exampleSpans} />
          </div>
          <div className="table-scroll no-print">
            <table className="list-table editor-table" ref={tableRef}>
              <thead>
                <tr>
                  <th scope="col">{t('col.lemma')}</th>
                  <th scope="col">{t('col.gloss')}</th>
                  <th scope="col">{t('col.note')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('col.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.entries.map((e, i) => (
                  <tr key={entryKey(e)} data-key={entryKey(e)} onKeyDown={(ev) => onRowKey(ev, i)}>
                    <th scope="row" className="lemma-cell">
                      <span className="list-lemma">{e.display}</span>
                      <span className="muted">
                        {[e.pos ? tg(`pos.${e.pos}`) : '', e.gender ? tg(`gender.${e.gender}`) : ''].filter(Boolean).join(', ')}
                      </span>
                      {e.example && <span className="list-example">{e.example}</span>}
                    </th>
                    <td className="gloss-cell">
                      {/* Column names shown inside each card when the table is stacked on a phone. */}
                      <span className="cell-label" aria-hidden="true">
                        {t('col.gloss')}
                      </span>
                      <SaveOnBlur value={e.gloss} label={named('glossFor', i)} onSave={(gloss) => onChangeEntry(entryKey(e), { gloss })} />
                    </td>
                    <td className="note-cell">
                      <span className="cell-label" aria-hidden="true">
                        {t('col.note')}
                      </span>
                      <SaveOnBlur value={e.note} label={named('noteFor', i)} onSave={(note) => onChangeEntry(entryKey(e), { note })} multiline />
                    </td>
                    <td className="row-buttons">
                      <button
                        type="button"
                        className="icon-button"
                        data-move="up"
                        disabled={i === 0}
                        aria-describedby="reorder-help"
                        aria-label={named('moveUp', i)}
                        onClick={() => move(i, 'up')}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        data-move="down"
                        disabled={i === list.entries.length - 1}
                        aria-describedby="reorder-help"
                        aria-label={named('moveDown', i)}
                        onClick={() => move(i, 'down')}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        className="icon-button danger"
                        data-remove
                        data-undo-focus={entryUndoFocusKey(list.id!, e)}
                        aria-label={named('remove', i)}
                        onClick={() => {
                          setRemovedAt(i);
                          onRemove(entryKey(e));
                        }}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <form className="inline-form no-print" onSubmit={add}>
        <label className="field grow">
          <span>{t('addWord')}</span>
          <input ref={addRef} type="text" value={form} placeholder={t('addWordPlaceholder')} onChange={(e) => setForm(e.target.value)} />
        </label>
        {/* Marked unavailable, not disabled: the field empties once the word is added, and a
            disabled button would drop the keyboard focus onto the page. */}
        <button type="submit" aria-disabled={adding || !form.trim() || undefined}>
          {t('add')}
        </button>
      </form>
      <p className="hint no-print" role="status">
        {addResult ? t(`addResult.${addResult.result}`, { form: addResult.form }) : ''}
      </p>
      {addFailure && <FailureNotice className="no-print" error={addFailure.error} message={(reason) => t('editFailed', { error: reason })} />}

      {builder}
    </section>
  );
}
