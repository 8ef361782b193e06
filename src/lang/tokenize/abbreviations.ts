/**
 * Icelandic abbreviations that keep their full stop as part of the token ("kr.", "hv.", "t.d.").
 * Multi-dot abbreviations ("t.d.", "o.s.frv.", "mbl.is") are recognised by shape; single-segment
 * ones need this list, because most words followed by a full stop simply end a sentence.
 */

/** Shape of a multi-segment abbreviation: short letter groups joined by full stops. */
export const MULTI_DOT_ABBREVIATION = String.raw`\p{L}{1,3}(?:\.\p{L}{1,5})+\.?(?![\p{L}\p{N}])`;

const SINGLE = new Set(
  (
    'kr. nr. kl. klst. sbr. skv. þús. millj. ma. ca. bls. hv. hæstv. þm. sl. gr. mgr. tölul. ' +
    'jan. feb. mar. apr. jún. júl. ág. ágú. sept. okt. nóv. des. dr. hr. frk. sr. st. ath. ' +
    'etc. u.þ.b. o.fl. ofl. sek. mín. km. cm. mm. kg. fm. ísl. ft. et. no. lo. so. fs. ao. ' +
    'ríkisstj. stj. form. framkv. forstj. fv. f. e. m. k. a. fl. hf. ehf. ohf.'
  ).split(' '),
);

/**
 * Abbreviations that are also ordinary words or single letters ("mín" = "my"): they keep the full
 * stop only when the text goes on in lower case (see `takesAbbreviationDot`).
 */
const AMBIGUOUS = new Set('mín. sek. ma. st. ft. et. no. lo. so. fs. ao. form. f. e. m. k. a. fl. gr. sl. hf. ehf. ohf.'.split(' '));

export function isAbbreviation(withDot: string): boolean {
  return SINGLE.has(withDot.toLowerCase());
}

/**
 * Whether `word` followed by the full stop at `dot` in `text` is an abbreviation. Unambiguous
 * abbreviations always take it; ambiguous ones only before a lower-case word or a number.
 */
export function takesAbbreviationDot(word: string, text: string, dot: number): boolean {
  const key = word.toLowerCase() + '.';
  if (!SINGLE.has(key)) return false;
  if (!AMBIGUOUS.has(key)) return true;
  const rest = /^[ \t\u00A0]+(\S)/u.exec(text.slice(dot + 1, dot + 8));
  if (!rest) return false;
  const c = rest[1];
  return /\p{Ll}|\p{N}/u.test(c);
}

/** Abbreviations after which a capitalised word usually starts a new sentence. */
export const SENTENCE_FINAL_ABBREVIATIONS = new Set(['o.fl.', 'ofl.', 'o.s.frv.', 'o.m.fl.', 'etc.', 'm.fl.', 'o.þ.h.']);
