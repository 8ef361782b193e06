/**
 * Scores the analyser against Universal Dependencies gold lemmas: top-1 lemma accuracy
 * (case-insensitive), share of tokens with a gloss, and share with the right lemma and a gloss.
 * Tokens whose UPOS is PROPN, PUNCT, NUM, SYM or X are not scored.
 *
 * Function words (gold UPOS ADP, SCONJ, CCONJ, PART, ADV) are also scored on part of speech: the
 * popover glosses "að" as "that" (conjunction), "to" (preposition or infinitive marker), so the
 * lemma alone does not say whether the learner saw the right meaning.
 *
 * Gold lemma normalisation (`goldLemmaKey`): lower case, and where the surface form has no hyphen,
 * the hyphens some treebanks put at compound boundaries are removed ("lyktar-mengun" for the form
 * "lyktarmengun" is the lemma "lyktarmengun"). Nothing else is rewritten.
 */
import type { Analysis } from '../../lang/types.ts';
import { parseConllu } from './conllu.ts';
import { isGlossed, predictedLemma } from './report.ts';

export const UNSCORED_UPOS = new Set(['PROPN', 'PUNCT', 'NUM', 'SYM', 'X']);

export interface Miss {
  form: string;
  predicted: string;
  gold: string;
  count: number;
}

export interface Score {
  sentences: number;
  scored: number;
  /** Gold words with no analysis token of the same span (tokenization differences). */
  unaligned: number;
  lemmaCorrect: number;
  glossed: number;
  correctAndGlossed: number;
  lemmaAccuracy: number;
  glossedRate: number;
  correctAndGlossedRate: number;
  /** Gold PROPN tokens, and how many of them the analysis marks as names (`isName`). */
  names: number;
  namesFound: number;
  nameRate: number;
  misses: Miss[];
  /** Gold lemmas (with gold UPOS) of tokens that got no gloss, commonest first. */
  unglossed: { lemma: string; upos: string; count: number }[];
  /** Function words with the right lemma, and how many of them have the gold part of speech. */
  functionWords: number;
  functionPosCorrect: number;
  functionPosRate: number;
  /** Commonest function-word part-of-speech misses ("að conjunction → preposition"). */
  functionMisses: Miss[];
}

/** Gold UPOS of function words → the analyser's parts of speech that give the same gloss. */
const FUNCTION_UPOS: Record<string, string[]> = {
  ADP: ['preposition'],
  SCONJ: ['conjunction'],
  CCONJ: ['conjunction'],
  PART: ['infinitive-marker'],
  ADV: ['adverb'],
};

type Analyse = (text: string) => Analysis;

/** The comparable key of a gold lemma (see the header): lower case, compound hyphens dropped. */
export function goldLemmaKey(form: string, lemma: string): string {
  const l = lemma.toLowerCase();
  return form.includes('-') ? l : l.replace(/(\p{L})-(?=\p{L})/gu, '$1');
}

export interface RawCounts {
  sentences: number;
  scored: number;
  unaligned: number;
  lemmaCorrect: number;
  glossed: number;
  correctAndGlossed: number;
  names: number;
  namesFound: number;
  functionWords: number;
  functionPosCorrect: number;
  functionMisses: Map<string, Miss>;
  misses: Map<string, Miss>;
  unglossed: Map<string, { lemma: string; upos: string; count: number }>;
}

export function emptyCounts(): RawCounts {
  return { sentences: 0, scored: 0, unaligned: 0, lemmaCorrect: 0, glossed: 0, correctAndGlossed: 0, names: 0, namesFound: 0, functionWords: 0, functionPosCorrect: 0, functionMisses: new Map(), misses: new Map(), unglossed: new Map() };
}

/** Analyses the sentences of one CoNLL-U file (as one text, a sentence a line) and counts. */
export function countConllu(analyse: Analyse, source: string, into: RawCounts = emptyCounts()): RawCounts {
  const sentences = parseConllu(source);
  let text = '';
  const offsets: number[] = [];
  for (const s of sentences) {
    offsets.push(text.length);
    text += s.text + '\n';
  }
  const a = analyse(text);
  const byStart = new Map<number, number>();
  a.tokens.forEach((t, i) => byStart.set(t.start, i));
  into.sentences += sentences.length;
  sentences.forEach((s, si) => {
    for (const w of s.words) {
      if (w.upos === 'PROPN') {
        into.names++;
        const j = w.start >= 0 ? byStart.get(offsets[si] + w.start) : undefined;
        if (j !== undefined && a.tokens[j].isName) into.namesFound++;
      }
      if (UNSCORED_UPOS.has(w.upos)) continue;
      into.scored++;
      const idx = w.start >= 0 ? byStart.get(offsets[si] + w.start) : undefined;
      const t = idx !== undefined ? a.tokens[idx] : undefined;
      if (!t || t.end !== offsets[si] + w.end) {
        into.unaligned++;
        addMiss(into, w.form, t ? `[token ${t.text}]` : '[no token]', w.lemma);
        continue;
      }
      const correct = predictedLemma(t) === goldLemmaKey(w.form, w.lemma);
      const glossed = isGlossed(a, t);
      if (correct && FUNCTION_UPOS[w.upos]) {
        into.functionWords++;
        const pos = (t.candidates[t.chosen] ?? t.candidates[0])?.pos ?? 'none';
        if (FUNCTION_UPOS[w.upos].includes(pos)) into.functionPosCorrect++;
        else addMiss(into, w.form, pos, w.upos, into.functionMisses);
      }
      if (correct) into.lemmaCorrect++;
      else addMiss(into, w.form, predictedLemma(t), w.lemma);
      if (glossed) into.glossed++;
      else {
        const key = `${w.lemma.toLowerCase()}\t${w.upos}`;
        const u = into.unglossed.get(key) ?? { lemma: w.lemma.toLowerCase(), upos: w.upos, count: 0 };
        u.count++;
        into.unglossed.set(key, u);
      }
      if (correct && glossed) into.correctAndGlossed++;
    }
  });
  return into;
}

function addMiss(c: RawCounts, form: string, predicted: string, gold: string, into: Map<string, Miss> = c.misses): void {
  const key = `${form.toLowerCase()}\t${predicted}\t${gold.toLowerCase()}`;
  const m = into.get(key) ?? { form: form.toLowerCase(), predicted, gold: gold.toLowerCase(), count: 0 };
  m.count++;
  into.set(key, m);
}

export function finish(c: RawCounts, topMisses = 50, topUnglossed = 200): Score {
  const pct = (n: number) => (c.scored ? (100 * n) / c.scored : 0);
  return {
    sentences: c.sentences,
    scored: c.scored,
    unaligned: c.unaligned,
    lemmaCorrect: c.lemmaCorrect,
    glossed: c.glossed,
    correctAndGlossed: c.correctAndGlossed,
    lemmaAccuracy: pct(c.lemmaCorrect),
    glossedRate: pct(c.glossed),
    correctAndGlossedRate: pct(c.correctAndGlossed),
    names: c.names,
    namesFound: c.namesFound,
    nameRate: c.names ? (100 * c.namesFound) / c.names : 0,
    functionWords: c.functionWords,
    functionPosCorrect: c.functionPosCorrect,
    functionPosRate: c.functionWords ? (100 * c.functionPosCorrect) / c.functionWords : 0,
    functionMisses: [...c.functionMisses.values()].sort((a, b) => b.count - a.count || a.form.localeCompare(b.form)).slice(0, 20),
    misses: [...c.misses.values()].sort((a, b) => b.count - a.count || a.form.localeCompare(b.form)).slice(0, topMisses),
    unglossed: [...c.unglossed.values()].sort((a, b) => b.count - a.count || a.lemma.localeCompare(b.lemma)).slice(0, topUnglossed),
  };
}

export function mergeCounts(into: RawCounts, from: RawCounts): RawCounts {
  into.sentences += from.sentences;
  into.scored += from.scored;
  into.unaligned += from.unaligned;
  into.lemmaCorrect += from.lemmaCorrect;
  into.glossed += from.glossed;
  into.correctAndGlossed += from.correctAndGlossed;
  into.names += from.names;
  into.namesFound += from.namesFound;
  into.functionWords += from.functionWords;
  into.functionPosCorrect += from.functionPosCorrect;
  for (const [k, m] of from.functionMisses) {
    const e = into.functionMisses.get(k);
    if (e) e.count += m.count;
    else into.functionMisses.set(k, { ...m });
  }
  for (const [k, m] of from.misses) {
    const e = into.misses.get(k);
    if (e) e.count += m.count;
    else into.misses.set(k, { ...m });
  }
  for (const [k, u] of from.unglossed) {
    const e = into.unglossed.get(k);
    if (e) e.count += u.count;
    else into.unglossed.set(k, { ...u });
  }
  return into;
}
