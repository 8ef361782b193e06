// @vitest-environment node
import JSZip from 'jszip';
import initSqlJs from 'sql.js';
import { buildApkg, deckIdFor, fieldChecksum, guidFor, LESA_MODEL_ID } from './apkg';
import { AWKWARD_ENTRIES, EN_LABELS } from './testWords';

describe('Anki deck (.apkg)', () => {
  it('is a zip with collection.anki2 in Anki schema 11: one Basic note and one new card per word', async () => {
    const SQL = await initSqlJs();
    const bytes = await buildApkg(SQL, AWKWARD_ENTRIES, { deck: 'Fréttir', labels: EN_LABELS, now: 1_700_000_000_000 });
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).sort()).toEqual(['collection.anki2', 'media']);
    expect(await zip.file('media')!.async('string')).toBe('{}');
    const db = new SQL.Database(await zip.file('collection.anki2')!.async('uint8array'));
    const q = (sql: string) => db.exec(sql)[0]?.values ?? [];

    expect(q('SELECT name FROM sqlite_master WHERE type = "table" ORDER BY name').flat()).toEqual(['cards', 'col', 'graves', 'notes', 'revlog']);
    const [[ver, models, decks]] = q('SELECT ver, models, decks FROM col');
    expect(ver).toBe(11);
    const model = JSON.parse(models as string)[String(LESA_MODEL_ID)];
    expect(model.flds.map((f: { name: string }) => f.name)).toEqual(['Front', 'Back']);
    expect(model.tmpls[0]).toMatchObject({ qfmt: '{{Front}}' });
    const deckId = await deckIdFor('Fréttir');
    expect(JSON.parse(decks as string)[String(deckId)].name).toBe('Fréttir');

    const notes = q('SELECT flds, sfld, tags, csum, guid, mid FROM notes ORDER BY id');
    expect(notes).toHaveLength(4);
    const [front, back] = (notes[1][0] as string).split('\x1f');
    expect(front).toBe('þyrping');
    expect(back).toBe(
      '<div class="gloss">cluster, &quot;crowd&quot;</div><div class="grammar">(noun, feminine)</div>' +
        '<div class="example">Gervihnattarþyrpingin er stór, sagði hún: „Já“.</div><div class="note">Línubil:<br>önnur lína; með semíkommu</div>',
    );
    expect(notes[1].slice(1, 3)).toEqual(['þyrping', ' lesa ']);
    expect(notes[1][3]).toBe(await fieldChecksum('þyrping'));
    expect(notes[1][4]).toBe(await guidFor('þyrping', 'noun'));
    expect(notes[1][5]).toBe(LESA_MODEL_ID);

    const cards = q('SELECT nid, did, ord, type, queue, due FROM cards ORDER BY due');
    expect(cards).toHaveLength(4);
    expect(cards.map((c) => [c[1], c[2], c[3], c[4]])).toEqual(Array(4).fill([deckId, 0, 0, 0]));
    expect(cards.map((c) => c[5])).toEqual([1, 2, 3, 4]);
    db.close();
  });

  it('keeps note guids and the deck id stable, so a re-exported list updates the same notes', async () => {
    expect(await guidFor('hestur', 'noun')).toBe(await guidFor('hestur', 'noun'));
    expect(await guidFor('hestur', 'noun')).not.toBe(await guidFor('hestur', 'verb'));
    expect(await deckIdFor('A')).toBe(await deckIdFor('A'));
    expect(Number.isSafeInteger(await deckIdFor('A'))).toBe(true);
  });
});
