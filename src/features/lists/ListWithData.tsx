import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useAnalysisClient } from '../../app/services';
import { errorText } from '../../app/ui/errorText';
import { whenUndoFocusInPage } from '../../app/ui/toastFocus';
import { showToast, useToasts } from '../../app/ui/toasts';
import { getAnalysis, getArticle, listArticles } from '../../db/articles';
import { addToList, contributingSources, entryKey, getList, moveWord, removeWord, renameList, restoreWord, updateWord, vocabularySnapshot, type WordEditOutcome } from '../../db/lists';
import type { WordListRecord } from '../../db/types';
import { ExportMenu } from '../export/ExportMenu';
import { articleLemmas, toEntry } from './articleLemmas';
import { ListBuilderView } from './ListBuilderView';
import { entryUndoFocusKey, ListEditorView, type AddWordResult } from './ListEditorView';
import { entryFromTypedForm } from './typedWord';
import { ListNotFound } from './ListNotFound';
import { addListToVocabulary } from './importList';

interface ArticleChoice {
  /**
   * The article the builder is on, from the address (`#/lists/<id>/<articleId>`: a list started
   * from the reader opens on its article).
   */
  articleId?: number | null;
  /** The teacher picked another article (or none) in the builder: for the address to follow. */
  onPickArticle?(id: number | null): void;
}

/** A write that fails (storage full, say) changes nothing (each is one transaction): the page says so. */
function tellFailed(e: unknown, t: TFunction) {
  showToast({ tone: 'error', message: t('editFailed', { error: errorText(e, t) }) }, 0);
}

function BuilderWithData({ list, articleId: fromAddress = null, onPickArticle }: { list: WordListRecord } & ArticleChoice) {
  const { t } = useTranslation('lists');
  const client = useAnalysisClient();
  const articles = useLiveQuery(listArticles);
  // The article chosen: at first the address's, then the teacher's. An address that changes (it
  // follows the teacher's choice, or is typed) is taken up once; one that does not follow is never
  // applied again over the teacher's choice.
  const [picked, setPicked] = useState<number | null>(fromAddress);
  const [seen, setSeen] = useState<number | null>(fromAddress);
  const [ranks, setRanks] = useState<Map<string, number> | undefined>();
  if (fromAddress !== seen) {
    setSeen(fromAddress);
    if (fromAddress !== picked) {
      setPicked(fromAddress);
      setRanks(undefined);
    }
  }
  // An article no longer in the library (deleted since the address was made): none chosen.
  const articleId = picked !== null && articles && !articles.some((a) => a.id === picked) ? null : picked;
  const vocab = useLiveQuery(vocabularySnapshot);
  const data = useLiveQuery(async () => {
    if (articleId === null) return null;
    const [article, analysis] = await Promise.all([getArticle(articleId), getAnalysis(articleId)]);
    return article && analysis ? { article, analysis } : null;
  }, [articleId]);
  const lemmas = useMemo(
    () => (data ? articleLemmas(data.analysis, data.article.text, vocab?.glosses) : undefined),
    [data, vocab?.glosses],
  );
  useEffect(() => {
    if (!lemmas) return;
    let live = true;
    const keys = lemmas.map((l) => l.lemma);
    client
      .ready()
      .then(() => client.lemmaRanks(keys))
      .then((r) => live && setRanks(new Map(keys.map((k, i) => [k, r[i]]))))
      .catch(() => live && setRanks(undefined));
    return () => {
      live = false;
    };
  }, [client, lemmas]);
  const inList = useMemo(() => new Set(list.entries.map(entryKey)), [list.entries]);

  return (
    <ListBuilderView
      articles={articles}
      articleId={articleId}
      onPickArticle={(id) => {
        setRanks(undefined);
        setPicked(id);
        onPickArticle?.(id);
      }}
      lemmas={articleId !== null && data ? lemmas : undefined}
      ranks={ranks}
      known={vocab?.known}
      inList={inList}
      onAdd={(chosen) => {
        if (!data) return;
        const a = data.article;
        // The words go into the list above, often off screen on a phone: the page says they went.
        void addToList(list.id!, chosen.map(toEntry), { title: a.title, site: a.site, author: a.author, publishedAt: a.publishedAt, articleId: a.id }).then(
          (count) => void showToast({ message: t('builder.added', { count }) }),
          (e) => tellFailed(e, t),
        );
      }}
    />
  );
}

/** A removal whose Undo toast may still show: what the page's undo key (see `onUndoKey`) needs. */
interface PendingUndo {
  listId: number;
  toastId: number;
  undo(): Promise<void>;
  /** The `data-undo-focus` key of the word's × (it gets the focus once the word is back). */
  focusKey: string;
}

export function ListWithData({ id, articleId, onPickArticle }: { id: number } & ArticleChoice) {
  const { t } = useTranslation('lists');
  const client = useAnalysisClient();
  const list = useLiveQuery(async () => (await getList(id)) ?? null, [id]);
  // The removals made on this page, latest last, for the undo key: the toast's Undo is at the end
  // of the page, after every word and the builder, far away in the keyboard's Tab order.
  const pending = useRef<PendingUndo[]>([]);
  /**
   * The undo key (U or Ctrl+Z, as on the review page): does what the toast's Undo button does for
   * the latest removal whose toast still shows — closes the toast, puts the word back, and puts the
   * focus on the word's ×. False when there is none (the toasts have gone), so the key does nothing.
   */
  const onUndoKey = useCallback((): boolean => {
    const { toasts, dismiss } = useToasts.getState();
    for (let p = pending.current.pop(); p; p = pending.current.pop()) {
      if (p.listId !== id || !toasts.some((x) => x.id === p!.toastId)) continue;
      dismiss(p.toastId);
      const { undo, focusKey } = p;
      void undo()
        .then(() => whenUndoFocusInPage(focusKey))
        .then((el) => el?.focus());
      return true;
    }
    return false;
  }, [id]);

  if (list === undefined) return <p role="status">{t('loading')}</p>;
  if (list === null) return <ListNotFound />;

  // Every edit is made to the list as it is in the database then, one word at a time (src/db/lists.ts):
  // never by saving the words shown here, which may lack a word added meanwhile (by the builder, a
  // typed word, the same list open in another tab). A word no longer there (removed in another tab)
  // is left alone, and the page says so.
  const shown = (key: string) => list.entries.find((e) => entryKey(e) === key)?.display ?? key;
  const tellIfGone = (key: string) => (outcome: WordEditOutcome) => {
    if (outcome === 'gone') showToast({ tone: 'error', message: t('wordGone', { lemma: shown(key) }) }, 12000);
  };
  const failed = (e: unknown) => tellFailed(e, t);
  async function onRemove(key: string) {
    const removed = await removeWord(id, key);
    if (!removed) {
      showToast({ tone: 'error', message: t('alreadyRemoved', { lemma: shown(key) }) }, 12000);
      return;
    }
    const lemma = removed.entry.display;
    // Puts the word back where it was, leaving words added since as they are.
    const undo = async () => {
      try {
        const outcome = await restoreWord(id, removed);
        if (outcome === 'exists') showToast({ message: t('undoExists', { lemma }) });
        if (outcome === 'gone') showToast({ tone: 'error', message: t('undoListGone', { lemma }) }, 12000);
      } catch (e) {
        failed(e);
      }
    };
    const focusKey = entryUndoFocusKey(id, removed.entry);
    const toastId = showToast({ message: t('removed', { lemma }), actionLabel: t('undo'), action: undo, undoFocus: focusKey });
    pending.current.push({ listId: id, toastId, undo, focusKey });
  }

  async function onAddWord(form: string): Promise<AddWordResult> {
    const res = await entryFromTypedForm(form, client);
    if (!res.ok) return res.reason;
    return (await addToList(id, [res.entry])) > 0 ? 'added' : 'exists';
  }

  return (
    <ListEditorView
      list={list}
      printHref={`#/list-print/${id}`}
      onRename={(name) => void renameList(id, name).catch(failed)}
      onChangeEntry={(key, patch) => void updateWord(id, key, patch).then(tellIfGone(key), failed)}
      onMove={(key, dir) => void moveWord(id, key, dir).then(tellIfGone(key), failed)}
      onRemove={(key) => void onRemove(key).catch(failed)}
      onUndoKey={onUndoKey}
      onAddWord={onAddWord}
      onAddToVocabulary={() => addListToVocabulary(list)}
      // An exported list names only the articles that still give it words, as the page does.
      exportMenu={<ExportMenu source={{ name: list.name, words: list.entries, list: contributingSources(list) }} />}
      builder={<BuilderWithData list={list} articleId={articleId} onPickArticle={onPickArticle} />}
    />
  );
}
