// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadAnalyserNode } from '../../lang/analyse/node.ts';
import { parseConllu } from './conllu.ts';
import { countConllu, emptyCounts, finish, goldLemmaKey, mergeCounts } from './score.ts';

// Hand-written sentences (not from any treebank). Columns: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC.
const row = (id: string, form: string, lemma: string, upos: string, misc = '_') => [id, form, lemma, upos, '_', '_', '0', 'dep', '_', misc].join('\t');
const CONLLU = [
  '# sent_id = a1',
  '# text = Hann á stóran bíl.',
  row('1', 'Hann', 'hann', 'PRON'),
  row('2', 'á', 'eiga', 'VERB'),
  row('3', 'stóran', 'stór', 'ADJ'),
  row('4', 'bíl', 'bíll', 'NOUN', 'SpaceAfter=No'),
  row('5', '.', '.', 'PUNCT'),
  '',
  '# sent_id = a2',
  '# text = Jón fór í bæinn með hestinum.',
  row('1', 'Jón', 'Jón', 'PROPN'),
  row('2', 'fór', 'fara', 'VERB'),
  row('3', 'í', 'í', 'ADP'),
  row('4', 'bæinn', 'bær', 'NOUN'),
  row('5', 'með', 'með', 'ADP'),
  row('6', 'hestinum', 'hestur', 'NOUN', 'SpaceAfter=No'),
  row('7', '.', '.', 'PUNCT'),
  '',
  '# sent_id = a3',
  '# text = Hún keypti 3 epli.',
  row('1', 'Hún', 'hún', 'PRON'),
  row('2', 'keypti', 'kaupa', 'VERB'),
  row('3', '3', '3', 'NUM'),
  row('4', 'epli', 'epli', 'NOUN', 'SpaceAfter=No'),
  row('5', '.', '.', 'PUNCT'),
  '',
  '# sent_id = a4',
  '# text = Hestarnir hlupu víst.',
  row('1', 'Hestarnir', 'hestur', 'NOUN'),
  row('2', 'hlupu', 'hlaupa', 'VERB'),
  row('3-4', 'víst.', '_', '_'),
  row('3', 'víst', 'vís', 'ADJ'),
  row('4', '.', '.', 'PUNCT'),
  '',
].join('\n');

describe('CoNLL-U reader', () => {
  it('rebuilds offsets from # text, also for multiword tokens', () => {
    const s = parseConllu(CONLLU);
    expect(s).toHaveLength(4);
    for (const sent of s) {
      for (const w of sent.words) if (!/^\d+-/.test(w.form)) expect(w.start).toBeGreaterThanOrEqual(0);
    }
    const bil = s[0].words[3];
    expect(s[0].text.slice(bil.start, bil.end)).toBe('bíl');
    const vist = s[3].words[2];
    expect(s[3].text.slice(vist.start, vist.end)).toBe('víst.');
    expect(s[3].unaligned).toBe(0);
  });
});

describe('eval scoring (smoke)', () => {
  const analyser = loadAnalyserNode();
  const counts = countConllu((t) => analyser.analyse(t), CONLLU);
  const score = finish(counts);

  it('scores only content tokens (not PROPN/PUNCT/NUM)', () => {
    // 4 + 5 + 3 + 3 content words (Jón, 3 and the punctuation are not scored).
    expect(score.scored).toBe(15);
    expect(score.sentences).toBe(4);
  });

  it('counts right lemmas case-insensitively and reports misses', () => {
    // The multiword token "víst." has a different span from the token "víst": unaligned, a miss.
    expect(score.unaligned).toBe(1);
    expect(score.lemmaCorrect).toBe(14);
    expect(score.lemmaAccuracy).toBeCloseTo((100 * 14) / 15, 5);
    expect(score.misses[0]).toMatchObject({ form: 'víst', gold: 'vís', count: 1 });
    expect(score.glossed).toBeGreaterThanOrEqual(13);
    expect(score.correctAndGlossed).toBeLessThanOrEqual(score.lemmaCorrect);
  });

  it('scores function words on part of speech too (the gloss depends on it)', () => {
    // "í" and "með" (ADP) are read as prepositions.
    expect(score.functionWords).toBe(2);
    expect(score.functionPosCorrect).toBe(2);
    const ad = [
      '# sent_id = b1',
      '# text = Hann segir að hún komi.',
      row('1', 'Hann', 'hann', 'PRON'),
      row('2', 'segir', 'segja', 'VERB'),
      row('3', 'að', 'að', 'SCONJ'),
      row('4', 'hún', 'hún', 'PRON'),
      row('5', 'komi', 'koma', 'VERB', 'SpaceAfter=No'),
      row('6', '.', '.', 'PUNCT'),
      '',
      '# sent_id = b2',
      '# text = Hún gekk að húsinu.',
      row('1', 'Hún', 'hún', 'PRON'),
      row('2', 'gekk', 'ganga', 'VERB'),
      row('3', 'að', 'að', 'SCONJ'), // deliberately wrong gold: a preposition here
      row('4', 'húsinu', 'hús', 'NOUN', 'SpaceAfter=No'),
      row('5', '.', '.', 'PUNCT'),
      '',
    ].join('\n');
    const s2 = finish(countConllu((t) => analyser.analyse(t), ad));
    expect(s2.functionWords).toBe(2);
    expect(s2.functionPosCorrect).toBe(1);
    expect(s2.functionPosRate).toBeCloseTo(50, 5);
    expect(s2.functionMisses[0]).toMatchObject({ form: 'að', predicted: 'preposition', gold: 'sconj', count: 1 });
  });

  it('merges per-file counts into a total', () => {
    const total = mergeCounts(mergeCounts(emptyCounts(), counts), counts);
    expect(finish(total).scored).toBe(30);
    expect(finish(total).lemmaAccuracy).toBeCloseTo(score.lemmaAccuracy, 5);
  });
});

describe('gold lemma normalisation', () => {
  it.each([
    { form: 'lyktarmengun', lemma: 'lyktar-mengun', key: 'lyktarmengun', reason: 'compound-boundary hyphen in the gold lemma only' },
    { form: 'Hús', lemma: 'Hús', key: 'hús', reason: 'case-insensitive' },
    { form: 'ESB-aðild', lemma: 'ESB-aðild', key: 'esb-aðild', reason: 'a hyphen in the form is kept' },
    { form: 'a.m.k.', lemma: 'að', key: 'að', reason: 'nothing else is rewritten' },
  ])('$form / $lemma → $key ($reason)', ({ form, lemma, key }) => {
    expect(goldLemmaKey(form, lemma)).toBe(key);
  });
});
