// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lookupForm, tokenizeText, tokenizeWithSentences } from './index.ts';

// Offset properties over random text: offsets.fuzz.test.ts (npm run fuzz runs them longer).


interface TokCase {
  input: string;
  tokens: string[];
  reason: string;
}

const tokCases: TokCase[] = [
  { input: 'Hann er t.d. hér!', tokens: ['w:Hann', 'w:er', 'w:t.d.', 'w:hér', 'p:!'], reason: 'multi-dot abbreviation keeps its dots' },
  { input: 'Það kostar 100 kr. á dag.', tokens: ['w:Það', 'w:kostar', 'n:100', 'w:kr.', 'w:á', 'w:dag', 'p:.'], reason: 'listed abbreviation' },
  { input: 'Bókin mín.', tokens: ['w:Bókin', 'w:mín', 'p:.'], reason: '"mín" at sentence end is the word, not the abbreviation' },
  { input: '25. október 2024 09:44', tokens: ['n:25.', 'w:október', 'n:2024', 'n:09:44'], reason: 'ordinal keeps its stop; numbers and times' },
  { input: 'Það var árið 2014. Hann kom.', tokens: ['w:Það', 'w:var', 'w:árið', 'n:2014', 'p:.', 'w:Hann', 'w:kom', 'p:.'], reason: 'a stop before a capital ends the sentence' },
  { input: 'ICE-liðum og X-ið', tokens: ['w:ICE-liðum', 'w:og', 'w:X-ið'], reason: 'hyphenated words stay whole' },
  { input: 'e\u0301g 😀 👍🏽', tokens: ['w:e\u0301g', 'o:😀', 'o:👍🏽'], reason: 'combining marks stay in the word; emoji with modifiers are one token' },
  { input: '„Já“, sagði hún.', tokens: ['p:„', 'w:Já', 'p:“', 'p:,', 'w:sagði', 'w:hún', 'p:.'], reason: 'Icelandic quotes' },
  { input: 'frétt á mbl.is í gær', tokens: ['w:frétt', 'w:á', 'w:mbl.is', 'w:í', 'w:gær'], reason: 'domain-like token' },
];

describe('tokenizeText (table)', () => {
  it.each(tokCases)('$input ($reason)', ({ input, tokens }) => {
    expect(tokenizeText(input).map((t) => `${t.kind[0]}:${t.text}`)).toEqual(tokens);
  });
});

interface SentCase {
  input: string;
  sentences: string[];
  reason: string;
}

const sentCases: SentCase[] = [
  { input: 'Hann kom. Hún fór!', sentences: ['Hann kom.', 'Hún fór!'], reason: 'full stop before a capital' },
  { input: 'Fundurinn var 25. október. Hann var langur.', sentences: ['Fundurinn var 25. október.', 'Hann var langur.'], reason: 'ordinal before a lower-case word' },
  { input: 'Til dæmis t.d. epli. Svo kom hann.', sentences: ['Til dæmis t.d. epli.', 'Svo kom hann.'], reason: 'abbreviation is no sentence end' },
  { input: 'Fyrirsögn án punkts\nMeginmál hér.', sentences: ['Fyrirsögn án punkts', 'Meginmál hér.'], reason: 'line break ends a sentence' },
  { input: 'Hann sagði: „Komdu.“ Svo fór hann.', sentences: ['Hann sagði: „Komdu.“', 'Svo fór hann.'], reason: 'closing quote stays with its sentence' },
  { input: 'epli, perur o.fl. Næst kom hann.', sentences: ['epli, perur o.fl.', 'Næst kom hann.'], reason: 'list-final abbreviation before a capital' },
  { input: 'Hvalur hf. fékk leyfi. Lesa ehf. Fyrirtækið óx.', sentences: ['Hvalur hf. fékk leyfi.', 'Lesa ehf.', 'Fyrirtækið óx.'], reason: 'a company form keeps its stop before a lower-case word and ends the sentence before a capital' },
];

describe('sentence spans (table)', () => {
  it.each(sentCases)('$input ($reason)', ({ input, sentences }) => {
    const r = tokenizeWithSentences(input);
    expect(r.sentences.map((s) => input.slice(s.start, s.end))).toEqual(sentences);
  });
});

describe('lookupForm', () => {
  it('normalises to NFC and drops soft hyphens without touching offsets', () => {
    expect(lookupForm('e\u0301g')).toBe('ég');
    expect(lookupForm('gervi\u00ADhnöttur')).toBe('gervihnöttur');
  });
});
