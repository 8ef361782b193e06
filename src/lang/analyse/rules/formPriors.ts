/**
 * Preferred readings of the commonest ambiguous word forms, from general knowledge of Icelandic
 * usage (e.g. "er" is nearly always the verb "vera", "hefur" the verb "hafa", not "hefja").
 * Context rules can still override these.
 */
import type { PartOfSpeech } from '../../types.ts';
import { best, boost, hasPos, laterInSentence, nextWord, prevWord, type WorkToken } from '../context.ts';
import { GETA_FORMS, HAFA_FORMS } from './auxiliary.ts';
import { hasOwnGloss } from '../prior.ts';

/** Adverbs of place or time that "jafn" (as) cannot grade: "jafn framan af" is an even game early on. */
const UNGRADED_ADVERBS = new Set('framan fram upp út inn niður heim heima þar hér nú þá enn aftur saman á í'.split(' '));

interface Pref {
  lemma: string;
  pos?: PartOfSpeech;
  weight: number;
}

const P = (lemma: string, weight = 2, pos?: PartOfSpeech): Pref => ({ lemma, pos, weight });

export const FORM_PRIORS: Record<string, Pref[]> = {
  er: [P('vera', 3)],
  var: [P('vera', 3)],
  eru: [P('vera', 3)],
  voru: [P('vera', 3)],
  sé: [P('vera', 2)],
  séu: [P('vera', 2)],
  væri: [P('vera', 2)],
  væru: [P('vera', 2)],
  verið: [P('vera', 2)],
  // The infinitive "to be" ("virðist vera", "sagðist vera"), not the noun "vera" (being, stay).
  vera: [P('vera', 1, 'verb')],
  // The verb "look" ("horfa verði til lengri tíma"); the noun is nearly always plural (horfur).
  horfa: [P('horfa', 1.5, 'verb')],
  // The adverb "less" (comparative of varla: "þurfa síður að ferðast", "ekki síður"), not the rare
  // adjective síður (long, of a garment).
  síður: [P('varla', 2, 'adverb')],
  // The adverb "in many places" ("eru víða of lítil"), not the rare adjective víður (wide).
  víða: [P('víða', 1.5, 'adverb')],
  // The noun (purchase, pay: "kaup á hlutum", "festu kaup á"), not kaupa's rare imperative.
  kaup: [P('kaup', 1.5, 'noun')],
  // The adjective vænn of "þykja vænt um" (be fond of), not vænta's rare supine.
  vænt: [P('vænn', 1.5, 'adjective')],
  // The infinitive of brotna (break, intransitive: "heyrði rúðu brotna"), not a participle form of brjóta.
  brotna: [P('brotna', 1.5, 'verb')],
  // The sea ("himinn og haf", "út á haf"), not hafa's archaic imperative.
  haf: [P('haf', 1.5, 'noun')],
  // The record, plate ("plata ársins" = album of the year), not the rare verb plata (trick).
  plata: [P('plata', 1, 'noun')],
  // The price's genitive ("hækkandi verðs á stáli"), not the rare adjective verður (worthy).
  verðs: [P('verð', 1.5, 'noun')],
  // A ticket, a note (miði: "keypt miða"), not the genitive plural of mið (aim, fishing grounds).
  miða: [P('miði', 0.7, 'noun')],
  // verja (spend, defend: "vörðu þremur klukkustundum"), not vara (warn), whose past is vöruðu.
  vörðu: [P('verja', 0.5, 'verb')],
  // The adjective skammur (short: "á skömmum tíma" = in a short time), not the plural of skömm (shame).
  skömmum: [P('skammur', 1, 'adjective')],
  // The noun chairman ("varð formaður" = became chairman), not the participle of forma (form).
  formaður: [P('formaður', 2, 'noun')],
  // "both" (bæði … og; "voru þau bæði"), not biðja's rare past subjunctive.
  bæði: [P('biðja', -2, 'verb')],
  hefur: [P('hafa', 3)],
  hafði: [P('hafa', 3)],
  hefði: [P('hafa', 3)],
  höfðu: [P('hafa', 3)],
  hefðu: [P('hafa', 3)],
  hafa: [P('hafa', 3, 'verb')],
  hef: [P('hafa', 3)],
  höfum: [P('hafa', 3)],
  hafið: [P('hafa', 1)],
  // The pen ("blað og penna"), not the rare adjective "penn" (neat).
  penna: [P('penni', 1, 'noun')],
  // The past of þykja ("Honum þótti þetta miður"), not the rare noun "þótti" (arrogance).
  þótti: [P('þykja', 2, 'verb')],
  // The past of bíta ("Hundur beit barn"); beita's past is "beitti".
  beit: [P('bíta', 2, 'verb')],
  // The verb "to go" (rank 53), not a genitive plural of för (journey) or far (passage).
  fara: [P('fara', 2, 'verb')],
  // "allar tölur réttar" (correct), "dómur réttarins": réttur, not a comparative of the adverb rétt.
  réttar: [P('réttur', 1.5)],
  // The noun (part: "Hluti ágóðans"), not the rare verb hluta (cut up).
  hluti: [P('hluti', 1.5, 'noun')],
  // The past of skella ("þoka skall á"), not the rare noun "skall".
  skall: [P('skella', 2, 'verb')],
  // The present of færast ("færist í aukana" = is increasing), not a past subjunctive of farast.
  færist: [P('færa', 1.5, 'verb')],
  // Pictures ("náðu myndum af bílnum"); "við myndum" (we would) is left to the pronoun rules.
  myndum: [P('mynd', 1, 'noun')],
  // The adjective brýnn (urgent: "segir brýnt að …"), not brýna (sharpen).
  brýnt: [P('brýnn', 2, 'adjective')],
  // The past of leggja ("lögðu leið sína"), not a weak form of the participle lagður.
  lögðu: [P('leggja', 2, 'verb')],
  // The supine of reka ("hefur rekið gistiheimili" = has run); rekja's is "rakið".
  rekið: [P('reka', 2, 'verb')],
  // The noun (criticism), not a subjunctive of gagnrýna.
  gagnrýni: [P('gagnrýni', 1.5, 'noun')],
  // The noun (time: "Tími til kominn"), not a subjunctive of tíma (be willing to spend).
  tími: [P('tími', 2, 'noun')],
  // The noun (road conditions: "kynna sér færð"); "þú færð" (you get) is left to the pronoun rules.
  færð: [P('færð', 1.5, 'noun')],
  // The noun (a run, a glacial flood: "Hlaup hófst í Skaftá"), not the imperative of hlaupa.
  hlaup: [P('hlaup', 1.5, 'noun')],
  // The noun (trip: "héldu áfram ferð sinni"); "þú ferð" (you go) is left to the pronoun rules.
  ferð: [P('ferð', 1.5, 'noun')],
  // Fewer (fár), not the adjective fær (able, passable).
  færri: [P('fár', 2, 'adjective')],
  // Short ("Stutt í fréttum", "stutt síðan"); after "hafa" the supine of styðja still wins.
  stutt: [P('stuttur', 1, 'adjective')],
  // Worst ("sína verstu útkomu"), not a subjunctive of verja (defend).
  verstu: [P('slæmur', 2, 'adjective')],
  // Part (hluti: "framleiða hluta orkunnar"), not the rare verb hluta (cut up).
  hluta: [P('hluti', 0.5, 'noun')],
  // A subjunctive of auka ("að stjórnvöld auki framlög"); "að auki" (besides) is a phrase.
  auki: [P('auka', 0.5, 'verb')],
  // Doctors (læknir: "aðstoðar lækna"), not the verb lækna (cure).
  lækna: [P('læknir', 1.5, 'noun')],
  // The past of setja ("setti brautarmet"), not the dative of sett (a set).
  setti: [P('setja', 1, 'verb')],
  // The noun (a record: "Met slegið"), not a present of meta.
  met: [P('met', 1.5, 'noun')],
  // Closely ("fylgst er náið með"), not a 2nd person plural of ná.
  náið: [P('náið', 2, 'adverb')],
  // The participle of rjúfa ("Vopnahlé rofið" = ceasefire broken), not rof (erosion) + article.
  rofið: [P('rjúfa', 1.5, 'verb')],
  // The noun (problem), not a past of venja or vanda ("vandi hjá framleiðendum").
  vandi: [P('vandi', 1.5, 'noun')],
  // The adjective opinn ("verða opnir"), not a 2nd person subjunctive of opna.
  opnir: [P('opinn', 1.5, 'adjective')],
  mun: [P('munu', 1.5)],
  munu: [P('munu', 2)],
  myndi: [P('munu', 2)],
  mundi: [P('munu', 2)],
  myndu: [P('munu', 2)],
  verður: [P('verða', 2)],
  verða: [P('verða', 2)],
  varð: [P('verða', 2)],
  urðu: [P('verða', 2)],
  sem: [P('sem', 3, 'conjunction')],
  hans: [P('hann', 3)],
  hennar: [P('hún', 3)],
  honum: [P('hann', 3)],
  þá: [P('þá', 1.5, 'adverb')],
  // "Framkvæmdir gætu hafist" (could begin): hefjast's supine, not hafast (stay).
  hafist: [P('hefja', 2, 'verb')],
  // "líkur eru á að fjallvegir lokist" (be closed): lokast, not the rare ljúkast.
  lokist: [P('loka', 1.5, 'verb')],
  lokast: [P('loka', 1.5, 'verb')],
  // "óttast að gjaldið fæli gesti frá" (deter): fæla, not fela's past subjunctive (hid).
  fæli: [P('fæla', 1, 'verb')],
  // "segir opnunina bæta stöðuna" (improve): the verb, not the genitive plural of bæti (byte).
  bæta: [P('bæta', 1.5, 'verb')],
  // "Honum er jafnframt gert að …" (also); the preposition (together with) is rare.
  jafnframt: [P('jafnframt', 2, 'adverb')],
  // The verb staðfesta (confirmed, upheld); the noun staðfesti (steadfastness) is rare.
  staðfesti: [P('staðfesta', 1.5, 'verb')],
  // The supine of verja (spent, defended: "verður varið til"), not the imperative of vara.
  varið: [P('verja', 1.5, 'verb')],
  // The verb fara (goes); lemma-is also lists a homograph noun lemma "fer".
  fer: [P('fara', 2, 'verb')],
  // The past of nema (amounted to: "nam 80 milljörðum"); the noun nám's homograph lemma is rare.
  nam: [P('nema', 1.5, 'verb')],
  // The past of ríða ("skjálfti reið yfir" = struck); the noun reið (riding) is rarer in news.
  reið: [P('ríða', 1, 'verb')],
  // Of the countries (land); landi (compatriot) is rare.
  landanna: [P('land', 1.5, 'noun')],
  // Schools (skóli); the verb skóla (to school) is rare.
  skóla: [P('skóli', 1.5, 'noun')],
  // The tunnel (göng, plural only: "í göngunum"), commoner in news than walks (ganga).
  göngunum: [P('göng', 1.5, 'noun')],
  // "var valinn besti leikmaður" (chosen), not valur (falcon) with its article.
  valinn: [P('velja', 1.5, 'verb')],
  // "Isavia rekur flugvöllinn" (runs): reka, far commoner in news than rekja (trace).
  rekur: [P('reka', 1, 'verb')],
  // "Streymi á tónlist" (streaming), not streyma's rare subjunctive.
  streymi: [P('streymi', 1, 'noun')],
  // "Símar bannaðir í skólum" (phones), not síma's 2nd person (you phone).
  símar: [P('sími', 1.5, 'noun')],
  // "í nýjustu könnunum" (surveys): könnun, not kanna (jug), whose rank its verb homograph inflates.
  könnunum: [P('könnun', 1, 'noun')],
  // "hafi hann elt lax" (chased): the supine of elta; elda's is "eldað".
  elt: [P('elta', 1, 'verb')],
  // Names (nafn); the dative plural of nafni (namesake) is rare.
  nöfnum: [P('nafn', 1.5, 'noun')],
  // The sea with its article ("úr sjónum"); the dative plural of sjón (sight) is rare.
  sjónum: [P('sjór', 1.5, 'noun')],
  // The verb færa (move, bring); the genitive plural of færi (chance) is rare.
  færa: [P('færa', 1, 'verb')],
  // A wave ("stór alda"); the genitive plural of öld (century) is rare outside set phrases.
  alda: [P('alda', 1.5, 'noun')],
  // The verb vara (warns: "varar fólk við"); the plural of the adjective var (aware) is rare.
  varar: [P('vara', 1.5, 'verb')],
  // The noun (threat); the adverb "ógn" (awfully) is colloquial.
  ógn: [P('ógn', 1.5, 'noun')],
  // The possessive ("vinkonu sinnar" = of her friend), not the rare noun sinni (disposition).
  sinnar: [P('sinn', 1, 'pronoun')],
  // The season ("í vor" = this spring); the possessive "vor" (our) is archaic.
  vor: [P('vor', 1, 'noun')],
  það: [P('það', 1.5)],
  þess: [P('það', 0.5)],
  því: [P('það', 1)],
  þau: [P('það', 1)],
  þeir: [P('hann', 1.5)],
  þær: [P('hún', 1.5)],
  // Plural personal pronouns mostly refer to people; the masculine is the default for a group.
  þeirra: [P('hann', 1)],
  þeim: [P('hann', 0.5)],
  sig: [P('sig', 2)],
  sér: [P('sig', 2)],
  á: [P('á', 1, 'preposition')],
  ekki: [P('ekki', 2, 'adverb')],
  um: [P('um', 1, 'preposition')],
  til: [P('til', 1, 'preposition')],
  við: [P('við', 0.5, 'preposition')],
  en: [P('en', 2, 'conjunction')],
  og: [P('og', 2, 'conjunction')],
  eða: [P('eða', 2, 'conjunction')],
  annars: [P('annars', 0.5, 'adverb')],
  eins: [P('eins', 1, 'adverb')],
  mér: [P('ég', 2)],
  okkur: [P('ég', 2)],
  sinni: [P('sinn', 1)],
  síðan: [P('síðan', 2)],
  nú: [P('nú', 2, 'adverb')],
  hér: [P('hér', 2, 'adverb')],
  þar: [P('þar', 2, 'adverb')],
  svo: [P('svo', 2, 'adverb')],
  hún: [P('hún', 2)],
  hvað: [P('hver', 1.5)],
  veit: [P('vita', 2)],
  verði: [P('verða', 2)],
  verðum: [P('verða', 2)],
  þótt: [P('þótt', 2)],
  má: [P('mega', 1.5)],
  gegnum: [P('gegnum', 2)],
  ár: [P('ár', 1.5, 'noun')],
  sæti: [P('sæti', 1)],
  // Nouns whose forms are spelt like rare lemmas (tíma ≠ the verb "tíma", daga ≠ "daga" = dawn).
  tíma: [P('tími', 2)],
  daga: [P('dagur', 2)],
  ári: [P('ár', 2)],
  metra: [P('metri', 2)],
  viku: [P('vika', 2)],
  lagi: [P('lag', 1.5)],
  mörk: [P('mark', 1.5)],
  störfum: [P('starf', 1.5)],
  hlaupi: [P('hlaup', 1)],
  veginn: [P('vegur', 1.5)],
  móðir: [P('móðir', 2)],
  stóð: [P('standa', 2)],
  hefst: [P('hefja', 2)],
  eigi: [P('eiga', 1)],
  lagið: [P('lag', 1)],
  hófst: [P('hefja', 2)],
  // "samningur" (agreement, contract) is common; "samning" (a rare feminine, composition) only
  // ranks high because its string is samningur's accusative.
  samning: [P('samningur', 1)],
  samninga: [P('samningur', 1)],
  samningum: [P('samningur', 1)],
  samningar: [P('samningur', 1.5)],
  // Nominative plural of "hlutur" (thing); the verb "hluta" has no such common form.
  hlutir: [P('hlutur', 1.5)],
  // "vörur" (goods) is far commoner than "vör" (lip) or the rare noun "var".
  vörum: [P('vara', 1.5, 'noun')],
  vörur: [P('vara', 1, 'noun')],
  // The adverb (rather; lemma-is: comparative of "harla"), unless a subject makes it "commits".
  fremur: [P('harla', 1, 'adverb')],
  // "helst" = preferably, most of all (lemma-is: superlative of "gjarnan"); "stays" (haldast) is rarer.
  helst: [P('gjarnan', 1.5, 'adverb')],
  // "mest" = most (lemma-is: superlative of "mjög"), not a form of "meta".
  mest: [P('mjög', 1.5, 'adverb')],
  // Forms of adjectives and pronouns rather than homograph lemmas (meira = more, of mikill).
  mikið: [P('mikill', 1)],
  meira: [P('mikill', 2)],
  miklu: [P('mikill', 2)],
  mikla: [P('mikill', 2)],
  // "miklar áhyggjur" (great worries), not the rare verb mikla (magnify).
  miklar: [P('mikill', 2)],
  // "greining á einhverfu" (autism): the noun einhverfa, not the weak adjective einhverfur.
  einhverfu: [P('einhverfa', 1, 'noun')],
  // "þegar bátur þeirra sökk" (sank): the past of sökkva, not the rare noun sökk (a dip).
  sökk: [P('sökkva', 1.5, 'verb')],
  // "elti hund" (chased a dog): the past of elta; elda's past is "eldaði".
  elti: [P('elta', 2, 'verb')],
  // "á hverju búi" (on each farm): the dative of bú, not búi (an old word for inhabitant).
  búi: [P('bú', 1, 'noun')],
  sama: [P('sami', 2)],
  sömu: [P('sami', 2)],
  fyrsta: [P('fyrstur', 2)],
  fyrstu: [P('fyrstur', 2)],
  næsta: [P('næstur', 2)],
  næstu: [P('næstur', 2)],
  nógu: [P('nógur', 2)],
  erfitt: [P('erfiður', 1.5)],
  erfiðar: [P('erfiður', 1.5)],
  // "hlotið skaða af" (harm): the noun unless the context makes it the verb (telja gjaldið skaða).
  skaða: [P('skaði', 0.5, 'noun')],
  ljóst: [P('ljós', 1.5, 'adjective')],
  statt: [P('staddur', 1.5)],
  // "sem besta mynd ársins" (best): the superlative of góður; the verb "besta" is rare.
  besta: [P('góður', 2.5, 'adjective')],
  // "án þess að nokkurn sakaði" (without anyone being hurt): saka, not the adjective sakaður.
  sakaði: [P('saka', 1.5, 'verb')],
  metrar: [P('metri', 1.5, 'noun')],
  // "ver tæpum helmingi tekna sinna í" (spends): verja; "sett verði þak á" (a cap be set): setja;
  // "létu lögregluna vita" (let … know): the verb, not the rare adverb (vita gagnslaus).
  ver: [P('verja', 1.5, 'verb')],
  // "þurfi að vera þétt enn um sinn" (tight): the adjective, unless an auxiliary makes it a supine.
  þétt: [P('þéttur', 1, 'adjective')],
  sett: [P('setja', 1.5, 'verb')],
  vita: [P('vita', 1.5, 'verb')],
  // "uppi á heiði" (on the heath): heiður's dative is "heiðri".
  heiði: [P('heiði', 1.5, 'noun')],
  veitur: [P('veitur', 1.5, 'noun')],
  gert: [P('gera', 1.5, 'verb')],
  svolítið: [P('svolítill', 1.5)],
  hægt: [P('hægur', 1.5)],
  sinna: [P('sinn', 1)],
  staðar: [P('staður', 1)],
  // Common nouns that are also rare verb forms (dæmi ≠ subjunctive of dæma, myndir ≠ of munu).
  dæmi: [P('dæmi', 1.5, 'noun')],
  myndir: [P('mynd', 1.5, 'noun')],
  // Inflected forms of common nouns that lemma-is also lists under rare lemmas: "á velli" (völlur,
  // field; not "vellir"/"velli"), "tvær vikur" (vika, week; not vikur, pumice), "á götunum"
  // (gata, street; not gat, hole), "metum" (met, record), "spilunum" (spil, game/cards).
  velli: [P('völlur', 1.5, 'noun')],
  vikur: [P('vika', 1.5, 'noun')],
  götum: [P('gata', 1.5, 'noun')],
  götunum: [P('gata', 1.5, 'noun')],
  metum: [P('met', 1.5, 'noun')],
  spilunum: [P('spil', 1, 'noun')],
  // The adverb (actually, in fact), far commoner than the participle of "reyna".
  reyndar: [P('reyndar', 1.5, 'adverb')],
  // Present forms of "byggja" (build, be based on) that BÍN also lists under old forms of "búa".
  byggir: [P('byggja', 2, 'verb')],
  byggist: [P('byggja', 2, 'verb')],
  byggjum: [P('byggja', 1, 'verb')],
  // "í mörgum löndum" (land, country), not "landi" (compatriot); "á síðunni" (síða, page).
  löndum: [P('land', 1.5, 'noun')],
  síðunni: [P('síða', 2, 'noun')],
  gata: [P('gata', 1, 'noun')],
  // The verb "can" ("getur aukið"): the noun geta (ability) has no form "getur".
  getur: [P('geta', 2, 'verb')],
  // vilja (wants; "ef til vill" = perhaps), not the adjective villur.
  vill: [P('vilja', 2, 'verb')],
  // æra (honour: "uppreist æru"); ær (ewe) has no such form.
  æru: [P('æra', 2, 'noun')],
  // Roads (vegur), not the verb vega (weigh).
  vegir: [P('vegur', 1.5, 'noun')],
  // The verb (carry, bear: "bera vott um"), not the adjective ber (bare) whose rank the verb's
  // "ber" inflates.
  bera: [P('bera', 1, 'verb')],
  // Cars (bíll): "tugir bíla", not the rare verb bíla.
  bíla: [P('bíll', 2, 'noun')],
  // The telephone (sími: "notkun síma"), not the verb síma (to phone).
  síma: [P('sími', 1, 'noun')],
  // The noun (importance: "minnir á mikilvægi"); the adjective's weak "mikilvægi" needs an article.
  mikilvægi: [P('mikilvægi', 1.5, 'noun')],
  // Of the drinks (drykkur), not drykkja (drinking).
  drykkjanna: [P('drykkur', 1.5, 'noun')],
  // The fee (gjald with its article), not gjalda's supine (that is "goldið").
  gjaldið: [P('gjald', 1.5, 'noun')],
  // The verb (carries, bears: "ber fyrir sig"), not the adjective ber (bare) or the berry.
  ber: [P('bera', 1, 'verb')],
  // The noun jöfnuður (equality: "auka jöfnuð"); the verb jafna's supine is "jafnað".
  jöfnuð: [P('jöfnuður', 2, 'noun')],
  // The supine of ljúka (finish: "er lokið", "gæti veiðum lokið"), not the lid/end with its
  // article (lok).
  lokið: [P('ljúka', 2, 'verb')],
  // The adjective háður (dependent on, subject to: "háð samþykki"), not háð (mockery).
  háð: [P('háður', 1.5, 'adjective')],
  // The pronoun annar (another: "annað móðurmál"), not the supine of anna (cope).
  annað: [P('annar', 1.5, 'pronoun')],
  // The adjective óþekktur (unknown), not the rare noun óþekkt (disobedience).
  óþekkt: [P('óþekktur', 1.5, 'adjective')],
  // frír (free of charge: "ók frítt"), not fríður (beautiful).
  frítt: [P('frír', 1.5, 'adjective')],
  // The noun (form, performance, exchange rate: "slakt gengi liðsins").
  gengi: [P('gengi', 2, 'noun')],
  // Of children (barn: "foreldrar barna"), not the verb barna (make pregnant).
  barna: [P('barn', 2, 'noun')],
  // The verb (cast: "varpa ljósi á"), not varpa (trawl net).
  varpa: [P('varpa', 1.5, 'verb')],
  // The past of bera ("skipið bar af leið", "bar vitni"), not the noun bar (a bar).
  bar: [P('bera', 0.5, 'verb')],
  // Of children (barn: "ófærar börnum"), not the verb barna.
  börnum: [P('barn', 2, 'noun')],
  // The middle voice of veikja (weaken: "krónan hefur veikst"), not víkja (yield, whose
  // middle is "vikist").
  veikst: [P('veikja', 2, 'verb')],
  // The modal þurfa ("að bæta þurfi kjör"), not the adjective of "hjálpar þurfi".
  þurfi: [P('þurfa', 2, 'verb')],
  // Rounds, rings (hringur: "eftir tvo hringi"), not the rare noun hringir; the subjunctive of
  // hringja needs a subject ("að hún hringi"), which the pronoun rule supplies.
  hringi: [P('hringur', 1, 'noun')],
  // The adverb (first: "funda þurfi fyrst með ráðherra"); the conjunction (since) opens a clause.
  fyrst: [P('fyrst', 1, 'adverb')],
  // Of a page (síða: "á sinni síðu"), not the adjective síður.
  síðu: [P('síða', 2, 'noun')],
  // Of assets (eign: "stýring eigna"), not eiga (ownership), which is singular.
  eigna: [P('eign', 1.5, 'noun')],
  // Harbours (höfn: "hafnir landsins"), not the participle of hefja, which needs its auxiliary.
  hafnir: [P('höfn', 1.5, 'noun')],
  // A farm, a town (bær: "á bæ í Miðfirði"), not the interjection "bæ" (bye).
  bæ: [P('bær', 1.5, 'noun')],
  // The supine of fljúga ("Flogið verður þrisvar í viku" = there will be flights), not flog (a fit).
  flogið: [P('fljúga', 2.5, 'verb')],
  // The past of leggja ("Mikinn reyk lagði yfir hverfið" = smoke drifted over), not lagður (a tuft).
  lagði: [P('leggja', 2, 'verb')],
  // The adjective (increased: "taki aukinn þátt"), not auki (bonus) with its article.
  aukinn: [P('aukinn', 2, 'adjective')],
  // The noun (fishing, catch: "leyfð yrði veiði"); the subjunctive of veiða needs a subject
  // ("að hann veiði"), which the pronoun rule supplies.
  veiði: [P('veiði', 1, 'noun')],
  // The adjective nýr ("Ný íslensk kvikmynd"); the adverb ný (anew) stands in "á ný".
  ný: [P('nýr', 1.5, 'adjective')],
  // The modal (will: "margir muni nýta sér það"), not munur (difference).
  muni: [P('munu', 2, 'verb')],
  // The verb (pay), not greiði (favour), whose oblique "greiða" is rare.
  greiða: [P('greiða', 1.5, 'verb')],
  // The adverb (sometimes), not the dative plural of stund.
  stundum: [P('stundum', 1.5, 'adverb')],
  // Schools (skóli), not the rare verb skóla.
  skólar: [P('skóli', 1.5, 'noun')],
  // val (choice: "vali á námsbrautum"), not valur (falcon).
  vali: [P('val', 1.5, 'noun')],
  // The adjective fár (few: "fáar nýjar íbúðir"), not a form of the verb fá.
  fáar: [P('fár', 2, 'adjective')],
  // The genitive of samtök (association: "formaður Samtaka leigjenda"), not the adjective
  // samtaka (united).
  samtaka: [P('samtök', 1.5, 'noun')],
  // The adjective ungur ("laða unga lækna út á land"), not the rare verb unga (hatch).
  unga: [P('ungur', 1, 'adjective')],
  // Artefacts, objects (gripur: "meðal gripa á sýningunni"), not grip (grip).
  gripa: [P('gripur', 1.5, 'noun')],
  // Methane, not the definite form of the rare noun meta (its rank is the verb meta's).
  metan: [P('metan', 1.5, 'noun')],
  // The verb kosta (costs: "kostar stakt fargjald 700 krónur"), not the cross-reference lemma.
  kostar: [P('kosta', 2, 'verb')],
  // Corridors, tunnels (göng: "á göngum spítalans"), not walks (ganga).
  göngum: [P('göng', 1.5, 'noun')],
  // The supine of skilja (understand: "get vel skilið það"); skila's is "skilað".
  skilið: [P('skilja', 1.5, 'verb')],
  // sæta (be subjected to: "sætir gagnrýni"), not a past subjunctive of sitja.
  sætir: [P('sæta', 1.5, 'verb')],
  // The genitive plural of tekjur (income: "afla tekna"), not a participle of taka. (lemma-is
  // ranks the singular "tekja", which is rare.)
  tekna: [P('tekja', 2.5, 'noun')],
  // The supine of hverfa (disappear: "gætu horfið"); horfa's is "horft".
  horfið: [P('hverfa', 1.5, 'verb')],
  // The inflected participle "beðinn" is from "biðja" (asked: "var beðin um að …"); "bíða"
  // (wait) has only the supine "beðið" (see rules/auxiliary.ts).
  // "ákveðinn" = certain, particular ("ákveðnar efasemdir", "ákveðin atriði"): the inflected
  // forms are more often this adjective than the participle of "ákveða" (decided); the neuter
  // "ákveðið" is left to context.
  // "á fjögurra ára fresti" (every four years), "fresti til …" (deadline); the subjunctive of
  // "fresta" is rarer.
  fresti: [P('frestur', 1, 'noun')],
  // Past of "verja" (defended, saved: "markvörðurinn varði skotið"), commoner than "varða".
  varði: [P('verja', 1, 'verb')],
  // Neuter of "flestur" (most: "flest atkvæði"; lemma-is: superlative of margur), not "fletta".
  flest: [P('margur', 1.5, 'adjective')],
  // "hafna" = reject (its infinitive and present plural), not a participle form of "hefja".
  hafna: [P('hafna', 1, 'verb')],
  // The numeral (eight), not the genitive plural of "átt" (direction); "átta sig" (realise) is
  // a verb by its reflexive.
  átta: [P('átta', 1.5, 'numeral')],
  // The noun (price: "Verð á matvöru hefur hækkað"); "ég verð" is boosted by its subject.
  verð: [P('verð', 1, 'noun')],
  ákveðin: [P('ákveðinn', 1, 'adjective')],
  ákveðnar: [P('ákveðinn', 1, 'adjective')],
  ákveðnir: [P('ákveðinn', 1, 'adjective')],
  ákveðnum: [P('ákveðinn', 1, 'adjective')],
  ákveðna: [P('ákveðinn', 1, 'adjective')],
  ákveðinna: [P('ákveðinn', 1, 'adjective')],
  ákveðinni: [P('ákveðinn', 1, 'adjective')],
  ákveðinnar: [P('ákveðinn', 1, 'adjective')],
  beðin: [P('biðja', 2, 'verb')],
  beðinn: [P('biðja', 2, 'verb')],
  beðnir: [P('biðja', 2, 'verb')],
  beðnar: [P('biðja', 2, 'verb')],
  // "á mörgum stöðum" (places): staður, commoner in news than staða (position).
  stöðum: [P('staður', 1, 'noun')],
};

/**
 * Preferred readings of a form before a given next word: "líkur á" (the chances of), not the
 * adjective líkur (like, which takes a dative); "verst frétta" (declines to comment).
 */
const NEXT_PRIORS: Record<string, { next: string[]; pref: Pref }> = {
  líkur: { next: ['á', 'til', 'eru', 'séu', 'væru'], pref: P('líkur', 2, 'noun') },
  // "Leit að þriðja manninum" (the search for): the noun before "að", not líta's past.
  leit: { next: ['að'], pref: P('leit', 2, 'noun') },
  // "fann verkfæri og muni sem talið er að hafi verið stolið" (objects): before a relative "sem"
  // the plural of munur, not munu's subjunctive.
  muni: { next: ['sem'], pref: P('munur', 3, 'noun') },
  // "segir leitt að þurfa að …" (regrettable, sorry): the adjective leiður, not leiða's supine
  // ("hefur leitt til" keeps the verb).
  leitt: { next: ['að'], pref: P('leiður', 2, 'adjective') },
  // "Lögreglan verst allra frekari fregna" (declines to comment): verjast, not the superlative of illa.
  verst: { next: ['allra', 'frétta', 'fregna', 'svara'], pref: P('verja', 3, 'verb') },
  // "þegar gat kom á tankinn" (a hole): geta's past is followed by an infinitive or a supine.
  // "segir óvissu ríkja um framhaldið" (uncertainty prevails): before these, the verb ríkja,
  // not the genitive plural of ríki (states).
  ríkja: { next: ['um', 'áfram', 'enn', 'yfir', 'meðal', 'hér', 'þar'], pref: P('ríkja', 2, 'verb') },
  // "þegar eldingu laust niður" (lightning struck): ljósta's past, not laus (loose).
  laust: { next: ['niður'], pref: P('ljósta', 4, 'verb') },
  gat: { next: ['kom', 'var', 'er', 'myndaðist', 'á'], pref: P('gat', 2, 'noun') },
  // "brúin annar engan veginn umferðinni" (cannot cope with): anna, not the pronoun annar.
  annar: { next: ['engan', 'varla', 'vart', 'engu', 'hvergi'], pref: P('anna', 4, 'verb') },
  // "að hægi á eftirspurn" (that demand slows): hægja (slow down), not the adjective hægur.
  hægi: { next: ['á'], pref: P('hægja', 3, 'verb') },
  hægir: { next: ['á'], pref: P('hægja', 3, 'verb') },
  // "Icelandair hefur flug til …" (begins flights), "hefur störf á mánudag": hefja, not hafa,
  // before the nouns one begins.
  hefur: { next: ['flug', 'störf', 'leik', 'sölu', 'framleiðslu', 'kennslu', 'siglingar', 'göngu'], pref: P('hefja', 4.5, 'verb') },
};

/** Lengths of time in the genitive plural ("tveggja klukkustunda", "margra ára"). */
const GENITIVE_QUANTIFIERS = new Set('nokkurra margra fárra tveggja þriggja fjögurra allra fleiri'.split(' '));
const TIME_GENITIVES = new Set('klukkustunda klukkutíma mínútna daga vikna mánaða ára áratuga sólarhringa'.split(' '));

/** Quantifiers standing for people as a clause's subject ("fleiri vinna", "margir telja"). */
const PEOPLE_QUANTIFIERS = new Set('fleiri færri flestir margir fáir sumir allir'.split(' '));
/** Words that open a clause before such a subject. */
const CLAUSE_OPENERS_BEFORE_QUANTIFIER = new Set('að sem og en þegar ef því þótt enda'.split(' '));
/** Verbs after which "hluti" is their subject, not their object ("kom hluti hópsins"). */
const HLUTI_SUBJECT_VERBS = new Set(['vera', 'verða', 'koma', 'fara']);
/** Verbs that move their object somewhere ("draga þá upp", "senda þá heim"). */
/** Verbs that take an object and its participle: "fá þá endurgreidda", "láta þá lausa". */
const FA_LATA = new Set(['fá', 'láta']);
const MOVING_VERBS = new Set('draga taka setja leggja senda flytja bera reka hleypa kasta henda sækja keyra lyfta hífa bjarga fylgja hrekja ýta'.split(' '));
/** Particles that follow such a verb's object ("upp", "út", "heim"). */
const PARTICLES_AFTER_OBJECT = new Set('upp út inn niður fram burt heim yfir til'.split(' '));

export function applyFormPriors(toks: WorkToken[], i: number): void {
  const t = toks[i];
  // A rare noun lemma spelt like one of these verb forms ranks by that form's frequency in
  // lemma-is's list: "vörunum" is vara (product), not the noun "var".
  if (t.readings.length > 1) {
    boost(t, (r) => r.pos === 'noun' && r.lemma !== t.lower && !!FORM_PRIORS[r.lemma]?.some((p) => p.lemma !== r.lemma && p.pos !== 'noun' && p.pos !== 'adjective'), -1, 'noun lemma spelt like a frequent verb form');
  }
  const np = NEXT_PRIORS[t.lower];
  if (np && (np.next.length === 0 || np.next.includes(toks[i + 1]?.lower ?? ''))) {
    boost(t, (r) => r.lemma === np.pref.lemma && r.pos === np.pref.pos, np.pref.weight, `form prior ${t.lower}→${np.pref.lemma} before "${toks[i + 1]?.lower ?? ''}"`);
  }
  // "eftir nokkurra klukkustunda leit" (search), "eftir margra ára bið": after a length of time in
  // the genitive plural, a noun/verb homograph is the noun it measures.
  // (Only after a genitive quantifier: "næstu daga verður" is an accusative of time.)
  if (t.readings.length > 1 && hasPos(t, 'noun') && TIME_GENITIVES.has(prevWord(toks, i)?.lower ?? '') && GENITIVE_QUANTIFIERS.has(prevWord(toks, i - 1)?.lower ?? '')) {
    boost(t, (r) => r.pos === 'noun', 2, 'noun after a length of time in the genitive ("klukkustunda leit")');
  }
  // "Skákmaðurinn ungi tryggði sér …" (the young chess player): a weak adjective right after a
  // definite noun, before the verb or the end of the clause, not a verb form (unga = hatch).
  if (best(t)?.pos === 'verb' && hasPos(t, 'adjective') && /[iau]$/u.test(t.lower)) {
    const p = prevWord(toks, i);
    const n = toks[i + 1];
    const definite = !!p && /(?:inn|inum|ins|in|inni|innar|ið|nir|nar|num|nna)$/u.test(p.lower) && p.readings.length > 0 && p.readings.every((r) => r.pos === 'noun');
    const after = !n || n.raw.kind === 'punctuation' || best(n)?.pos === 'verb';
    if (definite && after) boost(t, (r) => r.pos === 'adjective', 2, 'weak adjective after a definite noun ("Skákmaðurinn ungi")');
  }
  // "féll niður stiga" (down the stairs), "upp stiga": stigi, not the genitive plural of stig.
  if (t.lower === 'stiga' && /^(?:niður|upp|úr)$/u.test(prevWord(toks, i)?.lower ?? '')) {
    boost(t, (r) => r.lemma === 'stigi' && r.pos === 'noun', 2, '"stiga" after "niður"/"upp": stairs');
  }
  // "jafn margir ferðamenn" (as many), "jafn mikið": before an adjective or adverb, the adverb
  // jafn (as, equally); "jafn leikur" (an even match) keeps the adjective.
  if (t.lower === 'jafn' && t.readings.some((r) => r.pos === 'adverb')) {
    const nw = nextWord(toks, i);
    const nb = best(nw)?.pos;
    // (Not before an adverb of place or time that cannot be graded: "Leikurinn var jafn framan af"
    // = even, level.)
    if ((nb === 'adjective' || nb === 'adverb') && !UNGRADED_ADVERBS.has(nw?.lower ?? '')) boost(t, (r) => r.lemma === 'jafn' && r.pos === 'adverb', 2, '"jafn" before an adjective or adverb: as');
    else if (/^(?:er|var|verður|varð|sé|væri|verði)$/u.test(prevWord(toks, i)?.lower ?? '')) boost(t, (r) => r.lemma === 'jafn' && r.pos === 'adjective', 1, '"jafn" after a copula, grading nothing: even, equal');
  }
  // "hefðu … ekki átt stoð" (had no basis), "þú átt": after a negation, an auxiliary or "þú",
  // "átt" is a form of eiga, not the noun (direction).
  if (t.lower === 'átt' && /^(?:ekki|aldrei|alltaf|þú|hafa|hefur|hefði|hefðu|hafi|hafði|höfðu|hafið|hef)$/u.test(toks[i - 1]?.lower ?? '')) {
    boost(t, (r) => r.lemma === 'eiga' && r.pos === 'verb', 1.5, '"átt" after a negation or an auxiliary: eiga');
  }
  // "í báðar áttir" (both directions), "úr öllum áttum": after a determiner, an adjective or a
  // numeral, "áttir" is the plural of átt, not eiga's past (you owned).
  if (t.lower === 'áttir' && /^(?:pronoun|adjective|numeral)$/u.test(best(prevWord(toks, i))?.pos ?? '')) {
    boost(t, (r) => r.lemma === 'átt' && r.pos === 'noun', 2, '"áttir" after a determiner or adjective: directions');
  }
  // "segir komum skemmtiferðaskipa hafa fækkað" (arrivals): "komum" before a noun, and not after
  // "við", is the noun koma (arrival), not the verb (we come).
  if (t.lower === 'komum' && prevWord(toks, i)?.lower !== 'við' && best(nextWord(toks, i))?.pos === 'noun' && !/^\p{Lu}/u.test(nextWord(toks, i)?.form ?? '')) {
    boost(t, (r) => r.lemma === 'koma' && r.pos === 'noun', 1.5, '"komum" before a noun, without "við": arrivals');
  }
  // "Velta í greininni hefur dregist saman" (turnover): at a sentence start before a preposition
  // or a genitive, "velta" is the noun, not the infinitive (roll).
  if (t.lower === 'velta' && t.sentenceInitial && toks[i + 1]?.raw.kind === 'word' && (/^(?:í|á|hjá|innan)$/u.test(toks[i + 1].lower) || /^(?:noun|proper-noun)$/u.test(best(toks[i + 1])?.pos ?? ''))) {
    boost(t, (r) => r.lemma === 'velta' && r.pos === 'noun', 2, '"Velta" opening a sentence before a preposition or genitive: turnover');
  }
  // "Á meðan verður umferð beint um Hvalfjörð" (diverted): after a passive "verða" (and its
  // subject), "beint" is the participle of beina, not the adverb (straight).
  // (Not "verður sýndur beint á RÚV", shown live: the auxiliary right before, or before a noun subject.)
  const passiveVerda = (w: WorkToken | undefined) => w?.sentence === t.sentence && /^(?:verður|verði|verða|varð|urðu|yrði|yrðu)$/u.test(w.lower);
  if (t.lower === 'beint' && (passiveVerda(toks[i - 1]) || (passiveVerda(toks[i - 2]) && best(toks[i - 1])?.pos === 'noun'))) {
    boost(t, (r) => r.lemma === 'beina' && r.pos === 'verb', 1.5, '"beint" after a passive "verða": beina (direct)');
  }
  // "kynna sér ástand vega" (the state of the roads): right after a singular noun, a word that
  // is an infinitive and the genitive plural of a glossed noun is the genitive (of roads), not
  // the infinitive (weigh). (Not after a plural subject, "bændur vega", nor after a verb and its
  // object, "telur ástandið vera", nor for the commonest infinitives.)
  genitivePluralAfterNoun(toks, i);
  // "ganga erinda fjárfesta" (investors'), "hópur erlendra fjárfesta": after a noun or an
  // adjective, "fjárfesta" is the genitive plural of fjárfestir; the infinitive follows "að" or a modal.
  // (Not after a subject, "félögin fjárfesta í …", nor before "í"/"fyrir", what one invests in.)
  if (t.lower === 'fjárfesta' && toks[i - 1]?.raw.kind === 'word' && /^(?:noun|adjective)$/u.test(toks[i - 1].readings[0]?.pos ?? '') &&
    !/(?:in|ið|inn|nir|nar)$/u.test(toks[i - 1].lower) && !/^(?:í|fyrir)$/u.test(toks[i + 1]?.lower ?? '')) {
    boost(t, (r) => r.lemma === 'fjárfestir' && r.pos === 'noun', 1.5, '"fjárfesta" after a noun or adjective: investors');
  }
  // "rekur samdráttinn einkum til þess" (attributes the fall to): "rekur" with "til" within
  // four words is rekja (trace, put down to), not reka (run).
  if (t.lower === 'rekur' && toks.slice(i + 1, i + 5).some((w) => w.sentence === t.sentence && w.lower === 'til')) {
    boost(t, (r) => r.lemma === 'rekja' && r.pos === 'verb', 1.5, '"rekur … til": rekja (attribute to)');
  }
  // "truflanir valdi skortinum" (cause the shortage): before a dative, "valdi" is valda (which
  // governs the dative), not the past of velja (which takes the accusative).
  if (t.lower === 'valdi' && /^(?:því|\p{L}+(?:inum|inu|inni|unum)|\p{L}*(?:tjóni|skaða|usla))$/u.test(toks[i + 1]?.lower ?? '')) {
    boost(t, (r) => r.lemma === 'valda' && r.pos === 'verb', 1.5, '"valdi" before a dative: valda');
  }
  // "á móti í Reykjavík" (at a tournament in Reykjavík): after "á" and before "í"/"á" + a place,
  // "móti" is the noun mót, not the adverb (against).
  if (t.lower === 'móti' && toks[i - 1]?.lower === 'á' && /^(?:í|á)$/u.test(toks[i + 1]?.lower ?? '') && /^\p{Lu}/u.test(toks[i + 2]?.form ?? '')) {
    boost(t, (r) => r.lemma === 'mót' && r.pos === 'noun', 2, 'tournament: "á móti" + a place');
  }
  // "nýtt segulómtæki" (a new scanner): before a noun and not after an auxiliary, the adjective
  // nýr, not the supine of nýta ("hefur nýtt tækifærið").
  if (t.lower === 'nýtt' && !HAFA_FORMS.has(toks[i - 1]?.lower ?? '') && !GETA_FORMS.has(toks[i - 1]?.lower ?? '') && toks[i + 1]?.readings.some((r) => r.pos === 'noun')) {
    boost(t, (r) => r.lemma === 'nýr' && r.pos === 'adjective', 1.5, '"nýtt" before a noun');
  }
  // The verb valda (cause: "nagladekk valda svifryki"), not velja (choose); after a preposition
  // the genitive plural of vald ("komin til valda" = came to power).
  if (t.lower === 'valda' && best(toks[i - 1])?.pos !== 'preposition' && toks[i - 1]?.lower !== 'til') boost(t, (r) => r.lemma === 'valda' && r.pos === 'verb', 1.5, '"valda" = cause');
  // "segir fundinn varpa nýju ljósi" (the find): before an infinitive, the noun fundur, not the
  // participle of finna.
  if (t.lower === 'fundinn' && toks[i + 1]?.readings.some((r) => r.pos === 'verb' && r.lemma === toks[i + 1].lower)) boost(t, (r) => r.lemma === 'fundur' && r.pos === 'noun', 2, '"fundinn" before an infinitive = the find');
  // "segir aðgerðirnar kosta ríkissjóð …" (cost): after a noun with its article, the verb kosta,
  // not the genitive plural of kostur.
  if (t.lower === 'kosta' && /(?:nar|nir|in|ið|inn)$/u.test(toks[i - 1]?.lower ?? '') && best(toks[i - 1])?.pos === 'noun') boost(t, (r) => r.lemma === 'kosta' && r.pos === 'verb', 1.5, '"kosta" after a definite subject = cost');
  // "jafna metin" (level the score): the noun met, not the participle of meta (valued).
  if (t.lower === 'metin' && /^jafn/u.test(toks[i - 1]?.lower ?? '')) boost(t, (r) => r.lemma === 'met' && r.pos === 'noun', 2, '"jafna metin" = the noun met');
  // "vart" is the adverb (hardly: "höfðu vart undan") except in "verða vart við" (notice).
  if (t.lower === 'vart' && toks[i + 1]?.lower !== 'við') boost(t, (r) => r.lemma === 'vart' && r.pos === 'adverb', 1.5, '"vart" = hardly');
  // "voru þau bæði um metri" (both of them): with no "og" after it in its sentence, "bæði" is
  // the pronoun báðir, not the conjunction of "bæði … og".
  if (t.lower === 'bæði' && !laterInSentence(toks, i, (w) => w.lower === 'og')) boost(t, (r) => r.lemma === 'báðir' && r.pos === 'pronoun', 1, '"bæði" with no "og" after it = both (of them)');
  // "lækkun á verði flugfargjalda" (a fall in the price of): after a noun and its preposition,
  // the noun verð (price), not the subjunctive of verða.
  if (t.lower === 'verði' && /^(?:á|í|af|með|frá|um)$/u.test(toks[i - 1]?.lower ?? '') && best(toks[i - 2])?.pos === 'noun' && toks[i - 2]?.sentence === t.sentence) boost(t, (r) => r.lemma === 'verð' && r.pos === 'noun', 3, '"verði" after a noun and its preposition = price');
  // "á hafi úti" (out at sea), "í hafi": after a preposition, with no supine after it, the noun
  // haf (sea), not hafa's subjunctive.
  if (t.lower === 'hafi' && /^(?:á|í|frá|yfir|úr)$/u.test(toks[i - 1]?.lower ?? '') && toks[i - 1]?.sentence === t.sentence && !/(?:ð|t|d)$/u.test(toks[i + 1]?.lower ?? '')) boost(t, (r) => r.lemma === 'haf' && r.pos === 'noun', 2, '"hafi" after a preposition = the sea');
  // "af völdum reyks" (caused by smoke): the noun vald (power; plural völd), not the participle valinn.
  if (t.lower === 'völdum' && toks[i - 1]?.lower === 'af') boost(t, (r) => r.lemma === 'vald' && r.pos === 'noun', 2, '"af völdum" = the noun vald');
  // "nota hluti sem …" (use things that …): right after a verb, the accusative plural of hlutur,
  // not hluti (part); but "kom hluti hópsins" (part of the group) keeps hluti before a genitive.
  if (t.lower === 'hluti' && toks[i - 1]?.sentence === t.sentence && best(toks[i - 1])?.pos === 'verb' && !HLUTI_SUBJECT_VERBS.has(best(toks[i - 1])!.lemma) && !/(?:ins|sins|nna|innar|unnar|anna)$|^(?:þeirra|hans|hennar|okkar|ykkar)$/u.test(toks[i + 1]?.lower ?? '')) {
    boost(t, (r) => r.lemma === 'hlutur' && r.pos === 'noun', 3, '"hluti" as a verb\'s object = things (hlutur)');
  }
  // "draga þá upp úr" (pull them out): between a verb that moves something and its particle,
  // "þá" is the pronoun (them), not the adverb (then).
  if (t.lower === 'þá' && MOVING_VERBS.has(best(toks[i - 1])?.lemma ?? '') && toks[i - 1]?.sentence === t.sentence && PARTICLES_AFTER_OBJECT.has(toks[i + 1]?.lower ?? '')) {
    boost(t, (r) => r.lemma === 'hann' && r.pos === 'pronoun', 2.5, '"þá" between a verb that moves something and its particle = them');
  }
  // "búi einn" (lives alone): before "einn"/"sjálfur", "búi" is búa's subjunctive, not the noun bú.
  if (t.lower === 'búi' && /^(?:einn|ein|eitt|einir|einar|sjálfur|sjálf)$/u.test(toks[i + 1]?.lower ?? '') && toks[i + 1]?.sentence === t.sentence) {
    boost(t, (r) => r.lemma === 'búa' && r.pos === 'verb', 2.5, '"búi einn" = lives alone (búa)');
  }
  // "fá þá endurgreidda" (get them refunded): between fá/láta and a participle with no noun of
  // its own after it, "þá" is the object (them), not "then" ("fékk þá góða hugmynd" keeps then).
  if (t.lower === 'þá' && FA_LATA.has(best(toks[i - 1])?.lemma ?? '') && toks[i - 1]?.sentence === t.sentence) {
    const n = toks[i + 1];
    const nn = toks[i + 2];
    if (n?.raw.kind === 'word' && n.sentence === t.sentence && /(?:ða|da|ta)$/u.test(n.lower) && (best(n)?.pos === 'verb' || best(n)?.pos === 'adjective') && !(nn?.sentence === t.sentence && hasPos(nn, 'noun') && best(nn)?.pos === 'noun')) {
      boost(t, (r) => r.lemma === 'hann' && r.pos === 'pronoun', 2.5, '"þá" between fá/láta and a participle = them');
    }
  }
  // "að fleiri vinna nú heima" (more people work): after a quantifier that stands for people and
  // opens its clause, a noun/verb homograph is the plural verb.
  const q = toks[i - 1];
  if (q && q.sentence === t.sentence && PEOPLE_QUANTIFIERS.has(q.lower) && (q.sentenceInitial || CLAUSE_OPENERS_BEFORE_QUANTIFIER.has(toks[i - 2]?.lower ?? '')) && t.lower.endsWith('a') && t.readings.some((r) => r.pos === 'verb' && r.lemma === t.lower) && t.readings.some((r) => r.pos === 'noun')) {
    boost(t, (r) => r.pos === 'verb', 1.5, 'plural verb after a quantifier subject ("fleiri vinna")');
  }
  const prefs = FORM_PRIORS[t.lower];
  if (!prefs) return;
  // "á ný" (again) keeps the adverb.
  if (t.lower === 'ný' && toks[i - 1]?.lower === 'á') return;
  for (const p of prefs) boost(t, (r) => r.lemma === p.lemma && (!p.pos || r.pos === p.pos), p.weight, `form prior ${t.lower}→${p.lemma}`);
}

/** Plural forms lag (song, tune) shares with lög (law). */
const SONG_FORMS = new Set(['lög', 'lögin', 'lögum', 'lögunum', 'laga', 'laganna']);
/** Words of music beside which those forms are songs. */
const MUSIC_LEMMAS = new Set('sigurlag söngvakeppni eurovision hljómsveit plata hljómplata tónlist tónlistarmaður söngvari söngkona tónleikar syngja lagahöfundur smáskífa útvarp listamaður'.split(' '));

/**
 * "Tíu lög keppa í Söngvakeppninni": beside music, "lög" are songs (lag), not laws (lög), which
 * is commoner in news. Reads the word's sentence and the one before.
 */
export function applySongsBesideMusic(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!SONG_FORMS.has(t.lower) || !t.readings.some((r) => r.lemma === 'lag' && r.pos === 'noun')) return;
  const near = (w: WorkToken | undefined) => !!w && (w.sentence === t.sentence || w.sentence === t.sentence - 1);
  for (let k = Math.max(0, i - 30); k < Math.min(toks.length, i + 20); k++) {
    const w = toks[k];
    if (k === i || w.raw.kind !== 'word' || !near(w)) continue;
    if (w.readings.some((r) => MUSIC_LEMMAS.has(r.lemma.toLowerCase())) || MUSIC_LEMMAS.has(w.lower)) {
      boost(t, (r) => r.lemma === 'lag' && r.pos === 'noun', 2, `songs (lag) beside "${w.lower}"`);
      return;
    }
  }
}

/**
 * A form two nouns share is the noun the text has just used in another form: "beggja vegna
 * ganganna" after "í miðjum göngunum" is of göng (tunnel), not gangur (course). Reads the
 * words before it in its sentence and the one before (their readings ranked so far).
 */
/** Endings of nouns with the suffixed article ("göngunum", "ganganna", "bílinn"). */
const DEFINITE_FORM = /(?:inn|inum|ins|inni|innar|ina|ið|inu|nir|nar|num|nna|in)$/u;

export function applySameNounNearby(toks: WorkToken[], i: number): void {
  const t = toks[i];
  const lemmas = new Set(t.readings.filter((r) => r.pos === 'noun').map((r) => r.lemma));
  // (Both with the article, a word mentioned again: not "í eigu" … "eigna", nor names.)
  if (lemmas.size < 2 || best(t)?.pos !== 'noun' || !DEFINITE_FORM.test(t.lower) || t.form !== t.lower) return;
  for (let k = i - 1; k >= 0 && toks[k].sentence >= t.sentence - 1; k--) {
    const w = toks[k];
    if (w.raw.kind !== 'word' || w.lower === t.lower || !DEFINITE_FORM.test(w.lower)) continue;
    const b = best(w);
    if (b?.pos === 'noun' && lemmas.has(b.lemma) && b.lemma !== best(t)!.lemma) {
      boost(t, (r) => r.pos === 'noun' && r.lemma === b.lemma, 1.5, `the noun "${b.lemma}" the text has just used ("${w.lower}")`);
      return;
    }
  }
}

/**
 * "munum" is the verb munu (we will) only with its subject "við" beside it; otherwise the
 * dative plural of munur (objects, things: "bjarga munum úr geymslunni").
 */
export function applyMunumObjects(toks: WorkToken[], i: number): void {
  const t = toks[i];
  // "muni" right after an infinitive is its object ("sækja muni" = fetch belongings): the modal
  // follows its subject.
  if (t.lower === 'muni' && t.readings.some((r) => r.lemma === 'munur' && r.pos === 'noun')) {
    const p = prevWord(toks, i);
    const pb = best(p);
    if (p && pb?.pos === 'verb' && pb.lemma === p.lower && !['vera', 'verða', 'hafa', 'geta'].includes(pb.lemma)) boost(t, (r) => r.lemma === 'munur' && r.pos === 'noun', 3, '"muni" after an infinitive: its object, things (munur)');
    return;
  }
  if (t.lower !== 'munum' || !t.readings.some((r) => r.lemma === 'munur' && r.pos === 'noun')) return;
  const near = [toks[i - 1], toks[i + 1], toks[i - 2]].some((w) => w && w.sentence === t.sentence && w.lower === 'við');
  if (near) return;
  boost(t, (r) => r.lemma === 'munur' && r.pos === 'noun', 2, '"munum" without "við" beside it: things (munur)');
}

/** Infinitives common enough after a noun object ("telur ástandið vera …") to be left alone. */
const COMMON_INFINITIVES_AFTER_NOUN = new Set('vera gera fara koma taka segja eiga verða sjá halda leggja setja finna gefa hafa fá geta standa liggja'.split(' '));

/** Determiners in the accusative or genitive plural before a noun ("alla flokka", "þessara hrossa"). */
const PLURAL_DETERMINERS = new Set('alla allra þessa þessara þá þeirra marga margra nokkra nokkurra fáa fárra báða beggja sömu annarra hinna ýmissa ýmsa'.split(' '));
/** Nouns of quantity that take a genitive plural ("tugir hrossa", "fjöldi báta"). */
const QUANTITY_NOUNS = new Set('tugur hundrað þúsund fjöldi hópur milljón meirihluti hluti helmingur'.split(' '));

function genitivePluralAfterNoun(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!t.lower.endsWith('a') || COMMON_INFINITIVES_AFTER_NOUN.has(t.lower) || !/^(?:verb|noun)$/u.test(best(t)?.pos ?? '')) return;
  if (!t.readings.some((r) => r.pos === 'verb' && r.lemma === t.lower)) return;
  const noun = t.readings.find((r) => r.pos === 'noun' && r.lemma !== t.lower && hasOwnGloss(r));
  if (!noun) return;
  const p = prevWord(toks, i);
  if (!p || p.sentence !== t.sentence) return;
  // After a determiner in the accusative or genitive plural ("við alla flokka") or a noun of
  // quantity ("Tugir hrossa"), the word is the noun.
  const pb = best(p);
  const determiner = pb?.pos === 'pronoun' && PLURAL_DETERMINERS.has(p.lower);
  const quantity = pb?.pos === 'noun' && QUANTITY_NOUNS.has(pb.lemma);
  if (!determiner && !quantity) {
    if (/^\p{Lu}/u.test(p.form) || pb?.pos !== 'noun' || p.readings.some((r) => r.pos === 'verb' || r.pos === 'adjective')) return;
    // (Nor after "manns" counting a subject: "Um sextíu manns starfa hjá …".)
    if (p.lower === 'manns') return;
    if (/(?:ar|ir|ur|nir|nar|in)$/u.test(p.lower)) return;
    // (Nor after a definite genitive, itself the attribute of a subject before it: "Flutningsmenn
    // frumvarpsins vísa …" = the bill's sponsors reject.)
    if (/(?:sins|ins|innar|unnar|anna|nna)$/u.test(p.lower) && !p.readings.some((r) => r.pos !== 'noun')) return;
  }
  const pp = prevWord(toks, i - 1);
  // (Nor after a prepositional phrase, where the verb comes next: "Á bráðamóttöku leita …",
  // "munu frá áramótum greiða …".)
  if (!determiner && !quantity) {
    if (pp && pp.sentence === t.sentence && (best(pp)?.pos === 'verb' || best(pp)?.pos === 'preposition')) return;
    // (Nor after two nouns joined by "og"/"eða", a plural subject: "Ríki og sveitarfélög skipta
    // kostnaðinum" = split.)
    if (pp && (pp.lower === 'og' || pp.lower === 'eða') && best(prevWord(toks, i - 2))?.pos === 'noun') {
      // (Opening the sentence, the subject is complete and the verb is in second place.)
      if (prevWord(toks, i - 2)?.sentenceInitial) boost(t, (r) => r.pos === 'verb' && r.lemma === t.lower, 1.5, 'verb after a sentence-opening subject of two nouns joined by "og"');
      return;
    }
    if (/(?:um|u)$/u.test(p.lower)) return;
    // (Nor before "að": "segir mikla eftirspurn sýna að …" = shows that, an infinitive after its
    // subject in the accusative.)
    if (nextWord(toks, i)?.lower === 'að') return;
  }
  boost(t, (r) => r === noun, determiner || quantity ? 2 : 1.5, 'genitive plural right after a singular noun, a plural determiner or a noun of quantity, not an infinitive');
}
