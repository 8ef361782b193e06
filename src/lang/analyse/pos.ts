/** Mapping of BÍN word classes (as lemma-is reports them) to the learner-facing part of speech. */
import type { PartOfSpeech } from '../types.ts';

const BIN_TO_POS: Record<string, PartOfSpeech> = {
  no: 'noun',
  so: 'verb',
  lo: 'adjective',
  ao: 'adverb',
  fs: 'preposition',
  fn: 'pronoun',
  pfn: 'pronoun',
  '': 'pronoun', // lemma-is reports the reflexive "sig" without a class
  gr: 'article',
  to: 'numeral',
  st: 'conjunction',
  uh: 'interjection',
  nhm: 'infinitive-marker',
};

export function binToPos(bin: string): PartOfSpeech {
  return BIN_TO_POS[bin] ?? 'other';
}
