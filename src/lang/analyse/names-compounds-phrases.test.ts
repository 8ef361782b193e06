// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { stripGenitive } from './names.ts';
import { loadAnalyserNode } from './node.ts';
import { tokenInContext } from './testing.ts';

const analyser = loadAnalyserNode();

interface NameRow {
  form: string;
  context: string;
  isName: boolean;
  name?: string;
  lemma?: string;
  reason: string;
}

const nameRows: NameRow[] = [
  { form: 'Pútíns', context: 'Hann lak upplýsingum til _ í gær.', isName: true, name: 'Pútín', reason: 'unknown capitalised word, genitive -s stripped' },
  { form: 'Trumps', context: 'Hann er stuðningsmaður _ og hefur varið fé til þess.', isName: true, name: 'Trump', reason: 'genitive -s after a consonant' },
  { form: 'Miðflokkurinn', context: 'Flokkurinn fylgir fast á eftir en _ nær ekki tíu prósentum.', isName: true, name: 'Miðflokkur', reason: 'a party in the supplement, a proper noun with its article stripped' },
  { form: 'Bjarts', context: 'Eldur kom upp í vélarrúmi togarans _ NK í gærkvöldi.', isName: true, name: 'Bjartur', reason: 'the genitive of a name lemma-is knows as the noun bjartur: Bjartur, not "Bjart"' },
  { form: 'X', context: 'Hann stofnaði til herferða, þar á meðal á _, samfélagsmiðli Musks.', isName: true, name: 'X', reason: 'a capital letter standing alone mid-sentence is a name, not the letter x' },
  { form: 'Hjörvar', context: '_ Steinn Grétarsson fékk flesta vinninga.', isName: true, name: 'Hjörvar', reason: 'an unglossed noun opening a sentence before a given name the dictionary has' },
  { form: 'Sagði', context: '_ Sigríður að hún hefði ákveðið að hætta.', isName: false, reason: 'a verb before a given name is no name' },
  { form: 'Ströndum', context: 'Viðvörun tekur gildi á Vestfjörðum og _ í fyrramálið.', isName: true, name: 'Strandir', lemma: 'strandir', reason: 'the region\'s name (a proper-noun row), not strönd (beach)' },
  { form: 'Herjólfur', context: '_ siglir til Þorlákshafnar í dag.', isName: true, name: 'Herjólfur', reason: 'the ferry (a proper-noun row) opening a sentence, not her + jól + fura' },
  { form: 'Vestmannaeyjum', context: 'Lundinn sest upp í _ í vor.', isName: true, name: 'Vestmannaeyjar', lemma: 'vestmannaeyjar', reason: 'the islands (a proper-noun row), glossed' },
  { form: 'Seðlabankans', context: 'Vextir _ voru óbreyttir.', isName: true, name: 'Seðlabanki', reason: 'the bank\'s name (a proper-noun row: the Central Bank of Iceland)' },
  { form: 'Mats', context: 'Sænski tennisleikarinn _ Wilander sigraði.', isName: true, name: 'Mats', reason: 'a given name in -s before a nominative surname, not the genitive of the noun mat' },
  { form: 'Jóns', context: 'Þetta er bók _ Sigurðssonar.', isName: true, name: 'Jón', reason: 'before a genitive surname the -s is the genitive' },
  { form: 'Suðurnesjum', context: 'Lögreglan á _ fer með málið.', isName: true, name: 'Suðurnes', reason: 'the region (a proper-noun row), not split into suður + nes' },
  { form: 'Vinnumálastofnunar', context: 'Þetta kemur fram í tölum _ í dag.', isName: true, name: 'Vinnumálastofnun', reason: 'the directorate (a proper-noun row), not split in three' },
  { form: 'Laugardalshöll', context: 'Hún heldur tónleika í _ í mars.', isName: true, name: 'Laugardalshöll', reason: 'the arena (a proper-noun row), not split in three' },
  { form: 'Carlos', context: 'Hún hitti _ í gær.', isName: true, name: 'Carlos', reason: '-s after a vowel is kept' },
  { form: 'Bandaríkjanna', context: 'Forseti _ kom í heimsókn.', isName: true, name: 'Bandaríkin', lemma: 'bandaríkin', reason: 'known proper lemma, dictionary headword casing' },
  { form: 'Bandaríkin', context: '_ hyggja á heræfingar.', isName: true, name: 'Bandaríkin', lemma: 'bandaríkin', reason: 'proper lemma at sentence start stays a name' },
  { form: 'Rússlands', context: 'Hann er forseti _ og hefur verið lengi.', isName: true, lemma: 'rússland', reason: 'place name mid-sentence' },
  { form: 'Hestarnir', context: '_ hlupu út á túnið.', isName: false, lemma: 'hestur', reason: 'sentence-initial common word is not a name' },
  { form: 'Maður', context: 'Ég sá hann. _ kom svo inn.', isName: false, lemma: 'maður', reason: 'capitalised only because it starts a sentence' },
  { form: 'WSJ', context: 'Blaðið _ segir frá þessu.', isName: true, name: 'WSJ', reason: 'unknown acronym' },
  { form: 'Eyþór', context: '_ Árnason tók myndirnar.', isName: true, name: 'Eyþór', reason: 'sentence-initial first name before a patronymic' },
  { form: 'Varnarmálaráðherrann', context: '_ Guy Parmelin sagði þetta.', isName: false, reason: 'a glossed title before a name stays a common noun' },
  { form: 'Starlink', context: '_ er net gervihnatta.', isName: true, name: 'Starlink', reason: 'unknown word at sentence start that does not split' },
  { form: 'Þjóðverjum', context: 'Liðið tapaði fyrir _ í kvöld.', isName: false, lemma: 'þjóðverji', reason: 'nationality noun: capitalised, but a common noun (German)' },
  { form: 'Íslendingar', context: 'Margir _ fóru til Spánar.', isName: false, lemma: 'íslendingur', reason: 'inhabitant noun (Icelander)' },
  { form: 'Ágúst', context: 'Þetta segir Páll _ sem enn á óuppgerð mál.', isName: true, name: 'Ágúst', reason: 'next to another capitalised word it is part of a name, not the month' },
  { form: 'Eldurinn', context: '_ kviknaði út frá rafmagnstæki.', isName: false, lemma: 'eldur', reason: 'sentence-initial common noun whose lemma is also a name in the dictionary' },
  { form: 'Valur', context: '_ vann Fram í gærkvöldi. Leikmenn Vals fögnuðu.', isName: true, name: 'Valur', reason: 'sentence-initial name the text also writes mid-sentence in another form (not "falcon")' },
  { form: 'Eldur', context: '_ kom upp í fiskibát í nótt.', isName: false, lemma: 'eldur', reason: 'sentence-initial common noun that is also a name in the dictionary' },
  { form: 'Fram', context: '_ kom að hann hefði farið.', isName: false, lemma: 'fram', reason: 'sentence-initial adverb, not the club' },
  { form: 'Haukur', context: '_ Örn sagði þetta í gær.', isName: true, reason: 'sentence-initial name before another capitalised word (not "hawk")' },
];

describe('names', () => {
  it.each(nameRows)('$form in "$context" ($reason)', (row) => {
    const { token } = tokenInContext(analyser, row);
    expect(token.isName).toBe(row.isName);
    if (row.name) expect(token.name).toBe(row.name);
    if (row.lemma) expect(token.candidates[0]?.lemma).toBe(row.lemma);
  });

  it('reads a capitalised "Eyja"/"Eyjum" as the Westman Islands, but not before a patronymic (a woman named Eyja)', () => {
    const place = (row: { form: string; context: string }) => {
      const { token, analysis } = tokenInContext(analyser, row);
      const c = token.candidates[token.chosen];
      return { isName: token.isName, pos: c.pos, gloss: analysis.entries[c.lemma]?.find((e) => e.pos === c.pos)?.senses[0]?.gloss ?? null };
    };
    expect(place({ form: 'Eyja', context: 'Herjólfur siglir milli lands og _ í dag.' })).toMatchObject({ isName: true, pos: 'proper-noun', gloss: expect.stringMatching(/^the Westman Islands/) });
    expect(place({ form: 'Eyjum', context: 'Hann kom frá _ í gær.' })).toMatchObject({ isName: true, pos: 'proper-noun' });
    expect(place({ form: 'Eyja', context: 'Rætt var við _ Sigurðardóttur í gær.' })).toMatchObject({ isName: true, pos: 'noun' });
  });

  it('splits "kaldsjávarkóralla" at its glossed head kórallur (coral), not kaldsjávarkór + "alla"', () => {
    const { token, analysis } = tokenInContext(analyser, { form: 'kaldsjávarkóralla', context: 'Vísindamenn kortlögðu útbreiðslu _ á landgrunninu.' });
    expect(token.parts).toEqual(['kaldsjávar', 'kórallur']);
    expect(analysis.entries['kórallur']?.[0]?.senses[0]?.gloss).toBe('coral');
  });

  it('strips a genitive -s when the stem occurs elsewhere in the text', () => {
    expect(stripGenitive('Lars', new Set(['Lar']))).toBe('Lar');
    expect(stripGenitive('Lars')).toBe('Lars');
    expect(stripGenitive('Musks', new Set(['Musk']))).toBe('Musk');
    const a = analyser.analyse('Musk keypti bíl. Bíll Musks er rauður.');
    expect(a.tokens.find((t) => t.text === 'Musks')?.name).toBe('Musk');
  });
});

interface CompoundRow {
  form: string;
  context: string;
  parts: string[];
  lemma?: string;
  reason: string;
}

const compoundRows: CompoundRow[] = [
  { form: 'gervihnattarþyrpingunni', context: 'Hann notaði _ til þess.', parts: ['gervihnöttur', 'þyrping'], lemma: 'gervihnattarþyrping', reason: 'unknown compound: head lemma and glossed parts' },
  { form: 'náttúruhamförum', context: 'Hún minntist þeirra sem létust í _ á árinu.', parts: ['náttúra', 'hamför'], lemma: 'náttúruhamfarir', reason: 'a glossed plural-only head (hamfarir, catastrophe), not hamur + för' },
  { form: 'snjóleysis', context: 'Lítið var hægt að skíða vegna _ í fyrra.', parts: ['snjór', 'leysi'], lemma: 'snjóleysi', reason: 'the suffix "-leysi" (lack of) heads it, not leysir (laser)' },
  { form: 'Jöklafræðingur', context: '_ segir mikilvægt að halda mælingum áfram.', parts: ['jökull', 'fræðingur'], lemma: 'jöklafræðingur', reason: 'the splitter lists the modifier as its form and its lemma ("jökla", jökull): one part' },
  { form: 'eldfjallafræðings', context: 'Að sögn _ er gosið kraftmikið.', parts: ['eldfjall', 'fræðingur'], lemma: 'eldfjallafræðingur', reason: 'the head "-fræðingur" (-ologist), whose forms lemma-is does not list alone' },
  { form: 'neyðarstigi', context: 'Almannavarnir hafa lýst yfir _ vegna gossins.', parts: ['neyð', 'stig'], lemma: 'neyðarstig', reason: 'the head is the dative of stig (level), not stigi (ladder)' },
  { form: 'fiskveiðiári', context: 'Kvótinn verður aukinn á næsta _ um fjögur prósent.', parts: ['fiskveiði', 'ár'], lemma: 'fiskveiðiár', reason: 'the head is ár (year), a two-letter noun of the list, not ára (aura)' },
  { form: 'Smitrakning', context: '_ stendur yfir og hafa um þrjátíu manns verið beðnir um að halda sig heima.', parts: ['smit', 'rakning'], lemma: 'smitrakning', reason: 'a head lemma-is lists as a lemma but does not lemmatize from its own form (rakning); at a sentence start, not a name' },
  { form: 'vaxtalækkana', context: 'Ekki verður svigrúm til frekari _ fyrr en verðbólgan hjaðnar.', parts: ['vöxtur', 'lækkun'], lemma: 'vaxtalækkun', reason: 'a head lemma-is does not list: the genitive plural of a feminine "-un" noun (lækkana = lækkun)' },
  { form: 'birkiskóginn', context: 'Framkvæmdin hefur áhrif á _.', parts: ['birki', 'skógur'], lemma: 'birkiskógur', reason: 'birch, not the man\'s name Birkir: a name is no modifier where a common word is spelt the same' },
  { form: 'skólpútrásum', context: 'Mest mældist magnið nálægt _ í þéttbýli.', parts: ['skólp', 'útrás'], lemma: 'skólpútrás', reason: 'a modifier glossed by the supplement (sewage)' },
  { form: 'toppslaginn', context: 'Valur vann _ í gærkvöldi.', parts: ['toppur', 'slagur'], lemma: 'toppslagur', reason: 'the boundary of lemma-is\'s whole lemma (topp|slagur), not a genitive "s" joining "lag"' },
  { form: 'framsóknarmanna', context: 'Þingflokkur _ fundaði í gær.', parts: ['framsókn', 'maður'], lemma: 'framsóknarmaður', reason: 'the whole lemma\'s boundary: framsóknar|maður, not framsókn + armur' },
  { form: 'hveitiverði', context: 'Hækkunin skýrist af hærra _ og launahækkunum.', parts: ['hveiti', 'verð'], lemma: 'hveitiverð', reason: 'verð (price), not verður (meal), whose rank the verb form "verður" inflates' },
  { form: 'landsveit', context: 'Hann ólst upp í _ á Suðurlandi.', parts: ['land', 'sveit'], reason: 'a noun head (sveit) over a genitive "s" joining a verb form (veit = knows)' },
  { form: 'raddstýrðum', context: 'Íslenska þarf að virka í _ tækjum.', parts: ['rödd', 'stýra'], lemma: 'raddstýrður', reason: 'a compounding stem (radd- of rödd) and a participle head: the adjective raddstýrður, glossed by its verb' },
  { form: 'tannheilsu', context: 'Hún hefur áhyggjur af _ barna.', parts: ['tönn', 'heilsa'], reason: 'tann- is the compounding stem of tönn (tooth)' },
  { form: 'kvenráðherra', context: 'Hún varð fyrsti _ landsins.', parts: ['kona', 'ráðherra'], reason: 'kven- is the compounding stem of kona (woman)' },
  { form: 'rækjuvinnslan', context: 'Fimmtíu misstu vinnuna þegar _ á Hvammstanga hætti.', parts: ['rækja', 'vinnsla'], lemma: 'rækjuvinnsla', reason: 'a modifier that is a noun form (shrimp), not a verb form spelt alike (reka)' },
  { form: 'fylgdarlausir', context: 'Þeir komu _ til landsins.', parts: ['fylgd', 'laus'], reason: 'fylgd (escort), a noun, not the verb fylgja' },
  { form: 'gervitré', context: 'Margir hafa keypt _ á undanförnum árum.', parts: ['gervi', 'tré'], reason: 'gervi- (artificial), now its first sense' },
  { form: 'félagsmiðstöðva', context: 'Framlög til _ verða aukin.', parts: ['félag', 'miðstöð'], reason: 'an unlisted form split as lemma-is\'s whole lemma (félagsmiðstöð) splits, not félag + smiður + stöð' },
  { form: 'leikskólagjöld', context: 'Fasteignagjöld hækka en _ standa í stað.', parts: ['leikskóli', 'gjald'], reason: 'the split lemma-is makes too, with the commoner head (gjald), not leikur + skólagjald' },
  { form: 'þingsalurinn', context: 'Hún gekk inn í _ í gær.', parts: ['þing', 'salur'], reason: 'not lemma-is\'s þing + alur (awl): the rarer head' },
  { form: 'pappírsmiða', context: 'Strætó hættir sölu _ um áramótin.', parts: ['pappír', 'miði'], reason: '"-miða" is a ticket (miði), not mið (aim), which lemma-is ranks higher' },
  { form: 'heiðarveginum', context: 'Hann ók eftir _ í gær.', parts: ['heiði', 'vegur'], reason: '"heiðar-" is of heiði (heath), not heiður (honour) nor the man\'s name Heiðar' },
  { form: 'strandveiðikvótann', context: 'Tillögur eru um að skerða _ um þriðjung.', parts: ['strandveiði', 'kvóti'], reason: 'a modifier spelt as a glossed lemma that lemma-is lists only in the plural (strandveiðar)' },
  { form: 'endurrækta', context: 'Ráðunautur segir að víða þurfi að _ tún í vor.', parts: ['endur', 'rækta'], lemma: 'endurrækta', reason: 'the prefix "endur-" (re-), not önd (duck); the head is rækta (cultivate), its own infinitive, not rækja' },
  { form: 'áralanga', context: 'Hún sneri heim eftir _ fjarveru.', parts: ['ár', 'langur'], reason: 'a modifier that is a case form of a two-letter noun (ára, of years), not ára (aura)' },
  { form: 'þátttökuliða', context: 'Fjöldi _ hefur aldrei verið meiri.', parts: ['þátttaka', 'lið'], reason: 'a commoner modifier and head, not þáttur + the rare compound tökulið (film crew)' },
  { form: 'ríkisstjórnarfundi', context: 'Málið var rætt á _ í morgun.', parts: ['ríkisstjórn', 'fundur'], reason: 'government + meeting, not ríki + the rarer stjórnarfundur' },
  { form: 'silfurverðlaunahafi', context: 'Hún er _ frá síðasta móti.', parts: ['silfur', 'verðlaunahafi'], reason: 'the rare head does not end in the shorter one (haf, ocean)' },
  { form: 'fiskveiðiár', context: 'Úthlutað var fyrir nýtt _.', parts: ['fiskveiði', 'ár'], lemma: 'fiskveiðiár', reason: 'the two-letter head ár (year) after a glossed modifier, not fiskur + an unglossed "veiðiár"' },
  { form: 'norsk-íslenskri', context: 'Samið var um veiðar á _ síld.', parts: ['norskur', 'íslenskur'], lemma: 'norsk-íslenskur', reason: 'a lower-case prefix before the hyphen shows as its glossed lemma' },
  { form: 'virkjunarsinnar', context: 'Margir _ mótmæltu.', parts: ['virkjun', 'sinni'], reason: 'the head -sinni (supporter, advocate)' },
  { form: 'gervihnattarþyrpinguna', context: 'Hann skoðaði _ vel.', parts: ['gervihnöttur', 'þyrping'], lemma: 'gervihnattarþyrping', reason: 'unknown compound whose head is a definite form lemma-is does not list (þyrpinguna), not þyrping + "una"' },
  { form: 'njósnagervihnöttum', context: 'Þeir skutu upp _ í gær.', parts: ['njósna', 'gervihnöttur'], reason: 'alternatives for one segment collapse to the glossed one' },
  { form: 'deilumál', context: 'Þeir ræddu alþjóðleg _ í gær.', parts: ['deila', 'mál'], lemma: 'deilumál', reason: 'word lemma-is knows, without a gloss of its own' },
  { form: 'sumarbústaðalandi', context: 'Drengurinn týndist í _ í gær.', parts: ['sumarbústaður', 'land'], lemma: 'sumarbústaðaland', reason: 'a genitive plural "-a" link, not a participle head "alandi"' },
  { form: 'viðskiptatengd', context: 'Þeir ræddu _ mál í gær.', parts: ['viðskipti', 'tengdur'], lemma: 'viðskiptatengdur', reason: 'participle head: an adjective, not a compound verb' },
  { form: 'stagbætt', context: 'Þetta er _ kerfi.', parts: ['stag', 'bættur'], lemma: 'stagbættur', reason: 'two lemmas of the head form from the splitter: the participle adjective' },
  { form: 'leiguverð', context: 'Hann segir _ hafa hækkað.', parts: ['leiga', 'verð'], lemma: 'leiguverð', reason: 'a head that is a glossed noun lemma itself (verð = price), not verður (meal)' },
  { form: 'loftslagsmálum', context: 'Þeir kröfðust aðgerða í _ í gær.', parts: ['loftslag', 'mál'], reason: 'a genitive "s" joins the modifier: not loft + slagsmál (fight)' },
  { form: 'húsnæðisverð', context: 'Þeir segja _ hafa hækkað.', parts: ['húsnæði', 'verð'], reason: 'genitive "s": verð (price), not sverð (sword)' },
  { form: 'þingsalnum', context: 'Hann stóð í _ í gær.', parts: ['þing', 'salur'], reason: 'heads differing only by the "s": the commoner one (salur, not alur)' },
  { form: 'tryggingafélagi', context: 'Hann vinnur hjá _ í borginni.', parts: ['trygging', 'félag'], reason: 'the head the known whole lemma (tryggingafélag) ends with, not félagi (partner)' },
  { form: 'samningafundi', context: 'Þeir slitu _ í gær.', parts: ['samningur', 'fundur'], reason: 'modifier: samningur (contract), not the rare "samning" (composition) spelt like its dative' },
  { form: 'methagnaði', context: 'Bankinn skilaði _ í fyrra.', parts: ['met', 'hagnaður'], reason: 'a modifier whose other readings are verbs: met (record), not meta' },
  { form: 'lokaumferðinni', context: 'Liðið tapaði í _ í gær.', parts: ['lok', 'umferð'], reason: 'but "loka-" is the genitive plural of lok, a noun reading beside the exact one' },
  { form: 'verðþróun', context: 'Hámarksverðið hefur ekki fylgt _ á markaði.', parts: ['verð', 'þróun'], reason: 'a modifier spelt as its noun: verð (price), not verður (meal), whose rank the form inflates' },
  { form: 'samgönguslysa', context: 'Rannsóknarnefnd _ fékk málið.', parts: ['samgöngur', 'slys'], reason: 'a modifier in "-u" of a plural-only noun' },
  { form: 'hrossaræktendur', context: 'Þýskir _ keyptu hross.', parts: ['hross', 'ræktandi'], reason: 'the plural of an agent noun in "-andi", not önd (duck)' },
  { form: 'alifuglabændur', context: 'Stofnunin hvetur _ til að gæta varúðar.', parts: ['alifugl', 'bóndi'], reason: 'a glossed modifier of its own (poultry), not alur (awl) + fugl' },
  { form: 'sauðfjárbúi', context: 'Riða hefur greinst á _ í sveitinni.', parts: ['sauðfé', 'bú'], reason: 'the head the known whole lemma ends with, down to a listed two-letter noun (bú, farm)' },
  { form: 'ríkiseinokunarinnar', context: 'Þeir ganga erinda _ í málinu.', parts: ['ríki', 'einokun'], lemma: 'ríkiseinokun', reason: 'a definite genitive "-arinnar" of an unlisted compound, not arinn (fireplace)' },
  { form: 'liðsstjórinn', context: '_ sagði þetta í gær.', parts: ['lið', 'stjóri'], reason: 'a short common noun (lið) keeps its place beside liður' },
  { form: 'mótaraðarinnar', context: 'Hann vann fyrsta mót _ í gær.', parts: ['mót', 'röð'], reason: 'the definite article is no head ("mótaröð|inni"): the lemma splits instead' },
  { form: 'undanrásunum', context: 'Hún keppti í _ í gær.', parts: ['undan', 'rás'], lemma: 'undanrás', reason: 'an ending is no head ("una"): the lemma splits instead' },
];

describe('compounds', () => {
  it.each(compoundRows)('$form → $parts ($reason)', (row) => {
    const { token, analysis } = tokenInContext(analyser, row);
    expect(token.parts).toEqual(row.parts);
    for (const p of row.parts) expect(analysis.entries[p]?.[0]?.senses.length, p).toBeGreaterThan(0);
    if (row.lemma) expect(token.candidates[0]?.lemma).toBe(row.lemma);
    expect(token.isName).toBe(false);
  });

  it.each([
    { form: 'aflandsfélag', context: 'Hann stofnaði _ á Tortóla.', parts: ['aflands', 'félag'], reason: 'known word, unknown modifier: the glossed head is shown' },
    { form: 'spinningtími', context: 'Hún fór í _ í gær.', parts: ['spinning', 'tími'], reason: 'unknown word: lemma from the head, modifier as written' },
  ])('$form → $parts with only the head glossed ($reason)', (row) => {
    const { token, analysis } = tokenInContext(analyser, row);
    expect(token.parts).toEqual(row.parts);
    expect(analysis.entries[row.parts[1]]?.[0]?.senses.length).toBeGreaterThan(0);
    expect(analysis.entries[row.parts[0]]).toBeUndefined();
    expect(token.candidates[0]?.lemma).toBe(row.form);
    expect(token.isName).toBe(false);
  });

  it.each([
    { form: 'greinendur', context: 'Þetta segja _ bankans.', why: 'plural of the agent noun greinandi, no compound of önd (duck)' },
    { form: 'bráðnunina', context: 'Vísindamenn rekja _ til hlýnunar.', why: 'a definite ending is no compound part' },
    { form: 'ósannað', context: 'Rétturinn taldi _ að hún hefði gert það.', why: 'the negation "ó-" is no "ós" (estuary)' },
  ])('makes no compound of $form ($why)', (row) => {
    expect(tokenInContext(analyser, row).token.parts).toBeUndefined();
  });

  it('gives the spellings of one unknown compound in a text one lemma ("gervihnatta-" and "gervihnattar-")', () => {
    const a = analyser.analyse('Gervihnattaþyrpingin stækkar. Hann sá gervihnattarþyrpingunni bregða fyrir. Gervihnattaþyrpingu var skotið upp.');
    const lemmas = a.tokens.filter((t) => /þyrping/u.test(t.text)).map((t) => t.candidates[t.chosen].lemma);
    expect(lemmas).toEqual(['gervihnattaþyrping', 'gervihnattaþyrping', 'gervihnattaþyrping']);
  });

  it('splits off a two-letter noun that is a common modifier ("ís|hellir")', () => {
    expect(tokenInContext(analyser, { form: 'íshellar', context: 'Þar eru _ og gönguleiðir.' }).token.parts).toEqual(['ís', 'hellir']);
  });

  it('does not take a verb form as the head of an unknown string', () => {
    const { token } = tokenInContext(analyser, { form: 'óhefðbundum', context: 'Í fjölmiðlum, hefðbundnum sem _, var fjallað um það.' });
    expect(token.parts).toBeUndefined();
  });

  it('keeps one of two lemmas the splitter gives for the head, and no name as a part', () => {
    const { token } = tokenInContext(analyser, { form: 'Jarðvísindamenn', context: '_ fylgjast með.' });
    expect(token.parts).toEqual(['jarðvísindi', 'maður']);
    // "bitastæðari" is no compound of "Ari" (a man's name).
    expect(tokenInContext(analyser, { form: 'bitastæðari', context: 'Þeir fá _ hlutverk.' }).token.parts).toBeUndefined();
  });

  it('does not read a verb phrase into a noun of the same lemma ("á göngu í" is no "ganga í" = join)', () => {
    const a = analyser.analyse('Kona sem var á göngu í Heiðmörk fann hund.');
    expect(a.phrases.map((p) => p.key)).not.toContain('ganga í');
  });

  it('shows a given name that is also a common noun as a name, not the noun ("Andri" is no ski), and leaves the noun at a sentence start', () => {
    const a = analyser.analyse('Rithöfundurinn Andri Snær Magnason ræddi við Hrafn í gær. Sól skein í heiði.');
    const at = (form: string) => a.tokens.find((t) => t.text === form)!;
    for (const name of ['Andri', 'Snær', 'Hrafn']) {
      expect(at(name).isName, name).toBe(true);
      expect(a.entries[at(name).candidates[0].lemma]?.some((e) => e.pos === 'proper-noun' && e.senses.some((x) => /name/.test(x.gloss))), name).toBe(true);
    }
    expect(at('Sól').isName).toBe(false);
  });

  it('splits off a place the dictionary glosses only as a name ("Reykjavíkur|maraþon", not reykur + vík)', () => {
    const { token } = tokenInContext(analyser, { form: 'Reykjavíkurmaraþoninu', context: 'Hún hljóp í _ í gær.' });
    expect(token.parts).toEqual(['reykjavík', 'maraþon']);
    expect(tokenInContext(analyser, { form: 'Íslandsmeistaratitilinn', context: 'Liðið vann _ í gær.' }).token.parts).toEqual(['íslandsmeistari', 'titill']);
  });

  it('does not split an agent noun in "-andi" into a stem and "andi"', () => {
    for (const [form, context] of [['verjanda', 'Dómstóllinn hafnaði kröfu _ um það.'], ['umsækjandi', 'Hver _ fær svar.']]) {
      expect(tokenInContext(analyser, { form, context }).token.parts, form).toBeUndefined();
    }
  });

  it('does not split a present participle into a stem and "andi" (spirit)', () => {
    for (const [form, context] of [['lyktandi', 'Hann sprautaði illa _ vökva á hana.'], ['sjóðandi', 'Vatnið er _ heitt.']]) {
      const { token } = tokenInContext(analyser, { form, context });
      expect(token.parts, form).toBeUndefined();
    }
  });

  it('does not split a word that has a gloss of its own', () => {
    const { token } = tokenInContext(analyser, { form: 'gervihnöttur', context: 'Þetta er _ á braut.' });
    expect(token.parts).toBeUndefined();
  });

  it.each([
    { form: 'magasíninu', reason: 'lemma-is answers "inu" with an unrelated long lemma' },
    { form: 'fjármálanna', reason: 'no head "önn" made up from the article ending' },
    { form: 'svigann', reason: 'no head from a two-letter ending' },
  ])('no made-up compound for $form ($reason)', ({ form }) => {
    const { token } = tokenInContext(analyser, { form, context: 'Þeir sáu _ í gær.' });
    for (const c of token.candidates) expect(form.startsWith(c.lemma.slice(0, 3)), c.lemma).toBe(true);
    for (const p of token.parts ?? []) expect(form, p).toContain(p.slice(0, 2));
  });
});

interface HyphenRow {
  form: string;
  context: string;
  lemma: string;
  pos: string;
  parts: string[];
  reason: string;
}

const hyphenRows: HyphenRow[] = [
  { form: 'Facebook-hópnum', context: 'Rætt var um málið í _ í gær.', lemma: 'facebook-hópur', pos: 'noun', parts: ['Facebook', 'hópur'], reason: 'name + definite noun: not a name, head noun glossed' },
  { form: 'AFP-fréttastofuna', context: 'Hann sagði við _ að svo væri.', lemma: 'afp-fréttastofa', pos: 'noun', parts: ['AFP', 'fréttastofa'], reason: 'acronym + compound noun lemma-is lemmatises wrongly as a whole' },
  { form: 'sms-skilaboðin', context: 'Hún fékk _ í gær.', lemma: 'sms-skilaboð', pos: 'noun', parts: ['sms', 'skilaboð'], reason: 'lower-case prefix' },
  { form: 'X3-jeppanum', context: 'Þeir óku _ heim.', lemma: 'x3-jeppi', pos: 'noun', parts: ['X3', 'jeppi'], reason: 'letters and digits before the hyphen' },
];

describe('hyphenated words', () => {
  it.each(hyphenRows)('$form → $lemma ($reason)', (row) => {
    const { token, analysis } = tokenInContext(analyser, row);
    expect(token.isName).toBe(false);
    expect(token.candidates[0]).toMatchObject({ lemma: row.lemma, pos: row.pos });
    expect(token.parts).toEqual(row.parts);
    expect(analysis.entries[row.parts[1]]?.[0]?.senses.length).toBeGreaterThan(0);
  });

  it.each([
    { form: 'Suður-Afríku', context: 'Þeir fóru til _ í gær.', name: 'Suður-Afríka', reason: 'capitalised after the hyphen: a place name' },
    { form: 'Vinstri-grænna', context: 'Formaður _ talaði.', name: 'Vinstri-Græn', reason: 'the dictionary knows the whole word' },
  ])('$form stays a name ($reason)', (row) => {
    const { token } = tokenInContext(analyser, row);
    expect(token.isName).toBe(true);
    expect(token.name).toBe(row.name);
  });
});

interface MiddleRow {
  form: string;
  context: string;
  lemma: string;
  middle: string | undefined;
  reason: string;
}

const middleRows: MiddleRow[] = [
  { form: 'lést', context: 'Hún _ í gær eftir slys.', lemma: 'láta', middle: 'látast', reason: 'died, not "let"' },
  { form: 'fæddist', context: 'Hann _ árið 1950.', lemma: 'fæða', middle: 'fæðast', reason: 'was born, not "fed"' },
  { form: 'kynntumst', context: 'Við _ í skólanum.', lemma: 'kynna', middle: 'kynnast', reason: '1st person plural middle voice in -umst' },
  { form: 'virðist', context: 'Svo _ sem hann hafi farið.', lemma: 'virða', middle: 'virðast', reason: 'seems, not "respects"' },
  { form: 'lét', context: 'Hann _ það vera.', lemma: 'láta', middle: undefined, reason: 'active form: no middle voice' },
  { form: 'óttast', context: 'Þeir _ það mest.', lemma: 'óttast', middle: undefined, reason: 'a verb that only has the -st form is its own lemma' },
  { form: 'komst', context: 'Þú _ of seint í gær.', lemma: 'koma', middle: undefined, reason: '2nd person past next to "þú" (you came)' },
  { form: 'komst', context: 'Hann _ að niðurstöðu.', lemma: 'koma', middle: 'komast', reason: '3rd person middle voice (reached)' },
];

describe('middle voice', () => {
  it.each(middleRows)('$form → $lemma, middle $middle ($reason)', (row) => {
    const { token, analysis } = tokenInContext(analyser, row);
    expect(token.candidates[0]).toMatchObject({ lemma: row.lemma, pos: 'verb' });
    expect(token.middle).toBe(row.middle);
    if (row.middle) expect(analysis.entries[row.middle]?.[0]?.senses.length).toBeGreaterThan(0);
  });
});

const degreeRows: { form: string; context: string; lemma: string; pos?: string; degree: string | undefined; reason: string }[] = [
  { form: 'helstu', context: 'Þeir ræddu _ málefni landsins.', lemma: 'heldri', degree: 'helstur', reason: 'superlative "main", not the positive "elite"' },
  { form: 'síðasta', context: 'Það gerðist á _ ári.', lemma: 'síðari', degree: 'síðastur', reason: 'superlative "last"' },
  { form: 'síðustu', context: 'Bankinn ákvað í _ viku að halda vöxtum óbreyttum.', lemma: 'síðari', degree: 'síðastur', reason: 'u-umlaut of the superlative: síðust- → síðastur' },
  { form: 'frekari', context: 'Þeir settu _ takmarkanir á notkun.', lemma: 'frekur', degree: 'frekari', reason: 'comparative "further", not "greedy"' },
  { form: 'stóran', context: 'Hann keypti _ bíl.', lemma: 'stór', degree: undefined, reason: 'positive form: nothing extra' },
  { form: 'fremur', context: 'Menn hlýddu á _ flókinn fyrirlestur.', lemma: 'harla', pos: 'adverb', degree: 'fremur', reason: 'adverb "rather", not "very" (harla) nor the verb "commits"' },
  { form: 'helst', context: 'Hún vill _ fara heim.', lemma: 'gjarnan', pos: 'adverb', degree: 'helst', reason: 'adverb "preferably", not "stays"' },
  { form: 'mest', context: 'Það sem _ er um vert.', lemma: 'mjög', pos: 'adverb', degree: 'mest', reason: 'adverb "most", not a form of "meta"' },
];

describe('comparatives and superlatives with their own meaning', () => {
  it.each(degreeRows)('$form → $lemma, degree $degree ($reason)', (row) => {
    const { token, analysis } = tokenInContext(analyser, row);
    expect(token.candidates[0]).toMatchObject({ lemma: row.lemma, pos: row.pos ?? 'adjective' });
    expect(token.degree).toBe(row.degree);
    if (row.degree) expect(analysis.entries[row.degree]?.[0]?.senses.length).toBeGreaterThan(0);
  });
});

describe('adjective forms lemma-is does not list', () => {
  it.each([
    { form: 'óþolinmóðari', context: 'Ég er _ en hann.', lemma: 'óþolinmóður', reason: 'comparative -ari on a glossed adjective' },
    { form: 'bölvanleg', context: 'Staðan er algjörlega _ núna.', lemma: 'bölvanlegur', reason: 'feminine of an unglossed -legur adjective lemma-is lists' },
  ])('$form → $lemma ($reason)', (row) => {
    const { token } = tokenInContext(analyser, row);
    expect(token.isName).toBe(false);
    expect(token.candidates[0]).toMatchObject({ lemma: row.lemma, pos: 'adjective' });
  });
});

interface DefiniteRow {
  form: string;
  context: string;
  lemma: string;
  reason: string;
}

const definiteRows: DefiniteRow[] = [
  { form: 'magasíninu', context: 'Hún las greinina í _ í gær.', lemma: 'magasín', reason: 'neuter dative: consonant stem + inu' },
  { form: 'manneskjunum', context: 'Hann sagði _ frá þessu.', lemma: 'manneskja', reason: 'dative plural: oblique stem + num' },
  { form: 'kisunum', context: 'Hún gaf _ mat.', lemma: 'kisa', reason: 'dative plural of a weak noun' },
  { form: 'strategíu', context: 'Þeir fylgja _ sinni.', lemma: 'strategíu', reason: 'unknown word without an article ending stays as written' },
];

describe('definite forms lemma-is does not list', () => {
  it.each(definiteRows)('$form → $lemma ($reason)', (row) => {
    const { token } = tokenInContext(analyser, row);
    expect(token.isName).toBe(false);
    expect(token.candidates[0]?.lemma ?? token.text).toBe(row.lemma);
  });
});

interface PhraseRow {
  text: string;
  key: string;
  words: string[];
  reason: string;
}

const phraseRows: PhraseRow[] = [
  { text: 'Hann kom í gær og fór aftur.', key: 'í gær', words: ['í', 'gær'], reason: 'form sequence' },
  { text: 'Þrátt fyrir rigninguna fórum við út.', key: 'þrátt fyrir', words: ['Þrátt', 'fyrir'], reason: 'capitalised at sentence start' },
  { text: 'Þeir ræddu meðal annars um skatta.', key: 'meðal annars', words: ['meðal', 'annars'], reason: 'adverbial phrase' },
  { text: 'Það tekur að minnsta kosti viku.', key: 'að minnsta kosti', words: ['að', 'minnsta', 'kosti'], reason: 'three-word phrase, longest match' },
  { text: 'Hátt í tvö þúsund manns bíða nú.', key: 'hátt í', words: ['Hátt', 'í'], reason: 'nearly, before a number' },
  { text: 'Hann gekk á heiðinni fyrir ofan bæinn.', key: 'fyrir ofan', words: ['fyrir', 'ofan'], reason: 'above' },
  { text: 'Húsið var flutt í heilu lagi á safnið.', key: 'í heilu lagi', words: ['í', 'heilu', 'lagi'], reason: 'in one piece' },
  { text: 'Vélin lenti heilu og höldnu í Keflavík.', key: 'heilu og höldnu', words: ['heilu', 'og', 'höldnu'], reason: 'safe and sound' },
  { text: 'Rannsóknin hafði dregist úr hófi fram.', key: 'úr hófi fram', words: ['úr', 'hófi', 'fram'], reason: 'excessively (hóf = moderation, not a hoof)' },
  { text: 'Göngin verða þrettán kílómetrar að lengd.', key: 'að lengd', words: ['að', 'lengd'], reason: 'in length, after a numeral and its noun' },
  { text: 'Skjálftinn var 4,2 að stærð og fannst víða.', key: 'að stærð', words: ['að', 'stærð'], reason: 'in size, after a number' },
  { text: 'Hann kom ekki heim fyrr en í gær.', key: 'fyrr en', words: ['fyrr', 'en'], reason: 'until, after a negation' },
  { text: 'Markvörðurinn var í miklu stuði í gær.', key: 'í miklu stuði', words: ['í', 'miklu', 'stuði'], reason: 'in great form, longer than "í stuði"' },
  { text: 'Lónið framan við hann stækkar ár frá ári.', key: 'framan við', words: ['framan', 'við'], reason: 'in front of' },
  { text: 'Lónið framan við hann stækkar ár frá ári.', key: 'ár frá ári', words: ['ár', 'frá', 'ári'], reason: 'year by year' },
  { text: 'Jöklarnir verða horfnir ef fram heldur sem horfir.', key: 'ef fram heldur sem horfir', words: ['ef', 'fram', 'heldur', 'sem', 'horfir'], reason: 'if things go on as they are ("heldur" is no "rather" here)' },
  { text: 'Göngur og réttir fóru fram um helgina.', key: 'göngur og réttir', words: ['Göngur', 'og', 'réttir'], reason: 'the autumn sheep round-up, not walks and courts' },
  { text: 'Hann krafðist þess að ummælin yrðu dæmd dauð og ómerk.', key: 'dauð og ómerk', words: ['dauð', 'og', 'ómerk'], reason: 'null and void' },
  { text: 'Um er að ræða svartþröst af tegund sem á heimkynni sín í Síberíu.', key: 'um er að ræða', words: ['Um', 'er', 'að', 'ræða'], reason: 'it is a case of, not discuss' },
  { text: 'Hann var horaður en að öðru leyti við góða heilsu.', key: 'við góða heilsu', words: ['við', 'góða', 'heilsu'], reason: 'in good health, not with' },
  { text: 'Neytendur geta skipt um sölufyrirtæki sér að kostnaðarlausu.', key: 'að kostnaðarlausu', words: ['að', 'kostnaðarlausu'], reason: 'free of charge' },
  { text: 'Hann meiddist en reiknað er með að hann verði leikfær.', key: 'reiknað er með', words: ['reiknað', 'er', 'með'], reason: 'it is expected, in the impersonal passive' },
  { text: 'Engin hætta er talin steðja að byggð eins og sakir standa.', key: 'eins og sakir standa', words: ['eins', 'og', 'sakir', 'standa'], reason: 'as things stand, longer than "eins og"' },
  { text: 'Söngkonan segist miður sín vegna þessa.', key: 'miður sín', words: ['miður', 'sín'], reason: 'upset' },
  { text: 'Dregið var úr umsóknum að viðstöddum sýslumanni.', key: 'að viðstöddum', words: ['að', 'viðstöddum'], reason: 'in the presence of' },
  { text: 'Engin slys urðu á fólki í árekstrinum.', key: 'slys urðu á fólki', words: ['slys', 'urðu', 'á', 'fólki'], reason: 'nobody was hurt' },
  { text: 'Unnið er að því að útvega lyfin eftir öðrum leiðum.', key: 'eftir öðrum leiðum', words: ['eftir', 'öðrum', 'leiðum'], reason: 'by other means' },
  { text: 'Gert er ráð fyrir að veðrið gangi niður undir kvöld.', key: 'undir kvöld', words: ['undir', 'kvöld'], reason: 'towards evening' },
  { text: 'Halastjarnan hefur sést með berum augum.', key: 'með berum augum', words: ['með', 'berum', 'augum'], reason: 'with the naked eye' },
  { text: 'Nokkur hús hafa verið rýmd í varúðarskyni.', key: 'í varúðarskyni', words: ['í', 'varúðarskyni'], reason: 'as a precaution' },
  { text: 'Margir hlupu til styrktar góðgerðarfélögum.', key: 'til styrktar', words: ['til', 'styrktar'], reason: 'in support of' },
  { text: 'Handritin verða til sýnis í nýju húsi.', key: 'til sýnis', words: ['til', 'sýnis'], reason: 'on display, not "verða til" (come into being)' },
  { text: 'Þau vilja laða unga lækna út á land.', key: 'út á land', words: ['út', 'á', 'land'], reason: 'out to the country' },
  { text: 'Greiðslukort virkuðu þó eðlilega allan tímann.', key: 'allan tímann', words: ['allan', 'tímann'], reason: 'the whole time' },
  { text: 'Tildrög slyssins eru til rannsóknar.', key: 'til rannsóknar', words: ['til', 'rannsóknar'], reason: 'under investigation' },
  { text: 'Gestir koma og tveir þriðju þeirra erlendis frá.', key: 'tveir þriðju', words: ['tveir', 'þriðju'], reason: 'a fraction: two thirds, not "two third"' },
  { text: 'Ekkert bendir til þess að kvika sé á ferðinni.', key: 'á ferðinni', words: ['á', 'ferðinni'], reason: 'on the move' },
  { text: 'Flugfargjöld til útlanda lækkuðu.', key: 'til útlanda', words: ['til', 'útlanda'], reason: 'abroad' },
  { text: 'Samtökin reyndu að stöðva framkvæmdina fyrir dómstólum.', key: 'fyrir dómstólum', words: ['fyrir', 'dómstólum'], reason: 'in the courts' },
  { text: 'Þetta staðfestir það sem lengi hefur verið varað við.', key: 'það sem', words: ['það', 'sem'], reason: 'what, that which' },
  { text: 'Þeir segja ekki hætta á ferðum fyrir þá sem borða krækling.', key: 'hætta á ferðum', words: ['hætta', 'á', 'ferðum'], reason: 'danger afoot, the longer phrase over "hætta á"' },
  { text: 'Vindhviður verða allt að 35 metrum á sekúndu.', key: 'á sekúndu', words: ['á', 'sekúndu'], reason: 'per second' },
  { text: 'Ökumönnum á ferð með eftirvagna er ráðlagt að fresta ferðum.', key: 'á ferð', words: ['á', 'ferð'], reason: 'travelling' },
  { text: 'Nemendur standa jafnöldrum sínum að baki í lesskilningi.', key: 'að baki', words: ['að', 'baki'], reason: 'behind' },
  { text: 'Icelandair mun hefja beint flug til Nashville.', key: 'beint flug', words: ['beint', 'flug'], reason: 'direct flight' },
  { text: 'Flogið verður frá apríl fram í október.', key: 'fram í', words: ['fram', 'í'], reason: 'until' },
  { text: 'Dæmi eru um að fólk liggi á göngum deildarinnar.', key: 'dæmi eru um', words: ['Dæmi', 'eru', 'um'], reason: 'there are cases' },
  { text: 'Fjölgunin er ekki endilega merki um meira ofbeldi.', key: 'ekki endilega', words: ['ekki', 'endilega'], reason: 'not necessarily' },
  { text: 'Hann ók á 164 kílómetra hraða á klukkustund.', key: 'á klukkustund', words: ['á', 'klukkustund'], reason: 'per hour' },
  { text: 'Stöðin á að framleiða tuttugu þúsund tonn á ári.', key: 'á ári', words: ['á', 'ári'], reason: 'per year' },
  { text: 'Ákvörðunin kom flestum í opna skjöldu.', key: 'í opna skjöldu', words: ['í', 'opna', 'skjöldu'], reason: 'by surprise' },
  { text: 'Erfitt er að fá fólk til starfa.', key: 'til starfa', words: ['til', 'starfa'], reason: 'to work' },
  { text: 'Þjófarnir voru á bak og burt þegar lögregla kom.', key: 'á bak og burt', words: ['á', 'bak', 'og', 'burt'], reason: 'long gone' },
  { text: 'Ekki er von á úrbótum fyrr en eftir áramót.', key: 'von á', words: ['von', 'á'], reason: 'expected' },
  { text: 'Ekki er von á úrbótum fyrr en eftir áramót.', key: 'fyrr en', words: ['fyrr', 'en'], reason: 'until, six words after a negation' },
  { text: 'Skortur er á nokkrum algengum lyfjum.', key: 'skortur er á', words: ['Skortur', 'er', 'á'], reason: 'there is a shortage of' },
  { text: 'Unglingar sofa minna en sjö klukkustundir á nóttu.', key: 'á nóttu', words: ['á', 'nóttu'], reason: 'a night, per night' },
  { text: 'Þjálfarinn gerði breytingar á síðustu stundu.', key: 'á síðustu stundu', words: ['á', 'síðustu', 'stundu'], reason: 'at the last minute' },
  { text: 'Gjaldið hækkar um áramótin.', key: 'um áramótin', words: ['um', 'áramótin'], reason: 'at New Year, not "about"' },
  { text: 'Slökkviliðsmenn björguðu konunni út um glugga.', key: 'út um', words: ['út', 'um'], reason: 'out through' },
  { text: 'Fjölgunin skýrist að langmestu leyti af aðflutningi.', key: 'að langmestu leyti', words: ['að', 'langmestu', 'leyti'], reason: 'for the most part' },
  { text: 'Börn fá ekki aðstoð fyrr en seint og um síðir.', key: 'seint og um síðir', words: ['seint', 'og', 'um', 'síðir'], reason: 'at long last' },
  { text: 'Þær geta ekki haldið því áfram til lengdar.', key: 'til lengdar', words: ['til', 'lengdar'], reason: 'in the long run' },
  { text: 'Ég hef aldrei upplifað annað eins.', key: 'annað eins', words: ['annað', 'eins'], reason: 'anything like it' },
  { text: 'Hún missti á þriðja tug kinda.', key: 'á þriðja tug', words: ['á', 'þriðja', 'tug'], reason: 'twenty-odd' },
  { text: 'Lífeyrir verður hækkaður í áföngum.', key: 'í áföngum', words: ['í', 'áföngum'], reason: 'in stages' },
  { text: 'Maðurinn var kominn undir læknishendur á Landspítalanum.', key: 'undir læknishendur', words: ['undir', 'læknishendur'], reason: 'in the care of doctors' },
  { text: 'Vextir verða háir enn um sinn.', key: 'um sinn', words: ['um', 'sinn'], reason: 'for the time being' },
  { text: 'Pallurinn stendur austan megin árinnar.', key: 'austan megin', words: ['austan', 'megin'], reason: 'on the east side' },
  { text: 'Verkfallið hefst að óbreyttu á mánudag.', key: 'að óbreyttu', words: ['að', 'óbreyttu'], reason: 'if nothing changes' },
  { text: 'Safnið hefur fengið að gjöf gamlar myndir.', key: 'að gjöf', words: ['að', 'gjöf'], reason: 'as a gift' },
  { text: 'Það kostar minna en áður.', key: 'minna en', words: ['minna', 'en'], reason: 'less than' },
  { text: 'Framkvæmdir eru komnar vel á veg.', key: 'vel á veg', words: ['vel', 'á', 'veg'], reason: 'well under way' },
  { text: 'Snjóframleiðsla hefur gengið vonum framar síðustu vikur.', key: 'vonum framar', words: ['vonum', 'framar'], reason: 'better than expected' },
  { text: 'Börnin nota ensku sín á milli.', key: 'sín á milli', words: ['sín', 'á', 'milli'], reason: 'among themselves' },
  { text: 'Lögreglan hafði fylgst með mönnunum um nokkurt skeið.', key: 'um nokkurt skeið', words: ['um', 'nokkurt', 'skeið'], reason: 'for some time, not a spoon' },
  { text: 'Lögreglan fann í fórum þeirra verkfæri.', key: 'í fórum', words: ['í', 'fórum'], reason: 'in the possession of' },
  { text: 'Staðurinn verður lokaður um óákveðinn tíma.', key: 'um óákveðinn tíma', words: ['um', 'óákveðinn', 'tíma'], reason: 'indefinitely, not "about"' },
  { text: 'Það kom ekkert út úr fundinum.', key: 'út úr', words: ['út', 'úr'], reason: '"út úr" (out of), not "koma út" (come out)' },
  { text: 'Liðið sneri leiknum sér í vil í þriðja leikhluta.', key: 'í vil', words: ['í', 'vil'], reason: 'in (their) favour, not "want"' },
  { text: 'Óheimilt er að hækka leigu oftar en einu sinni á ári.', key: 'einu sinni', words: ['einu', 'sinni'], reason: 'once' },
  { text: 'Þar var ekki einu sinni að finna málið.', key: 'ekki einu sinni', words: ['ekki', 'einu', 'sinni'], reason: 'not even, not "not once"' },
  { text: 'Eftirspurn eftir ferðum að vetrarlagi hefur aukist.', key: 'að vetrarlagi', words: ['að', 'vetrarlagi'], reason: 'in winter, not "that" + a song' },
  { text: 'Markmiðin eru fjarri því að nást.', key: 'fjarri því', words: ['fjarri', 'því'], reason: 'far from' },
  { text: 'Fjölskyldan flytur úr sveit á mölina.', key: 'á mölina', words: ['á', 'mölina'], reason: 'to the town, not onto gravel' },
  { text: 'Viðgerð lauk ekki fyrr en undir miðnætti.', key: 'undir miðnætti', words: ['undir', 'miðnætti'], reason: 'towards midnight, not "under"' },
  { text: 'Hún hefur skrifað á sjötta tug bóka.', key: 'á sjötta tug', words: ['á', 'sjötta', 'tug'], reason: 'over fifty' },
  { text: 'Veiðin hefur verið dræm víðast hvar.', key: 'víðast hvar', words: ['víðast', 'hvar'], reason: 'in most places' },
  { text: 'Þyrlan lenti laust eftir klukkan þrjú.', key: 'laust eftir', words: ['laust', 'eftir'], reason: 'shortly after, not "available"' },
  { text: 'Sjúklingar hafa þurft að bíða klukkustundum saman.', key: 'klukkustundum saman', words: ['klukkustundum', 'saman'], reason: 'for hours on end' },
  { text: 'Lögreglan hvetur eigendur til að huga að eignum sínum.', key: 'huga að', words: ['huga', 'að'], reason: 'look after' },
  { text: 'Þjófarnir hafa haft á brott með sér raftæki.', key: 'á brott', words: ['á', 'brott'], reason: 'away' },
  { text: 'Vaxtamunur bankanna er með því hæsta sem þekkist.', key: 'með því hæsta', words: ['með', 'því', 'hæsta'], reason: 'among the highest' },
  { text: 'Hann sagði samfélagið allt í sárum.', key: 'í sárum', words: ['í', 'sárum'], reason: 'grieving, not "in wounds"' },
  { text: 'Félagið hættir áætlunarflugi um mánaðamótin.', key: 'um mánaðamótin', words: ['um', 'mánaðamótin'], reason: 'at the turn of the month' },
  { text: 'Öryggismál voru efst á baugi á fundinum.', key: 'efst á baugi', words: ['efst', 'á', 'baugi'], reason: 'top of the agenda, not a ring' },
  { text: 'Amman er á batavegi.', key: 'á batavegi', words: ['á', 'batavegi'], reason: 'on the mend' },
  { text: 'Biðraðir mynduðust beggja vegna ganganna.', key: 'beggja vegna', words: ['beggja', 'vegna'], reason: 'on both sides of, not "because of"' },
  { text: 'Kórinn heldur tónleika um næstu helgi.', key: 'um næstu helgi', words: ['um', 'næstu', 'helgi'], reason: 'next weekend' },
  { text: 'Jólalög í bland við nýrri verk.', key: 'í bland við', words: ['í', 'bland', 'við'], reason: 'mixed with' },
  { text: 'Svíar sneru leiknum sér í hag á lokamínútunum.', key: 'í hag', words: ['í', 'hag'], reason: 'in their favour' },
  { text: 'Rannsóknin er sú fyrsta sinnar tegundar hér á landi.', key: 'sinnar tegundar', words: ['sinnar', 'tegundar'], reason: 'of its kind' },
  { text: 'Mennirnir voru látnir lausir að loknum yfirheyrslum.', key: 'að loknum', words: ['að', 'loknum'], reason: 'after (the end of), before its dative noun' },
  { text: 'Þýfið fannst skammt frá vettvangi.', key: 'skammt frá', words: ['skammt', 'frá'], reason: 'near' },
  { text: 'Ráðherra segir að enn sé langt í land.', key: 'langt í land', words: ['langt', 'í', 'land'], reason: 'a long way to go' },
  { text: 'Reikistjarnan er svipuð jörðinni að stærð.', key: 'að stærð', words: ['að', 'stærð'], reason: 'in size, ending its clause' },
  { text: 'Öðrum tónleikum var bætt við daginn eftir.', key: 'daginn eftir', words: ['daginn', 'eftir'], reason: 'the next day' },
  { text: 'Þau fá að dvelja heima, að því gefnu að ekkert gjósi.', key: 'að því gefnu', words: ['að', 'því', 'gefnu'], reason: 'provided (that)' },
  { text: 'Kvótinn var skorinn niður að tillögu Hafrannsóknastofnunar.', key: 'að tillögu', words: ['að', 'tillögu'], reason: 'on the recommendation of' },
  { text: 'Hann segir að himinn og haf skilji enn á milli aðila.', key: 'himinn og haf', words: ['himinn', 'og', 'haf'], reason: 'worlds apart' },
  { text: 'Plastið hafði borist langt að.', key: 'langt að', words: ['langt', 'að'], reason: 'from far away' },
  { text: 'Slökkviliðið réð niðurlögum eldsins á skömmum tíma.', key: 'á skömmum tíma', words: ['á', 'skömmum', 'tíma'], reason: 'in a short time' },
  { text: 'Verkið gerist í sjávarþorpi á sjöunda áratugnum.', key: 'á sjöunda áratugnum', words: ['á', 'sjöunda', 'áratugnum'], reason: 'in the sixties' },
  { text: 'Plássin eru fyrir börn á aldrinum eins til fimm ára.', key: 'á aldrinum', words: ['á', 'aldrinum'], reason: 'aged (a range of ages)' },
  { text: 'Hann er grunaður um ölvun við akstur.', key: 'ölvun við akstur', words: ['ölvun', 'við', 'akstur'], reason: 'drink-driving, not "drunkenness with drive"' },
  { text: 'Hann var fluttur með hraði á sjúkrahús.', key: 'með hraði', words: ['með', 'hraði'], reason: 'rushed, in haste' },
  { text: 'Hún starfaði við hlið hans í mörg ár.', key: 'við hlið', words: ['við', 'hlið'], reason: 'beside' },
  { text: 'Gosið virðist vera í rénun.', key: 'í rénun', words: ['í', 'rénun'], reason: 'subsiding' },
  { text: 'Þeir vörðu þremur klukkustundum á dag í símanum.', key: 'á dag', words: ['á', 'dag'], reason: 'a day, per day' },
  { text: 'Vegir geta lokast með skömmum fyrirvara.', key: 'með skömmum fyrirvara', words: ['með', 'skömmum', 'fyrirvara'], reason: 'at short notice' },
  { text: 'Varað er við hríð á Norðurlandi eystra.', key: 'norðurlandi eystra', words: ['Norðurlandi', 'eystra'], reason: 'the region (north-east), not "more easterly"' },
  { text: 'Verðið hefur lækkað um tíu krónur á lítrann síðan í september.', key: 'síðan í', words: ['síðan', 'í'], reason: 'since, before a month' },
  { text: 'Verðið hefur lækkað um tíu krónur á lítrann.', key: 'á lítrann', words: ['á', 'lítrann'], reason: 'per litre' },
  { text: 'Hún starfar á sviði menntamála.', key: 'á sviði', words: ['á', 'sviði'], reason: '"á sviði" before a genitive = in the field of' },
  { text: 'Rithöfundar lesa upp víða um land fram að jólum.', key: 'fram að', words: ['fram', 'að'], reason: '"fram að" before a noun = until' },
];

describe('fixed phrases', () => {
  it.each(phraseRows)('$key in "$text" ($reason)', ({ text, key, words }) => {
    const a = analyser.analyse(text);
    const idx = a.phrases.findIndex((p) => p.key === key);
    expect(idx, JSON.stringify(a.phrases)).toBeGreaterThanOrEqual(0);
    expect(a.tokens.filter((t) => t.phrase === idx).map((t) => t.text)).toEqual(words);
    expect(text.slice(a.phrases[idx].start, a.phrases[idx].end).toLowerCase()).toBe(key);
    expect(a.entries[key]?.[0]?.senses.length).toBeGreaterThan(0);
  });

  it('does not match across punctuation', () => {
    const a = analyser.analyse('Hann kom í. Gær var gott.');
    expect(a.phrases.map((p) => p.key)).not.toContain('í gær');
  });
});

interface VerbPhraseRow {
  text: string;
  key: string;
  /** The phrase's own words (a gap's words are not part of it). */
  words: string[];
  reason: string;
}

const verbPhraseRows: VerbPhraseRow[] = [
  { text: 'Íbúar ganga til atkvæða á laugardag.', key: 'ganga til atkvæða', words: ['ganga', 'til', 'atkvæða'], reason: 'a fixed phrase' },
  { text: 'Tveir komust lífs af.', key: 'komast lífs af', words: ['komust', 'lífs', 'af'], reason: 'middle voice verb, matched by its lemma' },
  { text: 'Stofnunin heimilaði undanþágur svo flytja megi inn lyf.', key: 'flytja inn', words: ['flytja', 'inn'], reason: 'a modal of an impersonal construction in the gap' },
  { text: 'Eftirlitið metur hvort grípa þurfi til aðgerða.', key: 'grípa til', words: ['grípa', 'til'], reason: '"þurfi" in the gap' },
  { text: 'Bylgjurnar urðu til við árekstur tveggja svarthola.', key: 'verða til', words: ['urðu', 'til'], reason: 'came into being' },
  { text: 'Lottóvinningurinn gekk ekki út um helgina.', key: 'ganga út', words: ['gekk', 'út'], reason: 'a negation in the gap' },
  { text: 'Þetta gæti talist ganga út á það að fólk megi ekkert.', key: 'ganga út á', words: ['ganga', 'út', 'á'], reason: 'the longer phrase wins' },
  { text: 'Tveir miðahafar skiptu með sér bónusvinningnum.', key: 'skipta með sér', words: ['skiptu', 'með', 'sér'], reason: 'a reflexive phrase' },
  { text: 'Sjúkratryggingar hafa samið við einkarekna stofu.', key: 'semja við', words: ['samið', 'við'], reason: 'supine matched by its lemma' },
  { text: 'Svarta þoka skall á upp úr hádegi.', key: 'skella á', words: ['skall', 'á'], reason: 'a strong past matched by its lemma' },
  { text: 'Einelti á netinu færist í aukana.', key: 'færast í aukana', words: ['færist', 'í', 'aukana'], reason: 'middle voice of færa' },
  { text: 'Við ákvörðun refsingar var litið til þess að hann hefði sýnt iðrun.', key: 'líta til', words: ['litið', 'til'], reason: 'an impersonal passive' },
  { text: 'Minjavernd lagðist gegn því að það yrði rifið.', key: 'leggjast gegn', words: ['lagðist', 'gegn'], reason: 'middle voice of leggja' },
  { text: 'Framlögin hafa ekki haldist í hendur við fjölgun nemenda.', key: 'haldast í hendur', words: ['haldist', 'í', 'hendur'], reason: 'middle voice supine of halda' },
  { text: 'Hún segir að unnið sé að ýmsum úrbótum.', key: 'vinna að', words: ['unnið', 'að'], reason: 'a subjunctive auxiliary of an impersonal passive in the gap' },
  { text: 'Við ættum frekar að lengja opnunartímann.', key: 'eiga að', words: ['ættum', 'að'], reason: '"frekar" in the gap' },
  { text: 'Það skýtur því skökku við að borgin skuli stytta opnunartímann.', key: 'skjóta skökku við', words: ['skýtur', 'skökku', 'við'], reason: 'a pronoun in the gap' },
  { text: 'Ísland tapaði naumlega fyrir Svíum.', key: 'tapa fyrir', words: ['tapaði', 'fyrir'], reason: 'a manner adverb in "-lega" in the gap' },
  { text: 'Seinni hlutinn dregst nokkuð á langinn.', key: 'dragast á langinn', words: ['dregst', 'á', 'langinn'], reason: '"nokkuð" in the gap' },
  { text: 'Sænska liðið sótti í sig veðrið eftir hlé.', key: 'sækja í sig veðrið', words: ['sótti', 'í', 'sig', 'veðrið'], reason: 'a four-word idiom' },
  { text: 'Riðuveiki hefur sett strik í reikninginn víða.', key: 'setja strik í reikninginn', words: ['sett', 'strik', 'í', 'reikninginn'], reason: 'a four-word idiom' },
  { text: 'Mennirnir neituðu sök fyrir dómi.', key: 'neita sök', words: ['neituðu', 'sök'], reason: 'a fixed object' },
  { text: 'Þetta er skref í rétta átt, en við eigum enn langt í land.', key: 'eiga langt í land', words: ['eigum', 'langt', 'í', 'land'], reason: 'an adverb in the gap' },
  { text: 'Hann sagði aðgerðirnar farnar að skila sér.', key: 'fara að', words: ['farnar', 'að'], reason: 'a participle before "að" and an infinitive' },
  { text: 'Heimilin finna enn fyrir háum vöxtum.', key: 'finna fyrir', words: ['finna', 'fyrir'], reason: 'an adverb in the gap' },
  { text: 'Sameinað félag mun ráða yfir tólf prósentum aflaheimilda.', key: 'ráða yfir', words: ['ráða', 'yfir'], reason: 'control' },
  { text: 'Á annan tug manna hafa verið lagðir inn á spítala.', key: 'leggja inn', words: ['lagðir', 'inn'], reason: 'a passive participle matched by its lemma' },
  { text: 'Veitur biðjast velvirðingar á óþægindunum.', key: 'biðjast velvirðingar', words: ['biðjast', 'velvirðingar'], reason: 'middle voice of biðja' },
  { text: 'Hún ólst þar upp.', key: 'alast upp', words: ['ólst', 'upp'], reason: 'middle voice of ala, an adverb in the gap' },
  { text: 'Ég átti alls ekki von á þessu.', key: 'eiga von á', words: ['átti', 'von', 'á'], reason: '"alls ekki" in the gap' },
  { text: 'Gagnrýnendur hafa farið lofsamlegum orðum um myndina.', key: 'fara lofsamlegum orðum um', words: ['farið', 'lofsamlegum', 'orðum', 'um'], reason: 'praise: the verb in any form, the rest as written' },
  { text: 'Hann sagði að skipið bar af leið.', key: 'bera af leið', words: ['bar', 'af', 'leið'], reason: 'drift off course' },
  { text: 'Heilsugæslan lengdi opnunartímann til að koma til móts við fólk.', key: 'koma til móts við', words: ['koma', 'til', 'móts', 'við'], reason: 'accommodate: longer than "koma til"' },
  { text: 'Gripið fram í.', key: 'grípa fram í', words: ['Gripið', 'fram', 'í'], reason: 'interrupt (parliament transcripts)' },
  { text: 'Ríkið hefur heitið því að standa straum af kostnaðinum.', key: 'standa straum af', words: ['standa', 'straum', 'af'], reason: 'pay for, cover' },
  { text: 'Ríkið hefur heitið því að borga.', key: 'heita því að', words: ['heitið', 'því', 'að'], reason: 'promise to (not "be called")' },
  { text: 'Þúsundir farþega ganga í land sama daginn.', key: 'ganga í land', words: ['ganga', 'í', 'land'], reason: 'go ashore, longer than "ganga í" (join)' },
  { text: 'Fyrirtækið áætlar að fiskarnir skipti þúsundum.', key: 'skipta þúsundum', words: ['skipti', 'þúsundum'], reason: 'number in the thousands' },
  { text: 'Breiðablik lagði KR að velli í gærkvöld.', key: 'leggja að velli', words: ['lagði', 'að', 'velli'], reason: 'defeat, with a name in the gap' },
  { text: 'Blikar sneru taflinu við í síðari hálfleik.', key: 'snúa taflinu við', words: ['sneru', 'taflinu', 'við'], reason: 'turn the tables, longer than "snúa við"' },
  { text: 'Talið er að ferðamenn hafi villst á ísbirni og steini.', key: 'villast á', words: ['villst', 'á'], reason: 'mistake one thing for another (middle voice of villa)' },
  { text: 'Argentína datt út fyrir Frökkum á HM.', key: 'detta út fyrir', words: ['datt', 'út', 'fyrir'], reason: 'be knocked out by, longer than "út fyrir" (outside)' },
  { text: 'Hlutfall eldri borgara fer hækkandi.', key: 'fara hækkandi', words: ['fer', 'hækkandi'], reason: 'be rising: "fara" + a present participle' },
  { text: 'Ungt fólk hefur varla efni á að kaupa íbúð.', key: 'hafa efni á', words: ['hefur', 'efni', 'á'], reason: 'afford, with an adverb in the gap' },
  { text: 'Leigufélag getur haldið aftur af verðhækkunum.', key: 'halda aftur af', words: ['haldið', 'aftur', 'af'], reason: 'hold back, longer than "halda áfram"-like two-word phrases' },
  { text: 'Rarik biður íbúa afsökunar á óþægindunum.', key: 'biðja afsökunar', words: ['biður', 'afsökunar'], reason: 'apologise, with a noun object in the gap before a phrase-final noun' },
  { text: 'Þau vilja að ríkið taki aukinn þátt í rekstri flugsins.', key: 'taka þátt í', words: ['taki', 'þátt', 'í'], reason: 'an adjective that is also a participle ("aukinn") may stand in the gap before the noun' },
  { text: 'Hann segir mikilvægt að halda mælingum áfram svo hægt sé að fylgjast með.', key: 'halda áfram', words: ['halda', 'áfram'], reason: 'a noun object before a particle that is never a preposition, which need not end the clause' },
  { text: 'Féð var dregið í dilka í gær.', key: 'draga í dilka', words: ['dregið', 'í', 'dilka'], reason: 'sort into pens, from a participle' },
  { text: 'Hún tók sæti á Alþingi í fyrra.', key: 'taka sæti', words: ['tók', 'sæti'], reason: 'take a seat in parliament, not a place in a ranking' },
  { text: 'Leikmennirnir fara eftir því sem þjálfarinn vill.', key: 'fara eftir því sem', words: ['fara', 'eftir', 'því', 'sem'], reason: 'follow what, longer than "eftir því sem"' },
  { text: 'Maðurinn náði að hringja í Neyðarlínuna.', key: 'ná að', words: ['náði', 'að'], reason: 'manage to' },
  { text: 'Ummælin hefðu átt erindi við almenning.', key: 'eiga erindi við almenning', words: ['átt', 'erindi', 'við', 'almenning'], reason: 'be of public interest, longer than "eiga erindi við"' },
  { text: 'Ummælin féllu innan marka tjáningarfrelsis.', key: 'falla innan', words: ['féllu', 'innan'], reason: 'fall within' },
  { text: 'Útgerðin hefur beðist afsökunar á lekanum.', key: 'biðjast afsökunar', words: ['beðist', 'afsökunar'], reason: 'apologise: the middle voice has its own row' },
  { text: 'Of snemmt er að segja til um hvort fuglar hafi skaðast.', key: 'segja til um', words: ['segja', 'til', 'um'], reason: 'say for certain' },
  { text: 'Kórinn vann keppni sem fram fór í Austurríki.', key: 'fram fara', words: ['fram', 'fór'], reason: 'take place, with the particle before its verb' },
  { text: 'Heimildir herma að enn beri nokkuð í milli í skattamálum.', key: 'bera í milli', words: ['beri', 'í', 'milli'], reason: 'be a gap between, with "nokkuð" in the gap' },
  { text: 'Fuglaáhugamenn hafa flykkst austur til að berja fuglinn augum.', key: 'berja augum', words: ['berja', 'augum'], reason: 'set eyes on, with the object in the gap' },
  { text: 'Hann skoraði þegar örfáar sekúndur lifðu leiks.', key: 'lifa leiks', words: ['lifðu', 'leiks'], reason: 'remain of a game, not live' },
  { text: 'Með sigrinum komst Keflavík upp í annað sæti.', key: 'komast upp í', words: ['komst', 'upp', 'í'], reason: 'move up to a place in a table, with the name of the subject in the gap' },
  { text: 'Alls tóku rúmlega sextíu kórar frá tuttugu löndum þátt í keppninni.', key: 'taka þátt', words: ['tóku', 'þátt'], reason: 'a whole subject between verb and noun (a long gap, for a few phrases whose noun is theirs alone)' },
  { text: 'Borgin hvetur íbúa til að skipta yfir á sumardekk sem fyrst.', key: 'skipta yfir á', words: ['skipta', 'yfir', 'á'], reason: 'switch to' },
  { text: 'Foreldrar hafa lengi þrýst á um breytinguna.', key: 'þrýsta á um', words: ['þrýst', 'á', 'um'], reason: 'push for, longer than "þrýsta á"' },
  { text: 'Það var göngufólk sem kom auga á hundinn.', key: 'koma auga á', words: ['kom', 'auga', 'á'], reason: 'spot' },
  { text: 'Lögreglan hafði hendur í hári þeirra skömmu síðar.', key: 'hafa hendur í hári', words: ['hafði', 'hendur', 'í', 'hári'], reason: 'catch (someone)' },
  { text: 'Hann er grunaður um að hafa ráðist á annan mann með hnífi.', key: 'ráðast á', words: ['ráðist', 'á'], reason: 'attack: the middle voice\'s own phrase' },
  { text: 'Mikilvægt er að íslenskan haldi í við tækniþróunina.', key: 'halda í við', words: ['haldi', 'í', 'við'], reason: 'keep up with' },
  { text: 'Svo hún verði ekki undir í samkeppninni.', key: 'verða undir', words: ['verði', 'undir'], reason: 'lose out, with "ekki" in the gap' },
  { text: 'Orðið hefur þegar náð fótfestu í málinu.', key: 'ná fótfestu', words: ['náð', 'fótfestu'], reason: 'gain a foothold' },
  { text: 'Tvö skip rákust saman í mynni fjarðarins.', key: 'rekast saman', words: ['rákust', 'saman'], reason: 'collide: the middle voice of reka' },
  { text: 'Gagnrýnt er að ekki sé gengið nógu langt.', key: 'ganga nógu langt', words: ['gengið', 'nógu', 'langt'], reason: 'go far enough, not walk' },
  { text: 'Reykkafarar athöfnuðu sig í íbúðinni.', key: 'athafna sig', words: ['athöfnuðu', 'sig'], reason: 'do their work' },
  { text: 'Félagið tilkynnti árásina til lögreglu strax á mánudag.', key: 'tilkynna til', words: ['tilkynnti', 'til'], reason: 'report to, with the object in the gap' },
  { text: 'Íslenska liðið tapaði 2:0 fyrir Frökkum í gær.', key: 'tapa fyrir', words: ['tapaði', 'fyrir'], reason: 'lose to, with the score in the gap' },
  { text: 'Tveir leikmenn missa af leiknum vegna meiðsla.', key: 'missa af', words: ['missa', 'af'], reason: 'miss (a game), not lose' },
  { text: 'Enn er töluvert um að plast endi í almennu sorpi.', key: 'enda í', words: ['endi', 'í'], reason: 'end up in' },
  { text: 'Þeir tókust meðal annars á um hlutverk forsetans.', key: 'takast á um', words: ['tókust', 'á', 'um'], reason: 'clash over, with "meðal annars" in the gap' },
  { text: 'Hann var bundinn í línu, sem varð honum líklega til lífs.', key: 'verða til lífs', words: ['varð', 'til', 'lífs'], reason: 'save a life, longer than "verða til"' },
  { text: 'Ríkissáttasemjari hefur boðað deiluaðila til fundar á mánudag.', key: 'boða til fundar', words: ['boðað', 'til', 'fundar'], reason: 'a noun object in the gap of a longer phrase that ends in a noun' },
  { text: 'Auðvitað héldu fjárfestar að sér höndum eftir hrunið.', key: 'halda að sér höndum', words: ['héldu', 'að', 'sér', 'höndum'], reason: 'hold back, with the subject noun in the gap' },
  { text: 'Sveitarfélögin segjast ekki geta gengið að kröfunum óbreyttum.', key: 'ganga að kröfunum', words: ['gengið', 'að', 'kröfunum'], reason: 'accept the demands' },
  { text: 'Kjósendur eru orðnir þreyttir á stjórninni.', key: 'þreyttur á', words: ['þreyttir', 'á'], reason: 'an adjective and its preposition, by the adjective\'s lemma = tired of' },
  { text: 'Jarðgöng undir Fjarðarheiði boðin út.', key: 'bjóða út', words: ['boðin', 'út'], reason: 'a participle and its particle = put out to tender' },
  { text: 'Þrjátíu manns hafa verið beðnir um að halda sig heima.', key: 'halda sig', words: ['halda', 'sig'], reason: 'a verb and its reflexive = stay' },
  { text: 'Viðskiptavinir gátu hvorki skráð sig inn í netbankann né notað appið.', key: 'skrá sig inn', words: ['skráð', 'sig', 'inn'], reason: 'log in: the longer phrase, not "inn í" (into)' },
  { text: 'Brotin komust upp þegar nýr fjármálastjóri tók við störfum.', key: 'komast upp', words: ['komust', 'upp'], reason: 'middle voice + particle = come to light' },
  { text: 'Tveir fólksbílar skullu saman á Reykjanesbraut.', key: 'skella saman', words: ['skullu', 'saman'], reason: 'collide' },
  { text: 'Sumir foreldrar óttast að ná ekki sambandi við börn sín.', key: 'ná sambandi', words: ['ná', 'sambandi'], reason: 'a verb and its noun across "ekki" = get in touch' },
  { text: 'Ungt fólk sér sér ekki fært að hefja búskap.', key: 'sjá sér ekki fært', words: ['sér', 'sér', 'ekki', 'fært'], reason: 'be unable to, matched by the verb\'s lemma' },
  { text: 'Lögregla biður fólk að fara varlega með eld.', key: 'fara varlega með', words: ['fara', 'varlega', 'með'], reason: 'be careful with: the longer phrase, not "fara með" with a gap' },
  { text: 'Hvor aðilinn kennir hinum um.', key: 'kenna um', words: ['kennir', 'um'], reason: '"the other" may stand in the gap: blame' },
  { text: 'Neyð almennra borgara er gríðarleg.', key: 'almennur borgari', words: ['almennra', 'borgara'], reason: 'adjective + noun by their lemmas = civilians' },
  { text: 'Dómurinn féllst á kröfu um að hann sæti gæsluvarðhaldi í tvær vikur.', key: 'sæta gæsluvarðhaldi', words: ['sæti', 'gæsluvarðhaldi'], reason: 'the phrase picks sæta (undergo) among the readings of "sæti", not sitja' },
  { text: 'Starfsmönnum tókst að koma rafmagni á að nýju.', key: 'koma rafmagni á', words: ['koma', 'rafmagni', 'á'], reason: 'restore power' },
  { text: 'Hún var dæmd fyrir að hafa svikið fé út úr öldruðum nágranna sínum.', key: 'svíkja fé út úr', words: ['svikið', 'fé', 'út', 'úr'], reason: 'the longer phrase, not "út úr"' },
  { text: 'Útgerðarmenn segja skerðinguna koma sér illa.', key: 'koma sér illa', words: ['koma', 'sér', 'illa'], reason: 'be bad for' },
  { text: 'Fleiri treysta sér nú til að segja frá.', key: 'segja frá', words: ['segja', 'frá'], reason: 'tell, speak out' },
  { text: 'Þau sögðu sig frá þessari vinnu.', key: 'segja sig frá', words: ['sögðu', 'sig', 'frá'], reason: 'withdraw from: the longer phrase' },
  { text: 'Hátt verðlag er farið að fæla ferðamenn frá.', key: 'fæla frá', words: ['fæla', 'frá'], reason: 'a noun object before a particle: deter' },
  { text: 'Kennurum hafði staðið til boða námskeið í allt sumar.', key: 'standa til boða', words: ['staðið', 'til', 'boða'], reason: 'be on offer: the longer phrase, not "standa til"' },
  { text: 'Alls sóttu fjórtán um stöðuna.', key: 'sækja um', words: ['sóttu', 'um'], reason: 'a numeral subject in the gap: apply for' },
  { text: 'Vatn lak inn eftir að lögn gaf sig.', key: 'gefa sig', words: ['gaf', 'sig'], reason: 'give way' },
  { text: 'Margir hafa þurft að taka sér frí frá vinnu.', key: 'taka sér frí', words: ['taka', 'sér', 'frí'], reason: 'take time off' },
  { text: 'Læknar ávísa öðrum lyfjum þar sem því verður við komið.', key: 'verða við komið', words: ['verður', 'við', 'komið'], reason: 'where possible, not "verða við" (comply with)' },
  { text: 'Plast og veiðarfæri sem rekið hafði á land.', key: 'reka á land', words: ['rekið', 'á', 'land'], reason: 'washed ashore, across an auxiliary' },
  { text: 'Liðið var yfir lengst af leiknum.', key: 'vera yfir', words: ['var', 'yfir'], reason: 'led (in a match), before a word of duration' },
  { text: 'Valur var yfir í hálfleik.', key: 'vera yfir', words: ['var', 'yfir'], reason: 'led at half-time' },
  { text: 'Ummælin sem hann lét falla á samfélagsmiðlum.', key: 'láta falla', words: ['lét', 'falla'], reason: 'made (a remark), not "falla á" (fall to)' },
  { text: 'Landsliðið hélt utan í morgun.', key: 'halda utan', words: ['hélt', 'utan'], reason: 'left for abroad' },
  { text: 'Hún heldur utan um bókhaldið.', key: 'halda utan um', words: ['heldur', 'utan', 'um'], reason: 'the longer phrase (keep track of) wins over "halda utan"' },
  { text: 'Forsætisráðherra átti í gær fund með leiðtogum.', key: 'eiga fund', words: ['átti', 'fund'], reason: 'had a meeting, across "í gær"' },
  { text: 'Ríkisstjórnin er reiðubúin að liðka fyrir samningum.', key: 'liðka fyrir', words: ['liðka', 'fyrir'], reason: 'facilitate' },
  { text: 'Salan hefur farið hægar af stað en í fyrra.', key: 'fara af stað', words: ['farið', 'af', 'stað'], reason: 'a comparative adverb of manner in the gap' },
  { text: 'Svæðin þar sem flestir bátar eru gerðir út.', key: 'gera út', words: ['gerðir', 'út'], reason: 'operate (boats from a port)' },
  { text: 'Hún sendi þakkarávarp sem lesið var upp.', key: 'lesa upp', words: ['lesið', 'upp'], reason: 'read out, across the passive auxiliary' },
  { text: 'Ágreiningur um landið er sagður hafa ráðið úrslitum.', key: 'ráða úrslitum', words: ['ráðið', 'úrslitum'], reason: 'decided the outcome' },
  { text: 'Þær segjast hafa tekið á sig hluta hækkunarinnar.', key: 'taka á sig', words: ['tekið', 'á', 'sig'], reason: 'absorbed (a cost); the longer phrase beats "taka á"' },
  { text: 'Nokkrar kindur höfðu orðið eftir uppi á heiði.', key: 'verða eftir', words: ['orðið', 'eftir'], reason: 'been left behind' },
  { text: 'Fólk á ekki fyrir mat í lok mánaðar.', key: 'eiga fyrir', words: ['á', 'fyrir'], reason: 'cannot afford, across "ekki"' },
  { text: 'Nú geta lánþegar fengið að láni verkfæri.', key: 'fá að láni', words: ['fengið', 'að', 'láni'], reason: 'borrow' },
  { text: 'Skipverjar létu Landhelgisgæsluna vita.', key: 'láta vita', words: ['létu', 'vita'], reason: 'notified, with the object in the gap' },
  { text: 'Drengurinn stakk sér eftir honum.', key: 'stinga sér', words: ['stakk', 'sér'], reason: 'dived in' },
  { text: 'Stefnt er að því að urðun heyri sögunni til innan fimm ára.', key: 'heyra sögunni til', words: ['heyri', 'sögunni', 'til'], reason: 'be a thing of the past' },
  { text: 'Skipið lagðist að bryggju í morgun.', key: 'leggjast að bryggju', words: ['lagðist', 'að', 'bryggju'], reason: 'docked' },
  { text: 'Brúin mun létta verulega á umferð um miðbæinn.', key: 'létta á', words: ['létta', 'á'], reason: 'ease (traffic), an adverb in the gap' },
  { text: 'Nú bíða hátt í þrjú hundruð manns eftir að hefja afplánun.', key: 'bíða eftir', words: ['bíða', 'eftir'], reason: 'the subject between the verb and "eftir" (a long gap), not "eftir að" = after' },
  { text: 'Grasafræðingur sem rakst á mosann í haust.', key: 'rekast á', words: ['rakst', 'á'], reason: 'come across, a middle-voice past' },
  { text: 'Það kom mér mjög á óvart.', key: 'koma á óvart', words: ['kom', 'á', 'óvart'], reason: '"mjög" in the gap' },
  { text: 'Hún taldi fyrst að um algenga tegund væri að ræða.', key: 'um að ræða', words: ['um', 'að', 'ræða'], reason: 'the subject and the copula between "um" and "að ræða"' },
  { text: 'Sumir dómar fyrnast áður en röðin kemur að þeim.', key: 'röðin koma að', words: ['röðin', 'kemur', 'að'], reason: 'be their turn, not "koma að" = take part in' },
  { text: 'Ósannað er að maðurinn hefði veitt brotaþola þá áverka sem lýst var.', key: 'veita áverka', words: ['veitt', 'áverka'], reason: 'inflict injuries, the victim and a determiner in the gap' },
  { text: 'Báturinn virðist hafa sloppið við teljandi skemmdir.', key: 'sleppa við', words: ['sloppið', 'við'], reason: 'be spared' },
  { text: 'Hún segir það ganga gegn stefnu stjórnvalda.', key: 'ganga gegn', words: ['ganga', 'gegn'], reason: 'go against' },
  { text: 'Neyslan bitnar ekki síst á börnum.', key: 'bitna á', words: ['bitnar', 'á'], reason: 'through the close verb reading (bitna, not bíta), "ekki síst" in the gap' },
  { text: 'Ungur píanóleikari bar sigur úr býtum í keppninni.', key: 'bera sigur úr býtum', words: ['bar', 'sigur', 'úr', 'býtum'], reason: 'win' },
  { text: 'Fuglaflensa hefur herjað á bú í Evrópu.', key: 'herja á', words: ['herjað', 'á'], reason: 'ravage' },
  { text: 'Ekkert hefur spurst til piltsins síðan á föstudag.', key: 'spyrjast til', words: ['spurst', 'til'], reason: 'be heard of, a middle-voice supine' },
  { text: 'Þeir sem vita um ferðir hans eru beðnir að hafa samband í síma 112.', key: 'hafa samband', words: ['hafa', 'samband'], reason: 'get in touch, no "við" after it' },
  { text: 'Við ætlum okkur að berjast um titilinn.', key: 'berjast um', words: ['berjast', 'um'], reason: 'fight for' },
  { text: 'Innlend hlutabréf drógu ávöxtunina niður en erlendar eignir vógu það upp að hluta.', key: 'vega upp', words: ['vógu', 'upp'], reason: 'offset, "það" in the gap' },
  { text: 'Lögreglan hafði haft augastað á mönnunum um nokkurt skeið.', key: 'hafa augastað á', words: ['haft', 'augastað', 'á'], reason: 'have one\'s eye on' },
  { text: 'Læknar og ríkið hafa náð saman um nýjan kjarasamning.', key: 'ná saman', words: ['náð', 'saman'], reason: 'reach an agreement' },
  { text: 'Hann verður borinn undir atkvæði félagsmanna í næstu viku.', key: 'bera undir atkvæði', words: ['borinn', 'undir', 'atkvæði'], reason: 'put to a vote, a passive participle' },
  { text: 'Hún hóf námið eftir að hún fór á eftirlaun.', key: 'fara á eftirlaun', words: ['fór', 'á', 'eftirlaun'], reason: 'retire' },
  { text: 'Fyrstu kaupendur eiga sífellt erfiðara með að komast inn á markaðinn.', key: 'eiga erfiðara með', words: ['eiga', 'erfiðara', 'með'], reason: 'find it harder to, "sífellt" in the gap' },
  { text: 'Svíar skoruðu þegar örfáar sekúndur voru eftir af leiknum.', key: 'vera eftir', words: ['voru', 'eftir'], reason: 'be left, "af" after it' },
  { text: 'Ferðaþjónustuaðilar óttast að gjaldið fæli gesti frá.', key: 'fæla frá', words: ['fæli', 'frá'], reason: 'deter: fæla, not fela\'s past subjunctive' },
  { text: 'Húsin verða flutt svo rýma megi fyrir nýbyggingum.', key: 'rýma fyrir', words: ['rýma', 'fyrir'], reason: 'make room for, the modal in the gap' },
  { text: 'Hann segir að verði tillögurnar að veruleika muni útgerðir hætta.', key: 'verða að veruleika', words: ['verði', 'að', 'veruleika'], reason: 'come true, the subject in the gap' },
  { text: 'Starfsfólki tókst að koma öllum gestum út áður en slökkviliðið kom.', key: 'koma út', words: ['koma', 'út'], reason: 'get everyone out: "öllum" and the object in the gap, "áður en" ends the clause' },
  { text: 'Hann sagði að málið hefði verið keyrt í gegn án samráðs.', key: 'keyra í gegn', words: ['keyrt', 'í', 'gegn'], reason: 'rushed through, not "driven in against"' },
  { text: 'Verksmiðjan hefur staðið auð í áratugi og liggur undir skemmdum.', key: 'liggja undir skemmdum', words: ['liggur', 'undir', 'skemmdum'], reason: 'is deteriorating' },
  { text: 'Ræðumenn gagnrýndu stjórnvöld fyrir að hafa dregið lappirnar.', key: 'draga lappirnar', words: ['dregið', 'lappirnar'], reason: 'dragged their feet, not paws' },
  { text: 'Skálinn var í notkun í hundrað ár áður en hann fór í eyði.', key: 'fara í eyði', words: ['fór', 'í', 'eyði'], reason: 'was abandoned, not "spend"' },
  { text: 'Aðhald er nauðsynlegt til að ná niður verðbólgu.', key: 'ná niður', words: ['ná', 'niður'], reason: 'bring down' },
  { text: 'Kafarar hafa nú náð upp nokkrum munum úr flakinu.', key: 'ná upp', words: ['náð', 'upp'], reason: 'recover, not "reach up"' },
  { text: 'Dýralæknir mat það svo að ekki væri annað í stöðunni.', key: 'meta það svo', words: ['mat', 'það', 'svo'], reason: 'judged (that), not "so that"' },
  { text: 'Hann er ákærður fyrir að hafa haldið eftir launum starfsmanna.', key: 'halda eftir', words: ['haldið', 'eftir'], reason: 'withheld' },
  { text: 'Ríkissáttasemjari boðaði deiluaðila í kjaradeilu flugumferðarstjóra til fundar í morgun.', key: 'boða til fundar', words: ['boðaði', 'til', 'fundar'], reason: 'summoned to a meeting, across a long object' },
  { text: 'Grunur leikur á að kveikt hafi verið í ruslagámi við skólann.', key: 'kveikja í', words: ['kveikt', 'í'], reason: 'set fire to, the perfect auxiliaries in the gap' },
  { text: 'Sveitarfélagið hefur fest kaup á gamla frystihúsinu.', key: 'festa kaup á', words: ['fest', 'kaup', 'á'], reason: 'bought, not "got stuck"' },
  { text: 'Borgarráð tók jákvætt í hugmyndina.', key: 'taka jákvætt í', words: ['tók', 'jákvætt', 'í'], reason: 'responded favourably to' },
  { text: 'Svínabændur óttast að sumir bregði búi.', key: 'bregða búi', words: ['bregði', 'búi'], reason: 'give up farming, not "startle"' },
  { text: 'Ráðið segir að enn vanti upp á að framfærslan dugi fyrir leigu.', key: 'vanta upp á', words: ['vanti', 'upp', 'á'], reason: 'be lacking, not "up onto"' },
  { text: 'Hann segir að sjóðirnir standi traustum fótum.', key: 'standa traustum fótum', words: ['standi', 'traustum', 'fótum'], reason: 'on a firm footing' },
  { text: 'Komi til skerðingar verður lokað fyrst fyrir sundlaugar.', key: 'loka fyrir', words: ['lokað', 'fyrir'], reason: 'shut off a supply, an adverb in the gap' },
  { text: 'Íbúar þorpsins lögðu verkefninu lið.', key: 'leggja lið', words: ['lögðu', 'lið'], reason: 'support, with the dative object in the gap' },
  { text: 'Brúin verður tekin í gagnið eftir þrjú ár.', key: 'taka í gagnið', words: ['tekin', 'í', 'gagnið'], reason: 'put into service' },
  { text: 'Núverandi brú er komin til ára sinna.', key: 'koma til ára sinna', words: ['komin', 'til', 'ára', 'sinna'], reason: 'getting on in years, not "koma til"' },
  { text: 'Bændur binda miklar vonir við nýju arfgerðina.', key: 'binda vonir við', words: ['binda', 'vonir', 'við'], reason: 'pin hopes on, an adjective in the gap' },
  { text: 'Innflytjendur eiga nú kost á ókeypis námskeiðum.', key: 'eiga kost á', words: ['eiga', 'kost', 'á'], reason: 'have the opportunity of' },
  { text: 'Verkefnið hefur gefið góða raun á Suðurnesjum.', key: 'gefa góða raun', words: ['gefið', 'góða', 'raun'], reason: 'prove successful, before a place' },
  { text: 'Lundinn er farinn að setjast upp í Vestmannaeyjum.', key: 'setjast upp', words: ['setjast', 'upp'], reason: 'of nesting birds: settle in' },
  { text: 'Gjaldið hefur fælt nokkur skipafélög frá.', key: 'fæla frá', words: ['fælt', 'frá'], reason: 'deter, across a two-word object' },
  { text: 'Sagan segir frá ekkju sem tekur að sér munaðarlausan dreng.', key: 'taka að sér', words: ['tekur', 'að', 'sér'], reason: 'take on, take in' },
  { text: 'Sinfóníuhljómsveitin ríður á vaðið klukkan tvö.', key: 'ríða á vaðið', words: ['ríður', 'á', 'vaðið'], reason: 'lead the way, not "ride onto the ford"' },
  { text: 'Sveitarfélög fá styrki til að halda úti heimsóknaþjónustu.', key: 'halda úti', words: ['halda', 'úti'], reason: 'run a service' },
  { text: 'Hann segir að aðgerðirnar gangi of skammt.', key: 'ganga of skammt', words: ['gangi', 'of', 'skammt'], reason: 'not go far enough' },
  { text: 'Fólk er beðið að fara með gát.', key: 'fara með gát', words: ['fara', 'með', 'gát'], reason: 'proceed with caution, not "fara með"' },
  { text: 'Nemendur settu upp söngleik sem sló rækilega í gegn.', key: 'slá í gegn', words: ['sló', 'í', 'gegn'], reason: 'be a hit, an adverb in the gap' },
  { text: 'Ökumenn kanni bílana áður en lagt er í langferðir.', key: 'leggja í', words: ['lagt', 'í'], reason: 'set out on, across the auxiliary' },
  { text: 'Alda hreif þá með sér í Reynisfjöru.', key: 'hrífa með sér', words: ['hreif', 'með', 'sér'], reason: 'sweep away, not "enchant"' },
  { text: 'Foreldrar voru beðnir um að sækja börnin fyrr.', key: 'biðja um', words: ['beðnir', 'um'], reason: 'ask for, with a passive participle' },
  { text: 'Þau báðu hann um að koma.', key: 'biðja um', words: ['báðu', 'um'], reason: 'ask for, an object in the gap' },
  { text: 'Hún hefur átt sæti í stjórn félagsins.', key: 'eiga sæti í', words: ['átt', 'sæti', 'í'], reason: 'be a member of, not "own a seat"' },
  { text: 'Það var maður sem á heima í Kópavogi.', key: 'eiga heima', words: ['á', 'heima'], reason: 'live, after the relative "sem"' },
  { text: 'Mennirnir voru látnir lausir í gær.', key: 'láta laus', words: ['látnir', 'lausir'], reason: 'released, passive' },
  { text: 'Lögreglan lét manninn lausan í gær.', key: 'láta laus', words: ['lét', 'lausan'], reason: 'release, the object in the gap' },
  { text: 'Mér þykir ægilega vænt um jólin.', key: 'þykja vænt um', words: ['þykir', 'vænt', 'um'], reason: 'be fond of, an adverb in the gap' },
  { text: 'Lögreglan verst allra frétta af málinu.', key: 'verjast frétta', words: ['verst', 'frétta'], reason: 'decline to comment, a quantifier in the gap' },
  { text: 'Liðið hafði betur 2:1 í gær.', key: 'hafa betur', words: ['hafði', 'betur'], reason: 'win' },
  { text: 'Atvinna byggist nær eingöngu á veiðum.', key: 'byggjast á', words: ['byggist', 'á'], reason: 'restricting adverbs in the gap: is based almost entirely on' },
  { text: 'Liðið á enn góða möguleika á að komast áfram.', key: 'eiga möguleika', words: ['á', 'möguleika'], reason: 'have a chance, an adjective in the gap' },
  { text: 'Hann segir að himinn og haf skilji enn á milli aðila.', key: 'skilja á milli', words: ['skilji', 'á', 'milli'], reason: 'separate, an adverb in the gap' },
  { text: 'Jarðskjálfti af stærðinni 4,1 reið yfir Mýrdalsjökul.', key: 'ríða yfir', words: ['reið', 'yfir'], reason: 'an earthquake struck' },
  { text: 'Hann segir að snjóleysið hafi komið skíðasvæðinu í Hlíðarfjalli illa.', key: 'koma illa', words: ['komið', 'illa'], reason: 'hit hard, an object and a place between' },
  { text: 'Ráðherrann vill greiða niður skuldir ríkissjóðs.', key: 'greiða niður', words: ['greiða', 'niður'], reason: 'pay down' },
  { text: 'Bókin fjallar um mæðgur sem ferðast um Vestfirði.', key: 'ferðast um', words: ['ferðast', 'um'], reason: 'travel around' },
  { text: 'Hann segir skort á húsnæði standa frekari vexti fyrir þrifum.', key: 'standa fyrir þrifum', words: ['standa', 'fyrir', 'þrifum'], reason: 'hold back, an adjective and its noun object in the gap' },
  { text: 'Hann vill nota hluti sem hann þarf sjaldan á að halda.', key: 'þurfa á að halda', words: ['þarf', 'á', 'að', 'halda'], reason: 'need, an adverb of frequency in the gap' },
  { text: 'Hann hefur ákveðið að leggja skóna á hilluna eftir farsælan feril.', key: 'leggja skóna á hilluna', words: ['leggja', 'skóna', 'á', 'hilluna'], reason: 'retire from sport' },
  { text: 'Foreldrar sem rætt var við voru ánægðir.', key: 'ræða við', words: ['rætt', 'við'], reason: 'talk to, across the passive "var"' },
  { text: 'Sýningin stendur fram í apríl.', key: 'standa fram í', words: ['stendur', 'fram', 'í'], reason: 'runs until, longer than "fram í"' },
  { text: 'Bólusetja þarf áður en faraldurinn nær hámarki.', key: 'ná hámarki', words: ['nær', 'hámarki'], reason: 'peak' },
  { text: 'Landlæknir hvetur fólk til að láta bólusetja sig.', key: 'láta bólusetja sig', words: ['láta', 'bólusetja', 'sig'], reason: 'get vaccinated, not "let vaccinate oneself"' },
  { text: 'Viðtökurnar hafa farið fram úr björtustu vonum.', key: 'fara fram úr björtustu vonum', words: ['farið', 'fram', 'úr', 'björtustu', 'vonum'], reason: 'exceed all hopes, longer than "fara fram úr"' },
  { text: 'Níu af hverjum tíu greiddu atkvæði með verkfallsboðun.', key: 'greiða atkvæði með', words: ['greiddu', 'atkvæði', 'með'], reason: 'vote for, longer than "greiða atkvæði"' },
  { text: 'Konan hafði villst af leið í þoku.', key: 'villast af leið', words: ['villst', 'af', 'leið'], reason: 'lose one\'s way (middle voice)' },
  { text: 'Hann mun fylgja málinu eftir.', key: 'fylgja eftir', words: ['fylgja', 'eftir'], reason: 'an object between the verb and its particle' },
  { text: 'Honum þótti þetta miður.', key: 'þykja miður', words: ['þótti', 'miður'], reason: 'a pronoun object in the gap' },
  { text: 'Þjálfaranum hefur verið vikið frá störfum.', key: 'víkja frá störfum', words: ['vikið', 'frá', 'störfum'], reason: 'a fixed object after the particle' },
  { text: 'Enginn hefur sótt um stöðuna enn sem komið er.', key: 'enn sem komið er', words: ['enn', 'sem', 'komið', 'er'], reason: 'a fixed clause' },
  { text: 'Hann lýsti yfir stuðningi við tillöguna.', key: 'lýsa yfir', words: ['lýsti', 'yfir'], reason: 'inflected verb, matched by its lemma' },
  { text: 'Hann lýsti því yfir að hann myndi hætta.', key: 'lýsa yfir', words: ['lýsti', 'yfir'], reason: 'object pronoun between verb and particle' },
  { text: 'Veðurstofan hefur lýst yfir óvissustigi.', key: 'lýsa yfir', words: ['lýst', 'yfir'], reason: 'supine of a stem in "s", not a middle-voice form in -st' },
  { text: 'Liðið vann öruggan sigur á Fram.', key: 'vinna sigur á', words: ['vann', 'sigur', 'á'], reason: 'an adjective before the phrase noun in the gap; a name after "sigur á" is the opponent, not a place' },
  { text: 'Þau tóku endanlega ákvörðun í gær.', key: 'taka ákvörðun', words: ['tóku', 'ákvörðun'], reason: 'a "-lega" adjective/adverb in the gap' },
  { text: 'Apótek hafa þurft að vísa sjúklingum frá.', key: 'vísa frá', words: ['vísa', 'frá'], reason: 'a bare noun object before a particle that ends the clause' },
  { text: 'Hún bendir á að hækkunin bitni helst á þeim.', key: 'bitna á', words: ['bitni', 'á'], reason: '"helst" in the gap, found through the second verb reading' },
  { text: 'Kostnaður hefur farið langt fram úr áætlunum.', key: 'fara fram úr', words: ['farið', 'fram', 'úr'], reason: '"langt" in the gap' },
  { text: 'Musk á í umfangsmiklum viðskiptum við herinn.', key: 'eiga í', words: ['á', 'í'], reason: '"á" as eiga before "í" + its object' },
  { text: 'Leikkonan fer með aðalhlutverkið í nýrri þáttaröð.', key: 'fara með', words: ['fer', 'með'], reason: 'a phrase from the common-idiom list' },
  { text: 'Hæstiréttur sneri í dag við dómi Landsréttar.', key: 'snúa við', words: ['sneri', 'við'], reason: 'a two-word time adverbial ("í dag") in the gap' },
  { text: 'Ferðamönnum sem koma að vetri til hefur fjölgað.', key: 'að vetri til', words: ['að', 'vetri', 'til'], reason: 'a verb phrase gives way to a longer phrase starting at its last word' },
  { text: 'Þau halda tónleika í tilefni af afmæli sínu.', key: 'í tilefni af', words: ['í', 'tilefni', 'af'], reason: 'the longer phrase' },
  { text: 'Búast má við að færð spillist.', key: 'búast við', words: ['Búast', 'við'], reason: 'a modal in an impersonal construction in the gap' },
  { text: 'Lögregla kannar hvort brotist hafi verið inn hjá þeim.', key: 'brjótast inn', words: ['brotist', 'inn'], reason: 'perfect and passive auxiliaries in the gap' },
  { text: 'Landlæknir mælir með því að fólk láti bólusetja sig.', key: 'mæla með', words: ['mælir', 'með'], reason: 'no "með því að" (by doing) before a clause: the verb phrase keeps "með"' },
  { text: 'Maðurinn bar því við að hann hefði verið neyddur.', key: 'bera við', words: ['bar', 'við'], reason: '"því" in the gap' },
  { text: 'Margir eldri borgarar ná varla endum saman.', key: 'ná endum saman', words: ['ná', 'endum', 'saman'], reason: '"varla" in the gap' },
  { text: 'Heimamenn unnu að lokum nauman sigur.', key: 'að lokum', words: ['að', 'lokum'], reason: 'a verb phrase in "að" yields to an adverbial in "að" that no noun follows' },
  { text: 'Þau vinna að nýju verkefni.', key: 'vinna að', words: ['vinna', 'að'], reason: 'but not to "að nýju" before a noun' },
  { text: 'Honum var gert að greiða sekt.', key: 'gera að', words: ['gert', 'að'], reason: 'was ordered to: "gera að" before an infinitive' },
  { text: 'Skákmennirnir hefðu staðið sig framar vonum.', key: 'framar vonum', words: ['framar', 'vonum'], reason: 'the adverb phrase after the verb phrase' },
  { text: 'Gerir ríkisstjórnin ráð fyrir því?', key: 'gera ráð fyrir', words: ['Gerir', 'ráð', 'fyrir'], reason: 'subject noun with its article in the gap' },
  { text: 'Trump gerði sér grein fyrir því.', key: 'gera sér grein fyrir', words: ['gerði', 'sér', 'grein', 'fyrir'], reason: 'the longer phrase wins over a gapped shorter one' },
  { text: 'Þetta á sér stað á hverju ári.', key: 'eiga sér stað', words: ['á', 'sér', 'stað'], reason: '"á" as the verb eiga' },
  { text: 'Þá kom það fram að verðið hefði hækkað.', key: 'koma fram', words: ['kom', 'fram'], reason: 'subject pronoun in the gap' },
  { text: 'Gert er ráð fyrir að framkvæmdum ljúki í haust.', key: 'gera ráð fyrir', words: ['Gert', 'ráð', 'fyrir'], reason: 'impersonal passive: the auxiliary in the gap' },
  { text: 'Saksóknari fór fram á gæsluvarðhald yfir manninum.', key: 'fara fram á', words: ['fór', 'fram', 'á'], reason: '"fara fram á" + its object = demand' },
  { text: 'Tökur fóru fram á Snæfellsnesi síðasta vetur.', key: 'fara fram', words: ['fóru', 'fram'], reason: 'a place after "á": took place, not "demand"' },
  { text: 'Hann segir að verðið eigi stóran þátt í töfunum.', key: 'eiga þátt í', words: ['eigi', 'þátt', 'í'], reason: 'a definite dative after "í" is no place when there is no shorter phrase ("eiga þátt")' },
  { text: 'Kennarar krefjast þess að staðið verði við loforð um launahækkanir.', key: 'standa við', words: ['staðið', 'við'], reason: 'an impersonal passive with "verði" in the gap: keep (a promise)' },
  { text: 'Mennirnir komust hvorki lönd né strönd í þokunni.', key: 'komast hvorki lönd né strönd', words: ['komust', 'hvorki', 'lönd', 'né', 'strönd'], reason: 'a five-word idiom through the middle voice of the verb form' },
  { text: 'Á bráðamóttöku leita að jafnaði tveir til þrír á viku.', key: 'að jafnaði', words: ['að', 'jafnaði'], reason: 'an adverbial in "að" beats "leita að" even with "jafnaði" read as a past tense' },
  { text: 'Mikilvægt er að bregðast hratt við vandanum.', key: 'bregðast við', words: ['bregðast', 'við'], reason: 'an adverb of speed in the gap' },
  { text: 'Kleinurnar hafa selst upp fyrir hádegi.', key: 'seljast upp', words: ['selst', 'upp'], reason: 'a middle-voice phrase (sell out)' },
  { text: 'Ölvun er oft með í spilinu og boð og bönn duga ekki ein og sér.', key: 'einn og sér', words: ['ein', 'og', 'sér'], reason: 'matched by lemma: ein/eitt/einn og sér' },
  { text: 'Íbúar voru fluttir út á meðan slökkvistarf stóð yfir.', key: 'á meðan', words: ['á', 'meðan'], reason: 'a conjunction wins over the particle phrase "út á" before it' },
  { text: 'Liðið seig fram úr undir lokin.', key: 'undir lokin', words: ['undir', 'lokin'], reason: 'of two phrases as long, the one written as the text has it' },
  { text: 'Munar þar mestu um minni afla.', key: 'muna mestu um', words: ['Munar', 'mestu', 'um'], reason: 'an impersonal idiom with "þar" in the gap' },
  { text: 'Málfræðingar benda jafnframt á að tungumál breytist.', key: 'benda á', words: ['benda', 'á'], reason: '"jafnframt" in the gap' },
  { text: 'Garðyrkjubændur ráða illa við hækkandi verð.', key: 'ráða við', words: ['ráða', 'við'], reason: '"illa" in the gap' },
  { text: 'Niðurskurðurinn muni bitna harðast á ungum höfundum.', key: 'bitna á', words: ['bitna', 'á'], reason: 'a superlative adverb in the gap' },
  { text: 'Ökumaðurinn á yfir höfði sér háa sekt.', key: 'á yfir höfði sér', words: ['á', 'yfir', 'höfði', 'sér'], reason: 'the finite "á" of eiga, by its form' },
  { text: 'Minnihlutinn telur að forgangsraða hefði átt í þágu leikskóla.', key: 'í þágu', words: ['í', 'þágu'], reason: 'a complex preposition before its object wins over "eiga í"' },
  { text: 'Kenískur hlaupari kom fyrstur í mark.', key: 'koma í mark', words: ['kom', 'í', 'mark'], reason: 'predicative "fyrstur" in the gap' },
  { text: 'Flugmaðurinn hafði misst stjórn á vélinni.', key: 'missa stjórn á', words: ['misst', 'stjórn', 'á'], reason: 'the same: "á vélinni" is what he lost control of' },
  { text: 'Leikurinn fór fram á vellinum í gær.', key: 'fara fram', words: ['fór', 'fram'], reason: 'a noun with a dative article after "á" is a place' },
  { text: 'Hún beitti sér fyrir breytingum.', key: 'beita sér fyrir', words: ['beitti', 'sér', 'fyrir'], reason: 'reflexive verb phrase' },
  { text: 'Ráðherrann vísaði gagnrýninni á bug.', key: 'vísa á bug', words: ['vísaði', 'á', 'bug'], reason: 'an object noun with its article in the gap' },
  { text: 'Ráðuneytið hefur sett á laggirnar starfshóp.', key: 'setja á laggirnar', words: ['sett', 'á', 'laggirnar'], reason: 'supine, matched by its lemma' },
  { text: 'Sýningin stendur yfir til loka febrúar.', key: 'standa yfir', words: ['stendur', 'yfir'], reason: 'is on, runs' },
  { text: 'Atvinnuleysi stendur þó í stað.', key: 'standa í stað', words: ['stendur', 'í', 'stað'], reason: 'the verb phrase wins over "í stað" (instead of)' },
  { text: 'Lögreglan lýsir eftir manni sem stal bíl.', key: 'lýsa eftir', words: ['lýsir', 'eftir'], reason: 'police appeal for a person' },
  { text: 'Allt hafi gengið að óskum um helgina.', key: 'ganga að óskum', words: ['gengið', 'að', 'óskum'], reason: 'supine matched by its lemma' },
  { text: 'Ákveðið var að bæta íþróttinni við sem keppnisgrein.', key: 'bæta við', words: ['bæta', 'við'], reason: 'a dative object with its article in the gap' },  { text: 'Atvinnulífið byggist á veiðum og vinnslu.', key: 'byggjast á', words: ['byggist', 'á'], reason: 'a middle-voice form matches its middle voice\'s phrase' },
  { text: 'Málið snerist um peninga.', key: 'snúast um', words: ['snerist', 'um'], reason: 'past middle voice' },
  { text: 'Isavia hyggst ráðast í stækkun flugstöðvarinnar.', key: 'ráðast í', words: ['ráðast', 'í'], reason: 'undertake' },
  { text: 'Það verður hægt að hefja framkvæmdir á næsta ári.', key: 'verða hægt að', words: ['verður', 'hægt', 'að'], reason: 'possible, with the verb matched by its lemma' },
  { text: 'Félagsmenn hafa dregist aftur úr öðrum hópum.', key: 'dragast aftur úr', words: ['dregist', 'aftur', 'úr'], reason: 'middle-voice supine' },
  { text: 'Búist er við að vindur nái 25 metrum á sekúndu.', key: 'búast við', words: ['Búist', 'við'], reason: 'impersonal middle voice with the auxiliary in the gap' },
  { text: 'Þeir segja að niðurskurðurinn bitni á þeim sem síst skyldi.', key: 'bitna á', words: ['bitni', 'á'], reason: 'through a close second verb reading (bíta/bitna)' },
  { text: 'Spítalinn hefur brugðist við með því að ráða fólk.', key: 'bregðast við', words: ['brugðist', 'við'], reason: 'middle-voice supine' },
  { text: 'Hátíðin hefur átt sinn þátt í að vekja athygli á tónlistinni.', key: 'eiga þátt í', words: ['átt', 'þátt', 'í'], reason: 'a possessive in the gap' },
  { text: 'Hann vonast til að fá að spila mikið.', key: 'vonast til', words: ['vonast', 'til'], reason: 'the verb phrase wins over "til að" (in order to)' },
  { text: 'Sérfræðingar telja að kvika safnist þar fyrir.', key: 'safnast fyrir', words: ['safnist', 'fyrir'], reason: '"þar" in the gap' },
];

/** Texts in which a verb phrase must not be read, and why (the context rules out the match). */
const noVerbPhraseRows: { text: string; key: string; reason: string }[] = [
  { text: 'Hvað varð til þess að þetta gerðist? Féð verður til að draga úr vanda. Sveigjanleikinn verður til staðar.', key: 'verða til', reason: 'reads no "verða til" (come into being) where "til" has an object or starts a phrase' },
  { text: 'Hann sagði að stærð hússins skipti máli.', key: 'að stærð', reason: 'reads no "að stærð" (in size) where "að" opens a clause: no number before it' },
  { text: 'Hún spáir því að velta verði meiri. Straumur hefur valdið því að skipið bar af leið.', key: 'því að', reason: 'reads no "því að" (because) after a verb whose object "því" is' },
  { text: 'Fyrirtækið segir að fyllstu varúðar hafi verið gætt.', key: 'að fullur', reason: 'reads no "að fullu" (in full) through the lemma of a superlative ("að fyllstu varúðar")' },
  { text: 'Spáð er stormi á landinu í dag.', key: 'á land', reason: 'reads no "á land" (ashore) in "á landinu" (in the country): that phrase matches only as written' },
  { text: 'Þingmaður sem heitir því fallega nafni Gunnar talaði.', key: 'heita því að', reason: 'reads no "heita því að" (promise) without its "að"' },
  { text: 'Hann tryggði sér titilinn á móti í Reykjavík um helgina.', key: 'á móti', reason: 'reads no "á móti" (against) before "í" + a place: a tournament' },
  { text: 'Nýjar vélar gera kleift að opna brekkurnar fyrr en áður.', key: 'fyrr en', reason: 'reads no "fyrr en" (until) without a negation before it: earlier than' },
  { text: 'Í bréfinu lýsa þeir því að sjúklingar liggi á göngum.', key: 'því að', reason: 'reads no "því að" (because) after an inverted verb and its subject pronoun ("lýsa þeir því að")' },
  { text: 'Franska þingið gæti farið þá leið að setja lög.', key: 'fara að', reason: 'reads no "fara að" (begin to) across a noun object before "að"' },
  { text: 'Lögmaðurinn segir að til skoðunar sé að áfrýja málinu.', key: 'vera að', reason: 'no progressive "vera að" after a "til" phrase ("til skoðunar sé að áfrýja" = an appeal is being considered)' },
  { text: 'Hann tók við starfi sem hann hafði átt þátt í að skapa.', key: 'taka þátt', reason: 'a long gap does not reach across a relative clause' },
  { text: 'Meðal aðgerða er að fresta hækkunum á gjöldum.', key: 'vera að', reason: 'no progressive after "Meðal aðgerða" (among the measures is postponing)' },
  { text: 'Hann kom heim seint og illa.', key: 'koma illa', reason: 'a long gap does not reach across "og"' },
  { text: 'Það er langt að fara heim.', key: 'langt að', reason: 'before an infinitive: far (to go), not from afar' },
  { text: 'Það er langt að fara heim.', key: 'vera að', reason: '"er langt að fara" (far to go) is no progressive' },
  { text: 'Fyrst fór hann til Akureyrar og síðan í skólann.', key: 'síðan í', reason: 'no time word after "í": síðan is then' },
  { text: 'Líklega hafði hann elt lax upp ána.', key: 'upp á', reason: 'a noun spelt like the preposition (ána, the river) is no phrase word' },
  { text: 'Þeir gáfu sér góðan tíma í sóknirnar.', key: 'gefa sig', reason: '"sér" is not matched through its lemma "sig"' },
  { text: 'Hitinn var yfir meðallagi í nóvember.', key: 'vera yfir', reason: 'reads no "vera yfir" (lead) before an object of "yfir" (above average)' },
  { text: 'Hún er yfir deildinni.', key: 'vera yfir', reason: 'reads no "vera yfir" (lead) before an object of "yfir" (in charge of)' },
  { text: 'Hún hefur gert allt annað eins og til dæmis tilraunir.', key: 'annað eins', reason: 'reads no "annað eins" (the like) before "og": "eins og" (like) takes its "eins"' },
  { text: 'Fundurinn var eftir hádegi í gær.', key: 'vera eftir', reason: '"eftir" with an object is the preposition' },
  { text: 'Tónleikarnir verða haldnir eftir áramót.', key: 'halda eftir', reason: 'held after New Year: a time after "eftir"' },
  { text: 'Hún féll niður stiga á heimili sínu.', key: 'falla niður', reason: 'fell down the stairs: "niður" has an object, no "be cancelled"' },
  { text: 'Hann segir að horfa verði til lengri tíma.', key: 'verða til', reason: '"verði" = must after the infinitive it governs, no "verða til" (come into being)' },
  { text: 'Versluninni verður lokað fyrir jól.', key: 'loka fyrir', reason: 'reads no "loka fyrir" (shut off) before a time: closed before Christmas' },
  { text: 'Úrslitin réðust á lokasekúndunum þegar fyrirliðinn skoraði.', key: 'ráðast á', reason: 'reads no "ráðast á" (attack) before a compound of a time noun: decided in the last seconds' },
  { text: 'Kosið er um hvort sameina eigi sveitarfélögin í eitt.', key: 'eiga í', reason: 'reads no "eiga í" after an infinitive ("hvort sameina eigi sveitarfélögin í eitt")' },
  { text: 'Ekki er ljóst hvort um tímabundna sveiflu sé að ræða.', key: 'vera að', reason: 'reads no progressive "vera að" in "um … sé að ræða" (a case of)' },
  { text: 'Þar kemur fram að í kringum tíu manns hafi komið. Hann hélt því fram að hann myndi vinna.', key: 'fram að', reason: 'reads no "fram að" (until) before a clause ("kemur fram að", "hélt því fram að hann")' },
  { text: 'Þau vísa sjúklingum frá Akureyri til Reykjavíkur.', key: 'vísa frá', reason: 'reads a verb + noun + preposition before its object as no particle phrase ("vísa sjúklingum frá Akureyri")' },
  { text: 'Hann kom að sækja bílinn.', key: 'koma að', reason: 'reads no "koma að" (be involved in) before an infinitive ("kom að sækja" = came to fetch)' },
  { text: 'Stofnunin leggur til að heimilt verði að veiða meira.', key: 'verða að', reason: 'reads no "verða að" (must) after a predicate ("heimilt verði að veiða" = will be allowed to)' },
  { text: 'Neytendur eru beðnir um að neyta hennar ekki heldur skila henni.', key: 'ekki heldur', reason: 'reads no "ekki heldur" (nor) before a verb ("ekki heldur skila" = but rather return)' },
  { text: 'Þau gerðu að sárum hans.', key: 'gera að', reason: 'reads "gera að" (order to) only before an infinitive ("gerðu að sárum hans" is no order)' },
  { text: 'Hún stóð á sviði í gærkvöldi.', key: 'á sviði', reason: 'reads no "á sviði" (in the field of) without a genitive after it ("stóð á sviði í gærkvöldi")' },
  { text: 'Þeir verða að fara að lögum.', key: 'fara að', reason: 'reads no "fara að" (begin to) without an infinitive ("fara að lögum")' },
  { text: 'Loka þurfti akrein á meðan unnið var á vettvangi.', key: 'vinna á', reason: 'reads no verb phrase in a final "á"/"í" that makes an adverbial with the next word ("unnið var á vettvangi")' },
  { text: 'Næsta skref er að rannsaka ensímin.', key: 'vera að', reason: 'reads no progressive after a noun of purpose ("Næsta skref er að rannsaka")' },
  { text: 'Draumurinn sé að komast í NBA-deildina.', key: 'vera að', reason: 'reads no "vera að" (progressive) after a noun of purpose ("draumurinn sé að komast" = the dream is to get)' },
  { text: 'Forsvarsmenn segja að reynt verði að tryggja öllum vinnu.', key: 'verða að', reason: 'reads no "verða að" (must) after a participle ("reynt verði að tryggja" = it will be attempted)' },
  { text: 'Þau segja að nær væri að nýta orkuna betur.', key: 'vera að', reason: 'reads no progressive "vera að" after a comparative of preference ("nær væri að nýta" = it would be better to use)' },
];

describe('verb phrases', () => {
  it.each(verbPhraseRows)('$key in "$text" ($reason)', ({ text, key, words }) => {
    const a = analyser.analyse(text);
    const idx = a.phrases.findIndex((p) => p.key === key);
    expect(idx, JSON.stringify(a.phrases)).toBeGreaterThanOrEqual(0);
    expect(a.tokens.filter((t) => t.phrase === idx).map((t) => t.text)).toEqual(words);
    expect(a.entries[key]?.[0]?.senses.length).toBeGreaterThan(0);
  });

  it.each(noVerbPhraseRows)('$reason', ({ text, key }) => {
    expect(analyser.analyse(text).phrases.map((p) => p.key)).not.toContain(key);
  });

  it.each([
    { text: 'Hann á að koma á morgun.', key: 'eiga að', words: ['á', 'að'] },
    { text: 'Efnin hafi átt að fara í sölu.', key: 'eiga að', words: ['átt', 'að'] },
    { text: 'Stjórnvöld verði að auka stuðning.', key: 'verða að', words: ['verði', 'að'] },
    { text: 'Það á eftir að koma í ljós.', key: 'eiga eftir að', words: ['á', 'eftir', 'að'] },
  ])('reads the modal "$key" before an infinitive ("$text")', ({ text, key, words }) => {
    const a = analyser.analyse(text);
    const idx = a.phrases.findIndex((p) => p.key === key);
    expect(a.tokens.filter((t) => t.phrase === idx).map((t) => t.text)).toEqual(words);
  });

  it('reads no progressive "vera að" after a predicate ("of snemmt sé að fagna", "markmiðið sé að …")', () => {
    const a = analyser.analyse('Hann segir að of snemmt sé að fagna og að markmiðið sé að afgreiða umsóknir. Við vorum að tapa boltanum.');
    expect(a.phrases.filter((p) => p.key === 'vera að')).toHaveLength(1);
    expect(a.phrases.find((p) => p.key === 'vera að')!.start).toBeGreaterThan(80);
  });

  it('reads "vera til" (exist) only without an object after "til" or a participle in the gap', () => {
    const keys = (t: string) => analyser.analyse(t).phrases.map((p) => p.key);
    expect(keys('Stílað var á fyrirtæki sem ekki er til.')).toContain('vera til');
    expect(keys('Gögnin væru ekki til.')).toContain('vera til');
    expect(keys('Íbúðin er til sölu.')).not.toContain('vera til');
    expect(keys('Hann sagði að fasísk öfl væru komin til valda.')).not.toContain('vera til');
    expect(keys('Ég væri alltaf til í að vinna með þeim.')).toContain('vera til í');
    expect(keys('Grein sem ætlar að vera til í langan tíma.')).not.toContain('vera til í');
  });

  it('reads no modal where no infinitive follows ("eiga að baki", "varð að manni")', () => {
    const a = analyser.analyse('Þau eiga að baki langan feril. Hann varð að manni.');
    expect(a.phrases.map((p) => p.key)).not.toContain('eiga að');
    expect(a.phrases.map((p) => p.key)).not.toContain('verða að');
  });

  it('puts no participle in a gap as an adjective ("hefur það þegar haft áhrif á": the phrase is "haft áhrif á")', () => {
    const a = analyser.analyse('Það hefur það þegar haft áhrif á tekjur.');
    const idx = a.phrases.findIndex((p) => p.key === 'hafa áhrif á');
    expect(a.tokens.filter((t) => t.phrase === idx).map((t) => t.text)).toEqual(['haft', 'áhrif', 'á']);
  });

  it('reads "á vegum" (run by) only before its object ("aðstæður á vegum geta verið varasamar" = on roads)', () => {
    const a = analyser.analyse('Aðstæður á vegum geta verið varasamar. Verkið er á vegum ríkisins.');
    expect(a.phrases.filter((p) => p.key === 'á vegum')).toHaveLength(1);
    expect(a.phrases.find((p) => p.key === 'á vegum')!.start).toBeGreaterThan(40);
  });

  it('keeps "til að" before an infinitive headword ("til að fylgjast með")', () => {
    const a = analyser.analyse('Hann kom til að fylgjast með leiknum.');
    expect(a.phrases.map((p) => p.key)).toContain('til að');
  });

  it('reads "því að" after a preposition as its object, not "because" ("áhyggjur af því að …")', () => {
    const a = analyser.analyse('Margir hafa áhyggjur af því að verð hækki. Hann kom ekki því að hann var veikur.');
    const because = a.phrases.filter((p) => p.key === 'því að');
    expect(because).toHaveLength(1);
    expect(because[0].start).toBeGreaterThan(45);
  });

  it('reads no "þó að" (although) right after a verb ("segja þó að …" = however say that)', () => {
    const a = analyser.analyse('Kennarar segja þó að skólarnir hafi fengið fé. Þó að það rigni förum við út.');
    const although = a.phrases.filter((p) => p.key === 'þó að');
    expect(although).toHaveLength(1);
    expect(although[0].start).toBeGreaterThan(40);
  });

  it('reads no adverbial "að nýju" (anew) before a noun ("tillögu að nýju skipulagi" = a proposal for a new plan)', () => {
    const a = analyser.analyse('Bæjarráð samþykkti tillögu að nýju skipulagi. Málið verður tekið upp að nýju.');
    const anew = a.phrases.filter((p) => p.key === 'að nýju');
    expect(anew).toHaveLength(1);
    expect(anew[0].start).toBeGreaterThan(45);
  });

  it('reads no "sem sé" (that is to say) after a noun: the relative and a subjunctive ("sem sé úr sér gengið")', () => {
    for (const text of ['Starfsfólk kvartar undan húsnæðinu, sem sé úr sér gengið.', 'Vegna þeirrar óvissu sem sé um málið var fundi frestað.']) {
      expect(analyser.analyse(text).phrases.map((p) => p.key), text).not.toContain('sem sé');
    }
  });

  it('reads no verb phrase in "í"/"á" before a time adverbial ("hefjast á í byrjun mánaðar" is no "eiga í")', () => {
    const a = analyser.analyse('Verkfallið sem hefjast á í byrjun næsta mánaðar nær til fimm þúsund barna.');
    expect(a.phrases.map((p) => p.key)).not.toContain('eiga í');
    expect(analyser.analyse('Þeir börðust við eldinn fram á kvöld.').phrases.map((p) => p.key)).toContain('fram á');
  });

  it('reads no "af því að" (because) after a noun or adjective that takes "af" ("áhyggjur af því að" = worried that)', () => {
    expect(analyser.analyse('Sumir hafa áhyggjur af því að vegirnir anni ekki fjöldanum.').phrases.map((p) => p.key)).not.toContain('af því að');
    expect(analyser.analyse('Hann kom ekki af því að hann var veikur.').phrases.map((p) => p.key)).toContain('af því að');
  });

  it('reads no verb phrase through another verb into a word read as an adverb ("beint til" is no "beina til")', () => {
    expect(analyser.analyse('Netverslanir selja áfengi beint til neytenda.').phrases.map((p) => p.key)).not.toContain('beina til');
    expect(analyser.analyse('Útgerðarmenn segja að loðnan skipti sköpum fyrir byggðirnar.').phrases.map((p) => p.key)).toContain('skipta sköpum');
  });

  it('reads no progressive "vera að" in an impersonal passive ("Ákveðið hefur verið að fresta" = it has been decided to postpone)', () => {
    for (const text of ['Ákveðið hefur verið að fresta tónleikunum.', 'Hann segir að reynt hafi verið að ráða starfsfólk í allt haust.']) {
      expect(analyser.analyse(text).phrases.map((p) => p.key), text).not.toContain('vera að');
    }
    expect(analyser.analyse('Hann hefur verið að vinna í allan dag.').phrases.map((p) => p.key)).toContain('vera að');
  });

  it('reads no two-word phrase in "á"/"í" before a place name ("snjórinn falli á Norðurlandi", "ólst upp í Bolungarvík")', () => {
    expect(analyser.analyse('Búist er við að fyrsti snjórinn falli á Norðurlandi.').phrases.map((p) => p.key)).not.toContain('falla á');
    expect(analyser.analyse('Anna ólst upp í Bolungarvík og lærði matreiðslu.').phrases.map((p) => p.key)).not.toContain('upp í');
    expect(analyser.analyse('Hann benti á Jón í gær.').phrases.map((p) => p.key)).toContain('benda á');
  });

  it('reads "til þess að" as "in order to" only before an infinitive', () => {
    const a = analyser.analyse('Hvatt er til þess að gíslum verði sleppt. Hann fór til þess að hjálpa.');
    expect(a.phrases.filter((p) => p.key === 'til þess að')).toHaveLength(1);
    expect(a.phrases.find((p) => p.key === 'til þess að')!.start).toBeGreaterThan(40);
  });

  it('matches a middle-voice form to middle-voice phrases only ("mælist með" is no "mæla með" = recommend)', () => {
    const a = analyser.analyse('Flokkurinn mælist með 22 prósenta fylgi. Kostnaður greiðist úr ríkissjóði.');
    expect(a.phrases.map((p) => p.key)).toEqual([]);
  });

  it('reads no "because" into "af því að" before an infinitive ("gaman af því að elda")', () => {
    const a = analyser.analyse('Ég hef gaman af því að elda. Hann kom ekki af því að hann var veikur.');
    const because = a.phrases.filter((p) => p.key === 'af því að' || p.key === 'því að');
    expect(because.map((p) => p.key)).toEqual(['af því að']);
    expect(because[0].start).toBeGreaterThan(30);
  });

  it('does not read a sentence-initial "Þá er" as the conjunction "þá er" (when)', () => {
    const a = analyser.analyse('Þá er Musk með öryggisheimild. Hann fór þá er sólin reis.');
    expect(a.phrases.filter((p) => p.key === 'þá er')).toHaveLength(1);
    expect(a.phrases.find((p) => p.key === 'þá er')!.start).toBeGreaterThan(30);
  });

  it('does not bridge a gap of other words', () => {
    // "lýsti" (lit) and "yfir" (over) with a noun object between are not the phrase "declare".
    const a = analyser.analyse('Sólin lýsti upp himininn yfir borginni.');
    expect(a.phrases.map((p) => p.key)).not.toContain('lýsa yfir');
  });

});

describe('analyseForm', () => {
  it('analyses a typed word with its entries', () => {
    const r = analyser.analyseForm('hestinum');
    expect(r.candidates[0]).toMatchObject({ lemma: 'hestur', pos: 'noun', gender: 'm' });
    expect(r.start).toBe(0);
    expect(r.end).toBe(8);
    expect(r.entries.hestur[0].senses.map((s) => s.gloss)).toContain('horse');
    expect(r.token.candidates).toEqual(r.candidates);
  });

  it('includes the entries of a middle-voice form', () => {
    const r = analyser.analyseForm('lést', 'Hún', 'í');
    expect(r.middle).toBe('látast');
    expect(r.entries['látast']?.[0]?.senses.length).toBeGreaterThan(0);
  });

  it('uses the context words it is given', () => {
    expect(analyser.analyseForm('á', 'Hann', 'bíl').candidates[0].lemma).toBe('eiga');
    expect(analyser.analyseForm('á', 'liggur', 'borðinu').candidates[0].lemma).toBe('á');
  });
});
