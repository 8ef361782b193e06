/**
 * Proper names: which capitalised tokens are names, and how to display them.
 *
 * - A capitalised word that is not sentence-initial is a name.
 * - A capitalised word lemma-is does not know is a name (at sentence start too, unless it is a
 *   compound of known words).
 * - A sentence-initial capitalised word lemma-is knows is a common word, unless its only glossed
 *   readings are proper nouns in the dictionary ("Bandaríkin").
 * Display: the dictionary headword for known proper lemmas ("Bandaríkjanna" → "Bandaríkin"), the
 * capitalised lemma for other known words, and the form with a genitive -s stripped for unknown
 * names ("Pútíns" → "Pútín").
 */

const UPPER_START = /^\p{Lu}/u;

export function isCapitalised(form: string): boolean {
  return UPPER_START.test(form);
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Strips a genitive -s from an unknown name. With `seen` (other forms in the same text), the
 * stem must occur there ("Musks" next to "Musk"); otherwise -s is stripped after a consonant other
 * than s/x/z ("Pútíns", "Trumps") but kept after a vowel ("Carlos", "Jones").
 */
export function stripGenitive(form: string, seen?: ReadonlySet<string>): string {
  if (form.length < 4 || !form.endsWith('s') || form === form.toUpperCase()) return form;
  const stem = form.slice(0, -1);
  if (seen?.has(stem)) return stem;
  const before = stem.charAt(stem.length - 1).toLowerCase();
  if (/[aeiouyáéíóúýæöøåäü'sxz]/.test(before)) return form;
  // Short stems ending in r/n/l + s are as often nominatives (Lars, Hans, Nils): need evidence.
  if (/[rln]/.test(before) && stem.length <= 4) return form;
  return stem;
}
