import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getArticle } from '../../db/articles';
import { getWord } from '../../db/words';
import { getCard, nextDueAfter, onCardsChanged, Q_LEARNING, Q_NEW, Q_REVIEW } from '../../db/cards';
import type { CardRecord } from '../../db/types';
import { storageMessage } from '../../app/ui/errorText';
import { loadDueQueue, startOfDay } from './dueQueue';
import { keepSession, resumeStoredSession } from './keptSession';
import { formatInterval } from './formatInterval';
import { rateCard } from './rateCard';
import { ReviewSettingsPanel } from './ReviewSettingsPanel';
import { loadReviewSettings } from './reviewSettings';
import { RATING_KEY, ReviewView } from './ReviewView';
import { ANSWERS, makeScheduler, type Answer, type ReviewSettings } from './scheduler';
import { afterAnswer, canUndo, current, isFinished, joinDue, keepLast, startSession, summarize, undoLast, type Session } from './session';
import { undoRating } from './undoRating';

/**
 * The Review page: takes the due queue, then runs the session against storage. Cards that become
 * due or are added meanwhile (words saved in the reader, in this tab or another) join the running
 * session at the end of its queue. The session is kept while the learner is away from the page
 * (see `keptSession`), its summary too once it is finished, until a new one starts.
 */
export function ReviewWithData({ now = () => new Date() }: { now?: () => Date; param?: string }) {
  const { t } = useTranslation('review');
  const [settings, setSettings] = useState<ReviewSettings | null>(null);
  const [session, setSession] = useState<Session | null>(null);
  const [info, setInfo] = useState<{ nextDue: number | null; newWaiting: number }>({ nextDue: null, newWaiting: 0 });
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** Said to screen readers (e.g. an answer undone) in a region that is always in the page. */
  const [said, setSaid] = useState('');
  /** The card whose answer was just undone, while it waits on its question side (a visible note says so). */
  const [undoneId, setUndoneId] = useState<number | null>(null);
  /** The session as last set: actions that wait on storage apply their change to it, not to the one they started from. */
  const sessionRef = useRef<Session | null>(null);
  const shownAt = useRef(0);
  const clock = useRef(now);

  /** Local midnight of the day the session started: a session is kept for that day only. */
  const day = useRef(0);

  /**
   * Takes the due queue and starts a session, or (on coming back to the page, `resume`) goes on
   * with the session kept from earlier in this visit or before a reload, when there is one.
   */
  const load = useCallback(
    async (resume: boolean) => {
      setError(null);
      try {
        const s = await loadReviewSettings();
        const at = clock.current();
        const today = startOfDay(at);
        const kept = resume ? await resumeStoredSession(today) : null;
        const q = await loadDueQueue(at, s.newPerDay);
        const next = await nextDueAfter(at.getTime());
        // (A kept summary says when the next card is due as soon as it shows, as the empty page does.)
        setInfo({ nextDue: next, newWaiting: q.newWaiting });
        if (kept) {
          setSettings(s);
          day.current = today;
          sessionRef.current = kept;
          setSession(kept);
          setRevealed(false);
          setSaid('');
          setUndoneId(null);
          return;
        }
        setSettings(s);
        const prev = sessionRef.current;
        if (!resume && q.items.length === 0 && prev && isFinished(prev) && day.current === today) {
          // Checked for more and there are none yet: the summary stays (and stays kept).
          setNotice(t('nothingMore'));
          return;
        }
        setNotice(null);
        day.current = today;
        const fresh = startSession(q.items);
        sessionRef.current = fresh;
        setSession(fresh);
        setRevealed(false);
        setSaid('');
        setUndoneId(null);
      } catch (e) {
        setError(storageMessage(e, t));
      }
    },
    [t],
  );

  useEffect(() => {
    void load(true);
  }, [load]);

  // Kept while the learner is away from the page; a new session replaces it.
  useEffect(() => {
    if (session) keepSession(session, day.current);
  }, [session]);

  /** A new state of the session, from the latest one: kept at once, should the page be left before it renders. */
  const commit = useCallback((change: (s: Session) => Session) => {
    const s = sessionRef.current;
    if (!s) return;
    const next = change(s);
    if (next === s) return;
    sessionRef.current = next;
    keepSession(next, day.current);
    setSession(next);
  }, []);

  // Cards that come due or are added while the session runs join it (at the end of its queue):
  // after any change to cards or settings (this tab or another), each minute, and on coming back
  // to the tab. A resumed session is brought up to date at once (words saved while away).
  const started = session !== null;
  useEffect(() => {
    if (!started) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      // Coalesce bursts of writes (an answer writes the card and its log entry).
      timer = setTimeout(() => {
        void (async () => {
          try {
            const s = await loadReviewSettings();
            const at = clock.current();
            // Past midnight the session is yesterday's: the new day's cards start a new one.
            if (startOfDay(at) !== day.current) return;
            const q = await loadDueQueue(at, s.newPerDay);
            const next = await nextDueAfter(at.getTime());
            if (!live) return;
            setInfo({ nextDue: next, newWaiting: q.newWaiting });
            commit((x) => joinDue(x, q.items));
          } catch {
            // Storage unreadable just now: the session goes on as it is; the next change tries again.
          }
        })();
      }, 50);
    };
    refresh();
    const stop = onCardsChanged(refresh);
    const tick = setInterval(refresh, 60_000);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      clearTimeout(timer);
      clearInterval(tick);
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [started, commit]);

  const item = session ? current(session) : undefined;
  const answeredCount = session?.answered.length ?? 0;
  // The card is read when it comes to the front (the queue holds ids only).
  const loaded = useLiveQuery(async () => (item ? { id: item.id, n: answeredCount, card: await getCard(item.id) } : null), [item?.id, answeredCount]);
  const live = item && loaded?.id === item.id && loaded.n === answeredCount ? loaded.card : undefined;
  // The card as it was when it came to the front: its intervals and its answer are for that showing,
  // even if another tab answers it meanwhile (the live read then moves on).
  const showing = useRef<{ key: string; card: CardRecord } | null>(null);
  const key = item ? `${item.id}:${answeredCount}` : '';
  if (live && showing.current?.key !== key) showing.current = { key, card: live };
  const card = live && showing.current?.key === key ? showing.current.card : undefined;
  const cardLoading = !!item && !card;
  // A card removed meanwhile (its word's status change was undone) is skipped.
  useEffect(() => {
    if (item && loaded?.id === item.id && loaded.n === answeredCount && !loaded.card) commit((s) => (s.queue[0]?.id === item.id ? { ...s, queue: s.queue.slice(1) } : s));
  }, [item, loaded, answeredCount, commit]);
  useEffect(() => {
    shownAt.current = clock.current().getTime();
  }, [card?.id, answeredCount]);
  const word = useLiveQuery(() => (card ? getWord(card.lemma) : undefined), [card?.lemma]);
  const articleId = card?.articleId ?? null;
  const articleExists = useLiveQuery(async () => (articleId === null ? undefined : !!(await getArticle(articleId))), [articleId]);

  const scheduler = useMemo(() => (settings ? makeScheduler(settings) : null), [settings]);
  const intervals = useMemo(() => {
    if (!card || !scheduler || !revealed) return null;
    const at = clock.current();
    const due = scheduler.preview(card.fsrs, at);
    return Object.fromEntries(ANSWERS.map((a) => [a, formatInterval(due[a] - at.getTime(), t)])) as Record<Answer, string>;
  }, [card, scheduler, revealed, t]);

  const remaining = useMemo(() => {
    const r = { learning: 0, review: 0, new: 0 };
    for (const c of session?.queue ?? []) {
      if (c.queue === Q_NEW) r.new++;
      else if (c.queue === Q_REVIEW) r.review++;
      else if (c.queue === Q_LEARNING) r.learning++;
    }
    return r;
  }, [session]);

  const onRate = useCallback(
    async (a: Answer) => {
      if (!card || !settings || !session || busy) return;
      setBusy(true);
      setError(null);
      setNotice(null);
      setSaid('');
      setUndoneId(null);
      const at = clock.current();
      const durationMs = at.getTime() - shownAt.current;
      try {
        const rated = await rateCard(card, a, { now: at, durationMs, settings });
        // The next due date with this answer in it, shown at once should the answer end the session
        // (its summary says when the next card is due; the refresh after a change comes a moment later).
        const next = await nextDueAfter(at.getTime()).catch(() => undefined);
        if (next !== undefined) setInfo((i) => (i.nextDue === next ? i : { ...i, nextDue: next }));
        // (Cards that joined meanwhile went to the end of the queue: the card answered is still in front.)
        const answered = (s: Session) => s.queue[0]?.id === card.id;
        if (rated) commit((s) => (answered(s) ? afterAnswer(s, { rating: a, reviewId: rated.reviewId, durationMs }, rated.next, at.getTime()) : s));
        else {
          // Answered in another tab since it was shown: that answer stands; go on to the next card.
          commit((s) => (answered(s) ? { ...s, queue: s.queue.slice(1) } : s));
          setNotice(t('answeredElsewhere'));
        }
        setRevealed(false);
      } catch (e) {
        setError(storageMessage(e, t));
      } finally {
        setBusy(false);
      }
    },
    [card, settings, session, busy, t, commit],
  );

  const onUndo = useCallback(async () => {
    if (!session || busy) return;
    const u = undoLast(session);
    if (!u) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    setSaid('');
    setUndoneId(null);
    // The answer undone is still the last one (nothing is answered while this waits: busy).
    const same = (s: Session) => s.answered.at(-1)?.reviewId === u.undone.reviewId;
    try {
      const back = await undoRating(u.undone.reviewId, u.undone.written);
      if (back === null) {
        // Answered again (in another tab) or changed since: that state stands; this answer stays.
        commit((s) => (same(s) ? keepLast(s) : s));
        setNotice(t('undoChangedElsewhere'));
      } else {
        commit((s) => (same(s) ? (undoLast(s)?.session ?? s) : s));
        // Back on its question side, as Anki does: the learner answers it again, honestly.
        setRevealed(false);
        setSaid(t('undone', { answer: t(`rating.${RATING_KEY[u.undone.rating]}`) }));
        setUndoneId(u.undone.item.id);
      }
    } catch (e) {
      setError(storageMessage(e, t));
    } finally {
      setBusy(false);
    }
  }, [session, busy, t, commit]);

  return (
    <ReviewView
      loading={(!session && !error) || cardLoading}
      card={card}
      userGloss={word?.gloss}
      note={word?.note}
      articleExists={articleExists}
      revealed={revealed}
      intervals={intervals}
      remaining={remaining}
      summary={session && session.answered.length > 0 && !item ? summarize(session) : null}
      nextDue={info.nextDue}
      newWaiting={info.newWaiting}
      now={clock.current().getTime()}
      error={error}
      notice={notice}
      announcement={said}
      undone={!!card && card.id === undoneId}
      canUndo={!!session && canUndo(session)}
      // (Reading the next card too: a key meanwhile is kept for it.)
      busy={busy || cardLoading}
      onReveal={() => {
        setRevealed(true);
        setUndoneId(null);
      }}
      onRate={(a) => void onRate(a)}
      onUndo={() => void onUndo()}
      onRestart={() => void load(false)}
      settingsPanel={<ReviewSettingsPanel />}
    />
  );
}
