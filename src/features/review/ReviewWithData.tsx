import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getArticle } from '../../db/articles';
import { getWord } from '../../db/words';
import { getCard, nextDueAfter, Q_LEARNING, Q_NEW, Q_REVIEW } from '../../db/cards';
import type { CardRecord } from '../../db/types';
import { storageMessage } from '../vocabulary/storageMessage';
import { loadDueQueue, startOfDay } from './dueQueue';
import { keepSession, resumeStoredSession } from './keptSession';
import { formatInterval } from './formatInterval';
import { rateCard } from './rateCard';
import { ReviewSettingsPanel } from './ReviewSettingsPanel';
import { loadReviewSettings } from './reviewSettings';
import { ReviewView } from './ReviewView';
import { ANSWERS, makeScheduler, type Answer, type ReviewSettings } from './scheduler';
import { afterAnswer, canUndo, current, keepLast, startSession, summarize, undoLast, type Session } from './session';
import { undoRating } from './undoRating';

/**
 * The Review page: takes the due queue once, then runs the session against storage. The session is
 * kept while the learner is away from the page (see `keptSession`) until it is finished.
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
        if (kept) {
          setSettings(s);
          day.current = today;
          setSession(kept);
          setRevealed(false);
          return;
        }
        const q = await loadDueQueue(at, s.newPerDay);
        const next = await nextDueAfter(at.getTime());
        setSettings(s);
        setInfo({ nextDue: next, newWaiting: q.newWaiting });
        day.current = today;
        setSession(startSession(q.items));
        setRevealed(false);
      } catch (e) {
        setError(storageMessage(e, t));
      }
    },
    [t],
  );

  useEffect(() => {
    void load(true);
  }, [load]);

  // Kept while the learner is away from the page; a finished session (or a new one) replaces it.
  useEffect(() => {
    if (session) keepSession(session, day.current);
  }, [session]);

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
    if (item && loaded?.id === item.id && loaded.n === answeredCount && !loaded.card) setSession((s) => (s && s.queue[0]?.id === item.id ? { ...s, queue: s.queue.slice(1) } : s));
  }, [item, loaded, answeredCount]);
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

  /** A new state of the session after a write: kept at once, should the page be left before it renders. */
  const update = useCallback((s: Session) => {
    keepSession(s, day.current);
    setSession(s);
  }, []);

  const onRate = useCallback(
    async (a: Answer) => {
      if (!card || !settings || !session || busy) return;
      setBusy(true);
      setError(null);
      setNotice(null);
      const at = clock.current();
      const durationMs = at.getTime() - shownAt.current;
      try {
        const rated = await rateCard(card, a, { now: at, durationMs, settings });
        if (rated) update(afterAnswer(session, { rating: a, reviewId: rated.reviewId, durationMs }, rated.next, at.getTime()));
        else {
          // Answered in another tab since it was shown: that answer stands; go on to the next card.
          update({ ...session, queue: session.queue.slice(1) });
          setNotice(t('answeredElsewhere'));
        }
        setRevealed(false);
      } catch (e) {
        setError(storageMessage(e, t));
      } finally {
        setBusy(false);
      }
    },
    [card, settings, session, busy, t, update],
  );

  const onUndo = useCallback(async () => {
    if (!session || busy) return;
    const u = undoLast(session);
    if (!u) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const back = await undoRating(u.undone.reviewId, u.undone.written);
      if (back === null) {
        // Answered again (in another tab) or changed since: that state stands; this answer stays.
        update(keepLast(session));
        setNotice(t('undoChangedElsewhere'));
      } else {
        update(u.session);
        setRevealed(true);
      }
    } catch (e) {
      setError(storageMessage(e, t));
    } finally {
      setBusy(false);
    }
  }, [session, busy, t, update]);

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
      error={error}
      notice={notice}
      canUndo={!!session && canUndo(session)}
      busy={busy}
      onReveal={() => setRevealed(true)}
      onRate={(a) => void onRate(a)}
      onUndo={() => void onUndo()}
      onRestart={() => void load(false)}
      settingsPanel={<ReviewSettingsPanel />}
    />
  );
}
