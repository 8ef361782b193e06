import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setTokenChoice } from '../../db/articles';
import type { StoredAnalysis, WordStatus } from '../../db/types';
import type { Analysis } from '../../lang/types';
import { undoStatuses } from '../../db/words';
import { startArticleList } from '../lists/startArticleList';
import { href, navigate } from '../../app/router';
import { useAnalysisClient } from '../../app/services';
import { SpeakButton } from '../speech/SpeakButton';
import { refreshStaleAnalysis } from './refreshAnalysis';
import { showToast } from '../../app/ui/toasts';
import type { GlossView } from '../gloss/glossModel';
import { markRestKnown } from '../vocabulary/markRestKnown';
import { MARK_REST_UNDO_FOCUS, ReaderFooter } from '../vocabulary/ReaderFooter';
import { setWordStatus } from '../vocabulary/setWordStatus';
import { StatusButtons, STATUS_KEYS } from '../vocabulary/StatusButtons';
import { storageMessage } from '../../app/ui/errorText';
import { knownStats, tokenLemma } from '../vocabulary/tokens';
import { ReaderView } from './ReaderView';
import { tokenAt } from './tokenAt';
import { useAnalysisEntries } from './useAnalysisEntries';
import { useReaderData } from './useReaderData';

const STATUS_CLASS: Partial<Record<WordStatus, string>> = { new: 'st-new', learning: 'st-learning' };

export function ReaderWithData({ articleId }: { articleId: number }) {
  const { t } = useTranslation('reader');
  const { t: tv } = useTranslation('vocabulary');
  // Article, analysis and word statuses together: the text is drawn once, already coloured.
  const data = useReaderData(articleId);
  const analysis = data?.analysis;
  const lemmas = data?.lemmas;
  const words = data?.words;
  // The dictionary entries (for taps) are read once the whole text is in the page; a word tapped
  // before that opens its popover when they are read.
  const [textComplete, setTextComplete] = useState<number | null>(null);
  const onTextComplete = useCallback(() => setTextComplete(articleId), [articleId]);
  const entries = useAnalysisEntries(articleId, data?.article, analysis, textComplete === articleId);
  const full = useMemo(() => (analysis && entries ? { ...analysis, entries } : undefined), [analysis, entries]);
  // What the reader shows: the analysis with its entries, once they are read. A new analysis of the
  // same text (a background refresh) takes over only once its entries are read too: until then the
  // previous one stays on screen, with an open popover and its gloss (never a popover that closes
  // and opens again). Before the first entries are read, the analysis without them.
  const [lastFull, setLastFull] = useState<{ articleId: number; text: string; analysis: Analysis } | null>(null);
  const text = data?.article?.text;
  if (full && text !== undefined && lastFull?.analysis !== full) setLastFull({ articleId, text, analysis: full });
  const previous = lastFull && lastFull.articleId === articleId && lastFull.text === text ? lastFull.analysis : undefined;
  const shownFull = full ?? previous;
  const shown: Analysis | StoredAnalysis | undefined = shownFull ?? analysis;
  const client = useAnalysisClient();
  // After an app or dictionary update, an older stored analysis is redone once in the background.
  // Checked against the analysis just loaded, so a fresh one is not read a second time.
  const version = analysis?.version;
  const dictVersion = analysis?.dictVersion;
  useEffect(() => {
    if (version === undefined || dictVersion === undefined) return;
    let live = true;
    client
      .ready()
      .then(() => live && refreshStaleAnalysis(articleId, client, { version, dictVersion }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [articleId, client, version, dictVersion]);
  // The token last changed from the popover keeps its selection mark when the text re-renders (by
  // its offset: a new analysis may number the tokens differently).
  const [actedOn, setActedOn] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // (On the tokens, not the analysis: the entries' arrival must not redraw the text.)
  const shownTokens = shown?.tokens;
  const tokenClass = useCallback(
    (i: number) => {
      if (!shownTokens || !words) return undefined;
      const tok = shownTokens[i];
      const l = tokenLemma(tok);
      const cls = l === null ? undefined : STATUS_CLASS[words.get(l)?.status ?? 'new'];
      return tok?.start === actedOn ? `${cls ?? ''} selected` : cls;
    },
    [shownTokens, words, actedOn],
  );
  const userGlosses = useMemo(() => {
    const m = new Map<string, string>();
    for (const [k, w] of words ?? []) if (w.gloss) m.set(k, w.gloss);
    return m;
  }, [words]);
  const stats = useMemo(() => (lemmas && words ? knownStats(lemmas, (k) => words.get(k)?.status) : undefined), [lemmas, words]);

  const setStatus = useCallback(
    async (view: GlossView, status: WordStatus) => {
      // (A view exists only once the entries are read: a card made here needs their glosses. The
      // view is of the analysis shown, which has them.)
      if (!data?.article || !shownFull) return;
      const tok = shownFull.tokens[view.tokenIndex];
      const lemma = tokenLemma(tok);
      if (!lemma) return;
      setActedOn(tok.start);
      setError(null);
      try {
        await setWordStatus(lemma, status, { context: { articleId, text: data.article.text, analysis: shownFull, tokenIndex: view.tokenIndex } });
      } catch (e) {
        setError(storageMessage(e, tv));
      }
    },
    [articleId, data?.article, shownFull, tv],
  );

  /**
   * A reading chosen in the popover, stored on the stored analysis' token at the same offsets (the
   * one shown may be the previous analysis while a refreshed one's entries are read, whose tokens
   * and readings may be numbered differently).
   */
  const chooseCandidate = useCallback(
    (tokenIndex: number, candidateIndex: number) => {
      if (!shown || !analysis) return;
      if (shown.tokens === analysis.tokens) {
        void setTokenChoice(articleId, tokenIndex, candidateIndex);
        return;
      }
      const tok = shown.tokens[tokenIndex];
      const cand = tok?.candidates[candidateIndex];
      const i = tok ? tokenAt(analysis.tokens, tok) : -1;
      const c = cand && i >= 0 ? analysis.tokens[i].candidates.findIndex((o) => o.lemma === cand.lemma && o.pos === cand.pos) : -1;
      if (c >= 0) void setTokenChoice(articleId, i, c);
    },
    [articleId, shown, analysis],
  );

  /**
   * A word list named after the article, opened in the list editor with its builder on this
   * article (`#/lists/<id>/<articleId>`). Pressed again while the list it made for this article has
   * never had a word, that list opens (`startArticleList`): no pile of empty lists. The name can be
   * changed there. (Kept across renders: the button beside the text is not redrawn for them.)
   */
  const listArticle = data?.article;
  const onMakeList = useCallback(async () => {
    if (!listArticle) return;
    try {
      const id = await startArticleList(listArticle.id!, listArticle.title);
      navigate({ name: 'page', page: 'lists', param: String(id), sub: String(listArticle.id) });
    } catch (e) {
      showToast({ message: storageMessage(e, tv), tone: 'error' }, 0);
    }
  }, [listArticle, tv]);

  if (data && (!data.article || !data.analysis))
    return (
      <section>
        <h1>{t('notFound')}</h1>
        <a href={href({ name: 'library' })}>{t('back')}</a>
      </section>
    );
  if (!data?.article || !data.analysis || !shown || !words) return <p role="status">{t('loading')}</p>;
  const an = data.analysis;

  async function onMarkRestKnown() {
    setBusy(true);
    try {
      const { undo, count } = await markRestKnown(an);
      showToast(
        // Undo brings the button back (the rest is new again): focus goes to it, not to the title.
        { message: tv('markedKnown', { count }), actionLabel: tv('undo'), action: () => undoStatuses(undo), undoFocus: MARK_REST_UNDO_FOCUS },
        15000,
      );
    } catch (e) {
      showToast({ message: storageMessage(e, tv), tone: 'error' }, 0);
    } finally {
      setBusy(false);
    }
  }

  const article = data.article;

  return (
    <ReaderView
      article={article}
      analysis={shown}
      onChooseCandidate={chooseCandidate}
      tokenClass={tokenClass}
      userGlosses={userGlosses}
      popoverExtras={(view) => {
        const tok = shown.tokens[view.tokenIndex];
        const lemma = tokenLemma(tok);
        if (!lemma) return null;
        return (
          <>
            <SpeakButton text={view.lemma ?? view.form} />
            <StatusButtons
              status={words?.get(lemma)?.status ?? 'new'}
              onSet={(s) => void setStatus(view, s)}
              error={actedOn === tok.start ? error : null}
              announce={view.lemma ?? lemma}
            />
          </>
        );
      }}
      onWordKey={(key, view) => {
        const status = STATUS_KEYS[key];
        if (!status || !tokenLemma(shown.tokens[view.tokenIndex])) return false;
        void setStatus(view, status);
        return true;
      }}
      onTextComplete={onTextComplete}
      onMakeList={onMakeList}
      footer={<ReaderFooter stats={stats} busy={busy} onMarkRestKnown={() => void onMarkRestKnown()} />}
    />
  );
}
