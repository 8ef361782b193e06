import { setWordNote } from '../../db/words';

/** Saves the learner's own gloss and/or note for a lemma (their gloss wins over the dictionary's). */
export function editWordNote(lemma: string, edit: { gloss?: string; note?: string }, now: Date = new Date()): Promise<void> {
  return setWordNote(lemma, edit, now.getTime());
}
