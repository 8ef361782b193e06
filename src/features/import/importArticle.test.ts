import { readFileSync } from 'node:fs';
import { draftText, prepareFileImport, prepareInputImport, restoreRemoved, type ImportDraft } from './importArticle';

const SEED = readFileSync('seeds/000_997d414b72122f8f.txt', 'utf8');

function draft(over: Partial<ImportDraft> = {}): ImportDraft {
  return {
    title: 'T',
    author: null,
    publishedAt: null,
    site: null,
    caption: null,
    paragraphs: ['A.', 'B.', 'C.'],
    removed: [],
    origin: 'paste',
    ...over,
  };
}

describe('restoreRemoved', () => {
  it.each([
    { at: 0, expected: ['X', 'A.', 'B.', 'C.'] },
    { at: 2, expected: ['A.', 'B.', 'X', 'C.'] },
    { at: 3, expected: ['A.', 'B.', 'C.', 'X'] },
    { at: 99, expected: ['A.', 'B.', 'C.', 'X'] },
  ])('puts a block removed before paragraph $at back there', ({ at, expected }) => {
    const d = restoreRemoved(draft({ removed: [{ text: 'X', reason: 'related-link', at }] }), 0);
    expect(d.paragraphs).toEqual(expected);
    expect(d.removed).toEqual([]);
  });

  it('keeps the other removed blocks in page order around the restored one', () => {
    const d = draft({
      removed: [
        { text: 'P', reason: 'share', at: 1 },
        { text: 'Q', reason: 'tag-line', at: 1 },
        { text: 'R', reason: 'read-more', at: 1 },
        { text: 'S', reason: 'headline-list', at: 3 },
      ],
    });
    const after = restoreRemoved(d, 1);
    expect(after.paragraphs).toEqual(['A.', 'Q', 'B.', 'C.']);
    // Restoring the rest in any order gives the page order back.
    let all = after;
    while (all.removed.length) all = restoreRemoved(all, all.removed.length - 1);
    expect(all.paragraphs).toEqual(['A.', 'P', 'Q', 'R', 'B.', 'C.', 'S']);
  });

  it('an out-of-range index changes nothing', () => {
    const d = draft();
    expect(restoreRemoved(d, 3)).toBe(d);
  });
});

describe('prepareInputImport / prepareFileImport', () => {
  it('cleans the pasted sample into title, author, date and body', () => {
    const r = prepareInputImport(SEED, 'paste');
    if (!r.ok) throw new Error(r.reason);
    expect(r.draft.title).toBe('Musk sagður í reglulegum samskiptum við Pútín');
    expect(r.draft.author).toBe('Samúel Karl Ólason');
    expect(r.draft.publishedAt).toBe('2024-10-25T09:44');
    expect(draftText(r.draft)).not.toContain('Mest lesið');
  });

  it.each([
    { name: 'empty paste', input: '  \n\t ', reason: 'empty' },
    { name: 'control bytes', input: 'abc\u0000\u0001\u0002\u0003\u0000\u0000def'.repeat(20), reason: 'binary' },
  ])('rejects $name with reason $reason', ({ input, reason }) => {
    expect(prepareInputImport(input, 'paste')).toEqual({ ok: false, reason });
  });

  it.each([
    { name: 'punctuation only', input: '... !!! ??? ,,, --- «» „“ () — • * # @ %' },
    { name: 'digits and symbols only', input: '12 345 678\n+354 555-1234\n2024-10-25 09:44' },
    { name: 'HTML with punctuation only', input: '<div><p>… !!!</p><p>— ?</p></div>' },
  ])('refuses $name as having no words (not as page furniture)', ({ input }) => {
    expect(prepareInputImport(input, 'paste')).toEqual({ ok: false, reason: 'no-words' });
  });

  it.each([
    { name: 'one line with no full stop', input: 'Halló heimur' },
    { name: 'one long line with no full stop', input: 'Veðrið í dag er gott og sólin skín á fjöllin fyrir norðan' },
    { name: 'a paste of page menus only', input: 'Forsíða\nInnlent\nErlent\nMest lesið\nDeila' },
    { name: 'an unclosed HTML file of one line', input: '<div><p>Veðrið í dag er gott og sólin skín á fjöllin fyrir norðan', file: 'brotid.html' },
    { name: 'an HTML file that is just an unclosed paragraph', input: '<div><p>unclosed', file: 'unclosed.html' },
  ])('text the cleaner removes entirely is kept as removed blocks to restore, not refused: $name', ({ input, file }) => {
    const r = file ? prepareFileImport(file, new TextEncoder().encode(input)) : prepareInputImport(input, 'paste');
    if (!r.ok) throw new Error(r.reason);
    expect(r.draft.paragraphs).toEqual([]);
    const kept = r.draft.removed.map((b) => b.text).join('\n');
    for (const word of input.replace(/<[^>]*>?/g, ' ').split(/\s+/).filter(Boolean)) expect(kept).toContain(word);
  });

  it('recognises pasted HTML and keeps only its text', () => {
    const html =
      '<html><head><meta property="og:title" content="Fyrirsögn fréttar"></head><body><article>' +
      '<p>Fyrsta málsgrein fréttarinnar er hér og hún er nógu löng til að teljast texti.</p>' +
      '<script>alert(1)</script><p onclick="x()">Önnur málsgrein með <b>feitletrun</b> og meiru til.</p></article></body></html>';
    const r = prepareInputImport(html, 'paste');
    if (!r.ok) throw new Error(r.reason);
    expect(r.draft.origin).toBe('paste:html');
    expect(r.draft.title).toBe('Fyrirsögn fréttar');
    const text = draftText(r.draft);
    expect(text).toContain('Önnur málsgrein með feitletrun');
    expect(text).not.toMatch(/alert|onclick|<|>/);
  });

  it('decodes a Windows-1252 text file', () => {
    const latin1 = Uint8Array.from(
      'Þórður fór út í búð. Ærið verk var að bera öll þessi ósköp heim.'.split('').map((c) => c.charCodeAt(0)),
    );
    const r = prepareFileImport('frett.txt', latin1);
    if (!r.ok) throw new Error(r.reason);
    expect(draftText(r.draft)).toContain('Þórður fór út í búð.');
    expect(r.draft.origin).toBe('file:frett.txt');
  });

  it.each([
    { name: 'UTF-16 LE without a byte-order mark', le: true },
    { name: 'UTF-16 BE without a byte-order mark', le: false },
  ])('decodes a text file in $name (not refused as binary)', ({ le }) => {
    const text = 'Þórður fór út í búð. Ærið verk var að bera öll þessi ósköp heim.';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      bytes[2 * i + (le ? 0 : 1)] = c & 0xff;
      bytes[2 * i + (le ? 1 : 0)] = c >> 8;
    }
    const r = prepareFileImport('grein.txt', bytes);
    if (!r.ok) throw new Error(r.reason);
    expect(draftText(r.draft)).toBe(text);
  });

  it('refuses a binary file', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(prepareFileImport('mynd.png', png)).toEqual({ ok: false, reason: 'binary' });
    // NUL bytes here and there are no UTF-16 text.
    const blob = Uint8Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0 : 65 + (i % 26)));
    expect(prepareFileImport('gogn.txt', blob)).toEqual({ ok: false, reason: 'binary' });
  });
});
