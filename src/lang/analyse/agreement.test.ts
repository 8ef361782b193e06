// @vitest-environment node
/**
 * Table tests for the agreement, word-order, sentence-start and noun-phrase rules
 * (rules/agreement.ts, rules/sentenceStart.ts, rules/attributive.ts, rules/pronounVerb.ts,
 * rules/demonstrative.ts and others): each row is a form in a made-up sentence, the lemma the
 * rule must choose and the grammar behind it.
 */
import { describe, expect, it } from 'vitest';
import type { PartOfSpeech } from '../types.ts';
import { loadAnalyserNode } from './node.ts';
import { tokenInContext } from './testing.ts';

const analyser = loadAnalyserNode();

interface Row {
  form: string;
  context: string;
  lemma: string;
  pos?: PartOfSpeech;
  reason: string;
}

function check(row: Row): void {
  const { token } = tokenInContext(analyser, row);
  const explain = analyser.explain(row.context.replace('_', row.form));
  const mine = explain.find((t) => t.text === row.form);
  expect(token.candidates[0]?.lemma, JSON.stringify(mine?.readings)).toBe(row.lemma);
  if (row.pos) expect(token.candidates[0].pos).toBe(row.pos);
}

const firstPlural: Row[] = [
  { form: 'flokkum', context: 'Fulltrúar frá öllum _ mættu á fundinn.', lemma: 'flokkur', pos: 'noun', reason: '-um without "við" is a dative plural noun' },
  { form: 'lögum', context: 'Samkvæmt nýjum _ má þetta ekki.', lemma: 'lög', pos: 'noun', reason: '-um without "við" is a dative plural noun' },
  { form: 'flokkum', context: 'Við _ ruslið heima hjá okkur.', lemma: 'flokka', pos: 'verb', reason: '-um right after "við" is the 1st person plural verb' },
  { form: 'breytingum', context: 'Fyrirtækið brást við _ á markaði.', lemma: 'breyting', pos: 'noun', reason: '"við" after a verb is the preposition, not the subject of an -um verb' },
  { form: 'vorum', context: 'Við komum heim og _ þreytt.', lemma: 'vera', pos: 'verb', reason: 'auxiliaries keep their -um verb reading with "við" left out' },
];

const supine: Row[] = [
  { form: 'metið', context: 'Hún reyndi að bæta _ í hlaupinu.', lemma: 'met', pos: 'noun', reason: '"-ið" without an auxiliary is the noun with its article' },
  { form: 'metið', context: 'Ég hef ekki _ stöðuna rétt.', lemma: 'meta', pos: 'verb', reason: '"-ið" after "hafa" is the supine' },
  { form: 'metið', context: 'Ég get ekki _ það.', lemma: 'meta', pos: 'verb', reason: '"-ið" after "geta" is the supine' },
  { form: 'Takið', context: '_ kökuna úr ofninum.', lemma: 'taka', pos: 'verb', reason: 'clause-initial "-ið" can be the plural imperative' },
];

const relative: Row[] = [
  { form: 'bera', context: 'Það eru menn sem _ litla virðingu fyrir lögunum.', lemma: 'bera', pos: 'verb', reason: 'finite verb after relative "sem"' },
  { form: 'á', context: 'Konan sem _ húsið er farin.', lemma: 'eiga', pos: 'verb', reason: 'finite verb after relative "sem"' },
  { form: 'Rússar', context: 'Skaginn sem _ tóku árið 2014.', lemma: 'rússi', reason: 'a capitalised word after "sem" is the subject, not the verb' },
];

const inversion: Row[] = [
  { form: 'bið', context: 'Ef svo fer þá _ ég ykkur að hringja.', lemma: 'biðja', pos: 'verb', reason: 'verb before the subject "ég" (inverted order)' },
  { form: 'vilja', context: 'Af hverju _ þeir ekki koma?', lemma: 'vilja', pos: 'verb', reason: 'verb before the subject "þeir"' },
];

const verbForms: Row[] = [
  { form: 'nær', context: 'Geta hans _ ekki svo langt.', lemma: 'ná', pos: 'verb', reason: 'finite verb before "ekki"' },
  { form: 'flokka', context: 'Menn innan einhverra _ ekki sammála.', lemma: 'flokkur', pos: 'noun', reason: 'after a determiner the noun stays before "ekki"' },
  { form: 'átt', context: 'Ég held að hann geti _ eftir að vinna.', lemma: 'eiga', pos: 'verb', reason: 'supine after "geta"' },
  { form: 'blómgast', context: 'Þetta á eftir að _ vel.', lemma: 'blómga', pos: 'verb', reason: 'middle-voice infinitive after "að"' },
];

const comparatives: Row[] = [
  { form: 'minni', context: 'Bíllinn er miklu _ en sá gamli.', lemma: 'lítill', pos: 'adjective', reason: 'comparative before "en"' },
  { form: 'hægara', context: 'Það er _ sagt en gert.', lemma: 'hægur', pos: 'adjective', reason: 'comparative before participle + "en"' },
  { form: 'minni', context: 'Hann hefur gott _.', lemma: 'minni', pos: 'noun', reason: 'no "en": the noun "minni" (memory) stays' },
];

describe('comparatives before "en"', () => {
  it.each(comparatives)('$form in "$context" → $lemma ($reason)', check);
});

describe('verb forms: negation, supine after geta, middle infinitive', () => {
  it.each(verbForms)('$form in "$context" → $lemma ($reason)', check);
});

const nounPhrase: Row[] = [
  { form: 'flokkar', context: 'Allir _ voru sammála um málið.', lemma: 'flokkur', pos: 'noun', reason: 'noun after a quantifier' },
  { form: 'kaup', context: 'Hann hrósaði þessi _ mjög.', lemma: 'kaup', pos: 'noun', reason: 'noun after a determiner' },
  { form: 'mörk', context: 'Liðið skoraði 18 _ í leiknum.', lemma: 'mark', pos: 'noun', reason: 'noun after a number' },
  { form: 'breyttum', context: 'Þeir mæta með _ leikstíl í haust.', lemma: 'breyttur', pos: 'adjective', reason: 'participle before a noun after a preposition' },
  { form: 'ákveðnar', context: 'Þingmenn höfðu uppi mjög _ efasemdir um málið.', lemma: 'ákveðinn', pos: 'adjective', reason: 'participle before a noun after an adverb-modified slot' },
  { form: 'vanda', context: 'Hún talaði um _ ríkissjóðs í gær.', lemma: 'vandi', pos: 'noun', reason: 'a noun before a genitive stays a noun' },
  { form: 'danska', context: 'Hann lék með _ liðinu í fyrra.', lemma: 'danskur', pos: 'adjective', reason: 'adjective, not the language, before a noun after a preposition' },
  { form: 'Enska', context: '_ liðið vann leikinn.', lemma: 'enskur', pos: 'adjective', reason: 'sentence-initial adjective before its noun' },
  { form: 'íslenska', context: 'Hún kom á vegum _ ríkisins í fyrra.', lemma: 'íslenskur', pos: 'adjective', reason: 'nationality adjective before a definite noun, after a noun' },
  { form: 'enska', context: 'Liðið tryggði sér _ meistaratitilinn í gær.', lemma: 'enskur', pos: 'adjective', reason: 'nationality adjective before a definite noun, after a pronoun' },
  { form: 'íslensku', context: 'Hún kennir _ í skólanum.', lemma: 'íslenska', pos: 'noun', reason: 'the language before a preposition' },
  { form: 'andlega', context: 'Hann hugsar vel um _ heilsu sína.', lemma: 'andlegur', pos: 'adjective', reason: '-lega adjective between a preposition and a noun' },
  { form: 'nýlega', context: 'Hann keypti _ hús í bænum.', lemma: 'nýlega', pos: 'adverb', reason: '-lega adverb after a verb, before a noun' },
  { form: 'setti', context: 'Það vakti athygli að Keflavík _ niður ellefu þrista.', lemma: 'setja', pos: 'verb', reason: 'verb after a name that opens a clause' },
  { form: 'meiddust', context: 'Guðjón Valur og Vignir _ báðir á æfingu.', lemma: 'meiða', pos: 'verb', reason: 'verb after two names joined by "og"' },
  { form: 'forseti', context: 'Jón Jónsson _ kom í gær.', lemma: 'forseti', pos: 'noun', reason: 'a title after a name has no verb reading to win' },
  { form: 'greinir', context: 'Þá _ Die Welt einnig frá því.', lemma: 'greina', pos: 'verb', reason: 'verb second after a sentence-initial adverb' },
  { form: 'undirrituðu', context: 'Í maí _ stjórnvöld viljayfirlýsingu.', lemma: 'undirrita', pos: 'verb', reason: 'verb second after a sentence-initial prepositional phrase' },
  { form: 'setti', context: 'Í Reykjavík _ hann met.', lemma: 'setja', pos: 'verb', reason: 'verb second after a preposition and a place name' },
  { form: 'barna', context: 'Áhersla er á virka þátttöku _ og ungmenna.', lemma: 'barn', pos: 'noun', reason: 'genitive after an oblique noun, not the verb "barna"' },
  { form: 'laga', context: 'Þeir vilja breyta ákvæðum _ um uppreist æru.', lemma: 'lög', pos: 'noun', reason: 'genitive after a dative plural noun' },
  { form: 'eiga', context: 'Börn sem sofa á nóttu _ erfitt með það.', lemma: 'eiga', pos: 'verb', reason: 'a noun in its nominative form is no genitive: the verb' },
  { form: 'fjalla', context: 'Á fundinum _ ráðherrarnir um málið.', lemma: 'fjalla', pos: 'verb', reason: 'verb after a sentence-initial prepositional phrase stays a verb' },
  { form: 'riðla', context: 'Keppendum var raðað í fimm _ í gær.', lemma: 'riðill', pos: 'noun', reason: 'noun after a numeral that also names the digit' },
  { form: 'því', context: 'Hún hafi _ verið með fullri rænu.', lemma: 'því', pos: 'adverb', reason: '"því" between an auxiliary and its verb = therefore' },
  { form: 'sett', context: 'Mér finnst skrýtið hvernig þetta er _ fram í fjárlögum.', lemma: 'setja', pos: 'verb', reason: 'participle after a copula, before a particle' },
  { form: 'ráð', context: 'Gert er _ fyrir að vélarnar komi í vor.', lemma: 'ráð', pos: 'noun', reason: 'a noun in -ð is not taken for a participle' },
  { form: 'enda', context: 'Leikurinn var spennandi frá upphafi til _ í gær.', lemma: 'endi', pos: 'noun', reason: 'noun, not the conjunction, after a preposition' },
  { form: 'valda', context: 'Fasísk öfl væru komin til _ í landinu.', lemma: 'vald', pos: 'noun', reason: 'noun at the end of a prepositional phrase, not the adjective "valinn"' },
  { form: 'vörum', context: 'Neytendur fá meira af _.', lemma: 'vara', pos: 'noun', reason: 'noun at phrase end; goods, the common noun of the form' },
  { form: 'langan', context: 'Það er óþarfi að vera með _ og litríkan inngang.', lemma: 'langur', pos: 'adjective', reason: 'coordinated adjectives keep the noun after them' },
  { form: 'ákveðinn', context: 'Þeir skipta honum upp á einhvern _ hátt.', lemma: 'ákveðinn', pos: 'adjective', reason: 'participle-adjective after a determiner, before a noun/adverb homograph' },
  { form: 'á', context: 'Hver _ þessa ríkisstjórn?', lemma: 'eiga', pos: 'verb', reason: 'verb after a sentence-initial question word' },
  { form: 'mun', context: 'En atvinnutekjur hækkuðu _ minna en verð.', lemma: 'munur', reason: '"mun" + comparative after a finite verb, even when the comparative is also an infinitive' },
  { form: 'því', context: 'Áhrif sjóðanna eru _ gríðarleg.', lemma: 'því', pos: 'adverb', reason: '"því" after the copula = therefore' },
  { form: 'því', context: 'Hann áttaði sig á _ fyrirfram.', lemma: 'það', pos: 'pronoun', reason: 'after the preposition "á" it is the pronoun' },
  { form: 'því', context: 'Það er _ að þakka að allt fór vel.', lemma: 'það', pos: 'pronoun', reason: '"því að" is left to the other rules' },
  { form: 'opnum', context: 'Þetta er selt á algjörlega _ markaði.', lemma: 'opinn', pos: 'adjective', reason: 'after a -lega degree adverb, before a noun' },
  { form: 'leiknum', context: 'Hann meiddist í _ í gær.', lemma: 'leikur', pos: 'noun', reason: 'definite noun, not the participle "leikinn"' },
  { form: 'leikinn', context: 'Hann er mjög _ með boltann.', lemma: 'leikinn', pos: 'adjective', reason: 'after a degree adverb the participle-adjective stays' },
  { form: 'vegar', context: 'Hann vildi hins _ ekki fara.', lemma: 'vegur', pos: 'noun', reason: '"hins vegar": genitive of vegur' },
  { form: 'sagði', context: '„Þetta er gott,“ _ Jón við blaðamann.', lemma: 'segja', pos: 'verb', reason: 'names are not modified by a participle' },
];

const pronouns: Row[] = [
  { form: 'á', context: 'Maður _ þrítugsaldri var fluttur á slysadeild.', lemma: 'á', pos: 'preposition', reason: '"á" before an age in "-aldri"' },
  { form: 'við', context: 'Búist er við að framkvæmdum _ nýja Landspítalann ljúki 2030.', lemma: 'við', pos: 'preposition', reason: 'before an adjective and its noun, even after a "-um" form' },
  { form: 'ógn', context: 'Ekkert bendir til þess að _ steðji að landinu.', lemma: 'ógn', pos: 'noun', reason: 'the noun (threat), not the colloquial adverb' },
  { form: 'á', context: 'Þjálfarinn, landsliðsþjálfari Íslands, _ von á breyttum leikstíl.', lemma: 'eiga', pos: 'verb', reason: '"á von á" (expects) even after a nominal boost' },
  { form: 'á', context: 'Íhaldssemin er mikil þegar komast _ áfram með löggjöf.', lemma: 'eiga', pos: 'verb', reason: '"á" before the adverb "áfram" is eiga' },
  { form: 'við', context: 'Núna þurfum _ að fá meira fé.', lemma: 'ég', pos: 'pronoun', reason: '"við" after a 1st person plural verb, even before "að"' },
  { form: 'við', context: '_ Jón förum saman heim.', lemma: 'ég', pos: 'pronoun', reason: '"við" with a 1st person plural verb later in the clause' },
  { form: 'við', context: 'Hann kannast _ svo háar tölur.', lemma: 'við', reason: 'after a verb not in -um, "við" is not its subject' },
  { form: 'við', context: 'Við búum _ góð kjör.', lemma: 'við', pos: 'preposition', reason: 'the -um verb already has its subject "við"' },
  { form: 'þá', context: 'Þetta er ekkert mál fyrir _.', lemma: 'hann', pos: 'pronoun', reason: '"þá" after a preposition at clause end = them' },
  { form: 'þá', context: 'Hann kom heim og _ fór hún út.', lemma: 'þá', pos: 'adverb', reason: '"þá" = then elsewhere' },
  { form: 'sá', context: 'En _ leikur var ekki auðveldur.', lemma: 'sá', pos: 'pronoun', reason: 'demonstrative "sá" before a noun' },
  { form: 'sá', context: 'Í gær _ hún bílinn.', lemma: 'sjá', pos: 'verb', reason: 'verb before the subject pronoun' },
  { form: 'þeirra', context: 'Bílar _ stóðu úti.', lemma: 'hann', pos: 'pronoun', reason: 'plural personal pronoun defaults to the masculine' },
  { form: 'á', context: 'Þetta _ ekki að gerast.', lemma: 'eiga', pos: 'verb', reason: '"á" before a negation is the verb eiga' },
  { form: 'á', context: 'Slysið _ sér stað í gær.', lemma: 'eiga', pos: 'verb', reason: '"á sér stað": reflexive object of eiga' },
  { form: 'á', context: 'Hann kom _ eftir henni.', lemma: 'á', pos: 'preposition', reason: '"á eftir" + nominal stays a preposition' },
];

const heldur: Row[] = [
  { form: 'heldur', context: 'Þetta er ekki gott, _ slæmt.', lemma: 'heldur', pos: 'conjunction', reason: '"ekki …, heldur" = but rather' },
  { form: 'heldur', context: 'Það er _ ekki rétt.', lemma: 'heldur', reason: 'after a finite verb: the adverb' },
  { form: 'heldur', context: 'Hann er stærri _ en ég.', lemma: 'heldur', reason: '"heldur en" = than' },
  { form: 'heldur', context: 'Hann _ áfram að vinna.', lemma: 'halda', pos: 'verb', reason: 'after its subject: the verb halda' },
];

const inflatedSelf: Row[] = [
  { form: 'landi', context: 'Hann býr í öðru _ núna.', lemma: 'land', pos: 'noun', reason: 'dative of "land", not the rarer "landi"' },
  { form: 'sviði', context: 'Hún er sérfræðingur á sínu _.', lemma: 'svið', pos: 'noun', reason: 'dative of "svið", not "sviði" (sting)' },
  { form: 'fulltrúa', context: 'Þeir hittu _ ráðuneytisins.', lemma: 'fulltrúi', pos: 'noun', reason: 'oblique of the weak noun "fulltrúi"' },
  { form: 'móður', context: 'Hún kom með _ sinni.', lemma: 'móðir', pos: 'noun', reason: 'oblique of "móðir"' },
  { form: 'vika', context: 'Þessi _ var erfið.', lemma: 'vika', pos: 'noun', reason: 'genitive plural -a of "vik" does not count: "vika" stays' },
  { form: 'kalla', context: 'Þeir ætla að _ á hjálp.', lemma: 'kalla', pos: 'verb', reason: 'an infinitive is not penalised' },
];

describe('frequency prior: lemmas spelt like an inflected noun', () => {
  it.each(inflatedSelf)('$form in "$context" → $lemma ($reason)', check);
});

describe('"heldur"', () => {
  it.each(heldur)('$form in "$context" → $lemma ($reason)', check);
});

describe('pronouns and "á"', () => {
  it.each(pronouns)('$form in "$context" → $lemma ($reason)', check);
});

describe('1st person plural agreement (-um)', () => {
  it.each(firstPlural)('$form in "$context" → $lemma ($reason)', check);
});
describe('supine needs an auxiliary', () => {
  it.each(supine)('$form in "$context" → $lemma ($reason)', check);
});
describe('verb after relative "sem"', () => {
  it.each(relative)('$form in "$context" → $lemma ($reason)', check);
});
describe('verb before a subject pronoun', () => {
  it.each(inversion)('$form in "$context" → $lemma ($reason)', check);
});
describe('noun phrases', () => {
  it.each(nounPhrase)('$form in "$context" → $lemma ($reason)', check);
});

const clauseShape: Row[] = [
  { form: 'hald', context: 'Lögreglan lagði _ á munina.', lemma: 'hald', pos: 'noun', reason: 'object after a main verb (seizure, not "hold")' },
  { form: 'hluta', context: 'Félagið fékk _ hagnaðarins.', lemma: 'hluti', pos: 'noun', reason: 'object after "fá"' },
  { form: 'hluti', context: 'Hann fór að skoða _ sem hann bjó til.', lemma: 'hlutur', pos: 'noun', reason: 'object after an infinitive: the noun (things, hlutur), not the verb hluta nor hluti (part)' },
  { form: 'gengið', context: 'Liðinu hefur hins vegar _ vel.', lemma: 'ganga', pos: 'verb', reason: 'auxiliary a few words back: supine, not an object' },
  { form: 'valinn', context: 'Hann var _ af New York Knicks.', lemma: 'velja', pos: 'verb', reason: 'strong participle after a copula, not the noun valur' },
  { form: 'rétt', context: 'Það er _.', lemma: 'réttur', pos: 'adjective', reason: 'predicative adjective at the end of the clause' },
  { form: 'skýrt', context: 'Það er mjög _.', lemma: 'skýr', pos: 'adjective', reason: 'predicative adjective after copula + degree adverb' },
  { form: 'óljóst', context: 'Að auki væri _ hvort hann kæmi.', lemma: 'óljós', pos: 'adjective', reason: 'predicative adjective before "hvort"' },
  { form: 'óljóst', context: 'Það er _ hvað tekur við.', lemma: 'óljós', pos: 'adjective', reason: 'predicative adjective before a question word' },
  { form: 'óvíst', context: 'Það er _ hvenær vegurinn opnar.', lemma: 'óvís', pos: 'adjective', reason: 'predicative adjective before "hvenær"' },
  { form: 'rétt', context: 'Borgin er _ við landamærin.', lemma: 'rétt', pos: 'adverb', reason: 'intensifier before a prepositional phrase stays an adverb' },
  { form: 'hreint', context: 'Leikurinn var _ út sagt ótrúlegur.', lemma: 'hreint', pos: 'adverb', reason: 'intensifier, not predicative' },
  { form: 'ný', context: 'Á fundinum var kosin _ stjórn.', lemma: 'nýr', pos: 'adjective', reason: 'adjective before its noun; the adverb is "á ný"' },
  { form: 'ný', context: 'Hann reyndi á _.', lemma: 'ný', reason: '"á ný" = again (the phrase glosses it)' },
  { form: 'gæta', context: 'Ég bið þig að _ sín.', lemma: 'gæta', pos: 'verb', reason: 'infinitive with a reflexive genitive, not noun + possessive' },
  { form: 'Vandi', context: '_ sjóðsins var mikill.', lemma: 'vandi', pos: 'noun', reason: 'sentence-initial subject before a genitive and the verb' },
  { form: 'Fylgi', context: '_ hans tók að dala.', lemma: 'fylgi', pos: 'noun', reason: 'sentence-initial subject before a genitive pronoun and the verb' },
  { form: 'Ákveðið', context: '_ var að bæta greininni við.', lemma: 'ákveða', pos: 'verb', reason: 'impersonal passive opens with its participle' },
  { form: 'Ríkið', context: '_ hefur eftirlit með því.', lemma: 'ríki', pos: 'noun', reason: 'a definite noun before "hefur" is the subject' },
  { form: 'færi', context: 'Auðlindin gefur _ á arðsemi.', lemma: 'færi', pos: 'noun', reason: 'object after a main verb (opportunity, not "would go")' },
  { form: 'sá', context: 'Jón Arnar _ metið slegið.', lemma: 'sjá', pos: 'verb', reason: '"sá" before a definite noun is "saw"' },
  { form: 'sá', context: 'Þá kom _ maður inn.', lemma: 'sá', pos: 'pronoun', reason: 'demonstrative before a bare noun' },
  { form: 'átt', context: 'Þá hefði maður ekki _ mikið í þá.', lemma: 'eiga', pos: 'verb', reason: 'supine after "hefði" across the subject "maður"' },
  { form: 'þótt', context: 'Hann segir það hafi ekki _ fínt.', lemma: 'þykja', pos: 'verb', reason: 'supine after an auxiliary, not the conjunction' },
  { form: 'fyrst', context: 'Félagið hafi _ eignast hlut.', lemma: 'fyrst', reason: 'an adverb after an auxiliary stays an adverb' },
  { form: 'vona', context: 'Ég kalla það hömlun og _ að það móðgist enginn.', lemma: 'vona', pos: 'verb', reason: 'verb before an "að" clause with its subject' },
];

describe('verb–verb clashes and predicative adjectives', () => {
  it.each(clauseShape)('$form in "$context" → $lemma ($reason)', check);
});

const priors: Row[] = [
  { form: 'velli', context: 'Liðið var sterkt á _.', lemma: 'völlur', pos: 'noun', reason: 'dative of völlur (field)' },
  { form: 'vikur', context: 'Hann fór í tvær _.', lemma: 'vika', pos: 'noun', reason: 'weeks, not pumice' },
  { form: 'reyndar', context: 'Mér finnst það _ ómerkilegt.', lemma: 'reyndar', pos: 'adverb', reason: 'in fact' },
  { form: 'mætti', context: 'Hvað _ opna?', lemma: 'mega', pos: 'verb', reason: 'modal before an infinitive' },
  { form: 'mætti', context: 'Hann _ á æfingu.', lemma: 'mæta', pos: 'verb', reason: 'attended: no infinitive follows' },
  { form: 'íslenska', context: 'Ég tel að _ ríkið eigi að selja.', lemma: 'íslenskur', pos: 'adjective', reason: 'nationality adjective before a definite neuter noun, even after "að"' },
  { form: 'á', context: 'Barnið _ að fá aðstoð.', lemma: 'eiga', pos: 'verb', reason: '"á að" + infinitive after a subject noun: is to' },
  { form: 'á', context: 'Ég veit ekki hvernig ég _ að vera.', lemma: 'eiga', pos: 'verb', reason: '"á að" + infinitive after a subject pronoun' },
  { form: 'á', context: 'Fjölmiðlum gefst kostur _ að senda fyrirspurnir.', lemma: 'á', pos: 'preposition', reason: 'after a noun "á" stays the preposition' },
  { form: 'á', context: 'Hann benti _ að það væri rangt.', lemma: 'á', pos: 'preposition', reason: '"benda á að": preposition' },
  { form: 'því', context: 'Þetta var þjóðernissinnað, _ aflandsfélögin fjárfesta á Íslandi.', lemma: 'því', pos: 'conjunction', reason: 'after a comma, before a subject: because' },
  { form: 'því', context: 'Lestu áfram _ stóra spurningin er þessi.', lemma: 'því', pos: 'conjunction', reason: 'after the clause, before adjective + definite subject: because' },
  { form: 'því', context: 'Hann vísaði _ til nefndarinnar.', lemma: 'það', pos: 'pronoun', reason: 'object after a verb' },
  { form: 'því', context: 'Landnám var um 870 og _ engar heimildir til.', lemma: 'því', pos: 'adverb', reason: '"og því" before a quantifier: and therefore' },
  { form: 'hluti', context: 'Hann útskýrði marga _ í ræðunni.', lemma: 'hlutur', pos: 'noun', reason: 'plural after "marga": things' },
  { form: 'hluti', context: 'Stór _ flotans var á landleið.', lemma: 'hluti', pos: 'noun', reason: 'singular: part' },
  { form: 'ákveðnar', context: 'Þeir höfðu _ efasemdir um leiðina.', lemma: 'ákveðinn', pos: 'adjective', reason: 'certain, before its noun' },
  { form: 'setti', context: 'Hann neitaði beiðninni og _ SpaceX frekari takmarkanir.', lemma: 'setja', pos: 'verb', reason: 'past-tense verb after "og" before its name subject' },
  { form: 'setti', context: 'Í fyrra _ Musk fram áætlun.', lemma: 'setja', pos: 'verb', reason: 'verb second after "Í fyrra"' },
  { form: 'enda', context: 'Hún vildi ekki að það tæki _.', lemma: 'endi', pos: 'noun', reason: 'object at clause end, not the conjunction' },
  { form: 'enda', context: 'Hann fór heim, _ var hann þreyttur.', lemma: 'enda', pos: 'conjunction', reason: 'after a comma: the conjunction (as, since)' },
  { form: 'getum', context: 'Við _ bara gert við allt.', lemma: 'geta', pos: 'verb', reason: 'verb and noun share the lemma: the verb (can), not ability' },
  { form: 'vera', context: 'Það virðist _ rétt.', lemma: 'vera', pos: 'verb', reason: 'the infinitive "to be", not the noun (being)' },
  { form: 'vera', context: 'Þjálfarinn sagðist _ vonsvikinn.', lemma: 'vera', pos: 'verb', reason: 'infinitive after a middle-voice verb of saying' },
  { form: 'nýtt', context: 'Ríkisstjórnin kynnti _ frumvarp í gær.', lemma: 'nýr', pos: 'adjective', reason: 'after a main verb a participle cannot follow: adjective of the object' },
  { form: 'nýtt', context: 'Hann hefur _ tækifærið vel.', lemma: 'nýta', pos: 'verb', reason: 'supine after "hefur"' },
  { form: 'rennur', context: 'Hraun _ enn til suðurs.', lemma: 'renna', pos: 'verb', reason: 'finite verb before "enn"' },
  { form: 'varar', context: 'Vegagerðin _ við hálku á heiðinni.', lemma: 'vara', pos: 'verb', reason: 'finite verb after a sentence-initial subject noun (warns)' },
  { form: 'fylgi', context: 'Flokkurinn mælist nú með minna _ en áður.', lemma: 'fylgi', pos: 'noun', reason: 'noun after preposition + adjective that is also a verb form' },
  { form: 'besta', context: 'Myndin hlaut verðlaun sem _ norræna myndin.', lemma: 'góður', pos: 'adjective', reason: '"sem" = as, before adjective + definite noun' },
  { form: 'dæmdu', context: 'Dómararnir sem _ leikina voru góðir.', lemma: 'dæma', pos: 'verb', reason: 'finite verb after relative "sem"' },
  { form: 'Skipið', context: '_ sökk skammt frá landi.', lemma: 'skip', pos: 'noun', reason: 'sentence-initial "-ið" noun before a finite verb' },
  { form: 'sökk', context: 'Skipið _ skammt frá landi.', lemma: 'sökkva', pos: 'verb', reason: 'finite verb after the subject' },
  { form: 'Takið', context: '_ deigið úr skálinni.', lemma: 'taka', pos: 'verb', reason: 'imperative before its object' },
  { form: 'Búið', context: '_ er að slökkva eldinn.', lemma: 'búa', pos: 'verb', reason: '"Búið er að": impersonal participle' },
  { form: 'Læknar', context: '_ mæla með hreyfingu.', lemma: 'læknir', pos: 'noun', reason: 'plural subject before a 3rd person plural verb' },
  { form: 'varði', context: 'Markvörðurinn _ tvær vítaspyrnur.', lemma: 'verja', pos: 'verb', reason: 'saved (verja), not "concerned"' },
  { form: 'Verð', context: '_ á matvöru hefur hækkað.', lemma: 'verð', pos: 'noun', reason: 'price' },
  { form: 'komu', context: 'Í fyrra _ tvær milljónir ferðamanna.', lemma: 'koma', pos: 'verb', reason: 'verb second after "Í fyrra" (came), not the noun (arrival)' },
  { form: 'flest', context: 'Hún hlaut _ atkvæði.', lemma: 'margur', pos: 'adjective', reason: 'most (superlative), not "fletta"' },
  { form: 'átta', context: 'Tillagan var felld með _ atkvæðum gegn sjö.', lemma: 'átta', pos: 'numeral', reason: 'eight, not "of directions"' },
  { form: 'Hætta', context: '_ er talin á skriðuföllum.', lemma: 'hætta', pos: 'noun', reason: 'sentence-initial noun before "er", not an infinitive' },
  { form: 'að', context: 'Við þurfum _ bregðast við strax.', lemma: 'að', pos: 'infinitive-marker', reason: 'before a middle-voice infinitive' },
  { form: 'verð', context: 'Hvers vegna hefur _ á rafmagni hækkað?', lemma: 'verð', pos: 'noun', reason: '"verð" is no supine (that is "orðið"): price' },
  { form: 'samningar', context: 'Hvað gerist ef _ nást ekki?', lemma: 'samningur', pos: 'noun', reason: 'plural of samningur (agreements)' },
  { form: 'á', context: 'Musk _ í umfangsmiklum viðskiptum við herinn.', lemma: 'eiga', pos: 'verb', reason: 'a preposition does not follow "á": eiga í (be engaged in)' },
  { form: 'Gengi', context: '_ krónunnar hefur styrkst.', lemma: 'gengi', pos: 'noun', reason: 'subject before a definite genitive and its verb' },
  { form: 'hafna', context: 'Samtökin _ kröfum félaganna.', lemma: 'hafna', pos: 'verb', reason: 'reject, not a form of hefja' },
  { form: 'byggir', context: 'Kerfið _ á úrslitum móta.', lemma: 'byggja', pos: 'verb', reason: 'is based on (byggja), not an old form of búa' },
  { form: 'löndum', context: 'Könnunin náði til nemenda í 28 _.', lemma: 'land', pos: 'noun', reason: 'countries, not compatriots' },
  { form: 'beðin', context: 'Hún hafði verið _ um að syngja.', lemma: 'biðja', pos: 'verb', reason: 'inflected participle of biðja (asked)' },
  { form: 'beðið', context: 'Þeir geta _ forseta um undanþágu.', lemma: 'biðja', pos: 'verb', reason: 'supine with an object: asked' },
  { form: 'beðið', context: 'Þeir hafa _ eftir þessu lengi.', lemma: 'bíða', pos: 'verb', reason: '"beðið eftir": waited' },
  { form: 'horfið', context: 'Hann hafði _ frá heimilinu.', lemma: 'hverfa', pos: 'verb', reason: 'supine of the strong verb after an auxiliary (disappeared)' },
];

describe('form priors and modal "mega"', () => {
  it.each(priors)('$form in "$context" → $lemma ($reason)', check);
});
