import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cardsForLemma } from '../../db/cards';
import type { WordStatus } from '../../db/types';
import { getWord, knownCounts, listWords, saveWordNote, type NoteSaveResult, type WordNote } from '../../db/words';
import { dictionaryMeanings } from './dictionaryMeanings';
import { findSentences, type MetSentence } from './findSentences';
import { setWordStatus } from './setWordStatus';
import { ANNOUNCED_CAUSES, type SaveCause } from './noteDraft';
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
  // The status line of the open word's panel (or, with none open, a failed save's notice).
  const [message, setMessage] = useState<{ text: string; saved?: boolean } | null>(null);

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
      setMessage({ text: storageMessage(e, t) });
    }
  }

  // The word open now (a save made as a panel goes ends after the next word's panel has opened).
  const openLemma = useRef(selected);
  useEffect(() => {
    openLemma.current = selected;
  }, [selected]);

  function onSaved(lemma: string, r: NoteSaveResult, cause: SaveCause) {
    const open = openLemma.current === lemma;
    if (r.outcome === 'conflict') {
      // Said wherever the learner is; in the word's own panel their text is still there to save.
      setMessage({ text: open ? t('changedElsewhere', { gloss: r.stored.gloss, note: r.stored.note }) : t('notSavedFor', { lemma, reason: t('changedElsewhereReason') }) });
    } else if (open && ANNOUNCED_CAUSES.has(cause)) {
      // "Saved." only for a save the learner made while looking (a pause, leaving a field, Save):
      // not for one made as the tab was hidden, nor in the next word's panel.
      setMessage({ text: t('saved'), saved: true });
    }
  }

  function onSaveFailed(lemma: string, e: unknown) {
    // Said wherever the learner is: the panel of another word if one is open. (The edit stays in
    // the database layer's log and is written when the app next starts, if not by a later save.)
    setMessage({ text: openLemma.current === lemma ? storageMessage(e, t) : t('notSavedFor', { lemma, reason: storageMessage(e, t) }) });
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
        !selected && message && !message.saved ? (
          // A save made as the panel closed failed: said here, the panel being gone.
          <p className="notice error" role="alert">
            {message.text}
          </p>
        ) : (
          word &&
          word.lemma === selected && (
            <WordDetail
              key={word.lemma}
              word={word}
              facts={facts ?? null}
              sentences={sentences}
              message={message?.text ?? null}
              onSetStatus={(s) => void onSetStatus(word.lemma, s)}
              onSave={(typed: WordNote, base: WordNote) => saveWordNote(word.lemma, typed, base)}
              onSaved={(r, cause) => onSaved(word.lemma, r, cause)}
              onSaveFailed={(e) => onSaveFailed(word.lemma, e)}
              onTyping={() => setMessage((m) => (m?.saved ? null : m))}
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
