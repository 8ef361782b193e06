import { getAnalysisIfNeeded, listArticles } from '../../db/articles';
import type { StoredAnalysis } from '../../db/types';
import type { PartOfSpeech } from '../../lang/types';
import { pickEntry } from '../gloss/glossModel';

/**
 * The dictionary's first sense of each lemma, as the learner's articles were analysed (each stored
 * analysis keeps the dictionary entries of its words): the part of speech the word was read as picks
 * the entry. Lemmas met in no article are left out. Newest articles first; stops once all are found.
 */
export async function dictionaryMeanings(lemmas: Iterable<string>): Promise<Map<string, string>> {
  const wanted = new Set(lemmas);
  const out = new Map<string, string>();
  if (wanted.size === 0) return out;
  for (const article of await listArticles()) {
    if (out.size >= wanted.size) break;
    // The part of speech each lemma still wanted was read as here; only an article that has one is
    // read with its dictionary entries.
    const posOf = new Map<string, PartOfSpeech>();
    const positions = (a: StoredAnalysis) => {
      for (const t of a.tokens) {
        const c = t.candidates[t.chosen] ?? t.candidates[0];
        if (c && wanted.has(c.lemma) && !out.has(c.lemma) && !posOf.has(c.lemma)) posOf.set(c.lemma, c.pos);
      }
      return posOf.size > 0;
    };
    const analysis = (await getAnalysisIfNeeded(article.id!, positions))?.full;
    if (!analysis) continue;
    for (const [lemma, pos] of posOf) {
      const entries = analysis.entries[lemma];
      const entry = pickEntry(entries, pos);
      const gloss = (entry?.senses[0] ?? entries?.find((e) => e.senses.length)?.senses[0])?.gloss;
      if (gloss) out.set(lemma, gloss);
    }
  }
  return out;
}
