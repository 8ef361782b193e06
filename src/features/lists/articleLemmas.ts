import type { WordListEntry } from '../../db/types';
import type { Analysis, PartOfSpeech } from '../../lang/types';
import { buildGlossView, type GlossView } from '../gloss/glossModel';

/** One lemma of an article, as the list builder offers it. */
export interface ArticleLemma extends WordListEntry {
  /** A proper name (hidden by the "hide names" filter). */
  isName: boolean;
  /** Index of its first token (article order). */
  first: number;
}

/** At most this many senses make the default gloss of a list entry. */
const SENSES_IN_GLOSS = 3;

function sentenceText(text: string, analysis: Analysis, index: number): string {
  const s = analysis.sentences[index];
  return s ? text.slice(s.start, s.end).replace(/\s+/g, ' ').trim() : '';
}

/**
 * Every lemma of an article, in order of first occurrence: the chosen candidate of each word token
 * (names by their display form), with its count, part of speech, gender, gloss (the learner's own
 * first, else the dictionary's first senses) and the first sentence it occurs in. Word forms the
 * analyser has no lemma for are left out.
 */
export function articleLemmas(analysis: Analysis, text: string, userGlosses: ReadonlyMap<string, string> = new Map()): ArticleLemma[] {
  const byKey = new Map<string, ArticleLemma>();
  analysis.tokens.forEach((token, i) => {
    if (token.kind !== 'word') return;
    const cand = token.candidates[token.chosen] ?? token.candidates[0];
    if (!cand && !token.isName) return;
    const lemma = cand ? cand.lemma : (token.name ?? token.text);
    const pos: PartOfSpeech = cand ? cand.pos : 'proper-noun';
    const key = `${lemma}|${pos}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.count++;
      if ((token.middle || token.degree) && !userGlosses.has(lemma)) addFormMeaning(seen, buildGlossView(analysis, text, i, userGlosses)!);
      return;
    }
    const view = buildGlossView(analysis, text, i, userGlosses)!;
    const row: ArticleLemma = {
      lemma,
      display: cand ? (view.lemma ?? lemma) : lemma,
      pos,
      gender: view.gender,
      gloss: view.userGloss ?? view.senses.slice(0, SENSES_IN_GLOSS).map((s) => s.gloss).join('; '),
      note: '',
      example: sentenceText(text, analysis, token.sentence),
      count: 1,
      isName: token.isName || pos === 'proper-noun',
      first: i,
    };
    if (!view.userGloss) addFormMeaning(row, view);
    byKey.set(key, row);
  });
  return [...byKey.values()];
}

/**
 * A middle-voice or comparative/superlative form with a meaning of its own ("lést" → látast,
 * die; "helstu" → helstur, main) puts that meaning first in the default gloss of its lemma
 * ("látast: die; let, allow"), once per form lemma. A present participle with no gloss of its own
 * gets its verb's ("sjóða: boil").
 */
function addFormMeaning(row: ArticleLemma, view: GlossView): void {
  const m = view.middle ?? view.degree ?? view.participleOf ?? view.adverbOf;
  if (!m || m.senses.length === 0) return;
  const prefix = `${m.lemma}: `;
  if (row.gloss.startsWith(prefix) || row.gloss.includes(`; ${prefix}`)) return;
  const meaning = prefix + m.senses.slice(0, 2).map((s) => s.gloss).join(', ');
  row.gloss = row.gloss ? `${meaning}; ${row.gloss}` : meaning;
}

export interface LemmaFilter {
  /** Only this part of speech, or all. */
  pos: PartOfSpeech | 'all';
  hideNames: boolean;
  /** Hide the N commonest lemmas of the language (0: hide none). */
  hideTop: number;
  hideKnown: boolean;
}

export const DEFAULT_FILTER: LemmaFilter = { pos: 'all', hideNames: true, hideTop: 0, hideKnown: true };

export type LemmaOrder = 'article' | 'count' | 'alphabet';

/**
 * Applies the builder's filters. `ranks` gives frequency ranks (0 = commonest) of lemma keys;
 * lemmas without a rank are rare and never hidden by `hideTop`. `known` holds the lemma keys the
 * learner marked Known.
 */
export function filterLemmas(
  items: readonly ArticleLemma[],
  filter: LemmaFilter,
  ctx: { ranks?: ReadonlyMap<string, number>; known?: ReadonlySet<string> } = {},
): ArticleLemma[] {
  return items.filter((l) => {
    if (filter.hideNames && l.isName) return false;
    if (filter.pos !== 'all' && l.pos !== filter.pos) return false;
    if (filter.hideKnown && ctx.known?.has(l.lemma)) return false;
    if (filter.hideTop > 0) {
      const r = ctx.ranks?.get(l.lemma);
      if (r !== undefined && r < filter.hideTop) return false;
    }
    return true;
  });
}

export function sortLemmas(items: readonly ArticleLemma[], order: LemmaOrder): ArticleLemma[] {
  const out = [...items];
  if (order === 'article') out.sort((a, b) => a.first - b.first);
  else if (order === 'count') out.sort((a, b) => b.count - a.count || a.first - b.first);
  else {
    const coll = new Intl.Collator('is');
    out.sort((a, b) => coll.compare(a.display, b.display) || a.first - b.first);
  }
  return out;
}

/** A list entry from an article lemma (drops the builder-only fields). */
export function toEntry(l: ArticleLemma): WordListEntry {
  const { isName: _n, first: _f, ...entry } = l;
  return entry;
}
