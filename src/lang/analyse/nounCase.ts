/**
 * Which cases a noun form can be, for the regular classes whose endings say so
 * plainly. lemma-is's core binary carries no case, so a preposition's government ("af" + dative)
 * cannot otherwise tell "af skála" (skáli, hall) from skál (bowl), whose "skála" is only the
 * genitive plural. Only forms that are certain for their class are answered; anything else gives
 * undefined and is left alone.
 */
import type { Gender } from '../types.ts';

export type Case = 'nom' | 'acc' | 'dat' | 'gen';

const VOWEL_END = /[aeiouyáéíóúýæö]$/u;

/** The cases `form` can be as a form of the noun `lemma`, or undefined when unsure. */
export function nounFormCases(lemma: string, gender: Gender | undefined, form: string): Case[] | undefined {
  if (form === lemma || !gender) return undefined;
  const consonantFinal = !VOWEL_END.test(lemma);
  if ((gender === 'f' || gender === 'n') && consonantFinal && !lemma.endsWith('ur')) {
    // skál → skála, borð → borða: genitive plural only.
    if (form === lemma + 'a') return ['gen'];
    // borð → borðs: genitive singular.
    if (gender === 'n' && form === lemma + 's') return ['gen'];
    return undefined;
  }
  if (gender === 'm' && lemma.endsWith('ur') && lemma.length > 4) {
    const stem = lemma.slice(0, -2);
    // hestur → hesta (accusative / genitive plural), hests (genitive singular), hestinn
    // (accusative with the article).
    if (form === stem + 'a') return ['acc', 'gen'];
    if (form === stem + 's') return ['gen'];
    if (form === stem + 'inn') return ['acc'];
    return undefined;
  }
  // Weak masculine: arfi → arfinn (nominative with the article; the accusative is arfann).
  if (gender === 'm' && lemma.endsWith('i') && lemma.length > 3 && form === lemma.slice(0, -1) + 'inn') return ['nom'];
  return undefined;
}

/** The cases a preposition governs, for prepositions that take one or two cases. */
const GOVERNS: Record<string, Case[]> = {};
for (const p of 'af frá úr hjá ásamt gegn handa nálægt undan meðfram gagnvart samkvæmt'.split(' ')) GOVERNS[p] = ['dat'];
for (const p of 'um gegnum kringum umfram'.split(' ')) GOVERNS[p] = ['acc'];
for (const p of 'til án vegna meðal auk innan utan milli sakir sökum'.split(' ')) GOVERNS[p] = ['gen'];
for (const p of 'á í með við undir yfir fyrir eftir'.split(' ')) GOVERNS[p] = ['acc', 'dat'];

export function governedCases(preposition: string): Case[] | undefined {
  return GOVERNS[preposition];
}
