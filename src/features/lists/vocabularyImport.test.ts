import type { ExportWord } from '../export/words';
import { planVocabularyImport, type VocabularyState } from './vocabularyImport';

const w = (lemma: string, gloss = `${lemma}-gloss`): ExportWord => ({
  lemma, display: lemma, pos: 'noun', gender: null, gloss, note: '', example: '',
});

describe('planVocabularyImport', () => {
  it.each([
    { reason: 'absent: added', have: undefined, word: w('hestur'), expected: 'added' },
    { reason: 'seen as New: added', have: { status: 'new' }, word: w('hestur'), expected: 'added' },
    { reason: 'already Learning: skipped', have: { status: 'learning' }, word: w('hestur'), expected: 'skipped:learning' },
    { reason: 'Known: status kept', have: { status: 'known' }, word: w('hestur'), expected: 'skipped:known' },
    { reason: 'Ignored: status kept', have: { status: 'ignored' }, word: w('hestur'), expected: 'skipped:ignored' },
    { reason: 'own gloss differs: conflict, own kept', have: { status: 'learning', gloss: 'stallion' }, word: w('hestur', 'horse'), expected: 'conflict' },
    { reason: 'own gloss differs on a New word: conflict', have: { status: 'new', gloss: 'stallion' }, word: w('hestur', 'horse'), expected: 'conflict' },
    { reason: 'same gloss up to case: no conflict', have: { status: 'known', gloss: 'Horse ' }, word: w('hestur', 'horse'), expected: 'skipped:known' },
    { reason: 'file has no gloss: no conflict', have: { status: 'new', gloss: 'stallion' }, word: w('hestur', ''), expected: 'added' },
  ] as { reason: string; have?: VocabularyState; word: ExportWord; expected: string }[])('$reason', ({ have, word, expected }) => {
    const plan = planVocabularyImport([word], new Map(have ? [[word.lemma, have]] : []));
    const got = plan.added.length ? 'added' : plan.conflicts.length ? 'conflict' : `skipped:${plan.skipped[0].reason}`;
    expect(got).toBe(expected);
    if (expected === 'conflict') expect(plan.conflicts[0].yours).toBe(have!.gloss);
  });

  it('counts a word that appears twice in the file once', () => {
    const plan = planVocabularyImport([w('hestur'), w('köttur'), w('hestur', 'other')], new Map());
    expect(plan.added.map((x) => x.lemma)).toEqual(['hestur', 'köttur']);
    expect(plan.skipped).toEqual([{ word: w('hestur', 'other'), reason: 'duplicate' }]);
  });
});
