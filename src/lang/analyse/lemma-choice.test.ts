// @vitest-environment node
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

const rows: Row[] = [
  // Preposition / case government
  { form: 'á', context: 'Bókin liggur _ borðinu.', lemma: 'á', pos: 'preposition', reason: 'preposition before a noun' },
  { form: 'á', context: 'Hann _ stóran bíl.', lemma: 'eiga', pos: 'verb', reason: 'verb after a subject pronoun' },
  { form: 'við', context: 'Hann talaði _ kennarann í gær.', lemma: 'við', pos: 'preposition', reason: 'preposition before a noun' },
  { form: 'Við', context: '_ förum heim á morgun.', lemma: 'ég', pos: 'pronoun', reason: '"við" before a 1st person plural verb' },
  { form: 'við', context: 'Á morgun förum _ heim.', lemma: 'ég', pos: 'pronoun', reason: '"við" after a 1st person plural verb' },
  { form: 'braut', context: 'Geimfarið fór á _ um jörðu.', lemma: 'braut', pos: 'noun', reason: 'nominal after a preposition' },
  // Pronoun + verb, auxiliaries, infinitive
  { form: 'er', context: 'Hún _ kennari.', lemma: 'vera', pos: 'verb', reason: '"er" is nearly always vera' },
  { form: 'samning', context: 'Ráðuneytið hefur gert stóran _ við fyrirtækið.', lemma: 'samningur', pos: 'noun', reason: 'agreement, not the rare "samning" spelt like its accusative' },
  { form: 'hlutir', context: 'Það eru _ sem ég veit.', lemma: 'hlutur', pos: 'noun', reason: 'nominative plural of hlutur, not a verb form' },
  { form: 'var', context: 'Veðrið _ gott.', lemma: 'vera', reason: '"var" is vera' },
  { form: 'hefur', context: 'Hann _ búið hér lengi.', lemma: 'hafa', reason: '"hefur" is hafa, not hefja' },
  { form: 'átt', context: 'Hann hefur _ í samskiptum við þá.', lemma: 'eiga', pos: 'verb', reason: 'supine after hafa' },
  { form: 'orðið', context: 'Það hefur _ slys á veginum.', lemma: 'verða', pos: 'verb', reason: 'supine after hafa, not the noun orð' },
  { form: 'átt', context: 'Þeir segja að í fyrra hafi Musk _ í samskiptum við þá.', lemma: 'eiga', pos: 'verb', reason: 'supine after hafa with a name as subject between' },
  { form: 'átt', context: 'Nú hefur ríkisstjórnin _ í viðræðum við þá.', lemma: 'eiga', pos: 'verb', reason: 'supine after hafa with a definite noun as subject between' },
  { form: 'á', context: 'Í gær fór hann _ völlinn.', lemma: 'á', pos: 'preposition', reason: 'inverted subject: "á" + noun stays a preposition' },
  { form: 'veita', context: 'Hann bað um að _ þeim aðgang.', lemma: 'veita', pos: 'verb', reason: 'infinitive after "að"' },
  { form: 'leiða', context: 'Það mun _ til átaka.', lemma: 'leiða', pos: 'verb', reason: 'infinitive after a modal' },
  { form: 'minna', context: 'Ég vil bara _ á að þetta er mikilvægt.', lemma: 'minna', pos: 'verb', reason: 'infinitive after a modal with an adverb between' },
  { form: 'bara', context: 'Ég vil _ minna á það.', lemma: 'bara', pos: 'adverb', reason: 'not a noun before "minna", which is a verb here, not the possessive' },
  { form: 'verður', context: 'Það _ gaman á morgun.', lemma: 'verða', reason: '"verður" is verða' },
  { form: 'mun', context: 'Hún _ koma á morgun.', lemma: 'munu', reason: '"mun" + infinitive is munu' },
  { form: 'mun', context: 'Liðið lék _ betur í seinni hálfleik.', lemma: 'munur', reason: '"mun" + comparative = much' },
  { form: 'mun', context: 'Það væri _ skárra að bíða.', lemma: 'munur', reason: '"mun" + comparative adjective' },
  { form: 'sem', context: 'Maðurinn _ kom í gær.', lemma: 'sem', pos: 'conjunction', reason: 'relative "sem", not semja' },
  { form: 'varið', context: 'Hún getur _ sig vel.', lemma: 'verja', pos: 'verb', reason: '"-ið" after geta: supine of a -ja verb, not vara' },
  { form: 'talið', context: 'Hann hefur _ peningana.', lemma: 'telja', pos: 'verb', reason: '"-ið" after hafa: supine of telja, not tala' },
  { form: 'gefið', context: 'Hún hefur _ honum bók.', lemma: 'gefa', pos: 'verb', reason: 'a strong -a verb keeps its supine' },
  { form: 'dæmi', context: 'Hún nefndi sem _ nýja brú.', lemma: 'dæmi', pos: 'noun', reason: 'common noun over a rare verb form' },
  { form: 'myndir', context: 'Hann tók _ af fjöllunum.', lemma: 'mynd', pos: 'noun', reason: 'common noun over a rare verb form' },
  // Sentence-initial 1st person plural
  { form: 'Horfum', context: '_ til framtíðar.', lemma: 'horfa', pos: 'verb', reason: '"let us" verb before a preposition' },
  { form: 'Börnum', context: '_ finnst gaman að leika sér.', lemma: 'barn', pos: 'noun', reason: 'dative subject before a verb stays a noun' },
  // Possessive after its noun
  { form: 'færi', context: 'Hann nýtti _ sitt vel.', lemma: 'færi', pos: 'noun', reason: 'noun before its possessive' },
  { form: 'sýnir', context: 'Hún _ sína bestu hlið.', lemma: 'sýna', pos: 'verb', reason: 'a possessive before its own noun leaves the verb alone' },
  { form: 'fylgi', context: 'Hún hefur aukið _ sitt í könnunum.', lemma: 'fylgi', pos: 'noun', reason: 'noun before its possessive' },
  // Demonstratives
  { form: 'það', context: 'Ég skil _ sem hann sagði.', lemma: 'sá', reason: 'antecedent of a relative "sem"' },
  { form: 'þá', context: 'Þeir fóru _ leið heim.', lemma: 'sá', reason: 'determiner before a noun' },
  { form: 'það', context: 'Ég veit að _ er satt.', lemma: 'það', reason: 'personal pronoun before a verb' },
  // Frequency priors and the gloss prior
  { form: 'hans', context: 'Bíllinn _ er rauður.', lemma: 'hann', reason: 'genitive of hann' },
  { form: 'raunverulega', context: 'Hann vildi _ hjálpa.', lemma: 'raunverulega', pos: 'adverb', reason: '-lega adverb is its own lemma' },
  { form: 'vonandi', context: 'Hann syndir _ hraðar í kvöld.', lemma: 'vonandi', pos: 'adverb', reason: 'lexicalised -andi adverb, not a participle of vona' },
  // Adjective/verb homographs where no finite verb can stand
  { form: 'miklar', context: 'Það voru ekki _ umræður um þetta.', lemma: 'mikill', pos: 'adjective', reason: 'after a negation, before a noun' },
  { form: 'miklar', context: 'Þeir spyrja hvort _ breytingar verði.', lemma: 'mikill', pos: 'adjective', reason: 'after a complementiser, before a noun' },
  { form: 'miklar', context: 'Hann _ vandann fyrir sér.', lemma: 'mikla', pos: 'verb', reason: 'after its subject the verb stays' },
  { form: 'skýr', context: 'Skilaboðin hafa verið mjög _, segir hún.', lemma: 'skýr', pos: 'adjective', reason: 'after a degree adverb, predicative' },
  { form: 'skýr', context: 'Boðin eru ekki nógu _.', lemma: 'skýr', pos: 'adjective', reason: '"nógu" + adjective' },
  // Abbreviations and units
  { form: 'hv.', context: 'Ég þakka _ þingmanni fyrir ræðuna.', lemma: 'háttvirtur', reason: 'abbreviation expansion' },
  { form: 'km', context: 'Hann hljóp 10 _ í gær.', lemma: 'kílómetri', reason: 'unit after a number' },
  // "að": conjunction (that) or preposition (to/at)
  { form: 'að', context: 'Hann segir _ málið sé viðkvæmt.', lemma: 'að', pos: 'conjunction', reason: 'after a verb of saying, before a nominative noun' },
  { form: 'að', context: 'Hún veit _ hann kemur á morgun.', lemma: 'að', pos: 'conjunction', reason: 'before a subject pronoun' },
  { form: 'að', context: 'Hann vildi ekki _ Starlink yrði notað.', lemma: 'að', pos: 'conjunction', reason: 'clause verb, negation, then "að"' },
  { form: 'að', context: 'Hann segir í viðtali við blaðið _ Jón hafi farið.', lemma: 'að', pos: 'conjunction', reason: 'verb of saying a few words back' },
  { form: 'að', context: 'Hann kom ekki vegna þess _ Jón var veikur.', lemma: 'að', pos: 'conjunction', reason: '"vegna þess að" = because' },
  { form: 'að', context: 'Hún gekk _ húsinu í gær.', lemma: 'að', pos: 'preposition', reason: 'before a dative noun' },
  { form: 'að', context: 'Hann segir _ honum líði vel.', lemma: 'að', pos: 'conjunction', reason: 'a dative subject of a verb of feeling after "segir": a clause (that)' },
  { form: 'að', context: 'Þeir fóru til _ sækja hann.', lemma: 'að', pos: 'infinitive-marker', reason: 'before an infinitive' },
  { form: 'að', context: 'Ráðherrann hefur ítrekað _ stjórnvöld stefni ekki að því.', lemma: 'að', pos: 'conjunction', reason: 'subject noun + finite verb after "að"' },
  { form: 'að', context: 'Fréttir bárust þess efnis _ Google muni ekki endurnýja samninginn.', lemma: 'að', pos: 'conjunction', reason: 'a name + finite auxiliary after "að"' },
  { form: 'að', context: 'Líklegt er _ fleiri fylgi í kjölfarið.', lemma: 'að', pos: 'conjunction', reason: 'after a neuter predicate adjective + copula' },
  { form: 'að', context: 'Það er mjög sérkennilegt _ hægt sé að stöðva þetta.', lemma: 'að', pos: 'conjunction', reason: 'after copula + degree adverb + adjective' },
  { form: 'að', context: 'Unnið er _ reykræstingu hússins.', lemma: 'að', pos: 'preposition', reason: 'after a participle ("vinna að") it stays the preposition' },
  { form: 'að', context: 'Hann minntist á aðkomu ráðherrans _ málinu sé lokið.', lemma: 'að', pos: 'preposition', reason: 'a noun with a dative article is no subject' },
  { form: 'þegar', context: 'Ég var sofandi _ síminn hringdi.', lemma: 'þegar', pos: 'conjunction', reason: '"þegar" opening a clause = when' },
  { form: 'Þegar', context: '_ hann kom heim var allt búið.', lemma: 'þegar', pos: 'conjunction', reason: 'sentence-initial "þegar" = when' },
  { form: 'þegar', context: 'Hann hefur _ greitt reikninginn.', lemma: 'þegar', pos: 'adverb', reason: 'after a finite verb = already' },
  { form: 'þegar', context: 'Mennirnir verða yfirheyrðir _ þeir hafa sofið úr sér.', lemma: 'þegar', pos: 'conjunction', reason: 'before a subject pronoun = when, even after a verb' },
  { form: 'að', context: 'Í tilkynningu kom fram _ börn sofa lítið.', lemma: 'að', pos: 'conjunction', reason: '"kom fram að" reports a finding' },
  { form: 'að', context: 'Rannsóknin leiddi í ljós _ börn sofa lítið.', lemma: 'að', pos: 'conjunction', reason: '"leiddi í ljós að"' },
  { form: 'að', context: 'Í ljós kom _ börn sofa lítið.', lemma: 'að', pos: 'conjunction', reason: '"Í ljós kom að"' },
  { form: 'að', context: 'Hann vann fram _ jólum.', lemma: 'að', pos: 'preposition', reason: '"fram að" + dative = until, no verb before' },
  { form: 'að', context: 'Nefndin dró þá ályktun _ frekari gögn væru óþörf.', lemma: 'að', pos: 'conjunction', reason: 'after a noun whose content the clause gives' },
  { form: 'að', context: 'Staðan er sú _ fimm eldfjöll eru virk.', lemma: 'að', pos: 'conjunction', reason: '"sú að" points forward to the clause' },
  { form: 'að', context: 'Ég tek þó fram _ aðili sem ráðinn yrði væri óháður.', lemma: 'að', pos: 'conjunction', reason: '"tek fram að"' },
  { form: 'að', context: 'Lögregla útilokar ekki _ um gáleysi sé að ræða.', lemma: 'að', pos: 'conjunction', reason: 'verb of saying (útiloka) + negation' },
  { form: 'vor', context: 'Skólinn verður lokaður fram í _.', lemma: 'vor', pos: 'noun', reason: 'the season, not the archaic possessive' },
  { form: 'sýknaði', context: 'Dómurinn dæmdi manninn og _ hann af ákæru.', lemma: 'sýkna', pos: 'verb', reason: 'past tense after "og" before a personal pronoun' },
  { form: 'Starfandi', context: '_ bæjarstjóri segir það.', lemma: 'starfandi', pos: 'adjective', reason: 'present participle before its noun' },
  { form: 'funda', context: 'Samninganefndir _ aftur á morgun.', lemma: 'funda', pos: 'verb', reason: 'verb after a sentence-initial plural noun' },
  { form: 'stefna', context: 'Stjórnvöld _ að kolefnishlutleysi árið 2040.', lemma: 'stefna', pos: 'verb', reason: 'verb after the plural "Stjórnvöld"' },
  { form: 'fengið', context: 'Og hafa sjómenn aldrei _ jafnhátt verð.', lemma: 'fá', pos: 'verb', reason: 'supine after "hafa" across a plural subject and an adverb' },
  { form: 'sinnar', context: 'Hún frétti af andláti vinkonu _.', lemma: 'sinn', pos: 'pronoun', reason: 'possessive, not the rare noun sinni' },
  { form: 'trúa', context: 'Hann sagðist varla _ því.', lemma: 'trúa', pos: 'verb', reason: 'infinitive after "sagðist" across an adverb' },
  { form: 'loka', context: 'Meiðslin voru lítil en _ þurfti veginum.', lemma: 'loka', pos: 'verb', reason: 'infinitive fronted before "þurfti"' },
  { form: 'fylgi', context: 'Flokkurinn bætir við sig _ en hinn tapar.', lemma: 'fylgi', pos: 'noun', reason: 'object after "sig", not a finite verb' },
  { form: 'hafi', context: 'Hann segir að sig _ grunað það lengi.', lemma: 'hafa', pos: 'verb', reason: '"sig" as subject of an impersonal verb: an auxiliary stays a verb' },
  { form: 'Kvika', context: '_ kom upp um sprunguna.', lemma: 'kvika', pos: 'noun', reason: 'sentence-initial noun before a finite verb' },
  { form: 'varar', context: 'Veðurstofan _ við gasmengun.', lemma: 'vara', pos: 'verb', reason: 'finite verb after a sentence-initial "-an" subject' },
  { form: 'bitastæðari', context: 'Þeir fá _ hlutverk.', lemma: 'bitastæður', pos: 'adjective', reason: 'comparative of an adjective lemma-is knows only as a lemma' },
  { form: 'flóð', context: 'Þetta er í þriðja sinn sem _ valda tjóni í bænum.', lemma: 'flóð', pos: 'noun', reason: 'subject after relative "sem", before its verb' },
  { form: 'valda', context: 'Þetta er í þriðja sinn sem flóð _ tjóni í bænum.', lemma: 'valda', pos: 'verb', reason: 'verb after the subject of a relative clause' },
  { form: 'sáttir', context: 'Hann segir að foreldrar séu almennt _.', lemma: 'sáttur', pos: 'adjective', reason: 'predicative adjective after copula + adverb, not the noun sátt' },
  { form: 'rýr', context: 'Bóndinn segir að uppskeran hafi verið _.', lemma: 'rýr', pos: 'adjective', reason: 'predicative adjective after "verið", not a finite form of rýra' },
  { form: 'mat', context: 'Í búðunum skortir bæði _ og vatn.', lemma: 'matur', pos: 'noun', reason: 'no "á" or genitive after it: food' },
  { form: 'nefnd', context: 'Ráðherra hefur skipað _ sem á að endurskoða lögin.', lemma: 'nefnd', pos: 'noun', reason: 'object after a supine, not a second participle' },
  { form: 'skipuð', context: 'Nefndin hefur verið _ til þriggja ára.', lemma: 'skipa', pos: 'verb', reason: 'a participle after the passive "verið" stays the verb' },
  { form: 'mat', context: 'Það er _ lögreglu að hann sé sekur.', lemma: 'mat', pos: 'noun', reason: 'before a genitive: assessment' },
  { form: 'Mat', context: '_ á umhverfisáhrifum liggur fyrir.', lemma: 'mat', pos: 'noun', reason: 'before "á": assessment' },
  { form: 'mat', context: 'Hún fór í þar til gert _ í gær.', lemma: 'mat', pos: 'noun', reason: 'after a neuter participle: assessment' },
  { form: 'lokað', context: 'Hann segir að skólanum hafi verið _.', lemma: 'loka', pos: 'verb', reason: 'a participle after a copula stays the passive' },
  { form: 'gripið', context: 'Íbúar krefjast þess að _ verði til aðgerða.', lemma: 'grípa', pos: 'verb', reason: 'impersonal participle in an "að" clause' },
  { form: 'farið', context: 'Hann sagði að _ hefði verið að lögum.', lemma: 'fara', pos: 'verb', reason: 'impersonal participle, perfect auxiliary and "verið" before the particle' },
  { form: 'kosið', context: 'Útlit er fyrir að _ verði til Alþingis í vor.', lemma: 'kjósa', pos: 'verb', reason: 'impersonal participle over an adjective homograph' },
  { form: 'varið', context: 'Peningunum verður _ til kaupa á tækjum.', lemma: 'verja', pos: 'verb', reason: 'supine of verja (spend), not the imperative of vara' },
  { form: 'málið', context: 'Hann vill að _ verði skoðað.', lemma: 'mál', pos: 'noun', reason: 'a subject noun before its auxiliary and participle' },
  { form: 'undirrituðu', context: 'Félögin og Samtök atvinnulífsins _ nýjan kjarasamning.', lemma: 'undirrita', pos: 'verb', reason: 'past plural verb, not a weak adjective without determiner' },
  { form: 'dæmdu', context: 'Dómararnir Anton Gylfi Pálsson og Jónas Elíasson _ leikinn.', lemma: 'dæma', pos: 'verb', reason: 'past plural verb after a name' },
  { form: 'síma', context: 'Nemendum verður óheimilt að nota _ í tímum.', lemma: 'sími', pos: 'noun', reason: 'object after "að" + infinitive, even with an auxiliary further back' },
  { form: 'gert', context: 'Ráðuneytið hefur til að mynda _ stóran samning.', lemma: 'gera', pos: 'verb', reason: '"til að mynda" is an adverbial: the supine after "hefur"' },
  { form: 'taka', context: 'Nýjar reglur um notkun síma í grunnskólum _ gildi um áramótin.', lemma: 'taka', pos: 'verb', reason: 'first word of the verb phrase "taka gildi"' },
  { form: 'jafnframt', context: 'Honum er _ gert að greiða sekt.', lemma: 'jafnframt', pos: 'adverb', reason: 'the adverb (also), not the rare preposition' },
  { form: 'gert', context: 'Honum er jafnframt _ að greiða sekt.', lemma: 'gera', pos: 'verb', reason: 'participle after the copula and an adverb' },
  { form: 'staðfesti', context: 'Landsréttur _ í dag dóm héraðsdóms.', lemma: 'staðfesta', pos: 'verb', reason: 'the verb, not the rare noun staðfesti' },
  { form: 'valdi', context: 'Bærinn gerir allt sem í hans _ stendur.', lemma: 'vald', pos: 'noun', reason: 'noun after a preposition and a genitive pronoun' },
  { form: 'beint', context: 'Því hefur verið _ til íbúa að halda sig heima.', lemma: 'beina', pos: 'verb', reason: 'passive participle after "verið", before "til"' },
  { form: 'beint', context: 'Hann fór _ til Reykjavíkur.', lemma: 'beint', pos: 'adverb', reason: 'no passive auxiliary: the adverb (straight)' },
  { form: 'rúm', context: 'Hann hefur starfað í _ tuttugu ár.', lemma: 'rúmur', pos: 'adjective', reason: 'just over, before a number' },
  { form: 'heitum', context: 'Ég man eftir því á _ sumardögum í júní.', lemma: 'heitur', pos: 'adjective', reason: 'adjective before its noun after a clear preposition "á"' },
  { form: 'þegar', context: 'Íbúðirnar eru flestar _ seldar.', lemma: 'þegar', pos: 'adverb', reason: 'before a clause-final participle = already' },
  { form: 'ljóst', context: 'Bæjarstjóri segir _ að grípa þurfi til aðgerða.', lemma: 'ljós', pos: 'adjective', reason: 'the adjective (clear), which now has its own entry' },
  { form: 'Frökkum', context: 'Næsti leikur er gegn _ á sunnudag.', lemma: 'frakki', pos: 'proper-noun', reason: 'the capitalised nationality, not frakki (coat)' },
  { form: 'leyfa', context: 'Spurningin var hvort _ ætti akstur í gegnum skarðið.', lemma: 'leyfa', pos: 'verb', reason: 'infinitive fronted before "ætti" after "hvort"' },
  { form: 'tæpar', context: 'Honum var gert að greiða _ fimmtíu milljónir.', lemma: 'tæpur', pos: 'adjective', reason: 'just under, before a number' },
  { form: 'rúmi', context: 'Hann lá í _ allan daginn.', lemma: 'rúm', pos: 'noun', reason: 'no number after it: the noun (bed)' },
  { form: 'Læknar', context: '_ á bráðamóttöku Landspítalans segja álagið mikið.', lemma: 'læknir', pos: 'noun', reason: 'plural subject, its prepositional phrase, then the verb' },
  // Verb before a reflexive; unknown compounds read as nouns before the rules
  { form: 'reiða', context: 'Bandaríkjamenn _ sig á tæknina.', lemma: 'reiða', pos: 'verb', reason: 'verb before the reflexive "sig", not the noun reiði' },
  { form: 'í', context: 'Hann tók þátt _ áróðursherferðum Rússa.', lemma: 'í', pos: 'preposition', reason: 'preposition before an unknown compound noun' },  // Fisheries, tourism, housing and police news (second December review)
  { form: 'rétta', context: 'Þeir telja að mælingarnar gefi ekki _ mynd af stofninum.', lemma: 'réttur', pos: 'adjective', reason: 'no infinitive after a negated non-modal verb: adjective before its noun' },
  { form: 'rétta', context: 'Liðið mun ekki _ hlut sinn.', lemma: 'rétta', pos: 'verb', reason: 'infinitive after a negated modal' },
  { form: 'að', context: 'Hann skilur ekki hvernig stofnunin kemst _ þessari niðurstöðu.', lemma: 'að', pos: 'preposition', reason: 'a dative demonstrative after "að"; "hvernig" opens its own clause' },
  { form: 'þegar', context: 'Vertíðin var léleg og hefur það _ haft áhrif á tekjur.', lemma: 'þegar', pos: 'adverb', reason: 'auxiliary, subject, "þegar", supine: already' },
  { form: 'komu', context: 'Flestir _ frá Bandaríkjunum.', lemma: 'koma', pos: 'verb', reason: 'verb after a plural quantifier subject' },
  { form: 'búa', context: 'Íbúðir eru dýrar og margir _ lengur í foreldrahúsum.', lemma: 'búa', pos: 'verb', reason: 'verb after a plural quantifier subject opening a clause' },
  { form: 'menn', context: 'Margir _ komu.', lemma: 'maður', pos: 'noun', reason: 'a nominative plural noun after the quantifier' },
  { form: 'vara', context: 'Þeir fagna tölunum en _ við því að verðlag hækki.', lemma: 'vara', pos: 'verb', reason: 'first word of the verb phrase "vara við"' },
  { form: 'gengi', context: 'Ísland er dýrt og _ krónunnar hafi styrkst.', lemma: 'gengi', pos: 'noun', reason: 'clause-initial subject noun before a genitive and its verb' },
  { form: 'minna', context: 'Fólk dvelur skemur og eyðir _.', lemma: 'lítill', pos: 'adjective', reason: 'bare comparative after a finite verb at the end of the clause' },
  { form: 'minna', context: 'Hann vill _ á það.', lemma: 'minna', pos: 'verb', reason: 'infinitive after a modal: remind' },
  { form: 'eigandi', context: 'Hann er _ hússins.', lemma: 'eigandi', pos: 'noun', reason: 'agent noun with a gloss of its own, not the participle of eiga' },
  { form: 'Sitjandi', context: '_ forseti tapaði.', lemma: 'sitja', pos: 'verb', reason: 'participle before a noun: the noun sitjandi (seat) does not apply' },
  { form: 'að', context: 'Þeir telja að vextir hafi hækkað en _ skortur á íbúðum haldi verðinu uppi.', lemma: 'að', pos: 'conjunction', reason: 'coordinated "að" clause repeats an earlier one' },
  { form: 'fyrir', context: 'Þau hafa verið gagnrýnd _ að úthluta of fáum lóðum.', lemma: 'fyrir', pos: 'preposition', reason: '"fyrir að" + infinitive' },
  { form: 'hraða', context: 'Hann mældist á 150 kílómetra _.', lemma: 'hraði', pos: 'noun', reason: 'noun after a number and its unit in the genitive plural' },
  { form: 'læst', context: 'Fólkið hafði _ sig úti.', lemma: 'læsa', pos: 'verb', reason: 'supine of a weak "-sa" verb after an auxiliary, not láta\'s middle voice' },
  { form: 'valda', context: 'Niðurstöðurnar _ yfirvöldum áhyggjum.', lemma: 'valda', pos: 'verb', reason: '3rd person plural after a sentence-initial plural subject' },
  { form: 'nær', context: 'Skerðingin _ meðal annars til álvera.', lemma: 'ná', pos: 'verb', reason: 'finite verb after a sentence-initial subject noun, not "nearer"' },
  { form: 'lægra', context: 'Vatnsborðið hefur aldrei verið _ á þessum árstíma.', lemma: 'lágur', pos: 'adjective', reason: 'predicative comparative after a copula' },
  { form: 'þegar', context: 'Þau vilja nýta þá orku sem _ er framleidd.', lemma: 'þegar', pos: 'adverb', reason: '"sem þegar" = which already' },
  { form: 'hafna', context: 'Verkfallið hefði áhrif á starfsemi _ og flugvalla.', lemma: 'höfn', pos: 'noun', reason: 'genitive plural coordinated with another' },
  { form: 'hæg', context: 'Á morgun verður _ breytileg átt.', lemma: 'hægur', pos: 'adjective', reason: 'after a copula, before adjective + noun; no participle shape' },
  { form: 'valinn', context: 'Markvörðurinn varði vel og var _ maður leiksins.', lemma: 'velja', pos: 'verb', reason: 'participle after a copula, before the role it names' },
  { form: 'formaður', context: 'Eftir að ég varð _ nefndarinnar fór ég að skoða kerfið.', lemma: 'formaður', pos: 'noun', reason: 'a predicate noun in "-aður" is no participle' },
  { form: 'lýsa', context: 'Sjúklingar sem rætt var við _ miklum verkjum.', lemma: 'lýsa', pos: 'verb', reason: 'main verb after a relative clause ending in its preposition' },
  { form: 'miklum', context: 'Sjúklingar sem rætt var við lýsa _ verkjum.', lemma: 'mikill', pos: 'adjective', reason: '"við" after a verb is no subject for an -um verb' },
  { form: 'minni', context: 'Jöklarnir hafa aldrei verið _ frá því að mælingar hófust.', lemma: 'lítill', pos: 'adjective', reason: 'predicative comparative after a copula and an adverb' },
  { form: 'lengra', context: 'Nú væri ekki _ haldið á þeirri braut.', lemma: 'langt', reason: 'a comparative before a participle modifies it: adverb' },
  { form: 'því', context: 'Ferðaþjónustan þarf að laga sig, _ íshellar og gönguleiðir verða ótryggari.', lemma: 'því', pos: 'conjunction', reason: '", því" + a plural noun subject = because' },
  { form: 'hopuðu', context: 'Jöklar landsins _ áfram á síðasta ári.', lemma: 'hopa', pos: 'verb', reason: 'past plural of a weak verb lemma-is lists only as its lemma' },
  { form: 'jökulsporða', context: 'Ný lón myndast við _ víða um land.', lemma: 'jökulsporður', pos: 'noun', reason: 'compound whose head form lemma-is does not list (sporða → sporður)' },
  { form: 'mitt', context: 'Ég bjóst aldrei við að þetta yrði starfið _.', lemma: 'minn', pos: 'pronoun', reason: 'possessive after its noun' },
  { form: 'sín', context: 'Hundruð manna þurftu að yfirgefa heimili _ vegna eldanna.', lemma: 'sinn', pos: 'pronoun', reason: 'possessive after its noun, not the reflexive genitive' },
  { form: 'að', context: 'Það skiptir máli _ gestunum líði vel.', lemma: 'að', pos: 'conjunction', reason: 'a dative subject of a verb of feeling opens the clause' },
  { form: 'að', context: 'Hann gekk _ húsinu í gær.', lemma: 'að', pos: 'preposition', reason: 'a dative object and no verb of feeling' },
  { form: 'á', context: 'Hnötturinn var smíðaður af nemendum og _ að mæla hafís.', lemma: 'eiga', pos: 'verb', reason: '"og á að" + infinitive: a second verb of the subject' },
  { form: 'Anna', context: 'Þetta segir Anna. _ ólst upp í Bolungarvík.', lemma: 'anna', pos: 'proper-noun', reason: 'a name the text also writes mid-sentence, not the noun önn' },
  { form: 'nær', context: 'Bændum hefur fækkað um _ þriðjung á áratug.', lemma: 'nær', pos: 'adverb', reason: '"nær" before a fraction = nearly' },
  { form: 'málið', context: 'Slysið varð í gær og er _ í rannsókn hjá lögreglunni.', lemma: 'mál', pos: 'noun', reason: '"-ið" of a weak verb is no participle after a copula' },
  { form: 'byggð', context: 'Stjórnvöld verða að auka stuðning ef _ eigi að haldast í sveitum.', lemma: 'byggð', pos: 'noun', reason: 'subject noun after "ef", before its finite verb' },
  { form: 'fallið', context: 'Þar segir að ef _ verði frá áformunum skuli vegir fjarlægðir.', lemma: 'falla', pos: 'verb', reason: 'impersonal passive after "ef": participle + auxiliary + particle' },
  { form: 'Loka', context: '_ þurfti veginum í tvær klukkustundir.', lemma: 'loka', pos: 'verb', reason: 'infinitive fronted before an impersonal modal' },
  { form: 'að', context: 'Lögreglan telur að efnin hafi átt að fara í sölu og _ götuvirði þeirra nemi milljónum.', lemma: 'að', pos: 'conjunction', reason: 'coordinated clause, past an infinitive marker' },
  { form: 'að', context: 'Þeir aðstoðuðu hann að komast frá Sogni og _ flugstöðinni.', lemma: 'að', pos: 'preposition', reason: '"og að" + a dative noun is the preposition' },
  { form: 'minni', context: 'Það borgar sig með styttri ferðatíma og _ mengun.', lemma: 'lítill', pos: 'adjective', reason: 'comparative before a noun' },
  { form: 'kæra', context: 'Hann þorði ekki að _ málið.', lemma: 'kæra', pos: 'verb', reason: 'a "-ra" form that is a lemma of its own is no comparative' },
  { form: 'nægilega', context: 'Ekki lægi fyrir _ traust kostnaðarmat.', lemma: 'nægilega', pos: 'adverb', reason: '"-lega" before an adjective and its noun modifies the adjective' },
  { form: 'úthverfum', context: 'Íbúar í _ hafa lengi kvartað.', lemma: 'úthverfi', pos: 'noun', reason: 'a frequent verb form after it is no noun it could modify' },
  { form: 'sín', context: 'Margir listamenn stigu _ fyrstu skref á sviðinu.', lemma: 'sinn', pos: 'pronoun', reason: 'possessive before adjective + noun' },
  { form: 'sín', context: 'Hann gætti _ vel.', lemma: 'sig', pos: 'pronoun', reason: 'reflexive genitive: no noun follows' },
  { form: 'á', context: 'Fyrsti áfangi framkvæmdanna _ að hefjast eftir tvö ár.', lemma: 'eiga', pos: 'verb', reason: '"á að" + infinitive after a subject ending in a genitive' },
  { form: 'á', context: 'Fjölmiðlum gefst kostur _ að senda fyrirspurnir.', lemma: 'á', pos: 'preposition', reason: 'a noun that governs "á" is no subject of eiga' },
  { form: 'miklar', context: 'Ef launahækkanir verða _ gæti verðbólgan aukist.', lemma: 'mikill', pos: 'adjective', reason: 'predicative adjective after a copula: a finite verb does not follow one' },
  { form: 'eins', context: 'Aðalhagfræðingur _ bankanna segir það.', lemma: 'einn', reason: '"eins" + a genitive plural = of one of' },
  { form: 'hluta', context: 'Maðurinn játaði brot sitt að _ en neitaði sök.', lemma: 'hluti', pos: 'noun', reason: '"að hluta" = partly, at the end of a clause' },
  { form: 'hluta', context: 'Þau ætla að _ landið í tvennt.', lemma: 'hluta', pos: 'verb', reason: 'the verb with its object' },
  { form: 'kvika', context: 'Sérfræðingar telja líklegt að _ safnist þar fyrir.', lemma: 'kvika', pos: 'noun', reason: 'subject noun after "að" before a finite middle-voice verb' },
  { form: 'geta', context: 'Hann þarf að _ fjárfest í tækjum.', lemma: 'geta', pos: 'verb', reason: 'a common infinitive before a supine stays the verb' },
  { form: 'sinn', context: 'Þetta er í þriðja _ sem liðið verður meistari.', lemma: 'sinn', pos: 'noun', reason: 'after an ordinal: time, not the possessive' },
  { form: 'hátt', context: 'Við verðum að kenna börnum að nota hana á ábyrgan _.', lemma: 'háttur', pos: 'noun', reason: '"á … hátt" = in a … way' },
  { form: 'fáir', context: 'Hann segir að _ hlusti enn á langbylgjuna.', lemma: 'fár', pos: 'adjective', reason: 'plural quantifier subject before its verb, not "fá" (get)' },
  { form: 'skála', context: 'Þeir fundu leifar af _ frá landnámsöld.', lemma: 'skáli', pos: 'noun', reason: '"af" governs the dative; "skála" of skál (bowl) is only the genitive plural' },
  { form: 'langur', context: 'Skálinn er um þrjátíu metra _ og mjög gamall.', lemma: 'langur', pos: 'adjective', reason: 'a dimension adjective after a measure, not a noun' },
  { form: 'sá', context: 'Hann er talinn vera einn _ stærsti sem fundist hefur.', lemma: 'sá', pos: 'pronoun', reason: 'determiner before a superlative, not "sár" (wound)' },
  { form: 'varar', context: 'Veðurstofan hefur lýst yfir óvissustigi og _ fólk við að vera á ferli.', lemma: 'vara', pos: 'verb', reason: 'warns: the verb vara, not the plural of var (aware)' },
  { form: 'eins', context: 'Framkvæmdastjóri _ sjóðsins segir það.', lemma: 'einn', reason: '"eins" + a definite genitive = of one (of)' },
  { form: 'eðlilegar', context: 'Sveiflur af þessu tagi séu _ og hafi komið upp áður.', lemma: 'eðlilegur', pos: 'adjective', reason: 'feminine plural adjective after a copula, not the comparative adverb' },
  { form: 'skýri', context: 'Hann vill að ráðherrann _ málið.', lemma: 'skýra', pos: 'verb', reason: 'a subjunctive of a verb in -ra is no comparative before a noun' },
  { form: 'alda', context: 'Þegar óvenju stór _ skall á ströndinni.', lemma: 'alda', pos: 'noun', reason: 'a wave, not the genitive plural of öld (century)' },
  { form: 'látinn', context: 'Maðurinn fannst _ um klukkustund síðar.', lemma: 'látinn', pos: 'adjective', reason: 'dead, not láta (let) with no infinitive or "laus"' },
  { form: 'látinn', context: 'Hann var _ laus í gær.', lemma: 'láta', pos: 'verb', reason: '"látinn laus" = released' },
  { form: 'fer', context: 'Stakt fargjald fyrir fullorðna _ þá í 700 krónur.', lemma: 'fara', pos: 'verb', reason: 'the verb fara, not the homograph noun lemma "fer"' },
  { form: 'stöðum', context: 'Íbúar á afskekktum _ hafa mótmælt.', lemma: 'staður', pos: 'noun', reason: 'places: staður is commoner in news than staða' },
];

describe('lemma choice in context', () => {
  it.each(rows)('$form in "$context" → $lemma ($reason)', (row) => {
    const { token } = tokenInContext(analyser, row);
    expect(token.candidates[0]?.lemma, JSON.stringify(token.candidates)).toBe(row.lemma);
    if (row.pos) expect(token.candidates[0].pos).toBe(row.pos);
    expect(token.chosen).toBe(0);
  });
});

describe('infinitive marker', () => {
  it('"að" before an infinitive is the infinitive marker', () => {
    const { token } = tokenInContext(analyser, { form: 'að', context: 'Hann ætlar _ fara heim.' });
    expect(token.candidates[0]).toMatchObject({ lemma: 'að', pos: 'infinitive-marker' });
  });
  it('"að" before a noun is not', () => {
    const { token } = tokenInContext(analyser, { form: 'að', context: 'Hann gekk _ húsinu.' });
    expect(token.candidates[0].pos).not.toBe('infinitive-marker');
  });
});
