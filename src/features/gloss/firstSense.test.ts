// @vitest-environment node
/**
 * The sense shown first for a word in its sentence (context cues, see
 * src/lang/dictionary/formSenses.ts): one row per case, through one helper.
 */
import { loadAnalyserNode } from '../../lang/analyse/node';
import { tokenIndices } from '../../lang/analyse/testing';
import { buildGlossView } from './glossModel';

interface Row {
  text: string;
  /** The word tapped (its first occurrence in `text`). */
  word: string;
  /** What the first sense shown starts with. */
  first: RegExp;
  /** The first sense of the phrase the word belongs to, rather than of the word. */
  phrase?: boolean;
  reason: string;
}

const rows: Row[] = [
  { text: 'Stofnunin hefur fyrirskipað að öllu fé á bæjunum verði fargað.', word: 'fé', first: /^sheep/, reason: 'livestock culled on farms' },
  { text: 'Ríkið lagði fram fé til verksins.', word: 'fé', first: /^money/, reason: 'no farming around it: money' },
  { text: 'Hann neitaði sök við aðalmeðferð málsins.', word: 'við', first: /^during/, reason: 'at a court hearing: during' },
  { text: 'Hávaðinn dregur úr ferðamennsku á svæðinu.', word: 'ferðamennsku', first: /^tourism/, reason: 'glossed whole, not split into ferð + mennskur' },
  { text: 'Biðlistar eftir aðgerðum hafa lengst.', word: 'eftir', first: /^for/, reason: 'a waiting list for' },
  { text: 'Hann kom heim eftir aðgerðina.', word: 'eftir', first: /^after/, reason: 'no waiting word before it: after' },
  { text: 'Sýnd eru verk eftir listamenn af Norðurlandi.', word: 'af', first: /^from/, reason: 'people from a region' },
  { text: 'Á sýningunni eru málverk og innsetningar.', word: 'innsetningar', first: /^installation/, reason: 'glossed whole, not split into inn + setning' },
  { text: 'Jafnframt verða keyptir tíu nýir vagnar.', word: 'verða', first: /^be, get/, reason: 'before a participle: the passive (will be bought)' },
  { text: 'Fundurinn verður ekki haldinn í dag.', word: 'verður', first: /^be, get/, reason: 'the passive past a negation' },
  { text: 'Hún varð formaður félagsins í fyrra.', word: 'varð', first: /^become/, reason: 'before a noun: become' },
  { text: 'Það varð ljóst að hann kæmi.', word: 'varð', first: /^become/, reason: 'before an adjective that is no participle: become' },
  { text: 'Liðið var tveimur mörkum yfir í hálfleik.', word: 'yfir', first: /^ahead/, reason: 'goals ahead in a game' },
  { text: 'Mennirnir náðu sambandi við Neyðarlínuna.', word: 'Neyðarlínuna', first: /Emergency Line/, reason: 'the emergency number, not split into neyð + lína' },
  { text: 'Könnunin er á högum nemenda.', word: 'högum', first: /^circumstances/, reason: 'the plural hagir: circumstances' },
  { text: 'Hafinn er undirbúningur að byggingu nýs skóla.', word: 'að', first: /^for/, reason: 'preparation for' },
  { text: 'Skortur á kennurum er mikill.', word: 'á', first: /^of/, reason: 'a shortage of' },
  { text: 'Bæjarráð samþykkti tillöguna.', word: 'Bæjarráð', first: /^town council/, reason: 'glossed whole' },
  { text: 'Hljómsveitin vinnur nú að nýrri plötu.', word: 'plötu', first: /^record, album/, reason: 'beside a band: an album' },
  { text: 'Hún setti plötu á borðið.', word: 'plötu', first: /^plate/, reason: 'no music around it: plate' },
  { text: 'Hljómsveitin Sigur Rós heldur tónleika.', word: 'Rós', first: /^Sigur Rós/, reason: 'the band, not a woman\'s name' },
  { text: 'Í gær kom Rós heim.', word: 'Rós', first: /^woman's name/, reason: 'alone: a woman\'s name' },
  { text: 'Nemendur stóðu sig betur í lesskilningi.', word: 'lesskilningi', first: /^reading comprehension/, reason: 'glossed whole' },
  { text: 'Lögin taka gildi um næstu mánaðamót.', word: 'um', first: /^at, around/, reason: 'before a time: at' },
  { text: 'Hann kom heim um miðnætti.', word: 'um', first: /^at, around/, reason: 'at midnight' },
  { text: 'Þau ræddu um sumarið.', word: 'um', first: /^about/, reason: 'talked about: no time cue' },
  { text: 'Farþegum fjölgaði um tíu prósent.', word: 'um', first: /^by/, reason: 'rose/fell by an amount, though a numeral follows' },
  { text: 'Þar voru um tíu manns.', word: 'um', first: /^about, around/, reason: 'an approximate amount' },
  { text: 'Bókin hefur verið þýdd á yfir tuttugu tungumál.', word: 'á', first: /^into/, reason: 'translated into' },
  { text: 'Lagt er til að kvótinn verði aukinn um fjögur prósent.', word: 'um', first: /^by/, reason: 'after the participle "aukinn" (increased): by' },
  { text: 'Lögreglan fer með rannsókn málsins.', word: 'fer', phrase: true, first: /^be in charge of/, reason: '"fara með" an investigation: be in charge of' },
  { text: 'Maður á þrítugsaldri var handtekinn.', word: 'þrítugsaldri', first: /^one's twenties/, reason: 'the decade before thirty: one\'s twenties' },
  { text: 'Kona á fimmtugsaldri var handtekin.', word: 'fimmtugsaldri', first: /forties/, reason: 'the decade before fifty: one\'s forties' },
  { text: 'Sýndar verða rúmlega hundrað myndir, þar á meðal fjöldi stuttmynda.', word: 'myndir', first: /^film/, reason: 'beside short films: films' },
  { text: 'Sýndar verða rúmlega hundrað myndir.', word: 'verða', first: /^be, get/, reason: 'after a fronted participle: the passive' },
  { text: 'Þar á meðal er fjöldi íslenskra stuttmynda.', word: 'stuttmynda', first: /^short film/, reason: 'glossed whole, not split into styðja + mynd' },
  { text: 'Töluverðar skemmdir urðu á íbúðinni.', word: 'urðu', first: /^happen/, reason: 'damage occurred' },
  { text: 'Þar urðu miklar skemmdir.', word: 'urðu', first: /^happen/, reason: 'damage after it, past an adjective' },
  { text: 'Hún varð formaður félagsins í fyrra.', word: 'varð', first: /^become/, reason: 'no accident word beside it: become' },
  { text: 'Íslenskur stjörnufræðingur tók þátt í rannsókninni.', word: 'stjörnufræðingur', first: /^astronomer/, reason: 'glossed whole' },
  { text: 'Eftirlitið varaði við neyslu á vatni úr vatnsbólinu.', word: 'á', first: /^of/, reason: 'consumption of' },
  { text: 'Hann var ákærður fyrir brot á lögum um hlutafélög.', word: 'á', first: /^of/, reason: 'a breach of' },
  { text: 'Verjandi mannsins segir ákæruna tilhæfulausa.', word: 'tilhæfulausa', first: /^groundless/, reason: 'glossed whole, not split into til + hæfa + laus' },
  { text: 'Þjónustan verður niðurgreidd fyrir börn að átján ára aldri.', word: 'að', first: /^up to/, reason: 'up to an age' },
  { text: 'Tveir slösuðust í árekstri tveggja fólksbíla.', word: 'fólksbíla', first: /^passenger car/, reason: 'glossed whole' },
  { text: 'Þau fá að dvelja í bænum yfir hátíðirnar.', word: 'hátíðirnar', first: /the holidays/, reason: 'the plural with its article: the Christmas holidays' },
  { text: 'Hátíðin hefst á morgun.', word: 'Hátíðin', first: /^festival/, reason: 'the singular: festival' },
  { text: 'Flestir komu til að sjá sýningu á verkum Kjarvals.', word: 'á', first: /^of/, reason: 'sýning á (an exhibition of)' },
  { text: 'Rannsókn á slysinu stendur yfir.', word: 'á', first: /^of/, reason: 'rannsókn á (an investigation of)' },
  { text: 'Hún var valin söngkona ársins og platan hennar plata ársins í flokki popptónlistar.', word: 'flokki', first: /^category/, reason: 'beside an album: a category, not a political party' },
  { text: 'Sjálfboðaliðar hreinsuðu rusl úr fjörunni við Gróttu um helgina.', word: 'Gróttu', first: /islet/, reason: 'the place: an islet with a lighthouse' },
  { text: 'Haukar skoruðu sjö mörk á meðan Grótta skoraði aðeins tvö.', word: 'Grótta', first: /sports club/, reason: 'beside goals and scoring: the club' },
  { text: 'Hún hlaut virt frönsk bókmenntaverðlaun.', word: 'frönsk', first: /^French$/, reason: 'a nationality adjective with its capital (Apertium writes "french")' },
  { text: 'Bókin fjallar um mæðgur á ferðalagi.', word: 'mæðgur', first: /mother and daughter/, reason: 'mæðgur, which the sources lack' },
  { text: 'Jafnframt verður fargjald fyrir börn og ungmenni lækkað um helming.', word: 'lækkað', first: /^lower/, reason: 'a passive participle: lowered, not fallen' },
  { text: 'Verðið hefur lækkað um helming.', word: 'lækkað', first: /^fall/, reason: 'a perfect with hafa: has fallen' },
  { text: 'Foreldrar segja ákvörðunina bitna harðast á þeim sem vinna lengst.', word: 'harðast', first: /^hard/, reason: 'hart = hard, not "hotly"' },
  { text: 'Breytingin er liður í samkomulagi ríkis og sveitarfélaga.', word: 'liður', first: /^part/, reason: 'liður í = part of' },
  { text: 'Grjót hrundi úr hlíðinni og hafnaði á veginum.', word: 'hafnaði', first: /^land/, reason: 'hafna á = land on, not reject' },
  { text: 'Hún hafnaði tilboðinu.', word: 'hafnaði', first: /^reject/, reason: 'with an object: reject' },
  { text: 'Liðið varð Íslandsmeistari í fyrra en endaði í þriðja sæti.', word: 'en', first: /^but/, reason: '"í fyrra" (last year) is no comparative: but' },
  { text: 'Verðið er hærra en í fyrra.', word: 'en', first: /^than/, reason: 'after a comparative: than' },
  { text: 'Mikil eftirspurn er eftir lóðum undir sumarhús.', word: 'eftir', first: /^for/, reason: 'eftirspurn … eftir = demand for' },
  { text: 'Plássin eru fyrir börn á aldrinum eins til fimm ára.', word: 'til', first: /^to/, reason: 'between two numbers: a range (to), not a term (for)' },
  { text: 'Samningurinn gildir til fimm ára.', word: 'til', first: /^for/, reason: 'a term: for five years' },
  { text: 'Bæjarstjórinn sagði við opnunina að biðlistar hefðu styst.', word: 'við', first: /^at/, reason: 'at an occasion (the opening)' },
  { text: 'Ökumaðurinn sinnti ekki stöðvunarmerkjum lögreglu.', word: 'sinnti', first: /^attend to/, reason: 'attend to, heed; not "care for" first' },
  { text: 'Loðnan hefur skilað milljörðum í útflutningstekjur.', word: 'skilað', first: /^bring in/, reason: 'skila + a sum = bring in, not return' },
  { text: 'Biðlistar hafa styst verulega á síðustu tveimur árum.', word: 'á', first: /^in, over/, reason: 'á + a length of time in the dative plural = in, over (not on)' },
  { text: 'Veðurfræðingur á Veðurstofunni segir að hvessa muni í kvöld.', word: 'á', first: /^in, at/, reason: 'at an institution (the Met Office), not on' },
  { text: 'Bóluefni er í boði á öllum heilsugæslustöðvum.', word: 'á', first: /^in, at/, reason: 'at a health centre, past "öllum"' },
  { text: 'Leikurinn var jafn framan af.', word: 'jafn', first: /^even, close/, reason: 'a game that was close' },
  { text: 'Alþingi samþykkti frumvarp um breytingar á lögum um útlendinga.', word: 'á', first: /^to/, reason: 'changes to the law' },
  { text: 'Íbúar eru orðnir langþreyttir á hávaða frá framkvæmdunum.', word: 'á', first: /^of, with/, reason: 'fed up with' },
  { text: 'Fólkið fær ekki að dvelja áfram í landinu.', word: 'áfram', first: /^on, still/, reason: 'stay on, not forward' },
  { text: 'Með lögunum verður dregið úr rétti fólks.', word: 'rétti', first: /^right/, reason: 'a right, with no court words near' },
  { text: 'Málið var tekið fyrir í rétti og dómari kvað upp dóm.', word: 'rétti', first: /^court/, reason: 'court, beside a judge and a verdict' },
  { text: 'Verðbólga hefur ekki verið lægri í þrjú ár.', word: 'í', first: /^for/, reason: 'í + a count + a length of time in the accusative = for' },
  { text: 'Fundurinn verður í næstu viku.', word: 'í', first: /^in/, reason: 'no count: in (next week)' },
  { text: 'Seðlabankinn lækkar vexti á næsta fundi sínum.', word: 'á', first: /^at/, reason: 'at a meeting' },
  { text: 'Maðurinn féll af þaki húss í gær.', word: 'af', first: /^off/, reason: 'fall off' },
  { text: 'Maðurinn var að vinna við þakviðgerðir.', word: 'við', first: /^on/, reason: 'work on (repairs)' },
  { text: 'Hann var fluttur á Landspítalann.', word: 'fluttur', first: /^take/, reason: 'taken to the national hospital' },
  { text: 'Matvælastofnun fyrirskipaði niðurskurð á öllu fé á bænum.', word: 'niðurskurð', first: /^cull/, reason: 'culling a flock, beside fé' },
  { text: 'Bændur segja bæturnar ekki duga til að byggja upp nýjan stofn.', word: 'byggja', phrase: true, first: /^build up/, reason: 'the phrase byggja upp: build up, not "structure"' },
  { text: 'Héraðsdómur dæmdi manninn í átján mánaða fangelsi.', word: 'dæmdi', first: /^sentence/, reason: 'sentence, beside prison' },
  { text: 'Hann var dæmdur í tveggja ára fangelsi.', word: 'í', first: /^to/, reason: 'sentenced to' },
  { text: 'Hann dró sér fé á fimm ára tímabili.', word: 'á', first: /^in, over/, reason: 'over a five-year period' },
  { text: 'Biðraðir mynduðust við lyfturnar um morguninn.', word: 'við', first: /^at/, reason: 'at the ski lifts' },
  { text: 'Sveitarfélögin buðu hækkun en kennarar krefjast meira.', word: 'meira', first: /^more/, reason: 'a comparative made from another stem (mikill): more, not much' },
  { text: 'Þetta er besta lausnin.', word: 'besta', first: /^best/, reason: 'superlative of góður' },
  { text: 'Ástandið er verra en í fyrra.', word: 'verra', first: /^worse/, reason: 'comparative of slæmur' },
  { text: 'Hann er tveimur árum eldri en hún.', word: 'eldri', first: /^older/, reason: 'comparative of gamall' },
  { text: 'Mikill fjöldi fólks kom í Bláfjöll.', word: 'Mikill', first: /^great, big/, reason: 'mikill before a noun: great, large (not only "much")' },
  { text: 'Hann reyndi mikið að sannfæra hana.', word: 'mikið', first: /^much/, reason: 'the neuter mikið: much, a lot' },
  { text: 'Við skoðum þetta í miklu stærra samhengi.', word: 'miklu', first: /^much/, reason: 'miklu before a comparative: much' },
  { text: 'Almannavarnir hafa ekki aflétt hættustigi.', word: 'aflétt', first: /^lift/, reason: 'lift an alert' },
  { text: 'Þátttakendur vörðu þremur klukkustundum á dag í símanum.', word: 'vörðu', first: /^spend/, reason: 'spend time' },
  { text: 'Þeir sváfu að jafnaði klukkutíma skemur en aðrir.', word: 'skemur', first: /^shorter/, reason: 'the comparative of skammt' },
  { text: 'Bókasafnið hefur tekið upp þá nýbreytni að lána út verkfæri.', word: 'tekið', phrase: true, first: /^take up, adopt/, reason: 'taka upp a new practice: adopt, not record' },
  { text: 'Liðið komst áfram með sigri á Úkraínu í kvöld.', word: 'á', first: /^over/, reason: 'a win over' },
  { text: 'Búist er við ákvörðun um leyfið fyrir árslok.', word: 'fyrir', first: /^before/, reason: 'before the end of the year' },
  { text: 'Í umsögn dómnefndar segir að bókin sé fyndin.', word: 'umsögn', first: /^review, assessment/, reason: "the judges' assessment, not a comment" },
  { text: 'Félagið kallar eftir hertu eftirliti með veitingageiranum.', word: 'með', first: /^of, over/, reason: 'eftirlit með = supervision of' },
  { text: 'Hafnarstjóri segir komur skipanna skila bænum drjúgum tekjum.', word: 'skila', first: /^bring in/, reason: 'skila … tekjum = bring in income' },
  { text: 'Sala á rafbílum dróst saman um fjórðung.', word: 'á', first: /^of/, reason: 'sales of' },
  { text: 'Verð á bensíni hækkaði í gær.', word: 'á', first: /^of/, reason: 'the price of' },
  { text: 'Ekki er vitað hve mikil olía fór í sjóinn.', word: 'mikil', first: /^much/, reason: 'after "hve": how much' },
  { text: 'Nemendurnir settu upp söngleik í vetur.', word: 'settu', phrase: true, first: /^stage/, reason: 'setja upp a musical: stage' },
  { text: 'Maðurinn var fluttur á Landspítalann í gær.', word: 'á', first: /^to/, reason: 'taken to (a hospital), not in/at' },
];

function firstSense(text: string, word: string, phrase = false): string {
  const analysis = loadAnalyserNode().analyse(text);
  const [i] = tokenIndices(analysis, word);
  const view = buildGlossView(analysis, text, i)!;
  return phrase ? view.phrase!.senses[0].gloss : view.senses[0].gloss;
}

describe('the first sense shown in context', () => {
  it.each(rows)('"$word" in "$text": $reason', ({ text, word, first, phrase }) => {
    expect(firstSense(text, word, phrase)).toMatch(first);
  });
});
