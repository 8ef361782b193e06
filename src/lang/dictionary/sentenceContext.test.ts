// @vitest-environment node
import { loadAnalyserNode } from '../analyse/node';
import { phraseContext, sentenceContext } from './sentenceContext';
import { tokenIndices } from '../analyse/testing';

describe('sentenceContext', () => {
  it('holds the lemmas and forms of the words of the token’s sentence and the one before, not the one after', () => {
    const a = loadAnalyserNode().analyse('Liðið fékk tvö stig. Frost verður tvö stig í nótt. Kuldinn var mikill.');
    const first = a.tokens.findIndex((t) => t.text === 'stig');
    const second = a.tokens.findIndex((t, i) => t.text === 'stig' && i > first);
    expect([...sentenceContext(a, first)]).toEqual(expect.arrayContaining(['liðið', 'lið', 'fékk', 'fá']));
    expect(sentenceContext(a, first).has('frost')).toBe(false);
    expect(sentenceContext(a, second).has('frost')).toBe(true);
    expect(sentenceContext(a, second).has('lið')).toBe(true);
    expect(sentenceContext(a, second).has('kuldi')).toBe(false);
  });

  it('reaches no further back than the sentence before', () => {
    const a = loadAnalyserNode().analyse('Frost var mikið. Liðið fékk. Tvö stig.');
    const i = a.tokens.findIndex((t) => t.text === 'stig');
    expect(sentenceContext(a, i).has('lið')).toBe(true);
    expect(sentenceContext(a, i).has('frost')).toBe(false);
  });

  it('reaches twenty words either side in the sentence, no further', () => {
    const a = loadAnalyserNode().analyse('Frost var mikið en liðið sem kom hingað í fyrra og aftur núna í vetur eftir langt hlé frá keppni á mótinu fékk loksins þrjú stig.');
    const i = a.tokens.findIndex((t) => t.text === 'stig');
    expect(sentenceContext(a, i).has('fá')).toBe(true);
    expect(sentenceContext(a, i).has('koma')).toBe(true);
    expect(sentenceContext(a, i).has('lið')).toBe(false);
    expect(sentenceContext(a, i, 30).has('frost')).toBe(true);
  });

  it('holds the head of a compound ("Íslandsmeistara|titilinn" → titill)', () => {
    const a = loadAnalyserNode().analyse('Liðið vann Íslandsmeistaratitilinn í fyrra.');
    const i = a.tokens.findIndex((t) => t.text === 'vann');
    expect(sentenceContext(a, i).has('titill')).toBe(true);
  });

  it('marks a word up to four words after a comparative with "@comparative" (en = than), not after a comma', () => {
    const a = loadAnalyserNode().analyse('Hann er eldri en hún. Flensan kom fyrr á ferðina en venjulega. Hann vildi meira, en fékk ekkert. Hún er stór en hann lítill. Hún hefur annað móðurmál en íslensku.');
    const ens = tokenIndices(a, 'en');
    expect(ens.map((i) => sentenceContext(a, i).has('@comparative'))).toEqual([true, true, false, false, true]);
  });

  it('marks a word right after a number or numeral with "@number" ("í tvo tíma" = for two hours)', () => {
    const a = loadAnalyserNode().analyse('Þeir lögðu niður störf í tvo tíma. Á sama tíma kom hann.');
    const tima = tokenIndices(a, 'tíma');
    expect(tima.map((i) => sentenceContext(a, i).has('@number'))).toEqual([true, false]);
  });

  it('reaches eight words into the sentence before, however many of its own came first', () => {
    const a = loadAnalyserNode().analyse('Göngur og réttir fóru fram í sveitinni um síðustu helgi í góðu veðri. Í sveitinni komu um tvö þúsund fjár af fjalli og fjöldi fólks lagði leið sína í réttirnar.');
    const i = a.tokens.findIndex((t) => t.text === 'fjár');
    expect(sentenceContext(a, i).has('rétt')).toBe(true);
    expect(sentenceContext(a, i).has('helgi')).toBe(true);
    expect(sentenceContext(a, i).has('göngur')).toBe(false);
  });

  it('marks a word right after a noun, pronoun or adjective (or its comma) with "@afternoun" (a relative "sem")', () => {
    const a = loadAnalyserNode().analyse('Farþegar sem áttu far bíða. Þingmaðurinn, sem á sæti í nefndinni, talaði. Hann starfar sem kennari. Þar sem hann býr er kalt.');
    const sems = tokenIndices(a, 'sem');
    expect(sems.map((i) => sentenceContext(a, i).has('@afternoun'))).toEqual([true, true, false, false]);
  });

  it('marks a word right before a place with "@place" ("við Landeyjahöfn" = at), not before a town or a person', () => {
    const a = loadAnalyserNode().analyse('Ölduhæð við Landeyjahöfn er mikil. Bíllinn stóð við Miklubraut. Hann ræddi við Jón. Samningur við Reykjavíkurborg var gerður.');
    const vids = tokenIndices(a, 'við');
    expect(vids.map((i) => sentenceContext(a, i).has('@place'))).toEqual([true, true, false, false]);
  });

  it('marks a sentence with a weak past ("sótti") or a perfect ("hafi … kveikt") with "@past", not one with a present subjunctive', () => {
    const a = loadAnalyserNode().analyse('Landhelgisgæslan sótti manninn í nótt. Grunur leikur á að kveikt hafi verið í gámi í nótt. Hann láti vita í nótt.');
    const nights = tokenIndices(a, 'nótt');
    expect(nights.map((i) => sentenceContext(a, i).has('@past'))).toEqual([true, true, false]);
  });

  it('marks a word right after a passive participle and before its doer with "@passive" ("keyptur af" = bought by), not "fullt af", "blásið af á", "eitt af því"', () => {
    const a = loadAnalyserNode().analyse('Fyrirtækið hefur verið keypt af bandarísku stórfyrirtæki. Björninn var felldur af lögreglu. Það eru fullt af strákum. Verkfallið var blásið af á sunnudag. Það er eitt af því sem var skorið niður.');
    const afs = tokenIndices(a, 'af');
    expect(afs.map((i) => sentenceContext(a, i).has('@passive'))).toEqual([true, true, false, false, false]);
  });

  it('reads eight words into the sentence before even when the token\'s own sentence has seven words before it', () => {
    const a = loadAnalyserNode().analyse('Rjúpnaveiðitímabilinu lauk á sunnudag. Veiðimenn sem blaðið ræddi við segja að veiðin hafi verið dræm.');
    const i = a.tokens.findIndex((t) => t.text === 'veiðin');
    expect(sentenceContext(a, i).has('rjúpnaveiðitímabil')).toBe(true);
  });

  it('marks "við" before an institution after a person who works there with "@place", not after other nouns', () => {
    const a = loadAnalyserNode().analyse('Vísindamenn við Háskóla Íslands fundu leifar. Skólinn hefur átt samstarf við Háskóla Íslands. Hún er prófessor við Landspítalann.');
    const vids = tokenIndices(a, 'við');
    expect(vids.map((i) => sentenceContext(a, i).has('@place'))).toEqual([true, false, true]);
  });

  it('finds each phrase of a long text by its span: every phrase gets the context of its own first and last words', () => {
    const one = 'Hún beið á meðan í bílnum. Verðið hefur lækkað um helming í gær. ';
    const a = loadAnalyserNode().analyse(one.repeat(40));
    expect(a.phrases.length).toBeGreaterThanOrEqual(80);
    a.phrases.forEach((_, p) => {
      const ks = a.tokens.flatMap((t, k) => (t.phrase === p ? [k] : []));
      const first = sentenceContext(a, ks[0], 12);
      const last = sentenceContext(a, ks[ks.length - 1], 12);
      const ctx = phraseContext(a, p);
      for (const c of [...first, ...last]) if (!c.startsWith('@next:') && !c.startsWith('@prev:')) expect(ctx.has(c)).toBe(true);
    });
  });

  it('gives a phrase one context for all its words: "@next:" after its last word, "@prev:" before its first', () => {
    const a = loadAnalyserNode().analyse('Hún beið á meðan í bílnum.');
    const [a1, medan] = [tokenIndices(a, 'á')[0], tokenIndices(a, 'meðan')[0]];
    expect(a.tokens[a1].phrase).toBe(a.tokens[medan].phrase);
    const ctx = phraseContext(a, a.tokens[medan].phrase!);
    expect(ctx.has('@next:í')).toBe(true);
    expect(ctx.has('@prev:bíða')).toBe(true);
    // (Not the phrase's own words as "next" or "previous": "á" is followed by "meðan".)
    expect(ctx.has('@next:meðan')).toBe(false);
    expect(ctx.has('@prev:á')).toBe(false);
    expect(ctx.has('bíll')).toBe(true);
  });

  it('holds the next word\'s lemma as "@next:" + lemma ("fyrir haustið" = before)', () => {
    const a = loadAnalyserNode().analyse('Framkvæmdum lýkur fyrir haustið.');
    const i = a.tokens.findIndex((t) => t.text === 'fyrir');
    expect(sentenceContext(a, i).has('@next:haust')).toBe(true);
  });

  it('holds the lemma two words on as "@next2:" past a determiner or adjective only ("fyrir næsta haust")', () => {
    const a = loadAnalyserNode().analyse('Viðgerðum á að ljúka fyrir næsta haust. Hann greiddi fyrir matinn í haust.');
    const [before, paid] = tokenIndices(a, 'fyrir');
    expect(sentenceContext(a, before).has('@next2:haust')).toBe(true);
    expect([...sentenceContext(a, paid)].some((c) => c.startsWith('@next2:'))).toBe(false);
  });

  it('marks "fyrir" before a length of time in the dative with "@ago", not before an accusative or a noun', () => {
    const a = loadAnalyserNode().analyse('Hundurinn hvarf fyrir þremur vikum. Þetta gerðist fyrir 20 árum. Hann var hér fyrir viku. Hann greiddi fyrir matinn.');
    const fyrirs = tokenIndices(a, 'fyrir');
    expect(fyrirs.map((i) => sentenceContext(a, i).has('@ago'))).toEqual([true, true, true, false]);
  });

  it('marks "á" before a length of time in the dative plural with "@timespan", not "á ári" (per year) or a place', () => {
    const a = loadAnalyserNode().analyse('Biðlistar hafa styst á síðustu tveimur árum. Á fimm árum fjölgaði íbúum. Verðið hækkaði á árunum 2001 til 2007. Hann fær milljón á ári. Hún býr á Akureyri. Þetta gerðist á 20 dögum.');
    const as = tokenIndices(a, 'á');
    expect(as.map((i) => sentenceContext(a, i).has('@timespan'))).toEqual([true, true, true, false, false, true]);
  });

  it('marks a word before a count and a length of time in the accusative with "@timecount", not before "næstu viku"', () => {
    const a = loadAnalyserNode().analyse('Það hefur ekki gerst í þrjú ár. Hann bjó þar í 20 ár. Þau voru þar í nokkrar vikur. Fundurinn er í næstu viku.');
    const is = tokenIndices(a, 'í');
    expect(is.map((i) => sentenceContext(a, i).has('@timecount'))).toEqual([true, true, true, false]);
  });

  it('marks the words of a sentence with a verb in the past tense with "@past" ("í nótt" = last night)', () => {
    const a = loadAnalyserNode().analyse('Tveir menn voru handteknir í nótt. Það mun frysta í nótt. Lögreglan stöðvaði bílinn í nótt.');
    const nights = tokenIndices(a, 'nótt');
    expect(nights.map((i) => sentenceContext(a, i).has('@past'))).toEqual([true, false, true]);
  });

  it.each([
    ['Veðurstofan hefur gefið út viðvörun vegna hvassviðris sem gengur yfir landið í nótt.', false],
    ['Tveir menn voru handteknir í nótt.', true],
    ['Lögreglan segir að brotist hafi verið inn í nótt.', true],
    ['Það mun frysta í nótt.', false],
    ['Íbúar vöknuðu við skjálfta í nótt og fundu hann vel.', true],
    ['Hann sagði að það myndi snjóa í nótt.', false],
  ])('"%s": "@past" on "nótt" is %s (the clause\'s own verb decides)', (text, expected) => {
    const a = loadAnalyserNode().analyse(text);
    expect(sentenceContext(a, tokenIndices(a, 'nótt')[0]).has('@past')).toBe(expected);
  });

  it('takes a word the lemmatizer does not know for a noun before "sem" ("nýjan róbót sem")', () => {
    const a = loadAnalyserNode().analyse('Spítalinn tók í notkun nýjan róbót sem aðstoðar lækna.');
    const i = a.tokens.findIndex((t) => t.text === 'sem');
    expect(sentenceContext(a, i).has('@afternoun')).toBe(true);
  });

  it.each([
    ['Jafnframt verða keyptir tíu nýir vagnar.', 'verða', true],
    ['Fundurinn verður ekki haldinn í dag.', 'verður', true],
    ['Skólanum verður lokað í vor.', 'verður', true],
    ['Hún varð formaður félagsins.', 'varð', false],
    ['Það varð ljóst að hann kæmi.', 'varð', false],
    ['Þeir voru orðnir kaldir og hraktir.', 'orðnir', false],
    ['Þau keyptu hús í fyrra.', 'Þau', false],
    ['Lagt er til að kvótinn verði aukinn um fjögur prósent.', 'verði', true],
    ['Hann varð glaður.', 'varð', false],
    ['Sýndar verða rúmlega hundrað myndir.', 'verða', true],
    ['Margar verða myndirnar.', 'verða', false],
    ['Verður staðan metin á ný í fyrramálið.', 'Verður', true],
    ['Með honum verður sálfræðiþjónusta niðurgreidd fyrir börn.', 'verður', true],
    ['Hún varð móðir í fyrra.', 'varð', false],
    ['Jafnframt verður fargjald fyrir börn og ungmenni lækkað um helming.', 'verður', true],
    ['Hún verður formaður félagsins og hefur lofað breytingum.', 'verður', false],
    ['Þegar upplýsingarnar verða til get ég lofað því.', 'verða', false],
    ['Ég held að þeir verði beinskeyttari og búumst við pressu.', 'verði', false],
    ['Gert er ráð fyrir að skógrækt verði áfram á jaðarsvæði friðlýsta svæðisins og lagt er til að grisja.', 'verði', false],
  ])('"%s": "%s" stands before a past participle: %s ("@beforeparticiple")', (text, word, expected) => {
    const a = loadAnalyserNode().analyse(text);
    expect(sentenceContext(a, tokenIndices(a, word)[0]).has('@beforeparticiple')).toBe(expected);
  });

  it.each([
    ['Jafnframt verður fargjald fyrir börn og ungmenni lækkað um helming.', 'lækkað', true],
    ['Gjöldin voru hækkuð í fyrra.', 'hækkuð', true],
    ['Verðið hefur lækkað um helming.', 'lækkað', false],
    ['Verð sem er hátt hefur hækkað.', 'hækkað', false],
    ['Verðið er lágt og lækkaði í gær.', 'lækkaði', false],
    ['Hann segir að verðið hafi hækkað.', 'hækkað', false],
  ])('"%s": "%s" is a passive participle: %s ("@participle")', (text, word, expected) => {
    const a = loadAnalyserNode().analyse(text);
    expect(sentenceContext(a, tokenIndices(a, word)[0]).has('@participle')).toBe(expected);
  });

  it('holds the word before\'s lemma as "@prev:" + lemma ("munu áfram gegna" = still)', () => {
    const a = loadAnalyserNode().analyse('Stofnendurnir munu áfram gegna lykilhlutverki.');
    const i = a.tokens.findIndex((t) => t.text === 'áfram');
    expect(sentenceContext(a, i).has('@prev:munu')).toBe(true);
  });
});
