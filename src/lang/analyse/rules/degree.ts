/**
 * "mun" before a comparative is the noun "munur" used as a degree adverb ("mun betur" = much
 * better, "mun minna" = much less), not the modal "munu".
 */
import { best, boost, hasLemma, nextWord, prevWord, type WorkToken } from '../context.ts';

/** Words before which "mun" is still the modal ("sem mun", "það mun" are not verbs anyway). */
const MODALS_BEFORE = new Set(['sem', 'það', 'hann', 'hún', 'þetta']);

const IRREGULAR_COMPARATIVES = new Set('betur verr síður fremur frekar meir lengur oftar fyrr seinna seinni síðar framar minna minni meiri betri verri fleiri færri eldri yngri'.split(' '));

export function isComparativeForm(lower: string): boolean {
  return IRREGULAR_COMPARATIVES.has(lower) || /(?:ra|ri|ari)$/.test(lower);
}

export function applyMunComparative(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.lower !== 'mun' || !hasLemma(t, 'munur')) return;
  const n = nextWord(toks, i);
  if (!n || !isComparativeForm(n.lower)) return;
  // An infinitive after "mun" keeps the modal reading ("mun fara", "mun minna á"), unless a
  // finite verb comes right before "mun", which then cannot be a second finite verb
  // ("tekjur hækkuðu mun minna").
  const p = prevWord(toks, i);
  const afterVerb = !!p && best(p)?.pos === 'verb' && !MODALS_BEFORE.has(p.lower);
  if (n.readings.some((r) => r.pos === 'verb' && r.lemma === n.lower) && !afterVerb) return;
  boost(t, (r) => r.lemma === 'munur', 4, '"mun" + comparative = much');
}

/**
 * A comparative before "en" (than) is the adjective's comparative ("minni en" → lítill, "hægara
 * sagt en gert" → hægur), not a homograph noun, verb or adverb ("minni" = memory).
 */
export function applyComparativeThan(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !t.readings.some((r) => r.pos === 'adjective')) return;
  // Adverb comparatives in -ar ("frekar en", "síðar en") stay adverbs.
  if (!isComparativeForm(t.lower) || t.lower.endsWith('ar')) return;
  // "en" right after, or after one participle/infinitive ("hægara sagt en gert").
  const n = nextWord(toks, i);
  const nn = n ? nextWord(toks, i + 1) : undefined;
  if (n?.lower !== 'en' && nn?.lower !== 'en') return;
  // An adjective whose lemma is not the form itself: the positive degree of the comparative. (Not
  // an adjective reading with the lemma of a noun reading: "í lestri en" is lestur, reading.)
  boost(t, (r) => r.pos === 'adjective' && r.lemma !== t.lower && !t.readings.some((x) => x.pos === 'noun' && x.lemma === r.lemma), 2, 'comparative before "en" (than)');
}

/** Comparatives that stand alone after a verb as "less"/"more" ("eyðir minna", "les meira"). */
const BARE_COMPARATIVES = new Set(['minna', 'meira', 'fleira', 'færra']);
/** Prepositions that may follow a bare comparative ("minna í áratug", "meira síðan"); not "á". */
const PHRASE_AFTER_COMPARATIVE = new Set(['í', 'frá', 'síðan', 'um', 'undanfarin', 'undanfarið', 'milli', 'miðað']);

/**
 * "minna"/"meira" right after a finite verb and before the end of the clause is the comparative
 * ("fólk eyðir minna." = spends less), not the verb "minna" (remind) nor the noun "minni"
 * (memory): a bare "minna" at a clause's end takes no object, nor one followed by its "en".
 */
export function applyBareComparativeAfterVerb(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!BARE_COMPARATIVES.has(t.lower) || !t.readings.some((r) => r.pos === 'adjective')) return;
  const p = prevWord(toks, i);
  const pb = best(p);
  if (!p || !pb || pb.pos !== 'verb' || pb.lemma === p.lower) return;
  // (Or with its "en" (than) a few words on: "lesa minna sér til ánægju en áður".)
  const thanAfter = [1, 2, 3, 4].some((k) => {
    const w = toks[i + k];
    return !!w && w.sentence === t.sentence && w.lower === 'en' && toks.slice(i + 1, i + k).every((x) => x.raw.kind === 'word');
  });
  if (thanAfter) {
    boost(t, (r) => r.pos === 'adjective' && r.lemma !== t.lower, 3, 'bare comparative after a finite verb, before its "en" (than)');
    return;
  }
  const after = toks[i + 1];
  if (after && after.sentence === t.sentence && after.raw.kind !== 'punctuation') {
    // Or before a time or comparison phrase ("hefur ekki mælst minna í áratug"), but not before
    // "á", which makes the verb ("minna á" = remind).
    if (!PHRASE_AFTER_COMPARATIVE.has(after.lower)) return;
    boost(t, (r) => r.pos === 'adjective' && r.lemma !== t.lower, 2, 'bare comparative after a finite verb, before a time or comparison phrase');
    return;
  }
  boost(t, (r) => r.pos === 'adjective' && r.lemma !== t.lower, 2, 'bare comparative after a finite verb, at the end of its clause');
}

/** Copula forms before a predicative comparative ("hafa aldrei verið minni"). */
const COPULA_FORMS = new Set('er eru var voru sé séu væri væru verið vera verður verða varð urðu verði yrði orðið'.split(' '));
/** Words that may stand between the copula and the comparative. */
const BEFORE_COMPARATIVE = new Set('ekki aldrei enn mun miklu töluvert nokkuð heldur mjög talsvert ögn aðeins'.split(' '));

/**
 * A comparative right after a copula (and up to two adverbs) is the predicative adjective:
 * "hafa aldrei verið minni frá því …" (smaller), not the noun "minni" (memory).
 */
export function applyPredicativeComparative(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !isComparativeForm(t.lower) || t.lower.endsWith('ar')) return;
  if (!t.readings.some((r) => r.pos === 'adjective' && r.lemma !== t.lower)) return;
  let p = prevWord(toks, i);
  for (let k = 0; k < 2 && p && BEFORE_COMPARATIVE.has(p.lower); k++) p = prevWord(toks, i - 1 - k);
  if (!p || !COPULA_FORMS.has(p.lower)) return;
  // Not before a noun it could modify ("er minni hluti"), nor before a participle it modifies as
  // an adverb ("væri ekki lengra haldið").
  const nb = best(nextWord(toks, i))?.pos;
  if (nb === 'noun' || nb === 'verb') return;
  boost(t, (r) => r.pos === 'adjective' && r.lemma !== t.lower, 1.5, 'predicative comparative after a copula');
}

/** Fractions and round numbers that "nær" (nearly) and "rúmlega" quantify. */
const QUANTITY_NOUNS = new Set('helmingur helmingi helming helmings þriðjungur þriðjungi þriðjung þriðjungs fjórðungur fjórðungi fjórðung fjórðungs hundrað þúsund milljón milljónir milljarður milljarða'.split(' '));

/** "um nær þriðjung", "nær 200 manns": before a number or a fraction, "nær" is the adverb "nearly". */
export function applyNaerBeforeNumber(toks: WorkToken[], i: number): void {
  const t = toks[i];
  // (Also "nærri": "fækkað um nærri fjórðung" = by nearly a quarter.)
  if ((t.lower !== 'nær' && t.lower !== 'nærri') || !t.readings.some((r) => r.lemma === t.lower && r.pos === 'adverb')) return;
  const n = toks[i + 1];
  if (!n || n.sentence !== t.sentence) return;
  const number = n.raw.kind === 'number' || best(n)?.pos === 'numeral' || QUANTITY_NOUNS.has(n.lower);
  if (!number) return;
  boost(t, (r) => r.lemma === t.lower && r.pos === 'adverb', 2, `"${t.lower}" before a number = nearly`);
}

/**
 * A comparative right before a noun is the adjective ("minni mengun" = less pollution, "styttri
 * ferðatíma"), not a homograph noun ("minni" = memory) — unless that noun is a genitive the
 * homograph governs ("minni mannsins").
 */
export function applyComparativeBeforeNoun(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !isComparativeForm(t.lower) || t.lower.endsWith('ar')) return;
  // A form in "-ra"/"-ri" that is a lemma of its own ("kæra", "skýra", "síðari") is that word.
  if (!IRREGULAR_COMPARATIVES.has(t.lower) && t.readings.some((r) => r.lemma === t.lower)) return;
  // So is a subjunctive of such a verb: "að ráðherrann skýri málið" (skýra, explain).
  if (!IRREGULAR_COMPARATIVES.has(t.lower) && t.lower.endsWith('ri') && t.readings.some((r) => r.pos === 'verb' && r.lemma === t.lower.slice(0, -1) + 'a')) return;
  const adjective = t.readings.find((r) => r.pos === 'adjective' && r.lemma !== t.lower);
  if (!adjective || best(t) === adjective) return;
  const n = nextWord(toks, i);
  if (!n || best(n)?.pos !== 'noun' || /^\p{Lu}/u.test(n.form) || /(?:s|nna|innar|unnar)$/u.test(n.lower)) return;
  boost(t, (r) => r === adjective, 1.5, 'comparative before a noun');
}
