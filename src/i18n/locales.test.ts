import en from './bundles/en';
import is from './bundles/is';
import { LANGUAGES } from './index';

const resources = { en, is };

/** The `{{…}}` placeholders of a string, with their format (`{{count, number}}`), spaces ignored. */
function placeholders(s: string): string[] {
  return [...new Set([...s.matchAll(/\{\{[^}]*\}\}/g)].map((m) => m[0].replace(/\s+/g, '')))].sort();
}

function value(bundle: Record<string, unknown>, k: string): string {
  return k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], bundle) as string;
}

function keys(o: Record<string, unknown>, pre = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${pre}${k}.`) : [`${pre}${k}`],
  );
}

describe('locale files', () => {
  it('every namespace and key exists in every language, with a non-empty string', () => {
    const en = resources.en;
    expect(Object.keys(en).length).toBeGreaterThan(0);
    for (const lng of LANGUAGES) {
      expect(Object.keys(resources[lng]).sort()).toEqual(Object.keys(en).sort());
      for (const ns of Object.keys(en)) {
        expect(keys(resources[lng][ns]).sort(), `${lng}/${ns}`).toEqual(keys(en[ns]).sort());
        for (const k of keys(resources[lng][ns])) {
          const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], resources[lng][ns]);
          expect(typeof v === 'string' && v.trim().length > 0, `${lng}/${ns}:${k}`).toBe(true);
        }
      }
    }
  });

  it('every translation has the placeholders of the English, with the same format', () => {
    for (const lng of LANGUAGES) {
      for (const ns of Object.keys(resources.en)) {
        for (const k of keys(resources.en[ns])) {
          const en = placeholders(value(resources.en[ns], k));
          let tr = placeholders(value(resources[lng][ns], k));
          // A singular may name its count where the English says "the word" (below): that one extra is fine.
          if (/_one$/.test(k) && !en.some((p) => p.startsWith('{{count'))) tr = tr.filter((p) => !p.startsWith('{{count'));
          expect(tr, `${lng}/${ns}:${k}`).toEqual(en);
        }
      }
    }
  });

  it('Icelandic singulars show their count where the plural does: the "one" form is also used for 21, 31, 101…', () => {
    expect(new Intl.PluralRules('is').select(21)).toBe('one');
    const count = /\{\{\s*count\b/;
    for (const ns of Object.keys(resources.is)) {
      for (const k of keys(resources.is[ns]).filter((k) => /_one$/.test(k))) {
        // A label beside a number drawn on its own ("1 | spjald tilbúið núna") has no count in either form.
        if (!count.test(value(resources.is[ns], k.replace(/_one$/, '_other')))) continue;
        expect(value(resources.is[ns], k), `is/${ns}:${k}`).toMatch(count);
      }
    }
  });
});
