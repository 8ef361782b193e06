import type { WordListEntry } from '../../db/types';
import type { Analysis } from '../../lang/types';
import type { AnalysisClient } from '../../worker/client';
import { articleLemmas } from './articleLemmas';

export type TypedWordResult = { ok: true; entry: WordListEntry } | { ok: false; reason: 'empty' | 'unknown' };

/**
 * A list entry for a word the teacher types in any inflected form ("hesti" → hestur): lemmatised
 * by the worker's `analyseForm`, glossed from the dictionary entries it returns.
 */
export async function entryFromTypedForm(form: string, client: Pick<AnalysisClient, 'analyseForm'>): Promise<TypedWordResult> {
  const f = form.trim();
  if (!f) return { ok: false, reason: 'empty' };
  const { token, entries } = await client.analyseForm(f);
  const analysis: Analysis = {
    version: 0,
    dictVersion: '',
    tokens: [{ ...token, kind: 'word', sentence: 0 }],
    sentences: [],
    phrases: [],
    entries,
  };
  const [lemma] = articleLemmas(analysis, f);
  if (!lemma || (!token.candidates.length && !token.isName)) return { ok: false, reason: 'unknown' };
  const { isName: _n, first: _f, ...entry } = lemma;
  return { ok: true, entry: { ...entry, count: 0 } };
}
