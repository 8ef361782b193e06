import { compoundPartPos } from '../../lang/analyse/partPos';
import { compoundPartForm, cueFirst, formFirst, partContext } from '../../lang/dictionary/formSenses';
import { phraseContext, sentenceContext } from '../../lang/dictionary/sentenceContext';
import { nameShowsSenses } from '../../lang/dictionary/nameSenses';
import { degreeForm, type DegreeForm } from '../../lang/analyse/degreeForm';
import { pronounForm, type PronounGrammar } from '../../lang/analyse/pronounForms';
import type { AnalysedToken, Analysis, DictEntry, Gender, GlossSource, PartOfSpeech } from '../../lang/types';

export interface GlossSense {
  gloss: string;
  source: GlossSource;
}

export interface GlossCandidate {
  index: number;
  lemmaKey: string;
  lemma: string;
  pos: PartOfSpeech;
  chosen: boolean;
  /** The first meaning of this reading's entry in its part of speech, so that a learner can tell readings apart; null when it has none. */
  gloss: string | null;
}

export interface GlossPart {
  lemmaKey: string;
  lemma: string;
  pos: PartOfSpeech | null;
  senses: GlossSense[];
}

/** Everything the popover shows for one tapped token; derived from the stored analysis only. */
export interface GlossView {
  tokenIndex: number;
  form: string;
  isName: boolean;
  name: string | null;
  /**
   * How the tapped form of a name relates to the name shown: 'genitive' only when the analysis
   * read a genitive -s ("Pútíns" → Pútín), 'form' for another form of it ("Guðmundar" →
   * Guðmundur), null when it is the name as written or the analysis does not say ("Mats", "Klaus").
   */
  nameForm: 'genitive' | 'form' | null;
  lemmaKey: string | null;
  lemma: string | null;
  pos: PartOfSpeech | null;
  gender: Gender | null;
  ipa: string | null;
  senses: GlossSense[];
  /** The token's readings (index into its candidates); without the verb/adjective shown as participleOf/adverbOf. */
  candidates: GlossCandidate[];
  parts: GlossPart[];
  /**
   * The fixed or verb phrase the token belongs to: its words as written ("lýsti því yfir"), its
   * dictionary form when that reads differently ("lýsa yfir"; else null) and its senses.
   */
  phrase: { text: string; key: string; lemma: string | null; senses: GlossSense[] } | null;
  /** The middle voice (-st) the form belongs to, when it has its own meaning ("lést" → látast, die). */
  middle: { lemma: string; senses: GlossSense[] } | null;
  /** A comparative/superlative with its own meaning ("helstu" → helstur, main). */
  degree: { lemma: string; kind: 'comparative' | 'superlative'; senses: GlossSense[] } | null;
  /** A regular comparative or superlative of the adjective shown ("skýrari", "verðmætasta"): said, as its meaning is the lemma's. */
  degreeForm?: DegreeForm | null;
  /** The verb of a present participle with no gloss of its own ("sjóðandi" → sjóða, boil). */
  participleOf: { lemma: string; senses: GlossSense[] } | null;
  /** The adjective of a "-lega" adverb with no gloss of its own ("hressilega" → hressilegur, refreshing). */
  adverbOf?: { lemma: string; senses: GlossSense[] } | null;
  /** A pronoun's case form with its own English ("þeirra" → genitive plural, their). */
  pronounForm: { grammar: PronounGrammar; senses: GlossSense[] } | null;
  /** The learner's own gloss for the chosen lemma, if any (wins over the dictionary's). */
  userGloss: string | null;
}

/** Picks the entry matching a part of speech, else the first one. */
export function pickEntry(entries: DictEntry[] | undefined, pos?: PartOfSpeech): DictEntry | undefined {
  if (!entries?.length) return undefined;
  return entries.find((e) => e.pos === pos) ?? entries[0];
}

function sensesOf(entries: DictEntry[] | undefined, pos?: PartOfSpeech, form?: string, context?: ReadonlySet<string>): GlossSense[] {
  if (!entries?.length) return [];
  const primary = pickEntry(entries, pos);
  // Senses of the entry in the chosen part of speech; other entries of the same lemma only when that one has none.
  // Senses of the written form come first ("hvað" = what, whatever cues "hver" = who), then those
  // the sentence cues ("stig" beside "frost" = degree), each group in the cue order.
  const list = formFirst(cueFirst(primary?.senses.length ? primary.senses : entries.flatMap((e) => e.senses), context), form);
  const seen = new Set<string>();
  return list
    .filter((s) => {
      const k = s.gloss.toLowerCase();
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .map((s) => ({ gloss: s.gloss, source: s.source }));
}


export function displayLemma(analysis: Analysis, lemmaKey: string, pos?: PartOfSpeech, form?: string): string {
  return pickEntry(analysis.entries[lemmaKey], pos)?.lemma ?? (form ? withFormPrefix(lemmaKey, form) : lemmaKey);
}

/**
 * A hyphenated lemma key shown with its prefix as the text writes it: key "facebook-hópur" of
 * "Facebook-hópnum" → "Facebook-hópur".
 */
export function withFormPrefix(lemmaKey: string, form: string): string {
  const i = lemmaKey.lastIndexOf('-');
  if (i <= 0) return lemmaKey;
  const prefix = form.slice(0, i + 1);
  return prefix.toLowerCase() === lemmaKey.slice(0, i + 1) ? prefix + lemmaKey.slice(i + 1) : lemmaKey;
}

/**
 * Which form of its name a name token is (see GlossView.nameForm). A genitive needs a reading that
 * says so: the name rules stripped a genitive -s from a form with no reading of its own
 * (stripGenitive: "Pútíns", "Musks", "Trumps"), or the lemmatizer gives the form to a proper name of
 * the dictionary whose headword it is plus -s ("Jóns" → Jón, "Davids" → David: in BÍN the only
 * form of a name made so is its genitive singular). A name shown through a common noun's lemma
 * ("Mats" read as mat, evaluation) is not said to be a genitive, and a form that is itself the
 * headword of one of its readings ("Mats" → mats) gets no line at all: the name shown may not be
 * its lemma.
 */
function nameFormOf(token: AnalysedToken, name: string | null): GlossView['nameForm'] {
  if (!token.isName || !name) return null;
  const lower = (s: string) => s.toLocaleLowerCase('is');
  const form = lower(token.text);
  if (form === lower(name)) return null;
  if (token.candidates.some((c) => lower(c.lemma) === form)) return null;
  if (form !== `${lower(name)}s`) return 'form';
  const fromReading = token.candidates.find((c) => lower(c.lemma) === lower(name));
  // The name is no reading's lemma: the name rules made it by stripping a genitive -s.
  if (!fromReading) return 'genitive';
  return fromReading.pos === 'proper-noun' ? 'genitive' : 'form';
}

function pronounFormView(form: string, cand: { lemma: string; pos: PartOfSpeech } | undefined): GlossView['pronounForm'] {
  const f = cand?.pos === 'pronoun' ? pronounForm(form, cand.lemma) : null;
  return f ? { grammar: f.grammar, senses: [{ gloss: f.gloss, source: 'lesa' }] } : null;
}

export function buildGlossView(
  analysis: Analysis,
  text: string,
  tokenIndex: number,
  userGlosses: ReadonlyMap<string, string> = new Map(),
): GlossView | null {
  const token = analysis.tokens[tokenIndex];
  if (!token) return null;
  const cand = token.candidates[token.chosen] ?? token.candidates[0];
  const entries = cand ? analysis.entries[cand.lemma] : undefined;
  const entry = cand ? pickEntry(entries, cand.pos) : undefined;
  const phraseSpan = token.phrase !== undefined ? analysis.phrases[token.phrase] : undefined;
  const context = sentenceContext(analysis, tokenIndex);
  const participleOf = cand && (cand.pos === 'adjective' || cand.pos === 'adverb') ? token.participleOf : undefined;
  const adverbOf = cand && cand.pos === 'adverb' ? token.adverbOf : undefined;
  // The verb or adjective already shown above as "participle of"/"adverb of" is not another reading.
  const shownAbove = (c: { lemma: string; pos: PartOfSpeech }) => (c.lemma === participleOf && c.pos === 'verb') || (c.lemma === adverbOf && c.pos === 'adjective');
  return {
    tokenIndex,
    form: token.text,
    isName: token.isName,
    name: token.isName ? (token.name ?? token.text) : null,
    nameForm: nameFormOf(token, token.isName ? (token.name ?? token.text) : null),
    lemmaKey: cand?.lemma ?? null,
    lemma: cand ? (entry?.lemma ?? withFormPrefix(cand.lemma, token.text)) : null,
    pos: cand?.pos ?? (token.isName ? 'proper-noun' : null),
    gender: cand?.gender ?? entry?.gender ?? null,
    ipa: entry?.ipa ?? null,
    // (A name read through a verb, "Blikar" → blika = gleam, shows no senses; see nameShowsSenses.)
    senses: cand && nameShowsSenses(token.isName, cand.pos, entries) ? sensesOf(entries, cand.pos, token.text, context) : [],
    candidates: token.candidates.flatMap((c, index) =>
      index !== token.chosen && shownAbove(c)
        ? []
        : [
            {
              index,
              lemmaKey: c.lemma,
              lemma: displayLemma(analysis, c.lemma, c.pos, token.text),
              pos: c.pos,
              chosen: index === token.chosen,
              gloss: analysis.entries[c.lemma]?.find((e) => e.pos === c.pos)?.senses[0]?.gloss ?? null,
            },
          ],
    ),
    parts: (token.parts ?? []).map((p, i, all) => {
      const pos = compoundPartPos(p, analysis.entries[p], i, all.length, cand?.pos);
      const e = pickEntry(analysis.entries[p], pos);
      const form = compoundPartForm(e?.senses ?? [], token.text, i === all.length - 1, all[i + 1]);
      return { lemmaKey: p, lemma: e?.lemma ?? p, pos: e?.pos ?? null, senses: sensesOf(analysis.entries[p], pos, form, partContext(i === all.length - 1, token.isName, all.slice(0, -1))) };
    }),
    phrase: phraseSpan
      ? {
          text: text.slice(phraseSpan.start, phraseSpan.end),
          key: phraseSpan.key,
          lemma: text.slice(phraseSpan.start, phraseSpan.end).toLowerCase() === phraseSpan.key ? null : (pickEntry(analysis.entries[phraseSpan.key])?.lemma ?? phraseSpan.key),
          // (A key with a phrase row and a source entry in another part of speech: the phrase's.)
          senses: sensesOf(analysis.entries[phraseSpan.key], 'phrase', undefined, phraseContext(analysis, token.phrase!)),
        }
      : null,
    middle:
      cand && cand.pos === 'verb' && token.middle === cand.lemma + 'st'
        ? { lemma: displayLemma(analysis, token.middle, 'verb'), senses: sensesOf(analysis.entries[token.middle], 'verb', undefined, context) }
        : null,
    degree:
      cand && (cand.pos === 'adjective' || cand.pos === 'adverb') && token.degree
        ? {
            lemma: displayLemma(analysis, token.degree, cand.pos),
            kind: /st(?:ur)?$/u.test(token.degree) ? 'superlative' : 'comparative',
            senses: sensesOf(analysis.entries[token.degree], cand.pos),
          }
        : null,
    degreeForm: cand?.pos === 'adjective' && !token.degree ? (degreeForm(token.text, cand.lemma) ?? null) : null,
    participleOf: participleOf ? { lemma: displayLemma(analysis, participleOf, 'verb'), senses: sensesOf(analysis.entries[participleOf], 'verb') } : null,
    adverbOf: adverbOf ? { lemma: displayLemma(analysis, adverbOf, 'adjective'), senses: sensesOf(analysis.entries[adverbOf], 'adjective') } : null,
    pronounForm: pronounFormView(token.text, cand),
    userGloss: cand ? (userGlosses.get(cand.lemma) ?? null) : null,
  };
}
