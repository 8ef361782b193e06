// @vitest-environment node
import { loadAnalyserNode } from '../../lang/analyse/node';
import { buildGlossView, withFormPrefix } from './glossModel';
import { tokenIndices } from '../../lang/analyse/testing';

describe('withFormPrefix', () => {
  it.each([
    { key: 'facebook-hópur', form: 'Facebook-hópnum', shown: 'Facebook-hópur' },
    { key: 'afp-fréttastofa', form: 'AFP-fréttastofuna', shown: 'AFP-fréttastofa' },
    { key: 'sms-skilaboð', form: 'sms-skilaboðin', shown: 'sms-skilaboð' },
    { key: 'hestur', form: 'Hestinum', shown: 'hestur' },
    { key: 'x-y', form: 'Z-y', shown: 'x-y' },
  ])('$key written as in "$form" → $shown', ({ key, form, shown }) => {
    expect(withFormPrefix(key, form)).toBe(shown);
  });
});

describe('buildGlossView', () => {
  it('shows a hyphenated word with the prefix as written, its head’s gender and its parts', () => {
    const text = 'Rætt var um málið í Facebook-hópnum í gær.';
    const analysis = loadAnalyserNode().analyse(text);
    const i = analysis.tokens.findIndex((t) => t.text === 'Facebook-hópnum');
    const view = buildGlossView(analysis, text, i)!;
    expect(view).toMatchObject({ isName: false, lemma: 'Facebook-hópur', lemmaKey: 'facebook-hópur', pos: 'noun', gender: 'm' });
    expect(view.parts.map((p) => p.lemma)).toEqual(['Facebook', 'hópur']);
    expect(view.parts[1].senses.map((s) => s.gloss)).toContain('group');
  });

  it('shows first the sense a word in the same sentence cues ("stig" beside "frost" = degree)', () => {
    const text = 'Liðið fékk þrjú stig í gær. Frost verður á bilinu tvö til tíu stig.';
    const analysis = loadAnalyserNode().analyse(text);
    const at = (n: number) => analysis.tokens.findIndex((t, i) => t.text === 'stig' && analysis.tokens.slice(0, i).filter((x) => x.text === 'stig').length === n);
    expect(buildGlossView(analysis, text, at(0))!.senses[0].gloss).toBe('point (in sport)');
    expect(buildGlossView(analysis, text, at(1))!.senses[0].gloss).toBe('degree');
    expect(buildGlossView(analysis, text, at(1))!.senses.map((s) => s.gloss)).toContain('point (in sport)');
  });

  it('shows "than" first for "en" after a comparative, "but" elsewhere', () => {
    const text = 'Hún er eldri en sextíu ára en hann er yngri. Útlánin uxu hægar en búist var við.';
    const analysis = loadAnalyserNode().analyse(text);
    const ens = tokenIndices(analysis, 'en');
    expect(ens.map((i) => buildGlossView(analysis, text, i)!.senses[0].gloss)).toEqual(['than', 'but', 'than']);
  });

  it('shows "who, which" first for a relative "sem" after a noun, "as" after a verb', () => {
    const text = 'Farþegar sem áttu bókað far eru beðnir að bíða. Hún starfar sem kennari.';
    const analysis = loadAnalyserNode().analyse(text);
    const sems = tokenIndices(analysis, 'sem');
    expect(sems.map((i) => buildGlossView(analysis, text, i)!.senses[0].gloss)).toEqual(['who, which, that (relative: farþegar sem = passengers who)', 'as']);
  });

  it('shows "before" first for "fyrir" before a time word, "for" elsewhere', () => {
    const text = 'Framkvæmdum lýkur fyrir haustið. Hann greiddi fyrir matinn.';
    const analysis = loadAnalyserNode().analyse(text);
    const fyrirs = tokenIndices(analysis, 'fyrir');
    const firsts = fyrirs.map((i) => buildGlossView(analysis, text, i)!.senses[0].gloss);
    expect(firsts[0]).toMatch(/^before/);
    expect(firsts[1]).toBe('for');
  });

  it('shows a phrase the same way whichever of its words is tapped ("á meðan í bílnum" = meanwhile)', () => {
    const text = 'Hún beið á meðan í bílnum. Á meðan hann beið las hún.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (i: number) => buildGlossView(analysis, text, i)!.phrase!.senses[0].gloss;
    const [a1, a2] = tokenIndices(analysis, 'á');
    const [m1, m2] = tokenIndices(analysis, 'meðan');
    expect([a1, m1].map(first)).toEqual(['meanwhile, in the meantime', 'meanwhile, in the meantime']);
    expect([a2, m2].map(first)).toEqual(['while', 'while']);
  });

  it('shows "get to" first for "komast að" before a place, "find out" before "því"', () => {
    const text = 'Íbúar komust ekki að verslunum vegna snjóþyngsla. Lögreglan komst að því að hann var sekur.';
    const analysis = loadAnalyserNode().analyse(text);
    const [first, second] = tokenIndices(analysis, 'að').slice(0, 2).map((i) => buildGlossView(analysis, text, i)!.phrase!.senses[0].gloss);
    expect(first).toMatch(/^get to/);
    expect(second).toMatch(/^find out/);
  });

  it('shows "overturn" first for "snúa við" beside a ruling, "turn back" elsewhere', () => {
    const firstSense = (text: string) => {
      const analysis = loadAnalyserNode().analyse(text);
      return buildGlossView(analysis, text, tokenIndices(analysis, 'við')[0])!.phrase!.senses[0].gloss;
    };
    const first = firstSense('Hæstiréttur sneri við dómi Landsréttar.');
    const second = firstSense('Göngumennirnir sneru við vegna veðurs.');
    expect(first).toMatch(/^overturn/);
    expect(second).toMatch(/^turn back/);
  });

  it('shows "second" first for "annað" before "sæti" (a cue on the next word)', () => {
    const text = 'Liðið komst upp í annað sæti deildarinnar.';
    const analysis = loadAnalyserNode().analyse(text);
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'annað'))!.senses[0].gloss).toBe('second');
  });

  it('shows "last night" first for "í nótt" in a sentence in the past tense, "tonight" otherwise', () => {
    const text = 'Tveir menn voru handteknir í nótt. Það mun frysta í nótt.';
    const analysis = loadAnalyserNode().analyse(text);
    const nights = tokenIndices(analysis, 'nótt');
    expect(nights.map((i) => buildGlossView(analysis, text, i)!.phrase!.senses[0].gloss)).toEqual(['last night', 'tonight']);
  });

  it('shows "who" first for "hver" after a verb of knowing or asking, "what" for "hvað" there, "each" otherwise', () => {
    const text = 'Ekki er vitað hver stóð að árásinni. Ekki er vitað hvað gerðist. Á hverju ári koma margir.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('hver')).toBe('who');
    expect(first('hvað')).toBe('what');
    expect(first('hverju')).toBe('each');
  });

  it('shows "last night" first for "í nótt" beside a weak past in the middle voice ("gerðist")', () => {
    const text = 'Hvað gerðist í nótt?';
    const analysis = loadAnalyserNode().analyse(text);
    expect(buildGlossView(analysis, text, tokenIndices(analysis, 'nótt')[0])!.phrase!.senses[0].gloss).toBe('last night');
  });

  it('shows "should" first for a modal after the infinitive it governs ("að sameina eigi"), "own" elsewhere', () => {
    const text = 'Rektor segir að sameina eigi fámennar námsleiðir. Hann taldi að sakfella bæri manninn. Hann vill eiga hús.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('eigi')).toMatch(/^should/);
    expect(first('bæri')).toMatch(/^should/);
    expect(first('eiga')).not.toMatch(/^should/);
  });

  it('shows "get stuck" first for "festa" beside a snowdrift, and "sector" for "grein" beside restaurants', () => {
    const text = 'Hjónin festu bíl sinn í snjóskafli. Ferðamenn borða ekki á veitingahúsum. Velta í greininni hefur dregist saman.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('festu')).toMatch(/^get \(a car\) stuck/);
    expect(first('greininni')).toMatch(/^sector/);
  });

  it('shows "longer" first for the form "lengur" (ekki lengur = no longer), "long" for "lengi"', () => {
    const text = 'Ekki hafi lengur verið grundvöllur fyrir vinnslunni. Hún beið lengi.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('lengur')).toMatch(/^longer/);
    expect(first('lengi')).toBe('long');
  });

  it('shows "solve" first for "upplýst" in a police story, "inform" elsewhere', () => {
    const text = 'Tveir voru handteknir og þeim sleppt að loknum yfirheyrslum. Málið telst upplýst. Ráðherra upplýsti þingið um stöðuna.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('upplýst')).toMatch(/^solve/);
    expect(first('upplýsti')).not.toMatch(/^solve/);
  });

  it('shows "company" first for "félag" beside the stock exchange', () => {
    const text = 'Bréfin lækkuðu í Kauphöllinni eftir að eftirlitið hafnaði umsókn félagsins.';
    const analysis = loadAnalyserNode().analyse(text);
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'félagsins'))!.senses[0].gloss).toBe('company');
  });

  it('shows "since" first for "frá því" before a time, "from it" before anything else', () => {
    const text = 'Skálinn er talinn vera frá því um 870. Hann sýndi vel frá því á Snapchat.';
    const analysis = loadAnalyserNode().analyse(text);
    const firsts = tokenIndices(analysis, 'frá').map((i) => buildGlossView(analysis, text, i)!.phrase!.senses[0].gloss);
    expect(firsts[0]).toMatch(/^since/);
    expect(firsts[1]).toMatch(/^from it/);
  });

  it('shows "than" first for "en" up to six words after a comparative', () => {
    const text = 'Fleiri íslenskir ríkisborgarar fluttu frá landinu en til þess.';
    const analysis = loadAnalyserNode().analyse(text);
    expect(buildGlossView(analysis, text, tokenIndices(analysis, 'en')[0])!.senses[0].gloss).toMatch(/^than/);
  });

  it('shows "divide" first for "skipta" beside "á milli", and "presentation" for "afhending" of an award', () => {
    const text = 'Aflanum verður skipt jafnt á milli landshluta. Hún var ekki viðstödd afhendinguna.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('skipt')).toMatch(/^divide/);
    expect(first('afhendinguna')).toMatch(/^presentation/);
  });

  it('shows "come back on" first for "koma" beside a power cut', () => {
    const text = 'Rafmagnslaust varð í Vesturbæ. Rafmagn var komið á alls staðar fyrir klukkan sex.';
    const analysis = loadAnalyserNode().analyse(text);
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'komið'))!.senses[0].gloss).toMatch(/^come back on/);
  });

  it('shows "meanwhile" first for "á meðan" before a finite verb, "while" before a subject', () => {
    const text = 'Á meðan verður umferð beint um Hvalfjörð. Hann beið á meðan hún svaf.';
    const analysis = loadAnalyserNode().analyse(text);
    const firsts = tokenIndices(analysis, 'meðan').map((i) => buildGlossView(analysis, text, i)!.phrase!.senses[0].gloss);
    expect(firsts[0]).toMatch(/^meanwhile/);
    expect(firsts[1]).toMatch(/^while/);
  });

  it('shows "collapse" first for "springa" when a coalition breaks up, and the party for "Framsókn"', () => {
    const text = 'Meirihluti bæjarstjórnar sprakk í gær. Oddviti Framsóknar segir trúnaðarbrest hafa orðið.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('sprakk')).toMatch(/^collapse/);
    expect(first('Framsóknar')).toMatch(/Progressive Party/);
  });

  it('shows "finished … have already done" first for the participle "búin" of búa, "live" for "býr"', () => {
    const text = 'Við vorum búin að smala. Hún býr í Öræfum.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('búin')).toMatch(/finished/);
    expect(first('býr')).not.toMatch(/finished/);
  });

  it('shows "meanwhile" first for "á meðan" at the end of a clause ("á meðan." / "á meðan,")', () => {
    const text = 'Sundlaugargestum er bent á laugina á Sauðárkróki á meðan. Hann beið á meðan, en hún fór inn.';
    const analysis = loadAnalyserNode().analyse(text);
    const firsts = tokenIndices(analysis, 'meðan').map((i) => buildGlossView(analysis, text, i)!.phrase!.senses[0].gloss);
    expect(firsts).toEqual([expect.stringMatching(/^meanwhile/), expect.stringMatching(/^meanwhile/)]);
  });

  it('shows "attack, fit" for "kast" as the head of a compound (mígrenikast)', () => {
    const text = 'Erfðabreytingin eykur líkur á mígreniköstum.';
    const analysis = loadAnalyserNode().analyse(text);
    const view = buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'mígreniköstum'))!;
    expect(view.parts.map((p) => p.senses[0]?.gloss)).toEqual(['migraine', expect.stringMatching(/^attack, fit/)]);
  });

  it('shows "the" first for "sá/það" before a superlative, "that" elsewhere and before "föstu" (fastur)', () => {
    const text = 'Nóvember var sá hlýjasti frá upphafi mælinga. Sá maður kom. Það er varhugavert að slá því föstu.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (i: number) => buildGlossView(analysis, text, i)!.senses[0].gloss;
    const [warmest, man] = tokenIndices(analysis, 'sá');
    expect(first(warmest)).toMatch(/^the /);
    expect(first(man)).toMatch(/^that/);
    expect(first(tokenIndices(analysis, 'því')[0])).not.toMatch(/^the /);
  });

  it('shows "into rivers" for "í ár" beside salmon, "this year" elsewhere', () => {
    const salmon = 'Laxinn gekk upp í ár á Vesturlandi.';
    const profit = 'Hagnaðurinn jókst í ár.';
    const phraseGloss = (text: string) => {
      const analysis = loadAnalyserNode().analyse(text);
      return buildGlossView(analysis, text, tokenIndices(analysis, 'ár')[0])!.phrase!.senses[0].gloss;
    };
    expect(phraseGloss(salmon)).toMatch(/^into \(the\) rivers/);
    expect(phraseGloss(profit)).toBe('this year');
  });

  it('shows "just" first for "rétt" before "rúm", "tæplega" and the like', () => {
    const text = 'Kjörsókn var rétt rúm sextíu prósent.';
    const analysis = loadAnalyserNode().analyse(text);
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'rétt'))!.senses[0].gloss).toMatch(/^just/);
  });

  it('shows "have (done)" first for "eiga" before a supine of booking, "aircraft" for "vél" beside seat occupancy', () => {
    const text = 'Farþegum sem áttu bókað flug verður boðin endurgreiðsla. Sætanýting var slök og vélarnar verða nýttar annars staðar.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('áttu')).toMatch(/^have \(done\)/);
    expect(first('vélarnar')).toMatch(/^aircraft/);
  });

  it('shows "begin" first for "taka" after the infinitive it governs ("þegar skyggja tekur")', () => {
    const text = 'Flest slysin verða síðdegis, þegar skyggja tekur. Hann tekur bókina. Það er gott að geta tekið þátt.';
    const analysis = loadAnalyserNode().analyse(text);
    const [dark, book] = tokenIndices(analysis, 'tekur').map((i) => buildGlossView(analysis, text, i)!.senses[0].gloss);
    expect(dark).toMatch(/^begin/);
    expect(book).not.toMatch(/^begin/);
    // (A supine after an auxiliary's infinitive is no modal after a fronted infinitive.)
    expect(buildGlossView(analysis, text, tokenIndices(analysis, 'tekið')[0])!.senses[0].gloss).not.toMatch(/^begin/);
  });

  it('shows "at, by" first for "við" between a building and an institution, and "place, bed" for "rými" beside a nursing home', () => {
    const text = 'Hjúkrunarrýmum fjölgar. Rýmin verða í nýrri byggingu við Sjúkrahúsið á Akureyri.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('við')).toMatch(/^at, by/);
    expect(first('Rýmin')).toMatch(/^place, bed/);
  });

  it('shows "but" first for "en" in "annar … en hinn" (one … the other), "separate" for "skilja frá"', () => {
    const text = 'Annar þeirra hlaut átta mánaða dóm en hinn sex mánaða. Plast og málmar eru skildir frá öðru sorpi.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('en')).toMatch(/^but/);
    expect(first('skildir')).toMatch(/^separate/);
  });

  it('shows "review" for "dómur" beside a film, "hold" for "vista" beside a police cell, "harm" for "saka" after "nokkurn"', () => {
    const text = 'Myndin hefur hlotið góða dóma. Hann var vistaður í fangageymslu. Hann var yfirbugaður án þess að nokkurn sakaði.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('dóma')).toMatch(/^review/);
    expect(first('vistaður')).toMatch(/^hold/);
    expect(first('sakaði')).toMatch(/^harm/);
  });

  it('shows "most", "more", "fewer" for the superlative and comparative of margur and fár, and glosses compass-point winds', () => {
    const text = 'Flest hross fóru til Þýskalands. Fleiri komu en áður en færri fóru. Spáð er suðaustanátt og norðvestan stormi.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('Flest')).toMatch(/^most/);
    expect(first('Fleiri')).toMatch(/^more/);
    expect(first('færri')).toMatch(/^fewer/);
    expect(first('suðaustanátt')).toMatch(/^south-easterly wind/);
    expect(first('norðvestan')).toMatch(/^from the north-west/);
  });

  it('shows "latter, second" for "seinni" (the comparative of seinn, not "late")', () => {
    const text = 'Uppselt er á fyrri tónleikana en miðar eru lausir á þá seinni.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('seinni')).toMatch(/^latter, second/);
  });

  it('shows "shore" for "fjara" and "assumption" for "forsenda" first', () => {
    const text = 'Grindhvalavaða synti upp í fjöru í morgun. Áætlunin byggir á of bjartsýnum forsendum.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('fjöru')).toMatch(/^shore, beach/);
    expect(first('forsendum')).toMatch(/^assumption/);
  });

  it('shows "previous" for "fyrra" before "ár", "aircraft" for "vélin" after a stopover', () => {
    const text = 'Lyftukort hækka lítillega frá fyrra ári. Fyrri hálfleikur var jafn. Vélin hélt áfram för sinni eftir tveggja tíma viðdvöl.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('fyrra')).toMatch(/^previous/);
    expect(first('Fyrri')).toMatch(/^first \(of two/);
    expect(first('Vélin')).toMatch(/^aircraft/);
  });

  it('shows "symptom" for "einkenni" beside headaches and mould', () => {
    const text = 'Foreldrar hafa kvartað undan einkennum hjá börnunum, svo sem höfuðverk og þreytu.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('einkennum')).toMatch(/^symptom/);
  });

  it('shows "before" for "fyrir" before "næsta haust", "for" before a plain object', () => {
    const text = 'Viðgerðum á að ljúka fyrir næsta haust. Hann greiddi fyrir matinn.';
    const analysis = loadAnalyserNode().analyse(text);
    const [autumn, food] = tokenIndices(analysis, 'fyrir').map((i) => buildGlossView(analysis, text, i)!.senses[0].gloss);
    expect(autumn).toMatch(/^before/);
    expect(food).toMatch(/^for/);
  });

  it('shows "court" for "dómurinn" before "taldi" (the court found)', () => {
    const text = 'Dómurinn taldi ósannað að maðurinn hefði veitt brotaþola áverka. Hann fékk þungan dóm.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('Dómurinn')).toMatch(/^court/);
    expect(first('dóm')).toMatch(/^verdict/);
  });

  it('shows "at, by" for "við" before a place name that ends in a place word, "harm" for "sakaði engan", "high tide" for "háflóði"', () => {
    const text = 'Línubáturinn strandaði við Grindavík í morgun og sakaði engan. Báturinn var dreginn út á háflóði.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('við')).toMatch(/^at, by/);
    expect(first('sakaði')).toMatch(/^harm/);
    expect(first('háflóði')).toMatch(/^high tide/);
  });

  it('shows "at the earliest" for "í fyrsta lagi" before a year, "firstly" elsewhere', () => {
    const text = 'Framkvæmdir gætu hafist í fyrsta lagi árið 2028. Í fyrsta lagi er þetta of dýrt.';
    const analysis = loadAnalyserNode().analyse(text);
    const [year, firstly] = tokenIndices(analysis, 'lagi').map((i) => buildGlossView(analysis, text, i)!.phrase!.senses[0].gloss);
    expect(year).toMatch(/^at the earliest/);
    expect(firstly).toMatch(/^firstly/);
  });

  it('shows "since" for "síðan" before "á föstudag", "then" before a verb', () => {
    const text = 'Ekkert hefur spurst til hans síðan á föstudag. Fyrst var samið um þetta en síðan var það framlengt.';
    const analysis = loadAnalyserNode().analyse(text);
    const [since, then] = tokenIndices(analysis, 'síðan').map((i) => buildGlossView(analysis, text, i)!.senses[0].gloss);
    expect(since).toMatch(/^since/);
    expect(then).toMatch(/^then/);
  });

  it('shows "relegation" for "fall" beside a team, "just" for "rétt slapp", the concert hall for "í Hörpu"', () => {
    const text = 'Liðið rétt slapp við fall eftir tímabilið. Tvö þúsund manns lögðu leið sína í Hörpu á bókamessu.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('fall')).toMatch(/^relegation/);
    expect(first('rétt')).toMatch(/^just/);
    expect(first('Hörpu')).toMatch(/concert hall/);
    expect(first('bókamessu')).toMatch(/^book fair/);
  });

  it('shows "history" for "í sögu fyrirtækisins", "company" for "félagsins" after analysts, "fell" for "fella" beside trees', () => {
    const text = 'Samningurinn er sá stærsti í sögu fyrirtækisins. Greinendur telja að hann styrki stöðu félagsins. Borgin ætlar að fella fjölda trjáa.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('sögu')).toMatch(/^history/);
    expect(first('félagsins')).toMatch(/^company/);
    expect(first('fella')).toMatch(/^fell/);
  });

  it('shows "diagnose" for "greina" and "disease" for "meinið" beside screening, "death" for "dauðsföllum"', () => {
    const text = 'Með skimun fyrir krabbameini er vonast til að hægt verði að greina meinið fyrr og fækka dauðsföllum.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('greina')).toMatch(/^diagnose/);
    expect(first('meinið')).toMatch(/^disease/);
    expect(first('dauðsföllum')).toMatch(/^death/);
  });

  it('shows "doctorate" for "doktorsprófi", not "doctor"', () => {
    const text = 'Hún lauk nýverið doktorsprófi í sagnfræði.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('doktorsprófi')).toMatch(/^doctorate/);
  });

  it('shows "let-up" for "lát" after "ekkert", "death" elsewhere', () => {
    const text = 'Ekkert lát er á verðhækkunum. Lát hans kom öllum á óvart.';
    const analysis = loadAnalyserNode().analyse(text);
    const [letUp, death] = tokenIndices(analysis, 'lát').map((i) => buildGlossView(analysis, text, i)!.senses[0].gloss);
    expect(letUp).toMatch(/^let-up/);
    expect(death).toMatch(/^death/);
  });

  it('shows "around" for "fyrir" after "aka" before a fjord, "truck" for "vörubíll"', () => {
    const text = 'Vörubíll bilaði í göngunum. Vegfarendum var bent á að aka fyrir Hvalfjörð á meðan.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('fyrir')).toMatch(/^around/);
    expect(first('Vörubíll')).toMatch(/^truck/);
  });

  it('shows "impose, levy" for "leggja" beside a fee, "build, lay" beside a path', () => {
    const text = 'Hreppurinn hefur samþykkt að leggja gistináttagjald á ferðamenn. Borgin ætlar að leggja nýjan göngustíg.';
    const analysis = loadAnalyserNode().analyse(text);
    const [fee, path] = tokenIndices(analysis, 'leggja').map((i) => buildGlossView(analysis, text, i)!.senses[0].gloss);
    expect(fee).toMatch(/^impose, levy/);
    expect(path).toMatch(/^build, lay/);
  });

  it('shows "marking" for "merkingar" and "stretch" for "kaflanum" beside a road', () => {
    const text = 'Nefndin beinir því til Vegagerðarinnar að bæta merkingar á kaflanum.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('merkingar')).toMatch(/^marking/);
    expect(first('kaflanum')).toMatch(/^stretch/);
  });

  it('glosses "svarenda" as svarandi (respondent), no compound of "andi" (spirit)', () => {
    const text = 'Tæp sjötíu prósent svarenda eru hlynnt því.';
    const analysis = loadAnalyserNode().analyse(text);
    const i = analysis.tokens.findIndex((t) => t.text === 'svarenda');
    expect(analysis.tokens[i].parts).toBeUndefined();
    expect(buildGlossView(analysis, text, i)!.senses[0].gloss).toMatch(/^respondent/);
  });

  it('shows "handling" for "afgreiðslu" before "málsins", "app" for "smáforrit"', () => {
    const text = 'Fulltrúar minnihlutans sátu hjá við afgreiðslu málsins. Þeir þróuðu smáforrit fyrir bændur.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('afgreiðslu')).toMatch(/^handling/);
    expect(first('smáforrit')).toMatch(/^app/);
  });

  it('shows "a pity" for "leitt að", "company" for "félagsins" after a refunded ticket', () => {
    const text = 'Farþegar fá miðann endurgreiddan að fullu. Talsmaður félagsins segir leitt að þurfa að grípa til þessara ráðstafana.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('leitt')).toMatch(/^a pity/);
    expect(first('félagsins')).toMatch(/^company/);
  });

  it('shows "reserves" for the head of "vatnsbúskapar", "farming" for "búskapur" alone', () => {
    const text = 'Hækkunin stafar af lakari vatnsbúskap. Búskapur hefur lengi verið stundaður á bænum.';
    const analysis = loadAnalyserNode().analyse(text);
    const water = buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'vatnsbúskap'))!;
    expect(water.parts?.[1]?.senses[0]?.gloss).toMatch(/^reserves/);
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'Búskapur'))!.senses[0].gloss).toMatch(/^farming/);
  });

  it('shows "tile" for "flísar" and "(hot) tub" for "heiti potturinn"', () => {
    const text = 'Skipta þarf um dælur og laga flísar í heita pottinum.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('flísar')).toMatch(/^tile/);
    expect(first('pottinum')).toMatch(/^\(hot\) tub/);
  });

  it('shows "winterkill" for "kal" beside hayfields and "behind, down" for "undir" after points', () => {
    const text = 'Bændur hafa miklar áhyggjur af kali í túnum. Liðið var tíu stigum undir í hálfleik.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('kali')).toMatch(/^winterkill/);
    expect(first('undir')).toMatch(/^behind, down/);
  });

  it('shows "precipitation, snowfall" for "ofankoma", not its parts', () => {
    const text = 'Snjómokstur hefur gengið illa eftir mikla ofankomu um helgina.';
    const analysis = loadAnalyserNode().analyse(text);
    const view = buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'ofankomu'))!;
    expect(view.senses[0].gloss).toMatch(/^precipitation/);
  });

  it('shows "during" for "við" before a routine check, "by" for "eftir" after works, "with" after "aðstoða"', () => {
    const text = 'Efnin fundust við hefðbundið eftirlit tollvarða. Þar verða sýnd verk eftir Kjarval. Lögreglan aðstoðar við rannsókn málsins.';
    const analysis = loadAnalyserNode().analyse(text);
    const [check, helps] = tokenIndices(analysis, 'við').map((i) => buildGlossView(analysis, text, i)!.senses[0].gloss);
    expect(check).toMatch(/^during/);
    expect(helps).not.toMatch(/^during/);
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'eftir'))!.senses[0].gloss).toMatch(/^by \(an author/);
  });

  it('shows "arrive at, come upon" for "koma að" an accident, glosses forsvaranlegur and heilsugæsla', () => {
    const text = 'Vegfarendur sem komu að slysinu hringdu. Hún var flutt á heilsugæslu. Ekki var forsvaranlegt að gefa út kvóta.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'komu'))!.phrase!.senses[0].gloss).toMatch(/^arrive at, come upon/);
    expect(first('heilsugæslu')).toMatch(/^health centre/);
    expect(first('forsvaranlegt')).toMatch(/^justifiable/);
  });

  it('shows "lower" for "lækka" before its object, "fall" when the price is the subject; glosses seinagangur', () => {
    const text = 'Seðlabankinn lækki stýrivexti um hálft prósentustig. Verð á bensíni lækkaði í gær. Kennarar mótmæltu seinagangi í viðræðum.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('lækki')).toMatch(/^lower/);
    expect(first('lækkaði')).toMatch(/^fall/);
    expect(first('seinagangi')).toMatch(/^slowness/);
  });

  it('shows "before" for "fyrir svefninn" and "chase" for "elti"', () => {
    const text = 'Þeir rekja þetta til skjánotkunar fyrir svefninn. Hann elti hund fjölskyldunnar.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('fyrir')).toMatch(/^before/);
    expect(first('elti')).toMatch(/^chase/);
  });

  it('shows "say" for "kveðst"', () => {
    const text = 'Hún kveðst hvergi annars staðar vilja vera.';
    const analysis = loadAnalyserNode().analyse(text);
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'kveðst'))!.senses[0].gloss).toMatch(/^say/);
  });

  it('shows "about" for "um" before a number after "ferðin", "renovate" for "gera upp" a factory, glosses sólarlandaferð', () => {
    const text = 'Ferðin tekur um sex klukkustundir. Gamla verksmiðjan verður gerð upp. Eftirspurn eftir sólarlandaferðum hefur aukist.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('um')).toMatch(/^about/);
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'gerð'))!.phrase!.senses[0].gloss).toMatch(/^renovate/);
    expect(first('sólarlandaferðum')).toMatch(/^holiday in the sun/);
  });

  it('shows "show up" for "mæta á", "reduction" for "samdráttur í losun", "be relevant to" for a story that "á erindi við"', () => {
    const text = 'Þúsund manns mættu á Austurvöll. Markmið um samdrátt í losun nást ekki. Leikstjórinn segir að sagan eigi fullt erindi við áhorfendur.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('mættu')).toBe('show up');
    expect(first('samdrátt')).toMatch(/^reduction/);
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'erindi'))!.phrase!.senses[0].gloss).toMatch(/^be relevant to/);
  });

  it('shows "every" for "á sjö mínútna fresti", "route" for a bus\'s "leið", "peak time" for "álagstími", "during" for "við uppgröft"', () => {
    const text = 'Strætó fjölgar ferðum á álagstímum. Vagnar á fjölförnustu leiðunum aka á sjö mínútna fresti. Leifar fundust við uppgröft í Skagafirði.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('fresti')).toMatch(/^every/);
    expect(first('leiðunum')).toBe('route');
    expect(first('álagstímum')).toMatch(/^peak time/);
    expect(first('við')).toMatch(/^during/);
  });

  it('shows "berry" for "berin", "in return for" for "gegn endurgreiðslu", "senior team" for "meistaraflokkur"', () => {
    const text = 'Neytendur sem eiga berin skila þeim gegn endurgreiðslu. Valur réð þjálfara fyrir meistaraflokk kvenna.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('berin')).toBe('berry');
    expect(first('gegn')).toMatch(/^in return for/);
    expect(first('meistaraflokk')).toMatch(/^senior team/);
  });

  it('shows "main pipe" for "stofnlögn" and "during" for "við framkvæmdir"', () => {
    const text = 'Vatnslaust var eftir að stofnlögn fór í sundur við framkvæmdir.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('stofnlögn')).toMatch(/^main pipe/);
    expect(first('við')).toMatch(/^during/);
  });

  it('shows "hunting" for "veiðin" when the sentence before names the ptarmigan season, even seven words back; "for" in "lóðir undir"', () => {
    const text = 'Rjúpnaveiðitímabilinu lauk á sunnudag. Veiðimenn sem blaðið ræddi við segja að veiðin hafi verið dræm. Skortur er á lóðum undir einbýlishús.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('veiðin')).toBe('hunting');
    expect(first('undir')).toMatch(/^for \(a plot/);
  });

  it('shows "by" for "af" after a passive participle, "of" otherwise', () => {
    const text = 'Fyrirtækið hefur verið keypt af bandarísku stórfyrirtæki. Það eru fullt af strákum.';
    const analysis = loadAnalyserNode().analyse(text);
    const [passive, full] = tokenIndices(analysis, 'af').map((i) => buildGlossView(analysis, text, i)!.senses[0].gloss);
    expect(passive).toMatch(/^by \(the doer/);
    expect(full).toBe('of');
  });

  it('shows "last night" for "í nótt" after a weak past ("sótti"), "at" for "lenti við", no "lenda í" across "við Landspítalann", "off" for "undan Reykjanesi"', () => {
    const text = 'Landhelgisgæslan sótti skipverja undan Reykjanesi í nótt. Þyrlan lenti við Landspítalann í Fossvogi.';
    const analysis = loadAnalyserNode().analyse(text);
    const view = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!;
    expect(view('nótt').phrase!.senses[0].gloss).toBe('last night');
    expect(view('við').senses[0].gloss).toMatch(/^at, by/);
    expect(view('lenti').phrase).toBeFalsy();
    expect(view('undan').senses[0].gloss).toMatch(/^off/);
  });

  it('shows "off (the coast" for "út af" before a place, "because of" otherwise; glosses efling', () => {
    const text = 'Skipsflak fannst á hafsbotni út af Snæfellsnesi. Deilt var út af þessu máli. Þau lofuðu eflingu menntakerfisins.';
    const analysis = loadAnalyserNode().analyse(text);
    const [coast, because] = tokenIndices(analysis, 'út').map((i) => buildGlossView(analysis, text, i)!.phrase!.senses[0].gloss);
    expect(coast).toMatch(/^off \(the coast/);
    expect(because).toMatch(/^because of/);
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'eflingu'))!.senses[0].gloss).toMatch(/^strengthening/);
  });

  it('shows "at, by" for "við Garðskaga" (a name in -skagi) and "find one\'s way" for "skila sér í"', () => {
    const text = 'Hvalur strandaði í fjörunni við Garðskaga. Færri ungir karlar skili sér í háskólanám.';
    const analysis = loadAnalyserNode().analyse(text);
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'við'))!.senses[0].gloss).toMatch(/^at, by/);
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'skili'))!.phrase!.senses[0].gloss).toMatch(/^find one's way/);
  });

  it('shows "online shopping" for "netverslun", "the Icelandic Tourist Board" for "Ferðamálastofa"', () => {
    const text = 'Netverslun jókst um fjórðung í nóvember. Ferðamálastofa spáir fjölgun.';
    const analysis = loadAnalyserNode().analyse(text);
    expect(buildGlossView(analysis, text, 0)!.senses[0].gloss).toMatch(/^online shopping/);
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'Ferðamálastofa'))!.senses[0].gloss).toMatch(/Icelandic Tourist Board/);
  });

  it('reads sense cues up to twenty words back in a long sentence: "corridor" for "göngum" after "Sjúklingar"; "thus" for "þar með"', () => {
    const text = 'Sjúklingar hafa þurft að bíða klukkustundum saman eftir þjónustu og dæmi eru um að fólk hafi legið á göngum. Hún bætti þar með gamla metið.';
    const analysis = loadAnalyserNode().analyse(text);
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'göngum'))!.senses[0].gloss).toBe('corridor');
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'þar'))!.phrase!.senses[0].gloss).toMatch(/^thus/);
  });

  it('shows "before" for "fyrir þann tíma", "in addition to" for "auk", "clad" for a building "klædd", "visitor centre" for "gestastofa"', () => {
    const text = 'Vinnustöðvun hefst náist ekki samningar fyrir þann tíma. Ný gestastofa var opnuð. Í húsinu er sýning auk kaffihúss. Byggingin er klædd íslensku lerki.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('fyrir')).toMatch(/^before/);
    expect(first('auk')).toMatch(/^in addition to/);
    expect(first('klædd')).toMatch(/^clad/);
    expect(first('gestastofa')).toBe('visitor centre');
  });

  it('glosses "uppsveitir" (upland districts) and "mannaferðir" (people about) as words, not their parts', () => {
    const text = 'Innbrotum í uppsveitum hefur fjölgað. Tilkynnið um grunsamlegar mannaferðir.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('uppsveitum')).toMatch(/^upland district/);
    expect(first('mannaferðir')).toMatch(/^people about/);
  });

  it('shows "the scene" for "aðkoman" beside "skelfilega", and glosses "skelfilega"', () => {
    const text = 'Eigandinn segir aðkomuna hafa verið skelfilega.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.senses[0].gloss;
    expect(first('aðkomuna')).toMatch(/^the scene/);
    expect(first('skelfilega')).toMatch(/^terribl/);
  });

  it('shows "raise" for "hækkað vexti" (vextir, lemma vöxtur)', () => {
    const text = 'Bankinn hefur hækkað vexti á húsnæðislánum.';
    const analysis = loadAnalyserNode().analyse(text);
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'hækkað'))!.senses[0].gloss).toMatch(/^raise/);
  });

  it('shows "attend" for "sækja" a memorial service', () => {
    const text = 'Hundruð manna sóttu minningarathöfn um sjómennina.';
    const analysis = loadAnalyserNode().analyse(text);
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'sóttu'))!.senses[0].gloss).toMatch(/^attend/);
  });

  it('shows "attend" for "sækja tómstundir", "at" before Landmannalaugar, "come upon" after rangers, "heal" beside moss', () => {
    const text = 'Ungt fólk á auðvelt með að sækja tómstundir. Hann var sektaður fyrir akstur við Landmannalaugar. Landverðir komu að manninum. Skemmdir á mosa gætu tekið áratugi að gróa.';
    const analysis = loadAnalyserNode().analyse(text);
    const view = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!;
    expect(view('sækja').senses[0].gloss).toMatch(/^attend/);
    expect(view('tómstundir').senses[0].gloss).toMatch(/^leisure activity/);
    expect(view('við').senses[0].gloss).toMatch(/^at, by/);
    expect(view('komu').phrase!.senses[0].gloss).toMatch(/^arrive at, come upon/);
    expect(view('gróa').senses[0].gloss).toBe('heal');
  });

  it('shows "diagnosis" for "greining" beside a wait or autism', () => {
    const text = 'Umboðsmaður spyr um bið barna eftir greiningu. Börn hafa beðið eftir greiningu á einhverfu.';
    const analysis = loadAnalyserNode().analyse(text);
    expect(tokenIndices(analysis, 'greiningu').map((i) => buildGlossView(analysis, text, i)!.senses[0].gloss)).toEqual(['diagnosis', 'diagnosis']);
  });

  it('shows "place" for "efsta sæti" of a chart', () => {
    const text = 'Íslenskt lag komst í efsta sæti vinsældalista í Noregi.';
    const analysis = loadAnalyserNode().analyse(text);
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'sæti'))!.senses[0].gloss).toMatch(/^place \(in a ranking/);
  });

  it('shows "go out, walk out" first for "ganga út", "be won" beside a prize', () => {
    const phraseGloss = (text: string, word: string) => {
      const analysis = loadAnalyserNode().analyse(text);
      return buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === word))!.phrase!.senses[0].gloss;
    };
    expect(phraseGloss('Hún reiddist og gekk snögglega út af fundinum.', 'gekk')).toBe('go out, walk out');
    expect(phraseGloss('Lottóvinningurinn gekk ekki út um helgina.', 'gekk')).toMatch(/^be won/);
  });

  it('shows "kill" first for "fella" beside game, "bring down" elsewhere', () => {
    const first = (text: string) => {
      const analysis = loadAnalyserNode().analyse(text);
      return buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'fella'))!.senses[0].gloss;
    };
    expect(first('Veiðimenn mega fella 850 hreindýr í ár.')).toMatch(/^kill/);
    expect(first('Stjórnarandstaðan reyndi að fella ríkisstjórnina.')).toBe('bring down');
  });

  it('shows "escape" first for "sleppa úr", "flood" for "hlaupið" beside a water level', () => {
    const first = (text: string, word: string) => {
      const analysis = loadAnalyserNode().analyse(text);
      return buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === word))!.senses[0].gloss;
    };
    expect(first('Íbúar óttast að eldislax sleppi úr kvíunum.', 'sleppi')).toMatch(/^escape/);
    expect(first('Þeir slepptu fanganum.', 'slepptu')).toMatch(/^release/);
    expect(first('Vatnshæð árinnar hefur hækkað og búist er við að hlaupið nái hámarki í kvöld.', 'hlaupið')).toMatch(/^flood/);
  });

  it('shows "must" first for "verða" after the infinitive it governs, "become" elsewhere', () => {
    const first = (text: string, word: string) => {
      const analysis = loadAnalyserNode().analyse(text);
      return buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === word))!.senses[0].gloss;
    };
    expect(first('Hann segir að horfa verði til lengri tíma.', 'verði')).toMatch(/^must/);
    expect(first('Taka verður tillit til þess.', 'verður')).toMatch(/^must/);
    expect(first('Hún telur að kæra verði lögð fram.', 'verði')).not.toMatch(/^must/);
  });

  it('shows "from" first for "af" before a point of the compass (the wind), "of" elsewhere', () => {
    const first = (text: string) => {
      const analysis = loadAnalyserNode().analyse(text);
      return buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'af'))!.senses[0].gloss;
    };
    expect(first('Vindur stendur af suðvestri í dag.')).toMatch(/^from/);
    expect(first('Hluti af húsinu brann.')).not.toMatch(/^from \(of the wind/);
  });

  it('shows "pouch" first for "púði" beside nicotine, also as a compound part', () => {
    const text = 'Sala á nikótínpúðum hefur aukist. Notkun púðanna er mest meðal ungmenna.';
    const analysis = loadAnalyserNode().analyse(text);
    const view = (w: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === w))!;
    expect(view('púðanna').senses[0].gloss).toMatch(/^pouch/);
    expect(view('nikótínpúðum').parts.at(-1)!.senses[0].gloss).toMatch(/^pouch/);
  });

  it('shows "in, at" first for "á" before a place name or "Íslandi", "on" before a common noun', () => {
    const first = (text: string, nth = 0) => {
      const analysis = loadAnalyserNode().analyse(text);
      return buildGlossView(analysis, text, tokenIndices(analysis, 'á')[nth])!.senses[0].gloss;
    };
    expect(first('Nokkur hús á Ísafirði voru rýmd.')).toMatch(/^in, at/);
    expect(first('Sjúkrahúsið á Akureyri tók tækið í notkun.')).toMatch(/^in, at/);
    expect(first('Verð hefur hækkað á Íslandi.')).toMatch(/^in, at/);
    expect(first('Bíllinn stóð á Laugaveginum.')).toBe('on');
    expect(first('Bókin liggur á borðinu.')).toBe('on');
  });

  it('shows "immigrant" first for "innflytjandi"', () => {
    const text = 'Innflytjendur sem vilja læra íslensku eiga nú kost á námskeiðum.';
    const analysis = loadAnalyserNode().analyse(text);
    expect(buildGlossView(analysis, text, 0)!.senses[0].gloss).toBe('immigrant');
  });

  it('shows "for (a term of)" first for "til" before a number of years, "to" elsewhere', () => {
    const first = (text: string) => {
      const analysis = loadAnalyserNode().analyse(text);
      return buildGlossView(analysis, text, tokenIndices(analysis, 'til')[0])!.senses[0].gloss;
    };
    expect(first('Samningurinn gildir til fjögurra ára.')).toMatch(/^for \(a term of/);
    expect(first('Hún fór til Akureyrar.')).toBe('to');
  });

  it('shows "fail" first for "bregðast" without "við" near it, the pointer to "bregðast við" with it', () => {
    const first = (text: string, word: string) => {
      const analysis = loadAnalyserNode().analyse(text);
      return buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === word))!.middle!.senses[0].gloss;
    };
    expect(first('Haustrigningar brugðust og er vatnið lágt.', 'brugðust')).toBe('fail');
    expect(first('Hann sagði að bregðast eigi við vandanum strax.', 'bregðast')).toMatch(/^\(bregðast við/);
  });

  it('shows "one (of two)" first for "annar" with "hinn" (the other) in the sentence', () => {
    const text = 'Annar mannanna er alvarlega slasaður en hinn hlaut minni háttar meiðsl.';
    const analysis = loadAnalyserNode().analyse(text);
    expect(buildGlossView(analysis, text, 0)!.senses[0].gloss).toMatch(/^one \(of two/);
  });

  it('shows "band" for the head "sveit" after a kind of music, "unit" after a rescue, "crowd" for mannfjöldi at a concert', () => {
    const text = 'Síðan taka við kórar og djasssveitir. Björgunarsveitir leituðu í nótt. Búist er við miklum mannfjölda á tónleikunum.';
    const analysis = loadAnalyserNode().analyse(text);
    const view = (w: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === w))!;
    expect(view('djasssveitir').parts.at(-1)!.senses[0].gloss).toMatch(/^band/);
    expect(view('mannfjölda').senses[0].gloss).toBe('crowd');
    const rescue = view('Björgunarsveitir');
    expect(rescue.senses.length > 0 ? rescue.senses[0].gloss : rescue.parts.at(-1)!.senses[0].gloss).toMatch(/rescue/);
  });

  it('shows "before" for "fyrir" before the last or next event, "show up" for "mæta" ending its clause', () => {
    const first = (text: string, word: string) => {
      const analysis = loadAnalyserNode().analyse(text);
      return buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === word))!.senses[0].gloss;
    };
    expect(first('Landris mælist nú svipað og fyrir síðasta gos.', 'fyrir')).toMatch(/^before/);
    expect(first('Gestir kynni sér áætlunina áður en þeir mæta.', 'mæta')).toBe('show up');
  });

  it('shows "from" first for "úr" before an amount, "at" for "við" before a footpath', () => {
    const first = (text: string, word: string) => {
      const analysis = loadAnalyserNode().analyse(text);
      return buildGlossView(analysis, text, tokenIndices(analysis, word)[0])!.senses[0].gloss;
    };
    expect(first('Stakt fargjald fer þá úr 630 krónum í 680 krónur.', 'úr')).toMatch(/^from/);
    expect(first('Hann tók lykilinn úr vasanum.', 'úr')).toBe('out of');
    expect(first('Hvolparnir fundust við göngustíg í Kópavogi.', 'við')).toMatch(/^at/);
  });

  it('shows "since" for "síðan" after "hefur", "spend" for verja before free time, "at" before the chessboard', () => {
    const first = (text: string, word: string) => {
      const analysis = loadAnalyserNode().analyse(text);
      return buildGlossView(analysis, text, tokenIndices(analysis, word)[0])!.senses[0].gloss;
    };
    expect(first('Hann hóf að tefla sex ára og hefur síðan teflt víða.', 'síðan')).toMatch(/^since/);
    expect(first('Hann fór heim og síðan í bíó.', 'síðan')).toMatch(/^then/);
    expect(first('Hann ver öllum frístundum við skákborðið.', 'við')).toMatch(/^at/);
    expect(first('Foreldrar hans segja hann verja öllum frístundum við skákborðið.', 'verja')).toMatch(/^spend/);
  });

  it('shows "one (of two)" for "annar þeirra", "at" for "við" before a street name', () => {
    const first = (text: string, word: string) => {
      const analysis = loadAnalyserNode().analyse(text);
      return buildGlossView(analysis, text, tokenIndices(analysis, word)[0])!.senses[0].gloss;
    };
    expect(first('Þeim tókst að komast í land en annar þeirra var fluttur á heilsugæslustöð.', 'annar')).toMatch(/^one \(of two/);
    expect(first('Sótt var um byggingu fjölbýlishúss á reit við Glerárgötu.', 'við')).toMatch(/^at/);
  });

  it('shows "at, by" first for "við" before a place even after "störf" (störf við höfnina), "in" for a job', () => {
    const text = 'Myndirnar sýna störf við höfnina. Sumarstörf við garðyrkju eru í boði.';
    const analysis = loadAnalyserNode().analyse(text);
    const [harbour, gardening] = tokenIndices(analysis, 'við').map((i) => buildGlossView(analysis, text, i)!.senses[0].gloss);
    expect(harbour).toMatch(/^at, by/);
    expect(gardening).toMatch(/^in, at \(a job/);
  });

  it('shows "at, by" first for "við" before a place, "with" before a person', () => {
    const text = 'Ölduhæð við Landeyjahöfn er mikil. Hann ræddi við Jón í gær.';
    const analysis = loadAnalyserNode().analyse(text);
    const vids = tokenIndices(analysis, 'við');
    const firsts = vids.map((i) => buildGlossView(analysis, text, i)!.senses[0].gloss);
    expect(firsts[0]).toMatch(/^at, by/);
    expect(firsts[1]).not.toMatch(/^at, by/);
  });

  it('shows first the sense of a phrase its sentence cues ("koma fram" beside "tónleikar" = perform)', () => {
    const text = 'Á tónleikunum koma fram um hundrað listamenn. Veðrið var gott í allan dag og margir voru á ferli. Þetta kemur fram í tilkynningu.';
    const analysis = loadAnalyserNode().analyse(text);
    const first = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.phrase!.senses[0].gloss;
    expect(first('koma')).toMatch(/^perform/);
    expect(first('kemur')).toBe('be stated');
  });

  it('shows first the sense of a middle voice its sentence cues ("veikst" beside "krónan" = weaken)', () => {
    const text = 'Krónan hefur veikst um fimm prósent gagnvart evru.';
    const analysis = loadAnalyserNode().analyse(text);
    const view = buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'veikst'))!;
    expect(view.middle?.senses[0].gloss).toBe('weaken');
  });

  it('reads a cue in the sentence before ("Ný kvikmynd … Myndin" = film)', () => {
    const text = 'Ný íslensk kvikmynd var frumsýnd í gær. Myndin fjallar um unga konu.';
    const analysis = loadAnalyserNode().analyse(text);
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'Myndin'))!.senses[0].gloss).toBe('film');
  });

  it('shows first what a compound’s head means as a head ("Kennara|samband" = union), not alone ("samband" = connection)', () => {
    const text = 'Í gær skrifaði Kennarasamband Íslands undir. Samband þeirra er gott. Fjarskiptasamband rofnaði.';
    const analysis = loadAnalyserNode().analyse(text);
    const head = buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'Kennarasamband'))!.parts[1];
    expect(head.lemmaKey).toBe('samband');
    expect(head.senses[0].gloss).toMatch(/^union/);
    expect(buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'Samband'))!.senses[0].gloss).toMatch(/^connection/);
    // Only the head of a capitalised compound, a name, is a union; "fjarskipta|samband" is a connection.
    const common = analysis.tokens.findIndex((t) => t.text === 'Fjarskiptasamband');
    expect(buildGlossView(analysis, text, common)!.parts[1].senses[0].gloss).not.toMatch(/^union/);
  });

  it('shows first what a compound’s modifier cues its head to mean ("handknattleiks|samband" = federation, "leigu|félag" = company)', () => {
    const text = 'Handknattleikssambandið valdi hópinn. Leigufélagið hækkaði leiguna. Fjarskiptasamband rofnaði.';
    const analysis = loadAnalyserNode().analyse(text);
    const head = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!.parts.at(-1)!.senses[0].gloss;
    expect(head('Handknattleikssambandið')).toMatch(/federation/);
    expect(head('Leigufélagið')).toBe('company');
    expect(head('Fjarskiptasamband')).not.toMatch(/federation/);
  });

  it('shows a verb phrase as written, with its dictionary form, on each of its words', () => {
    const text = 'Ráðuneytið lýsti því yfir í gær að málinu væri lokið.';
    const analysis = loadAnalyserNode().analyse(text);
    const at = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!;
    expect(at('lýsti').phrase).toMatchObject({ text: 'lýsti því yfir', key: 'lýsa yfir', lemma: 'lýsa yfir' });
    expect(at('lýsti').phrase!.senses.map((s) => s.gloss)).toContain('declare');
    expect(at('yfir').phrase?.key).toBe('lýsa yfir');
    // The pronoun between is not part of the phrase; a phrase written as its key has no extra lemma.
    expect(at('því').phrase).toBeNull();
    expect(at('gær').phrase).toMatchObject({ text: 'í gær', lemma: null });
  });

  it('shows what a middle-voice form means here, with the active verb as its lemma', () => {
    const text = 'Hún lést í gær. Hann lét það vera.';
    const analysis = loadAnalyserNode().analyse(text);
    const at = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!;
    expect(at('lést')).toMatchObject({ lemma: 'láta', pos: 'verb', middle: { lemma: 'látast' } });
    expect(at('lést').middle!.senses.map((s) => s.gloss)).toContain('die');
    expect(at('lét').middle).toBeNull();
  });

  it('shows a superlative with its own meaning next to its positive', () => {
    const text = 'Hann er einn helsti andstæðingur þeirra.';
    const analysis = loadAnalyserNode().analyse(text);
    const view = buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'helsti'))!;
    expect(view).toMatchObject({ lemma: 'heldri', pos: 'adjective', degree: { lemma: 'helstur', kind: 'superlative' } });
    expect(view.degree!.senses.map((s) => s.gloss)).toContain('main');
  });

  it('says when an adjective form is its regular comparative or superlative ("skýrari", "verðmætasta"), not for the positive', () => {
    const text = 'Svæðið er eitt það verðmætasta á landinu. Þau vilja skýrari stefnu. Reglurnar eru skýrar.';
    const analysis = loadAnalyserNode().analyse(text);
    const at = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!;
    expect(at('verðmætasta')).toMatchObject({ lemma: 'verðmætur', degreeForm: 'superlative', degree: null });
    expect(at('skýrari')).toMatchObject({ lemma: 'skýr', degreeForm: 'comparative' });
    expect(at('skýrar').degreeForm).toBeNull();
  });

  it('shows the adjective of a "-lega" adverb that has no gloss of its own, not a split into "lega" (situation)', () => {
    const text = 'Hún svaraði hressilega og sanngjarnlega.';
    const analysis = loadAnalyserNode().analyse(text);
    const view = buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'hressilega'))!;
    expect(view).toMatchObject({ lemma: 'hressilega', pos: 'adverb', adverbOf: { lemma: 'hressilegur' }, parts: [] });
    expect(view.adverbOf!.senses.map((s) => s.gloss)).toContain('refreshing');
    // One lemma-is does not list, from the plain adjective (sanngjarn = fair).
    const fair = buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'sanngjarnlega'))!;
    expect(fair).toMatchObject({ pos: 'adverb', adverbOf: { lemma: 'sanngjarn' }, parts: [] });
    // A glossed "-lega" adverb needs no pointer to its adjective.
    const other = 'Verðið hækkaði verulega.';
    const a2 = loadAnalyserNode().analyse(other);
    expect(buildGlossView(a2, other, a2.tokens.findIndex((t) => t.text === 'verulega'))!.adverbOf).toBeNull();
  });

  it('shows the verb of a present participle that has no gloss of its own, and no made-up parts', () => {
    const text = 'Hitið vatnið þar til það er sjóðandi heitt.';
    const analysis = loadAnalyserNode().analyse(text);
    const view = buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'sjóðandi'))!;
    expect(view).toMatchObject({ lemma: 'sjóðandi', participleOf: { lemma: 'sjóða' }, parts: [] });
    expect(view.participleOf!.senses.map((s) => s.gloss)).toContain('boil');
    // A glossed participle needs no pointer to its verb.
    const other = 'Þar var starfandi bæjarstjóri.';
    const a2 = loadAnalyserNode().analyse(other);
    expect(buildGlossView(a2, other, a2.tokens.findIndex((t) => t.text === 'starfandi'))!.participleOf).toBeNull();
  });

  // Real sentences where the lemma shown as "adverb from"/"participle of" was also offered as
  // another reading; the other genuine readings ("sjóðandi" as an adjective) stay.
  it.each([
    { text: 'Hún svaraði hressilega og sanngjarnlega.', form: 'hressilega', shown: 'adverbOf', lemma: 'hressilegur', others: [] },
    { text: 'Hann talaði rólega við blaðamenn og brosti vinalega.', form: 'vinalega', shown: 'adverbOf', lemma: 'vinalegur', others: [] },
    { text: 'Hitið vatnið þar til það er sjóðandi heitt.', form: 'sjóðandi', shown: 'participleOf', lemma: 'sjóða', others: ['sjóðandi adjective'] },
    { text: 'Lögreglan var kölluð til vegna manns sem var ölvaður og ógnandi.', form: 'ógnandi', shown: 'participleOf', lemma: 'ógna', others: ['ógnandi adjective'] },
  ] as const)('does not offer $lemma again as another reading of "$form" ($shown)', ({ text, form, shown, lemma, others }) => {
    const analysis = loadAnalyserNode().analyse(text);
    const i = tokenIndices(analysis, form)[0];
    // The analysis lists it as a candidate: the case this guards.
    expect(analysis.tokens[i].candidates.map((c) => c.lemma)).toContain(lemma);
    const view = buildGlossView(analysis, text, i)!;
    expect(view[shown]?.lemma).toBe(lemma);
    expect(view.candidates.filter((c) => !c.chosen).map((c) => `${c.lemma} ${c.pos}`)).toEqual(others);
  });

  it('offers the adjective of a "-lega" adverb as another reading once the adjective is not shown above', () => {
    const text = 'Hún svaraði hressilega.';
    const analysis = loadAnalyserNode().analyse(text);
    const i = tokenIndices(analysis, 'hressilega')[0];
    const adjective = analysis.tokens[i].candidates.findIndex((c) => c.lemma === 'hressilegur');
    const chosenAdjective = { ...analysis, tokens: analysis.tokens.map((t, j) => (j === i ? { ...t, chosen: adjective } : t)) };
    const view = buildGlossView(chosenAdjective, text, i)!;
    expect(view).toMatchObject({ lemma: 'hressilegur', adverbOf: null });
    expect(view.candidates.filter((c) => !c.chosen).map((c) => c.lemma)).toEqual(['hressilega']);
  });

  it('shows what a pronoun\'s case form means, not only its paradigm\'s headword', () => {
    const text = 'Bíll þeirra var rauður og við gáfum þeim hann.';
    const analysis = loadAnalyserNode().analyse(text);
    const at = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!;
    expect(at('þeirra')).toMatchObject({ lemma: 'hann', pos: 'pronoun', pronounForm: { grammar: 'gen-pl' } });
    expect(at('þeirra').pronounForm!.senses[0]).toMatchObject({ source: 'lesa' });
    expect(at('þeirra').pronounForm!.senses[0].gloss).toMatch(/^their/);
    expect(at('við').pronounForm).toMatchObject({ grammar: 'nom-pl', senses: [{ gloss: 'we' }] });
    expect(at('Bíll').pronounForm).toBeNull();
  });

  it('puts the senses of a form first ("vextir" = interest), not for the other forms of the lemma', () => {
    const text = 'Bankinn hækkaði vexti. Vöxtur ferðaþjónustunnar var mikill.';
    const analysis = loadAnalyserNode().analyse(text);
    const at = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!;
    expect(at('vexti').lemma).toBe('vöxtur');
    expect(at('vexti').senses[0].gloss).toMatch(/interest/);
    expect(at('Vöxtur').senses[0].gloss).toBe('growth');
    expect(at('vexti').senses.map((s) => s.gloss)).toContain('growth');
  });

  it('glosses "mun" before a comparative as "much" (a "forms:" sense of munur)', () => {
    const text = 'Niðurstaðan er mun verri en gert var ráð fyrir.';
    const analysis = loadAnalyserNode().analyse(text);
    const view = buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'mun'))!;
    expect(view.lemma).toBe('munur');
    expect(view.senses[0].gloss).toMatch(/^much/);
  });

  it('puts the senses of the form a compound part is written in first ("vaxta|hækkun", "ríkis|styrkir")', () => {
    const text = 'Bankinn tilkynnti vaxtahækkun. Ríkisstyrkir hækka. Vaxtarsvæðið stækkar.';
    const analysis = loadAnalyserNode().analyse(text);
    const at = (form: string) => buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === form))!;
    expect(at('vaxtahækkun').parts.map((p) => p.lemmaKey)).toEqual(['vöxtur', 'hækkun']);
    expect(at('vaxtahækkun').parts[0].senses[0].gloss).toMatch(/interest/);
    expect(at('Ríkisstyrkir').parts[1].senses[0].gloss).toMatch(/grants/);
    // "vaxtar" is the singular's genitive: growth stays first.
    expect(at('Vaxtarsvæðið').parts[0]).toMatchObject({ lemmaKey: 'vöxtur', senses: [{ gloss: 'growth' }, expect.anything()] });
  });

  it('shows a name read through a verb as written, without the verb\'s senses ("Blikar", not blika = gleam)', () => {
    const text = 'Víkingar komust yfir en Blikar jöfnuðu fyrir leikhlé.';
    const analysis = loadAnalyserNode().analyse(text);
    const view = buildGlossView(analysis, text, analysis.tokens.findIndex((t) => t.text === 'Blikar'))!;
    expect(view).toMatchObject({ isName: true, name: 'Blikar' });
    expect(view.senses).toEqual([]);
  });
});
