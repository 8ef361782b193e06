import en from './bundles/en';
import is from './bundles/is';
import { LANGUAGES } from './index';

const resources = { en, is };

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
});
