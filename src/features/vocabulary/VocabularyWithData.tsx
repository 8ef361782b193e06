import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cardsForLemma } from '../../db/cards';
import type { WordStatus } from '../../db/types';
import { getWord, knownCounts, listWords } from '../../db/words';
import { dictionaryMeanings } from './dictionaryMeanings';
import { editWordNote } from './editWordNote';
import { findSentences, type MetSentence } from './findSentences';
import { setWordStatus } from './setWordStatus';
import { forgetUnsaved, keepUnsaved, saveKeptEdit, type UnsavedEdit } from './unsavedEdit';
import { storageMessage } from '../../app/ui/errorText';
import { VocabularyView } from './VocabularyView';
import { WordDetail, type WordFacts } from './WordDetail';

/** The Vocabulary page (`#/vocabulary[/<lemma>]`). */
export function VocabularyWithData({ param }: { param?: string }) {
  const { t } = useTranslation('vocabulary');
  const words = useLiveQuery(async () => {
    const t0 = performance.now();
    const list = await listWords();
    performance.measure?.('lesa:vocabulary-load', { start: t0, end: performance.now(), detail: { words: list.length } });
    return list;
  });
  const known = useLiveQuery(knownCounts);
  const [selected, setSelected] = useState<string | null>(param ? decodeURIComponent(param) : null);
  const word = useLiveQuery(async () => (selected ? ((await getWord(selected)) ?? { lemma: selected, status: 'new' as const, updatedAt: 0 }) : null), [selected]);
  const facts = useLiveQuery(async (): Promise<WordFacts | null> => {
    if (!selected) return null;
    const c = (await cardsForLemma(selected))[0];
    return c ? { display: c.display, pos: c.pos, gender: c.gender, glosses: c.glosses } : null;
  }, [selected]);
  const meanings = useDictionaryMeanings(words);
  const [sentences, setSentences] = useState<MetSentence[] | undefined>(undefined);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    setSentences(undefined);
    setMessage(null);
    if (!selected) return;
    let live = true;
    findSentences(selected).then(
      (s) => live && setSentences(s),
      () => live && setSentences([]),
    );
    return () => {
      live = false;
    };
  }, [selected]);

  async function onSetStatus(lemma: string, status: WordStatus) {
    setMessage(null);
    try {
      await setWordStatus(lemma, status, { context: sentences?.[0]?.context, gloss: word?.gloss });
    } catch (e) {
      setMessage(storageMessage(e, t));
    }
  }

  // The word open now (a save made as a panel goes ends after the next word's panel has opened).
  const openLemma = useRef(selected);
  useEffect(() => {
    openLemma.current = selected;
  }, [selected]);

  // An edit kept as the last page went (reloaded, closed) before its save was done: saved now.
  useEffect(() => {
    saveKeptEdit().catch(() => {
      // Not saved this time either: tried again on the next visit.
    });
  }, []);

  async function onSave(lemma: string, edit: { gloss: string; note: string }, how?: { pageHidden: boolean }) {
    // The page may be ending: the edit is kept (at once) until its save is done.
    let kept: UnsavedEdit | null = null;
    if (how?.pageHidden) keepUnsaved((kept = { lemma, ...edit, since: word?.lemma === lemma ? word.updatedAt : 0 }));
    try {
      await editWordNote(lemma, edit);
      if (kept) forgetUnsaved(kept);
      // "Saved." in this word's panel only, not in the next word's.
      if (openLemma.current === lemma) setMessage(t('saved'));
    } catch (e) {
      if (kept) forgetUnsaved(kept);
      // A failed save is said wherever the learner is: the panel of another word if one is open.
      setMessage(openLemma.current === lemma ? storageMessage(e, t) : t('notSavedFor', { lemma, reason: storageMessage(e, t) }));
    }
  }

  return (
    <VocabularyView
      words={words}
      known={known}
      selected={selected}
      onSelect={setSelected}
      meanings={meanings}
      detail={
        // (Not the word last looked up once another, or none, is selected.)
        !selected && message ? (
          // A save made as the panel closed failed: said here, the panel being gone.
          <p className="notice error" role="alert">
            {message}
          </p>
        ) : (
          word &&
          word.lemma === selected && (
            <WordDetail
              key={word.lemma}
              word={word}
              facts={facts ?? null}
              sentences={sentences}
              message={message}
              onSetStatus={(s) => void onSetStatus(word.lemma, s)}
              onSave={(edit, how) => void onSave(word.lemma, edit, how)}
              onClose={() => setSelected(null)}
            />
          )
        )
      }
    />
  );
}

/** Dictionary meanings of the listed words, looked up once per lemma in the learner's stored analyses. */
function useDictionaryMeanings(words: readonly { lemma: string }[] | undefined): ReadonlyMap<string, string> {
  const [meanings, setMeanings] = useState<ReadonlyMap<string, string>>(new Map());
  const looked = useRef(new Set<string>());
  useEffect(() => {
    if (!words) return;
    const missing = words.map((w) => w.lemma).filter((l) => !looked.current.has(l));
    if (missing.length === 0) return;
    for (const l of missing) looked.current.add(l);
    let live = true;
    let done = false;
    dictionaryMeanings(missing).then(
      (found) => {
        done = true;
        if (live && found.size > 0) setMeanings((m) => new Map([...m, ...found]));
      },
      () => {
        // Meanings are a help only: without them the list still shows every word.
        done = true;
      },
    );
    return () => {
      live = false;
      // Not answered yet: look these up again on the next run.
      if (!done) for (const l of missing) looked.current.delete(l);
    };
  }, [words]);
  return meanings;
}
