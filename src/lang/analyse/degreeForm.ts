/**
 * Whether an adjective form is its lemma's regular comparative or superlative: "skýrari" (skýr),
 * "verðmætasta" (verðmætur), "vinsælast" (vinsæll), "björtustu" (bjartur, with u-umlaut). Only the
 * regular "-ari"/"-ara" and "-ast-"/"-ust-" forms built on the lemma's own stem; forms from another
 * stem (betri, eldri, mestur …) have dictionary senses of their own and are not guessed here.
 */
export type DegreeForm = 'comparative' | 'superlative';

/** Endings a superlative takes after "-ast"/"-ust" (strong and weak, every gender and case). */
const SUPERLATIVE_ENDINGS = new Set(['', 'ur', 'an', 'um', 's', 'i', 'a', 'u', 'ir', 'ar', 'ri', 'ra', 'rar', 'rum']);

/** The adjective's stem: "verðmætur" → verðmæt, "vinsæll" → vinsæl, "skýr" → skýr. */
function stemOf(lemma: string): string {
  if (lemma.endsWith('ur')) return lemma.slice(0, -2);
  if (/(?:ll|nn)$/u.test(lemma)) return lemma.slice(0, -1);
  return lemma;
}

/** u-umlaut of a stem's last "a": bjart → björt. */
function umlaut(stem: string): string | undefined {
  const at = stem.lastIndexOf('a');
  return at < 0 ? undefined : stem.slice(0, at) + 'ö' + stem.slice(at + 1);
}

export function degreeForm(form: string, lemma: string): DegreeForm | undefined {
  const f = form.toLowerCase();
  const l = lemma.toLowerCase();
  if (f === l) return undefined;
  const stem = stemOf(l);
  if (stem.length < 2) return undefined;
  if (f === stem + 'ari' || f === stem + 'ara') return 'comparative';
  for (const [base, mark] of [[stem, 'ast'], [umlaut(stem), 'ust']] as const) {
    if (base && f.startsWith(base + mark) && SUPERLATIVE_ENDINGS.has(f.slice(base.length + mark.length))) return 'superlative';
  }
  return undefined;
}
