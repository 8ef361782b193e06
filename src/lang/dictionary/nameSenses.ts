/**
 * Whether a name read through a common word shows that word's senses. Only through a noun or an
 * adjective, and only in that part of speech: "Hellu" read through the noun hella shows the
 * noun's senses, never the verb's ("pour"); "Blikar" (through the verb blika, gleam) and "Fram"
 * (the club, through the adverb) show none.
 */
import type { DictEntry, PartOfSpeech } from '../types.ts';

const NOMINAL_NAMES = new Set<PartOfSpeech>(['noun', 'proper-noun', 'adjective']);

export function nameShowsSenses(isName: boolean, pos: PartOfSpeech, entries: DictEntry[] | undefined): boolean {
  if (!isName) return true;
  return NOMINAL_NAMES.has(pos) && !!entries?.some((e) => e.pos === pos && e.senses.length > 0);
}
