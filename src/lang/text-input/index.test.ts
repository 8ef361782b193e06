// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeBytes, looksLikeHtml, MAX_TEXT_CHARS, validateTextInput } from './index.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const icelandic = 'Þórður og Ævar fóru út á sjó. Ösp sá ðað – „já“ … 25°C €';

function utf16(s: string, bigEndian: boolean, { bom = true } = {}): Uint8Array {
  const at = bom ? 2 : 0;
  const out = new Uint8Array(at + s.length * 2);
  if (bom) out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const [a, b] = bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8];
    out[at + i * 2] = a;
    out[at + 1 + i * 2] = b;
  }
  return out;
}

/** One byte per character (Windows-1252 and ISO-8859-1 agree on letters). */
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const csv = 'Lemma,Gloss\nþyrping,cluster\næður,eider\nöxl,shoulder\nÐ,eth\n';

describe('decodeBytes', () => {
  it.each([
    { name: 'UTF-8', bytes: utf8(icelandic), text: icelandic, encoding: 'utf-8' },
    { name: 'UTF-8 with BOM', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(icelandic)]), text: icelandic, encoding: 'utf-8' },
    // "Þórður þáði ðað æ ö €" in Windows-1252: invalid as UTF-8.
    {
      name: 'Windows-1252',
      bytes: new Uint8Array([0xde, 0xf3, 0x72, 0xf0, 0x75, 0x72, 0x20, 0xfe, 0xe1, 0xf0, 0x69, 0x20, 0xf0, 0x61, 0xf0, 0x20, 0xe6, 0x20, 0xf6, 0x20, 0x80, 0x20, 0x84, 0x6a, 0xe1, 0x93]),
      text: 'Þórður þáði ðað æ ö € „já“',
      encoding: 'windows-1252',
    },
    // A file cut short inside "þ" (C3 BE): UTF-8 without that last half letter, not Windows-1252 mojibake.
    { name: 'UTF-8 cut inside a letter', bytes: new Uint8Array([...utf8('Þórður sá það'), 0xc3]), text: 'Þórður sá það', encoding: 'utf-8' },
    // ASCII ending in one Windows-1252 letter is not taken for UTF-8 cut short.
    { name: 'Windows-1252 "café" at the very end', bytes: new Uint8Array([...utf8('Kaffi caf'), 0xe9]), text: 'Kaffi café', encoding: 'windows-1252' },
    { name: 'UTF-16 LE with BOM', bytes: utf16(icelandic, false), text: icelandic, encoding: 'utf-16le' },
    { name: 'UTF-16 BE with BOM', bytes: utf16(icelandic, true), text: icelandic, encoding: 'utf-16be' },
    { name: 'UTF-16 LE without BOM', bytes: utf16(icelandic, false, { bom: false }), text: icelandic, encoding: 'utf-16le' },
    { name: 'UTF-16 BE without BOM', bytes: utf16(icelandic, true, { bom: false }), text: icelandic, encoding: 'utf-16be' },
    { name: 'a CSV in UTF-16 LE without BOM', bytes: utf16(csv, false, { bom: false }), text: csv, encoding: 'utf-16le' },
    { name: 'a CSV in UTF-16 BE without BOM', bytes: utf16(csv, true, { bom: false }), text: csv, encoding: 'utf-16be' },
    // Two letters is enough to tell.
    { name: 'one short word in UTF-16 LE without BOM', bytes: utf16('úr', false, { bom: false }), text: 'úr', encoding: 'utf-16le' },
    // A download cut inside the last character: the half code unit is dropped, the rest read.
    { name: 'UTF-16 LE without BOM cut short', bytes: utf16('Þórður sá það', false, { bom: false }).subarray(0, 25), text: 'Þórður sá þa', encoding: 'utf-16le' },
    { name: 'ISO-8859-1 Icelandic', bytes: latin1('Þórður þáði ðað; Æsa sá öxl.'), text: 'Þórður þáði ðað; Æsa sá öxl.', encoding: 'windows-1252' },
    { name: 'a Windows-1252 CSV', bytes: latin1(csv), text: csv, encoding: 'windows-1252' },
  ])('$name', ({ bytes, text, encoding }) => {
    expect(decodeBytes(bytes)).toEqual({ ok: true, text, encoding });
  });

  it.each([
    { name: 'a PNG header', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), reason: 'binary' },
    { name: 'NUL bytes in text', bytes: new Uint8Array([...utf8('Halló'), 0, 0, ...utf8(' heimur')]), reason: 'binary' },
    { name: 'many control bytes', bytes: new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), reason: 'binary' },
    { name: 'a PDF', bytes: utf8('%PDF-1.7\n1 0 obj'), reason: 'binary' },
    { name: 'empty', bytes: new Uint8Array(0), reason: 'empty' },
    { name: 'white space only', bytes: utf8(' \n\t '), reason: 'empty' },
    { name: 'too large', bytes: new Uint8Array(MAX_TEXT_CHARS + 10).fill(0x61), reason: 'too-large' },
    { name: 'too large in UTF-16 without BOM', bytes: utf16('a'.repeat(MAX_TEXT_CHARS + 1), false, { bom: false }), reason: 'too-large' },
    // NULs scattered over both byte positions: not UTF-16 text.
    { name: 'NULs here and there', bytes: Uint8Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0 : 65 + (i % 26))), reason: 'binary' },
    // Every other byte NUL, as in UTF-16, but the others are control codes: a binary record format.
    { name: 'UTF-16-shaped control codes', bytes: Uint8Array.from({ length: 400 }, (_, i) => (i % 2 ? 0 : 1 + (i % 8))), reason: 'binary' },
    { name: 'UTF-16 without BOM holding NUL characters', bytes: new Uint8Array([...utf16('Halló', false, { bom: false }), 0, 0, 0, 0, ...utf16(' heimur', false, { bom: false })]), reason: 'binary' },
    { name: 'an .xlsx (ZIP)', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0, 0x21, 0]), reason: 'binary' },
    { name: 'white space only in UTF-16 without BOM', bytes: utf16(' \n \n', false, { bom: false }), reason: 'empty' },
  ])('$name → $reason', ({ bytes, reason }) => {
    expect(decodeBytes(bytes)).toEqual({ ok: false, reason });
  });

  it('takes a larger text when asked (word lists), and still refuses more than that', () => {
    const big = new Uint8Array(MAX_TEXT_CHARS + 10).fill(0x61);
    expect(decodeBytes(big, { maxChars: MAX_TEXT_CHARS * 2 })).toMatchObject({ ok: true, encoding: 'utf-8' });
    expect(decodeBytes(big, { maxChars: 1000 })).toEqual({ ok: false, reason: 'too-large' });
  });
});

describe('validateTextInput', () => {
  it.each([
    { text: 'Halló heimur.', result: { ok: true } },
    { text: '', result: { ok: false, reason: 'empty' } },
    { text: '  \n ', result: { ok: false, reason: 'empty' } },
    { text: 'a'.repeat(MAX_TEXT_CHARS), result: { ok: true } },
    { text: 'a'.repeat(MAX_TEXT_CHARS + 1), result: { ok: false, reason: 'too-large' } },
    { text: 'texti\u0000með núlli', result: { ok: false, reason: 'binary' } },
  ])('$text.length chars → $result.ok', ({ text, result }) => {
    expect(validateTextInput(text)).toEqual(result);
  });
  it('is exactly 2 MB of text', () => expect(MAX_TEXT_CHARS).toBe(2 * 1024 * 1024));
});

describe('looksLikeHtml', () => {
  it.each([
    { input: '<!DOCTYPE html><html><body><p>Halló</p></body></html>', html: true },
    { input: '  <html lang="is"><head><title>x</title></head></html>', html: true },
    { input: '<div class="grein"><h1>Fyrirsögn</h1><p>Texti hér.</p></div>', html: true },
    { input: '<p>Ein málsgrein</p>\n<p>Önnur</p>', html: true },
    { input: 'Musk sagður í reglulegum samskiptum við Pútín Samúel Karl Ólason skrifar', html: false },
    { input: 'Ef a < b og b > c þá er ekkert víst um a og c.', html: false },
    { input: 'Hann skrifaði <br> í textann sinn.', html: false },
  ])('$input → $html', ({ input, html }) => {
    expect(looksLikeHtml(input)).toBe(html);
  });
});
