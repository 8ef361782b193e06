import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useAnalysisClient } from '../../app/services';
import { errorText } from '../../app/ui/errorText';
import { showToast } from '../../app/ui/toasts';
import { useUndoKeys } from '../../app/ui/useUndoKeys';
import { getAnalysis, getArticle, listArticles } from '../../db/articles';
import { addToList, contributingSources, entryKey, getList, moveWord, removeWord, renameList, restoreWord, updateWord, vocabularySnapshot, type WordEditOutcome } from '../../db/lists';
import type { WordListRecord } from '../../db/types';
import { ExportMenu } from '../export/ExportMenu';
import { articleLemmas, toEntry } from './articleLemmas';
import { ListBuilderView } from './ListBuilderView';
import { entryUndoFocusKey, entryUndoFocusKind, ListEditorView, type AddWordResult } from './ListEditorView';
import { entryFromTypedForm } from './typedWord';
import { ListNotFound } from './ListNotFound';
import { addListToVocabulary } from './importList';
import { useExampleSpans } from './useExampleSpans';

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

export function ListWithData({ id, articleId, onPickArticle }: { id: number } & ArticleChoice) {
  const { t } = useTranslation('lists');
  const client = useAnalysisClient();
  const list = useLiveQuery(async () => (await getList(id)) ?? null, [id]);
  // Where each word is in its example, for the handout printed from this page (Ctrl+P).
  const exampleSpans = useExampleSpans(list?.entries);
  // The undo key (U or Ctrl+Z, as on the review page): the toast's Undo is at the end of the page,
  // after every word and the builder, far away in the keyboard's Tab order. The key does what that
  // button does for the latest removal from this list whose toast still shows.
  useUndoKeys(entryUndoFocusKind(id));

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
    showToast({ message: t('removed', { lemma }), actionLabel: t('undo'), action: undo, undoFocus: entryUndoFocusKey(id, removed.entry) });
  }

  async function onAddWord(form: string): Promise<AddWordResult> {
    const res = await entryFromTypedForm(form, client);
    if (!res.ok) return res.reason;
    return (await addToList(id, [res.entry])) > 0 ? 'added' : 'exists';
  }

  return (
    <ListEditorView
      list={list}
      exampleSpans={exampleSpans}
      printHref={`#/list-print/${id}`}
      onRename={(name) => void renameList(id, name).catch(failed)}
      onChangeEntry={(key, patch) => void updateWord(id, key, patch).then(tellIfGone(key), failed)}
      onMove={(key, dir) => void moveWord(id, key, dir).then(tellIfGone(key), failed)}
      onRemove={(key) => void onRemove(key).catch(failed)}
      undoKeys
      onAddWord={onAddWord}
      onAddToVocabulary={() => addListToVocabulary(list)}
      // An exported list names only the articles that still give it words, as the page does.
      exportMenu={<ExportMenu source={{ name: list.name, words: list.entries, list: contributingSources(list) }} />}
      builder={<BuilderWithData list={list} articleId={articleId} onPickArticle={onPickArticle} />}
    />
  );
}
