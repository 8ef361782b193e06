import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { contributingSources } from '../../db/lists';
import type { WordListRecord } from '../../db/types';
import { undoFocusKey } from '../../app/ui/toasts';
import { useFocusAfterRemoval } from '../../app/ui/useFocusAfterRemoval';
import './lists.css';
// The cards' titles (shared with the library's article cards).
import '../library/library.css';

export interface ListsIndexViewProps {
  lists: WordListRecord[] | undefined;
  onCreate(name: string): void;
  onRename(list: WordListRecord, name: string): void;
  onDuplicate(list: WordListRecord): void;
  onDelete(list: WordListRecord): void;
  /** The import panel (files from other devices). */
  importPanel?: ReactNode;
  /** The page takes the undo key (`useUndoKeys`): say so. */
  undoKeys?: boolean;
}

function ListRow({ list, onRename, onDuplicate, onDelete }: { list: WordListRecord } & Pick<ListsIndexViewProps, 'onRename' | 'onDuplicate' | 'onDelete'>) {
  const { t } = useTranslation('lists');
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(list.name);
  // Saving or cancelling a rename takes its form (and the focus in it) away: focus goes back to "Rename".
  const renameRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) renameRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const words = t('wordCount', { count: list.entries.length });
  const sources = useMemo(() => contributingSources(list).sources.length, [list]);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (name.trim()) onRename(list, name);
    setEditing(false);
  }
  function cancel() {
    setName(list.name);
    setEditing(false);
  }
  return (
    <li className="article-card list-card">
      {editing ? (
        <form onSubmit={submit} className="inline-form" onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), cancel())}>
          <label>
            <span className="visually-hidden">{t('newName', { name: list.name })}</span>
            <input type="text" value={name} autoFocus onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit" className="primary">
            {t('save')}
          </button>
          <button type="button" onClick={cancel}>
            {t('cancel')}
          </button>
        </form>
      ) : (
        <a className="article-link" href={`#/lists/${list.id}`}>
          <span className="article-title">{list.name}</span>
        </a>
      )}
      {/* One phrase ("12 words from 2 articles"), not two pieces laid out apart: on a narrow phone
          "from 2 articles" wrapped to a line of its own, reading as a broken sentence. The articles
          counted are those that still give the list words, as the list itself shows them. */}
      <div className="article-meta">
        <span>{sources > 0 ? t('wordsFromArticles', { count: sources, words }) : words}</span>
      </div>
      <div className="row-actions">
        <button type="button" ref={renameRef} className="link-button" onClick={() => setEditing(true)} aria-label={t('renameNamed', { name: list.name })}>
          {t('rename')}
        </button>
        <button type="button" className="link-button" onClick={() => onDuplicate(list)} aria-label={t('duplicateNamed', { name: list.name })}>
          {t('duplicate')}
        </button>
        <button
          type="button"
          className="link-button danger"
          data-undo-focus={undoFocusKey('list', list.id!)}
          onClick={() => onDelete(list)}
          aria-label={t('deleteNamed', { name: list.name })}
        >
          {t('delete')}
        </button>
      </div>
    </li>
  );
}

/** All word lists: create, rename, duplicate, delete; import a list file. Display only. */
export function ListsIndexView({ lists, onCreate, onRename, onDuplicate, onDelete, importPanel, undoKeys }: ListsIndexViewProps) {
  const { t } = useTranslation('lists');
  const [name, setName] = useState('');
  // After a delete the list's card (and its focused Delete button) goes away: focus goes to the
  // Delete button of the list that took its place, or of the last one, or to the new-list field.
  // Undo in the toast brings the list back and focus to its Delete button (`data-undo-focus`).
  const listRef = useRef<HTMLUListElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const setDeletedAt = useFocusAfterRemoval(listRef, '.list-card button.danger', nameRef, lists);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return;
    onCreate(name);
    setName('');
  }
  return (
    <section aria-labelledby="lists-title">
      <h1 id="lists-title">{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <form className="inline-form" onSubmit={submit}>
        <label className="field grow">
          <span>{t('newListName')}</span>
          <input ref={nameRef} type="text" value={name} placeholder={t('newListPlaceholder')} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={!name.trim()}>
          {t('create')}
        </button>
      </form>
      {lists && lists.length === 0 && <p className="empty">{t('empty')}</p>}
      {undoKeys && !!lists?.length && <p className="hint undo-keys-hint">{t('common:undoKeyHelp')}</p>}
      <ul className="article-list" ref={listRef}>
        {(lists ?? []).map((l, i) => (
          <ListRow
            key={l.id}
            list={l}
            onRename={onRename}
            onDuplicate={onDuplicate}
            onDelete={(x) => {
              setDeletedAt(i);
              onDelete(x);
            }}
          />
        ))}
      </ul>
      {importPanel}
    </section>
  );
}
