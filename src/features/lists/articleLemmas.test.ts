import { fixtureAnalysis, FIXTURE_TEXT } from '../../../test/unit/analysisFixture';
import { articleLemmas, DEFAULT_FILTER, filterLemmas, sortLemmas, toEntry } from './articleLemmas';

/** The fixture with "hest" and "Musk" occurring twice (a second sentence of tokens appended). */
function analysisWithRepeats() {
  const a = fixtureAnalysis();
  const text = `${FIXTURE_TEXT} Musk á hest.`;
  const base = FIXTURE_TEXT.length + 1;
  a.sentences.push({ start: base, end: text.length });
  const copy = (i: number, at: number) => ({ ...a.tokens[i], start: base + at, end: base + at + a.tokens[i].text.length, sentence: 2 });
  a.tokens.push(copy(0, 0), copy(2, 7));
  return { a, text };
}

describe('articleLemmas', () => {
  it('lists each chosen lemma once, in article order, with count, part of speech, gender, gloss and first sentence', () => {
    const { a, text } = analysisWithRepeats();
    const rows = articleLemmas(a, text);
    expect(rows.map((r) => [r.display, r.pos, r.count, r.isName])).toEqual([
      ['Musk', 'proper-noun', 2, true],
      ['eiga', 'verb', 1, false],
      ['hestur', 'noun', 2, false],
      ['í', 'preposition', 1, false],
      ['gær', 'adverb', 1, false],
      ['gervihnattarþyrping', 'noun', 1, false],
      ['vera', 'verb', 1, false],
      ['stór', 'adjective', 1, false],
    ]);
    expect(rows[2]).toMatchObject({ lemma: 'hestur', gender: 'm', gloss: 'horse', example: 'Musk á hest í gær.' });
    expect(rows[1].gloss).toBe('own; have');
    expect(rows[6].example).toBe('Gervihnattarþyrpingin er stór.');
  });

  it('follows the learner’s choice of reading, and prefers the learner’s own gloss', () => {
    const a = fixtureAnalysis();
    a.tokens[1].chosen = 2; // "á" as the noun (river)
    const rows = articleLemmas(a, FIXTURE_TEXT, new Map([['hestur', 'stallion']]));
    expect(rows.find((r) => r.lemma === 'á')).toMatchObject({ pos: 'noun', gender: 'f', gloss: 'river' });
    expect(rows.find((r) => r.lemma === 'eiga')).toBeUndefined();
    expect(rows.find((r) => r.lemma === 'hestur')!.gloss).toBe('stallion');
  });

  it.each([
    { name: 'names hidden', filter: { hideNames: true }, expected: ['eiga', 'hestur', 'í', 'gær', 'gervihnattarþyrping', 'vera', 'stór'] },
    { name: 'only nouns (names shown)', filter: { hideNames: false, pos: 'noun' as const }, expected: ['hestur', 'gervihnattarþyrping'] },
    { name: 'the 3 commonest hidden', filter: { hideTop: 3 }, expected: ['eiga', 'hestur', 'gervihnattarþyrping', 'stór'] },
    { name: 'known words hidden', filter: { hideKnown: true }, expected: ['eiga', 'í', 'gær', 'gervihnattarþyrping', 'vera', 'stór'] },
    { name: 'known words shown', filter: { hideKnown: false }, expected: ['eiga', 'hestur', 'í', 'gær', 'gervihnattarþyrping', 'vera', 'stór'] },
  ])('filters: $name', ({ filter, expected }) => {
    const rows = articleLemmas(fixtureAnalysis(), FIXTURE_TEXT);
    const ranks = new Map([['vera', 0], ['í', 1], ['gær', 2], ['eiga', 40]]);
    const known = new Set(['hestur']);
    expect(filterLemmas(rows, { ...DEFAULT_FILTER, hideKnown: false, ...filter }, { ranks, known }).map((r) => r.lemma)).toEqual(expected);
  });

  it('sorts by count or alphabetically (Icelandic order: í right after i, æ after z, capitals not first)', () => {
    const { a, text } = analysisWithRepeats();
    const rows = articleLemmas(a, text);
    expect(sortLemmas(rows, 'count').slice(0, 2).map((r) => r.display)).toEqual(['Musk', 'hestur']);
    expect(sortLemmas(rows, 'alphabet').map((r) => r.display)).toEqual([
      'eiga', 'gervihnattarþyrping', 'gær', 'hestur', 'í', 'Musk', 'stór', 'vera',
    ]);
    expect(Object.keys(toEntry(rows[0])).sort()).toEqual(['count', 'display', 'example', 'gender', 'gloss', 'lemma', 'note', 'pos']);
  });
});
