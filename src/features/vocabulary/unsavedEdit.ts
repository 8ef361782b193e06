import { getWord } from '../../db/words';
import { editWordNote } from './editWordNote';

/**
 * A gloss/note edit sent to be saved as the page went away (reload, navigation, tab closed): its
 * save is started then, but Chromium ends the page before the write's transaction (a read, then a
 * write) is done, and the edit was lost. So it is also kept here, in localStorage (written at once),
 * until its save is done; the next Vocabulary page saves one that was not, the same way.
 */
const KEY = 'lesa:vocab-unsaved';

export interface UnsavedEdit {
  lemma: string;
  gloss: string;
  note: string;
  /** The word's `updatedAt` when the edit was made: a word changed since is not overwritten. */
  since: number;
}

export function keepUnsaved(edit: UnsavedEdit): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(edit));
  } catch {
    // No localStorage, or it is full: the save started as the page went may still be done.
  }
}

/** The save of `edit` is done (or failed and was said): it is not kept any more. */
export function forgetUnsaved(edit: UnsavedEdit): void {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw && sameEdit(JSON.parse(raw) as UnsavedEdit, edit)) localStorage.removeItem(KEY);
  } catch {
    // Nothing kept.
  }
}

/** Saves an edit kept as the last page went and not saved then; returns its lemma if it saved one. */
export async function saveKeptEdit(now: Date = new Date()): Promise<string | null> {
  let edit: UnsavedEdit;
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    edit = JSON.parse(raw) as UnsavedEdit;
  } catch {
    return null;
  }
  if (typeof edit?.lemma !== 'string' || typeof edit.gloss !== 'string' || typeof edit.note !== 'string' || typeof edit.since !== 'number') {
    localStorage.removeItem(KEY);
    return null;
  }
  const word = await getWord(edit.lemma);
  // Saved after all (the write was done before the page went), or changed since: nothing to do.
  const stale = (word?.updatedAt ?? 0) > edit.since || ((word?.gloss ?? '') === edit.gloss.trim() && (word?.note ?? '') === edit.note.trim());
  if (!stale) await editWordNote(edit.lemma, { gloss: edit.gloss, note: edit.note }, now);
  forgetUnsaved(edit);
  return stale ? null : edit.lemma;
}

function sameEdit(a: UnsavedEdit | null, b: UnsavedEdit): boolean {
  return !!a && a.lemma === b.lemma && a.gloss === b.gloss && a.note === b.note && a.since === b.since;
}
