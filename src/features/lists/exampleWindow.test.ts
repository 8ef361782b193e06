// @vitest-environment node
import fc from 'fast-check';
import type { Analysis, AnalysedToken } from '../../lang/types';
import { exampleWindow, guessSpan, handoutExamples, HANDOUT_WINDOW, spanInAnalysis, wordSpans, type ExampleWindow, type Span } from './exampleWindow';

const MUSK = 'Elon Musk, auðugasti maður heims, hefur átt í reglulegum samskiptum við Vladimír Pútín, forseta Rússlands, á undanförnum árum.';
const spanOf = (text: string, part: string): Span => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`${part} not in ${text}`);
  return { start, end: start + part.length };
};
/** The window as the handout prints it, the word in [brackets]. */
const shown = (w: ExampleWindow) => `${w.cutStart ? '… ' : ''}${w.before}${w.word ? `[${w.word}]` : ''}${w.after}${w.cutEnd ? ' …' : ''}`;
const win = (text: string, part: string | null, opts = HANDOUT_WINDOW) => shown(exampleWindow(text, part === null ? null : spanOf(text, part), opts));

describe('exampleWindow: a few words either side of the word, cut between words', () => {
  it.each([
    { why: 'word at the start: nothing cut before it', part: 'Elon', out: '[Elon] Musk, auðugasti maður heims, …' },
    { why: 'word at the end: its full stop kept', part: 'árum', out: '… forseta Rússlands, á undanförnum [árum].' },
    { why: 'word in the middle: four words either side, their commas kept', part: 'reglulegum', out: '… heims, hefur átt í [reglulegum] samskiptum við Vladimír Pútín, …' },
    { why: 'a phrase is marked whole', part: 'á undanförnum árum', out: '… Vladimír Pútín, forseta Rússlands, [á undanförnum árum].' },
    { why: 'a side that would lose one word keeps it', part: 'maður', out: 'Elon Musk, auðugasti [maður] heims, hefur átt í …' },
    { why: 'no word found: the sentence’s start', part: null, out: 'Elon Musk, auðugasti maður heims, hefur átt í reglulegum …' },
  ])('$why', ({ part, out }) => {
    expect(win(MUSK, part)).toBe(out);
  });

  it('prints a short sentence whole', () => {
    expect(win('Musk á hest í gær.', 'hest')).toBe('Musk á [hest] í gær.');
    // Twelve words: whole; fifteen: cut.
    expect(win('Þeir eru meðal annars sagðir hafa rætt um persónuleg málefni og deilumál.', 'eru')).toBe('Þeir [eru] meðal annars sagðir hafa rætt um persónuleg málefni og deilumál.');
    expect(win('Þeir eru meðal annars sagðir hafa rætt um persónuleg málefni, viðskiptatengd mál og alþjóðleg deilumál.', 'eru')).toBe(
      'Þeir [eru] meðal annars sagðir hafa …',
    );
  });

  it('keeps the quotation marks and brackets that cling to the words at its edges', () => {
    const s = 'Hann sagði að „þetta væri mjög alvarlegt mál“ (og fleira) sem þyrfti að skoða betur á næstu vikum og mánuðum.';
    expect(win(s, 'alvarlegt')).toBe('… að „þetta væri mjög [alvarlegt] mál“ (og fleira) sem …');
  });

  it('marks a word with its clinging punctuation outside the mark', () => {
    const w = exampleWindow(MUSK, spanOf(MUSK, 'Pútín'));
    expect(w).toMatchObject({ word: 'Pútín', cutStart: true, cutEnd: false });
    expect(w.after).toBe(', forseta Rússlands, á undanförnum árum.');
  });

  // Sentences of words (some with punctuation about them) and a span of one to three of its words.
  const piece = fc.tuple(
    fc.constantFrom('', '„', '(', '"'),
    fc.stringMatching(/^[a-záéíóúýþæöð]{1,12}$/),
    fc.constantFrom('', ',', '.', '“', ')', ';', '-19'),
  );
  const sentenceAndSpan = fc.array(piece, { minLength: 1, maxLength: 40 }).chain((pieces) => {
    const text = pieces.map(([a, w, z]) => a + w + z).join(' ');
    const words = wordSpans(text);
    return fc
      .tuple(fc.nat(words.length - 1), fc.integer({ min: 1, max: 3 }), fc.option(fc.record({ radius: fc.integer({ min: 1, max: 6 }), wholeUpTo: fc.integer({ min: 0, max: 20 }) }), { nil: undefined }))
      .map(([i, n, opts]) => ({ text, words, span: { start: words[i].start, end: words[Math.min(i + n, words.length) - 1].end }, opts: opts ?? HANDOUT_WINDOW }));
  });

  it('always holds the whole word, a piece of the sentence that starts and ends between words', () => {
    fc.assert(
      fc.property(sentenceAndSpan, ({ text, span, opts }) => {
        const w = exampleWindow(text, span, opts);
        expect(w.word).toBe(text.slice(span.start, span.end));
        const piece = w.before + w.word + w.after;
        const from = span.start - w.before.length;
        expect(text.slice(from, from + piece.length)).toBe(piece);
        // Cut at a space (or not at all): no word is cut, its punctuation kept.
        expect(w.cutStart).toBe(from > 0);
        expect(w.cutEnd).toBe(from + piece.length < text.length);
        if (w.cutStart) expect(text[from - 1]).toBe(' ');
        if (w.cutEnd) expect(text[from + piece.length]).toBe(' ');
        expect(piece).toBe(piece.trim());
      }),
    );
  });

  it('prints a sentence of up to `wholeUpTo` words whole, and a longer one as `radius` words (or one more) either side', () => {
    fc.assert(
      fc.property(sentenceAndSpan, ({ text, words, span, opts }) => {
        const w = exampleWindow(text, span, opts);
        const kept = wordSpans(w.before + w.word + w.after).length;
        if (words.length <= opts.wholeUpTo) {
          expect(shown(w)).toBe(`${w.before}${w.word ? `[${w.word}]` : ''}${w.after}`);
          expect(w.before + w.word + w.after).toBe(text);
        } else {
          const inSpan = wordSpans(w.word).length;
          expect(kept).toBeLessThanOrEqual(inSpan + 2 * (opts.radius + 1));
          // Each side has its `radius` words, unless the sentence ends first.
          expect(wordSpans(w.before).length).toBeGreaterThanOrEqual(Math.min(opts.radius, words.filter((x) => x.end <= span.start).length));
          expect(wordSpans(w.after).length).toBeGreaterThanOrEqual(Math.min(opts.radius, words.filter((x) => x.start >= span.end).length));
        }
      }),
    );
  });
});

describe('guessSpan: a word the analysis did not place, found by its spelling', () => {
  it.each([
    { headword: 'hestur', sentence: 'Musk á hest í gær.', found: 'hest' },
    { headword: 'Bandaríkin', sentence: 'Forseti Bandaríkjanna kom í gær.', found: 'Bandaríkjanna' },
    { headword: 'á', sentence: 'Hann sá ána á morgun.', found: 'á' },
    { headword: 'á undanförnum árum', sentence: MUSK, found: 'á undanförnum árum' },
    { headword: 'Pútín', sentence: MUSK, found: 'Pútín' },
    { headword: 'vera', sentence: 'Þeir eru meðal annars.', found: null },
    { headword: 'samskipti', sentence: MUSK, found: 'samskiptum' },
  ])('$headword in “$sentence”: $found', ({ headword, sentence, found }) => {
    const s = guessSpan(sentence, headword);
    expect(s && sentence.slice(s.start, s.end)).toBe(found);
  });
});

describe('spanInAnalysis: the word where the analysis reads it', () => {
  const text = `Þeir eru góðir.\n\n${MUSK}`;
  const tok = (word: string, lemma: string, pos: AnalysedToken['candidates'][number]['pos'], extra: Partial<AnalysedToken> = {}): AnalysedToken => {
    const start = text.indexOf(word);
    return { start, end: start + word.length, text: word, kind: 'word', candidates: [{ lemma, pos }], chosen: 0, isName: false, sentence: 0, ...extra };
  };
  const analysis = {
    tokens: [tok('eru', 'vera', 'verb'), tok('átt', 'eiga', 'verb'), tok('Pútín', 'Pútín', 'proper-noun', { candidates: [], isName: true })],
    phrases: [{ ...spanOf(text, 'á undanförnum árum'), key: 'á undanförnum árum' }],
    sentences: [],
    entries: {},
    version: 1,
    dictVersion: '',
  } as unknown as Analysis;
  const from = text.indexOf(MUSK);
  it.each([
    { lemma: 'eiga', pos: 'verb', found: 'átt' },
    { lemma: 'Pútín', pos: 'proper-noun', found: 'Pútín' },
    { lemma: 'á undanförnum árum', pos: null, found: 'á undanförnum árum' },
    { lemma: 'vera', pos: 'verb', found: null },
  ] as const)('$lemma', ({ lemma, pos, found }) => {
    const s = spanInAnalysis(analysis, from, from + MUSK.length, { lemma, display: lemma, pos });
    expect(s && MUSK.slice(s.start, s.end)).toBe(found);
  });
});

describe('handoutExamples: the table’s examples', () => {
  const entry = (lemma: string, example: string) => ({ lemma, display: lemma, pos: null, example });
  it('prints a sentence the row above printed only just around its own word', () => {
    const rows = handoutExamples([entry('maður', MUSK), entry('reglulegur', MUSK), entry('hestur', 'Musk á hest í gær.'), entry('í', 'Musk á hest í gær.')]).map(shown);
    expect(rows).toEqual(['Elon Musk, auðugasti [maður] heims, hefur átt í …', '… átt í [reglulegum] samskiptum við …', 'Musk á [hest] í gær.', 'Musk á hest [í] gær.']);
  });

  it('takes the analysis’ place for the word before a guess, and prints an example it cannot place from its start', () => {
    const rows = handoutExamples([entry('vera', 'Þeir eru góðir.'), entry('fara', 'Þeir eru góðir.')], (i) => (i === 0 ? { start: 5, end: 8 } : null)).map(shown);
    expect(rows).toEqual(['Þeir [eru] góðir.', 'Þeir eru góðir.']);
  });

  it('has no example for a word without one', () => {
    expect(handoutExamples([entry('hestur', '')]).map(shown)).toEqual(['']);
  });
});
