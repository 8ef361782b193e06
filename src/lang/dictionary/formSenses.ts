/**
 * Senses that belong to some word forms only (a supplement row's "forms:" note, the artifact's
 * `formSenses`): for those forms they come first ("vextir" → interest, not growth).
 */

/** The senses of `form` first, in their order, then the others; the same list when none is. */
export function formFirst<S extends { forms?: string[] }>(senses: S[], form: string | undefined): S[] {
  const f = form?.toLowerCase();
  if (!f || !senses.some((s) => s.forms?.includes(f))) return senses;
  return [...senses.filter((s) => s.forms?.includes(f)), ...senses.filter((s) => !s.forms?.includes(f))];
}

/**
 * The written form of a compound part, when one of its senses belongs to a form the word shows:
 * a head's form ends the word ("ríkisstyrkir" → styrkir), a modifier's stands inside it before
 * the next part ("vaxtahækkun" → vaxta, so "interest" comes before "growth"; not in
 * "vaxtarsvæði", where "vaxtar" is the singular's genitive). Undefined when none does.
 */
export function compoundPartForm(senses: { forms?: string[] }[], word: string, isHead: boolean, next?: string): string | undefined {
  const w = word.toLowerCase();
  for (const s of senses) {
    for (const f of s.forms ?? []) {
      if (isHead ? w.endsWith(f) && w.length > f.length : f.length >= 4 && next !== undefined && startsPart(w, f, next)) return f;
    }
  }
  return undefined;
}

const VOWEL = /^[aeiouyáéíóúýæö]/u;

/** Whether `form` stands in `word` just before a letter that can begin the part `next`. */
function startsPart(word: string, form: string, next: string): boolean {
  for (let at = word.indexOf(form); at >= 0; at = word.indexOf(form, at + 1)) {
    const rest = word.slice(at + form.length);
    if (rest && (rest[0] === next[0] || (VOWEL.test(rest) && VOWEL.test(next)))) return true;
  }
  return false;
}

/**
 * The cues a compound's head part carries: a "cues: @head" sense is what the word means as the
 * head of a compound ("vináttu|leikur" = match); "@namehead" as the head of a compound that is a
 * name ("Kennara|samband Íslands" = union, but "fjarskipta|samband" = connection).
 */
export const HEAD_CUE = '@head';
export const NAME_HEAD_CUE = '@namehead';
/** Cue of a word a few words after a comparative ("eldri en sextíu", "fyrr á ferðina en"). */
export const COMPARATIVE_CUE = '@comparative';
/** Cue of a word right after a number ("í tvo tíma" = for two hours). */
export const NUMBER_CUE = '@number';
/** Cue of a word right before a number ("úr 630 krónum í 680" = from 630 to 680). */
export const BEFORE_NUMBER_CUE = '@beforenumber';
/** Cue of a word right after a noun, pronoun or adjective (a relative "sem": maður sem = a man who). */
export const AFTER_NOUN_CUE = '@afternoun';
/** Cue of a word right before a place ("við höfnina" = at the harbour, "við Grindavík"). */
export const PLACE_CUE = '@place';
/** Cue of a word right before a place name ("á Ísafirði" = in Ísafjörður), not a common place noun ("á ströndinni" = on). */
export const PLACE_NAME_CUE = '@placename';
/** Cue of "fyrir" before a length of time in the dative ("fyrir þremur vikum" = three weeks ago). */
export const AGO_CUE = '@ago';
/** Cue of "á" before a length of time in the dative plural ("á fimm árum" = in five years, "á síðustu árum" = in recent years). */
export const TIME_SPAN_CUE = '@timespan';
/** Cue of a word right before a count and a length of time in the accusative ("í þrjú ár" = for three years). */
export const TIME_COUNT_CUE = '@timecount';
/** Cue of a word in a sentence whose verb is in the past tense ("í nótt" = last night). */
export const PAST_CUE = '@past';
/** Cue of a word right before a superlative ("sá hlýjasti" = the warmest, "þau lengstu"). */
export const BEFORE_SUPERLATIVE_CUE = '@superlative';
/** Cue of a word that ends its clause: punctuation or the end of the text follows ("á meðan." = meanwhile). */
export const CLAUSE_END_CUE = '@clauseend';
/** Cue of a modal after the infinitive it governs ("að sameina eigi" = should be merged). */
export const AFTER_INFINITIVE_CUE = '@afterinfinitive';
/** Cue of a word right before a past participle, maybe past a negation or adverb ("verða keyptir" = will be bought). */
export const BEFORE_PARTICIPLE_CUE = '@beforeparticiple';
/** Cue of a word right after a passive participle ("keyptur af" = bought by). */
export const PASSIVE_CUE = '@passive';
/** Cue of a passive past participle itself, its "vera"/"verða" earlier in the clause ("verður fargjaldið lækkað" = lowered, not fallen). */
export const PARTICIPLE_CUE = '@participle';
/** Cue prefix of the word before's lemma ("@prev:munu": "munu áfram gegna" = still, continue to). */
export const PREV_CUE = '@prev:';
/** Cue prefix of the next word's lemma ("@next:haust": "fyrir haustið" = before the autumn). */
export const NEXT_CUE = '@next:';
/** Cue prefix of the lemma two words on, after a determiner, adjective or numeral ("@next2:haust": "fyrir næsta haust" = before next autumn). */
export const NEXT2_CUE = '@next2:';
const HEAD_CONTEXT: ReadonlySet<string> = new Set([HEAD_CUE]);
const NAME_HEAD_CONTEXT: ReadonlySet<string> = new Set([HEAD_CUE, NAME_HEAD_CUE]);

/**
 * The context of a compound part: head cues and the modifiers' lemmas for the last part
 * ("handknattleiks|samband" = federation, cued by handknattleikur), none for the others.
 */
export function partContext(isHead: boolean, isName: boolean, modifiers: readonly string[] = []): ReadonlySet<string> | undefined {
  if (!isHead) return undefined;
  const base = isName ? NAME_HEAD_CONTEXT : HEAD_CONTEXT;
  return modifiers.length ? new Set([...base, ...modifiers]) : base;
}

/**
 * The senses cued by the sentence first (a supplement row's "cues:" note, the artifact's
 * `cueSenses`): "stig" = degree when "frost" or "hiti" stands in the sentence. `context` holds
 * the lemmas and lower-case forms of the sentence's other words. The same list when no cue is there.
 * ("@comparative" stands in the context of a word right after a comparative: "eldri en" = than.)
 */
export function cueFirst<S extends { cues?: string[] }>(senses: S[], context: ReadonlySet<string> | undefined): S[] {
  if (!context?.size) return senses;
  const cued = (s: S) => !!s.cues?.some((c) => context.has(c));
  if (!senses.some(cued)) return senses;
  return [...senses.filter(cued), ...senses.filter((s) => !cued(s))];
}
