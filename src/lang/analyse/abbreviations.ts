/**
 * Abbreviations and unit symbols: the lemma they stand for ("hv." → háttvirtur, "kr." → króna,
 * "km" after a number → kílómetri), so the learner sees the full word and its gloss. The
 * abbreviation's own dictionary entry (if any) stays as a further candidate.
 */
import type { PartOfSpeech } from '../types.ts';
import type { Scored, WorkToken } from './context.ts';

interface Expansion {
  lemma: string;
  pos: PartOfSpeech;
  gender?: 'm' | 'f' | 'n';
}

const N = (lemma: string, gender: 'm' | 'f' | 'n'): Expansion => ({ lemma, pos: 'noun', gender });
const A = (lemma: string): Expansion => ({ lemma, pos: 'adjective' });

/** Abbreviations written with a full stop. */
export const ABBREVIATION_LEMMAS: Record<string, Expansion> = {
  'hv.': A('háttvirtur'),
  'hæstv.': A('hæstvirtur'),
  'þm.': N('þingmaður', 'm'),
  'kr.': N('króna', 'f'),
  'þús.': { lemma: 'þúsund', pos: 'numeral' },
  'millj.': N('milljón', 'f'),
  'ma.': N('milljarður', 'm'),
  'nr.': N('númer', 'n'),
  'kl.': N('klukka', 'f'),
  'klst.': N('klukkustund', 'f'),
  'mín.': N('mínúta', 'f'),
  'sek.': N('sekúnda', 'f'),
  'bls.': N('blaðsíða', 'f'),
  'gr.': N('grein', 'f'),
  'mgr.': N('málsgrein', 'f'),
  'skv.': { lemma: 'samkvæmt', pos: 'preposition' },
  'sbr.': { lemma: 'samanber', pos: 'verb' },
  'dr.': N('doktor', 'm'),
  'sr.': N('séra', 'm'),
};

/**
 * Company forms after a company's name ("Hvalur hf.", "Lesa ehf."), with or without their full
 * stop: before a capital the stop ends the sentence and is not part of the token.
 */
export const COMPANY_FORM_LEMMAS: Record<string, Expansion> = {
  hf: N('hlutafélag', 'n'),
  'hf.': N('hlutafélag', 'n'),
  ehf: N('einkahlutafélag', 'n'),
  'ehf.': N('einkahlutafélag', 'n'),
  ohf: N('hlutafélag', 'n'),
  'ohf.': N('hlutafélag', 'n'),
};

/** Unit symbols, read as units only right after a number ("100 m", "5 km"). */
export const UNIT_LEMMAS: Record<string, Expansion> = {
  m: N('metri', 'm'),
  km: N('kílómetri', 'm'),
  cm: N('sentímetri', 'm'),
  mm: N('millímetri', 'm'),
  kg: N('kílógramm', 'n'),
  g: N('gramm', 'n'),
  klst: N('klukkustund', 'f'),
  mín: N('mínúta', 'f'),
  sek: N('sekúnda', 'f'),
  ha: N('hektari', 'm'),
  l: N('lítri', 'm'),
  ml: N('millilítri', 'm'),
};

const BONUS = 4;

function expansionReading(e: Expansion, reason: string, top: number): Scored {
  const r: Scored = { lemma: e.lemma, pos: e.pos, bin: '', score: top + BONUS, reasons: [reason] };
  if (e.gender) r.gender = e.gender;
  return r;
}

/** Puts the expansion of an abbreviation or unit symbol first among the token's readings. */
export function applyAbbreviation(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.raw.kind !== 'word') return;
  let e = ABBREVIATION_LEMMAS[t.lower];
  let reason = 'abbreviation';
  const prevWordTok = toks[i - 1];
  if (!e && COMPANY_FORM_LEMMAS[t.lower] && prevWordTok?.raw.kind === 'word' && /^\p{Lu}/u.test(prevWordTok.form)) {
    e = COMPANY_FORM_LEMMAS[t.lower];
    reason = 'company form after a name';
  }
  if (!e) {
    const prev = toks[i - 1];
    if (prev?.raw.kind === 'number' && prev.sentence === t.sentence) {
      e = UNIT_LEMMAS[t.lower];
      reason = 'unit after a number';
    }
  }
  if (!e || t.readings.some((r) => r.lemma === e.lemma)) return;
  const top = Math.max(0, ...t.readings.map((r) => r.score));
  t.readings.push(expansionReading(e, reason, top));
}
