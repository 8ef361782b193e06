/**
 * Version of the analysis code; bump when results change so stored analyses are redone (the reader
 * re-analyses an article whose stored analysis is older, keeping the learner's token choices).
 * Kept in its own module so the main thread can read it without loading the analyser.
 *
 * 2 — agreement, verb-position, noun-phrase and frequency-correction rules; larger supplement.
 * 3 — -ja verb supines after auxiliaries, nouns before their possessive, sentence-initial "let us"
 *     verbs, noun priors for dæmi and myndir.
 * 4 — definite forms of known nouns that lemma-is does not list; no compound heads made of
 *     unrelated lemmas; adjectives after degree adverbs, negations and complementisers;
 *     lexicalised -andi adverbs; "að" = that before a clause; verbs before "sig"/"sér";
 *     unknown compounds read as nouns before the context rules.
 * 5 — hyphenated words ("Facebook-hópnum") read as their lower-case head with the prefix kept;
 *     middle-voice forms point to their own dictionary entry ("lést" → látast); more context rules.
 * 6 — objects after main verbs ("lagði hald á"), strong participles after copulas, predicative
 *     adjectives ("Það er rétt"), sentence-initial subject nouns before a genitive; verb phrases
 *     with a gap ("lýsti því yfir"); "því" = because, "að" = that before subject + verb;
 *     compounds whose head alone is glossed show their parts.
 * 7 — verb phrases with a gap (also an object noun with its article); coordinated and past
 *     plural verbs over weak adjectives; "-andi" participles before a noun read as adjectives,
 *     unglossed ones point to their verb (`participleOf`); "að" = that after "kom fram", "í
 *     ljós" and content nouns; relative-clause subjects, predicative adjectives, impersonal
 *     participles in "að" clauses, fronted infinitives; compound heads with a genitive "s".
 * 8 — middle-voice forms match their verb phrases ("byggist á"); plural quantifier subjects
 *     ("Flestir komu"); "þegar" = already between auxiliary + subject and a participle;
 *     superlatives with u-umlaut ("síðustu" → síðastur); no infinitive after a negated
 *     non-modal verb; clause-initial subject before a genitive ("og gengi krónunnar hafi");
 *     "-andi" agent nouns; a noun after a number and its unit; "fyrir að"; coordinated "að"
 *     clauses; "-st" supines of "-sa" verbs; bare comparatives ("eyðir minna"); verb phrases
 *     through a close second verb reading ("bitni á" → bitna á); stranded prepositions ("sem
 *     rætt var við lýsa …"); compound modifiers glossed as prepositions ("milli-"); case
 *     forms of nouns and past forms of weak verbs lemma-is does not list ("sporða" → sporður,
 *     "hopuðu" → hopa), also as compound heads; two-letter modifiers ("ís|hellir"); no
 *     compounds of agent-noun plurals ("greinendur") or of inflection endings;
 *     possessives after their noun; "að" before a dative subject of a verb of feeling; "og á
 *     að" = is to; sentence-initial names the text also writes mid-sentence; no "because" in
 *     "af því að" before an infinitive; middle-voice forms match middle-voice phrases only;
 *     "nær" before numbers; subject nouns after "ef"/"þegar"; "-ið" of weak verbs is no
 *     participle; fronted infinitives outweigh the noun-before-verb cue; "til þess að" = in order
 *     to only before an infinitive; coordinated "að" clauses past infinitive markers; modal
 *     phrases ("eiga að", "verða að") before an infinitive; comparatives before a noun;
 *     possessives before their noun; possessives in a verb phrase's gap; predicative adjectives
 *     after a copula when the verb homograph cannot be a participle; "eins" + genitive plural;
 *     "að hluta" = partly; an infinitive/noun homograph after "að" before a finite middle-voice
 *     verb is the subject ("að kvika safnist"); "þar"/"hér" in verb-phrase gaps; "í þriðja
 *     sinn" = time; "á … hátt" = way; names read through a verb keep their form ("Blikar").
 * 9 — case government of nouns after a preposition for the endings that are certain ("af
 *     skála" = skáli, not skál); dimension adjectives after a measure ("metra langur");
 *     determiner "sá" before a superlative; feminine plural predicative adjectives ("séu
 *     eðlilegar"); "eins" + a definite genitive; supines of "-sa" verbs match active verb
 *     phrases ("lýst yfir"); sentence-initial names the text also writes mid-sentence in
 *     another form ("Valur vann …" next to "… Vals"); subjunctives in "-ri" of "-ra" verbs ("skýri"); "gera að" +
 *     infinitive (was ordered to); adjectives in a verb phrase's gap before its noun ("vann
 *     öruggan sigur"); a bare noun object before a clause-final particle ("vísa sjúklingum
 *     frá"); "helst", "einkum", "langt" in gaps; "látinn" = dead; "alda" = wave; "fer" = fara;
 *     ordinals are adjectives ("tíunda bekk"); predicative adjectives before "af"/"fyrir" ("stolt
 *     af"); rare noun lemmas spelt like frequent verb forms lose ("vörunum" = vara); "nam",
 *     "færa" priors; a noun after a preposition and an adjective ("frá síðasta móti"); past "-di"
 *     before a neuter "-ið" noun is the verb ("dæmdi ríkið"); time adverbials in gaps ("sneri í
 *     dag við"); a verb phrase yields to a longer phrase at its last word ("koma að vetri til");
 *     "á vegum" and similar need an object; case government of definite masculine forms ("um
 *     arfinn" = arfur); the first of two adjectives before a noun ("nýtt íslenskt leikrit");
 *     "þegar" before a subject noun and its verb = when; "því að" after a preposition is no
 *     "because"; modals and perfect auxiliaries in gaps ("Búast má við"); "það besta"; "annars
 *     mannanna"; "til að" + infinitive ("til að sinna"); no comparative for a noun's adjective
 *     reading before "en"; "og því" + modal = therefore; "þó að" not after a verb; an adjective
 *     after a supine before its noun ("fengið nægt fjármagn"); "úr sjónum" = sjór; "láta" +
 *     infinitive; "með því að" only before an infinitive; participle-adjectives before a noun
 *     ("þekkt verk"); "nöfnum" = nafn; compounds with a genitive plural "-a" link
 *     ("sumarbústaða|landi"); "fá" + noun + auxiliary = few; infinitives after "sagður"/"talinn";
 *     impersonal participles before an auxiliary and "upp"/"fram" ("Boðið var upp á"); no
 *     "verða að" (must) after a predicate; "hundruð"/"þúsund" count before a unit; "skóla",
 *     "göngunum" priors; a verb phrase in "að" yields to an adverbial in "að" ("unnu að lokum");
 *     subject noun/adjective homographs after "þegar" ("þegar ljós slokknuðu"); no "ekki
 *     heldur" (nor) before a verb; any glossed adjective after a supine before its noun ("hafa
 *     myndast langar biðraðir"); infinitives fronted before "eigi"/"megi"/"beri"; "landanna";
 *     "grannt", "náið", "vel" in verb-phrase gaps.
 * 10: compound modifiers: a long noun lemma spelt like another's dative ("samning") gives way to
 *     it ("samninga|borð" = samningur); place names glossed only as names as modifiers
 *     ("Reykjavíkur|maraþon"); a definite dative after a final "á"/"í" is a place only when
 *     the shorter phrase exists ("misst stjórn á vélinni"); no "sem sé" after a noun; "fyrstur"
 *     in gaps ("kom fyrstur í mark"); "með mest fylgi"; neuter adjectives that are no
 *     participles after a copula ("hafi verið hlýtt"); "fyrst" + genitive plural; coordinated
 *     subject nouns ("Göngur og réttir fóru"); "í að minnsta kosti fimm ám"; "sé ég" = sjá;
 *     an adjective between a determiner and a noun ("í einhverja rétta átt"); supines after
 *     "hafði áður" and "getur" + object ("getur aukið hættu"); "getur" = geta, "horfið" =
 *     hverfa; genitives after nouns of quantity ("fjölda skipa"); "sama hraða"; coordinated
 *     adjectives ("kaldir og hraktir"); no verb phrase in "í"/"á" before a time word; "verði"
 *     in phrase gaps ("staðið verði við"); priors for "skilið" (skilja), "sætir" (sæta), "tekna"
 *     (tekjur), "vill" (vilja), "æru" (æra), "vegir" (vegur), "götum" (gata); adjectives after a
 *     supine of "geta" ("geta tekið upplýsta ákvörðun"); declined participles before a noun
 *     ("og aukins kostnaðar"); "fyrr", "strax", "fljótt", "hratt" in phrase gaps; an "að"
 *     adverbial beats a verb phrase even when its noun reads as a past tense ("að jafnaði");
 *     priors for "bera", "bíla", "síma", "mikilvægi"; compound modifiers whose other readings
 *     are verbs ("met|hagnaður"); a particle phrase yields to "á meðan"; of two phrases as long
 *     the one written as the text has it ("undir lokin"); nationality adjectives before any
 *     noun ("unga íslenska tónlistarmenn"); "nærri"/"nær" before a number; a hyphenated first
 *     half before "og" is a noun ("umhverfis- og"); "að rúma" is the verb; "samtaka", "göngum";
 *     "fáar" = fár; no stranded preposition before a verb ("úr landi mega"); a noun with a
 *     relative clause after "að" ("að orka sem …"); "verði"/"ráði" after a preposition and
 *     adjectives; "sinna" + a non-genitive noun is the verb; "áfram" between a modal and its
 *     infinitive; agent-noun plurals in compounds ("hrossa|ræktendur"); "samgöngu|slys";
 *     "verð|þróun"; the phrase checks also hold for phrases found through another verb reading;
 *     "vali" = val; "þá" between prepositions = them; two-letter listed nouns as compound heads;
 *     given names that are common nouns (Andri, Hrafn, Björk, …) read as names mid-sentence; no
 *     "af því að" (because) after a noun or adjective; inverted subject quantifiers between an
 *     auxiliary and its supine ("hafa flestir tekið"); "skólar" = skóli; no verb phrase through
 *     another verb reading of a word read as an adverb ("beint til"); compound heads down to a
 *     listed two-letter noun ("sauðfjár|bú"); definite genitives "-arinnar"/"-unnar" of unlisted
 *     nouns ("ríkiseinokunarinnar"); "muni" = munu (but munir after a plain adjective),
 *     "greiða" = the verb, "stundum" = the adverb (but the noun after "öllum"); "draumur" as a
 *     noun of purpose; "jafnframt" in phrase gaps; a dative adjective in "-um" governs like a
 *     preposition ("gömlum skála" = skáli); nouns in lists ("perlur, brýni og brot") and after
 *     an adjective with no noun following ("nýju ljósi"); "mun fleiri" between an auxiliary
 *     and its supine; no "verða að" after a participle; "illa" in gaps; "varpa" = the verb;
 *     "barna" = barn; no progressive "verið að" in an impersonal passive ("Ákveðið hefur verið
 *     að fresta"); sentence-initial nouns before "sem" ("Sýni sem …"); "liðinn" after a copula;
 *     "gengi" = the noun; "þegar" = already after an auxiliary and a longer subject; "áfram",
 *     "harðast", "mest", "verst" in phrase gaps; a noun before a genitive pronoun ("skyldur
 *     þeirra"); "óþekkt", "frítt" priors; a verb phrase yields to a complex preposition before
 *     its object ("átt í þágu leikskóla"); genitives after a sentence-initial noun of quantity
 *     ("Hópur fjárfesta"); "háð" = háður, "annað" = annar; no two-word phrase in "á"/"í" before
 *     a place name ("ólst upp í Bolungarvík"); "lokið" = ljúka; no progressive after "nær
 *     væri að"; "jöfnuð" = jöfnuður; "ber" = bera; "gjaldið" = gjald; "hefur hafið" = hefja;
 *     "drykkjanna" = drykkur.
 * 11: no compound head that is an ending or the article ("auðjöfur|inn", "undanrás|unum": the lemma
 *     splits instead); a noun after a number ("3.800 dýr") and after a counting noun ("hundruð
 *     titlar"); "sinna"/"minna" after a plural subject is the verb; "penna" = penni; "og því" +
 *     auxiliary = and so; "fram að" and "á sviði" only before a noun; "þótti" = þykja; "beit" =
 *     bíta, "vandi" = the noun, "opnir" = opinn, "fara" = the verb; a noun/verb homograph before a
 *     definite subject is the verb ("stökk hundurinn"); coordinated subject nouns ("frost og þíða
 *     fara"); a participle after a clause-initial passive auxiliary and its subject ("Verði
 *     sameiningin samþykkt"); modals in phrase gaps ("flytja megi inn"); no "eiga í" after an
 *     infinitive; "verða til" only without an object; "réttar" = réttur, "hluti" = the noun,
 *     "skall" = skella; a noun after an adjective whose verb reading is far behind ("svarta þoka");
 *     "því" = therefore after an inverted auxiliary and its subject; "nema" + an amount = amount
 *     to; an adverb between an auxiliary and its supine ("hefur lítið breyst"); "færist" = færa;
 *     "myndum" = mynd unless an infinitive follows; "brýnt" = brýnn, "lögðu" = leggja; no finite
 *     verb before a relative's auxiliary ("sem minnst hafa"); "-lega" predicative after a verb of
 *     saying and its object ("segir hækkunina nauðsynlega"); "rekið" = reka, "gagnrýni" and "tími"
 *     = the nouns; "er ekki rétt að" = réttur; "sé", "væri", "frekar" in phrase gaps; "heldur" =
 *     the adverb rather after a verb; "færð" = the noun; "-lega" adverbs, "nokkuð", "töluvert" in
 *     phrase gaps; "hlaup" and "ferð" = the nouns; "ákveðið"/"ítrekað" + "að" + infinitive = the
 *     verb; "færri" = fár; no progressive in "um … sé að ræða" or after "skref"/"leið"/"ráð";
 *     "stutt" = stuttur without an auxiliary; no verb phrase in "á vettvangi", "á morgun"; "verstu"
 *     = slæmur, "rofið" = rjúfa; "hluta" = hluti; "rúmum" + a number = rúmur; "lokið" = ljúka,
 *     "náið" = the adverb; "hætta á" keeps its noun; a participle ends a headline with no finite
 *     verb ("Fjárhagsáætlun samþykkt"); "auki" = auka unless after "að"; "lækna" = læknir; a noun
 *     after "sem X" makes X no subject; "vera til" (exist) only without an object or a participle
 *     in the gap; "setti" = setja, "met" = the noun; "alls" in phrase gaps. The dictionary's
 *     entries now carry context cues ("stig" beside "frost" = degree), which stored analyses get
 *     when re-analysed.
 * 12: a compound's head may be a definite form lemma-is does not list ("gervihnattar|þyrpinguna",
 *     not þyrping + "una"); a suffixed article must suit the noun's gender ("rofs|inn" is no form
 *     of rof); "veiði" = the noun, "ný" = nýr except in "á ný", "líkur á" = the noun (chances); "að
 *     stærð" only after a number. Cues reach back into the sentence before and see compound heads
 *     ("Íslandsmeistara|titilinn" cues as "titill"). A definite head only when listed forms split
 *     no better ("sóknar|mann", not "sókn|armann"); no "því að" (because) after a verb; "bar" =
 *     bera unless after a preposition; "börnum" = barn; weak impersonal participles in "að" clauses
 *     ("að byrjað sé á"); a subject noun before a time phrase and its verb ("að velta í desember
 *     verði"); "gagnrýna/harma/ítreka að" open clauses. "að lengd" after a numeral too. The context
 *     of a word a few words after a comparative carries "@comparative" ("eldri en" = than). An
 *     adjective matches a phrase through its lemma only in a form that starts as the lemma does
 *     ("að fyllstu" is no "að fullu"). "veikst" = veikja, "þurfi" = þurfa; an infinitive fronted
 *     before its modal ("að bæta þurfi kjör"); "á land" only as written; middle-voice senses follow
 *     cues ("veikst" beside "krónan" = weaken). "hringi" = hringur, "fyrst" = the adverb, "síðu" =
 *     síða, "eigna" = eign, "hafnir" = höfn; "annar … en" = other than; "á móti í Reykjavík" = at a
 *     tournament. "bæ" = bær, "nýtt" + noun = nýr, an adverb before "verið" is no supine ("hafi
 *     lítið verið"); "fyrr en" (until) only after a negation; the suffix "-leysi" heads compounds
 *     ("snjó|leysi"). "flogið" = fljúga. A noun object may stand in the gap of a verb phrase that
 *     ends in a noun ("biður íbúa afsökunar"); no "því að" (because) after an inverted verb and its
 *     subject pronoun. "verst frétta" = verjast. Sense cues: "@number" right after a number ("tvo
 *     tíma" = two hours); phrase and middle-voice senses follow cues; a phrase shows its own
 *     supplement row first. "vart" = the adverb except before "við". A bare comparative before its
 *     "en" ("lesa minna sér til ánægju en áður"); "lagði" = leggja; "aukinn" = the adjective, which
 *     may stand in a phrase's gap before its noun ("taki aukinn þátt í", "tekið upplýsta
 *     ákvörðun").
 * 13: sense cues reach twelve words within the sentence (eight into the one before); "@afternoun"
 *     marks a word after a noun, pronoun or adjective (a relative "sem" = who, which) and "@place"
 *     one before a place ("við Landeyjahöfn" = at); a noun object may stand before a particle that
 *     is never a preposition even mid-clause ("halda mælingum áfram svo"); a compound modifier
 *     the splitter lists as its form and its lemma is one part ("jökla|fræðingur"). "og að" after
 *     a verb of saying opens its second clause; no progressive "vera að" after a "til" phrase
 *     ("til skoðunar sé að áfrýja"). "gat" before "kom"/"var" = the noun (hole); "að þeim ljúki"
 *     opens a clause (a dative subject of ljúka). Sense cues "@next:" + the next word's lemma
 *     ("fyrir haustið" = before). "þegar" + a numeral or number, its noun and their verb = when;
 *     "jafna metin" = the noun met; "að fundi loknum" opens no clause. A few verb phrases whose
 *     noun is theirs alone take a whole subject in their gap ("tóku rúmlega sextíu kórar … þátt").
 *     "valda" = the verb (cause) except after a preposition; a noun after a counting noun ends
 *     its phrase ("níu hundruð dýr" = animals). "því" after "hyggst", "ætlar", "vill" … before an
 *     infinitive = therefore. Sense cue "@ago": "fyrir" before a length of time in the dative;
 *     "@past": a sentence with a verb in the past tense ("í nótt" = last night). A compound head in
 *     "-i" is the dative of a commoner noun ("neyðar|stigi" = stig); "-fræðingur" heads compounds
 *     ("eldfjalla|fræðings"); a noun after "engin" ("Engin hætta"); "kostar" = kosta;
 *     "fundinn" before an infinitive = the noun (the find); "kosta" after a definite subject = the
 *     verb; no progressive "vera að" after "Meðal X". A score may stand in a verb phrase's gap
 *     ("tapaði 2:0 fyrir"). "metan" = methane; "því" after an inverted auxiliary and its subject
 *     pronoun = therefore ("verða þeir því 7,75 prósent"). "ár" may head a compound
 *     ("fiskveiði|ári"); a subject noun before a genitive and a weak past verb ("Þyrla
 *     Landhelgisgæslunnar flutti"). "svo" + adjective + "að" = so … that; "unga" = ungur, "gripa"
 *     = gripur. A noun object may stand in the gap of a longer phrase that ends in a noun ("boðað
 *     deiluaðila til fundar", "héldu fjárfestar að sér höndum").
 * 14: a bare comparative after a finite verb before a time phrase ("hefur ekki mælst minna í
 *     áratug" = less); right after a form of "hafa", a word that cannot be a supine is no verb
 *     ("hefur fylgi hans" = the noun). A compound head lemma-is lists as a lemma but does not
 *     lemmatize from its own form ("smit|rakning"); "göngunum" = göng (tunnel); a determiner, a
 *     noun/participle and a genitive it does not agree with ("Þessi gerð bíla" = the noun).
 *     "valinn" = velja; "Alfreð og félögum", "félögum hans" = félagi (teammates). Company forms
 *     after a name ("Hval hf.", "Lesa ehf") = hlutafélag, einkahlutafélag; "langar" before a noun
 *     = langur unless a subject of "langa" stands beside it; "rekur" = reka. A participle in
 *     "-uð" after a copula ("verði jöfnuð"); "streymi" = the noun (streaming). A noun before a
 *     finite verb after "til þess að" is the clause's subject ("að kvika sé"); "símar" = sími.
 *     "nærri" before a number or fraction = nearly. Plural forms of feminine "-un" nouns lemma-is
 *     does not list ("vaxta|lækkana"); a name is no compound modifier where a common word is
 *     spelt the same ("birki|skógur"). "the other(s)" may stand in a verb phrase's gap ("kennir
 *     hinum um"); "könnunum" = könnun. "og því" before an adjective not in the dative = and
 *     therefore; "tólf staða" = staður; a first half written with a hyphen before "og" is
 *     completed from the next word ("norðan- og austanverðu" = norðanverður). A compound's parts
 *     follow the boundary of lemma-is's whole lemma ("topp|slagur", "framsóknar|maður"); a
 *     headline's participle before a prepositional phrase; "minnsta mögulega" = the adjective.
 *     The modal "eiga" after the infinitive it governs ("þar sem rísa eiga"); "hefur" before
 *     a noun one begins ("hefur flug", "hefur störf") = hefja. The impersonal "bera" after
 *     the infinitive it governs ("að sakfella bæri"); an infinitive after "og" continuing a
 *     series after "að" ("að taka lífinu með ró og borða"). "lög" beside music = lag (songs); a
 *     compound head is not a noun lemma spelt like a verb form ("hveiti|verð", not verður);
 *     nor a verb form after a genitive "s" where a noun head fits ("land|sveit", not lands|veit).
 *     A noun/verb homograph before a finite middle voice, after "þegar" or at a sentence start,
 *     is the subject ("Selur sást"); a noun spelt like a preposition is no phrase word ("upp
 *     ána" is no "upp á"); "elt" = elta. "mat" right after its clause's subject = meta; a
 *     numeral may stand in a verb phrase's gap ("sóttu fjórtán um"). "munum" without "við" =
 *     munur (things); "sér" does not match a phrase's "sig"; no "önd" (duck) head in "-endur".
 *     A supine after "hafa"/"geta" across "aðeins", "bara", "einungis" ("getur aðeins ráðið").
 * 15 — a predicative adjective before a question word ("er óljóst hvað tekur við"); "statt" =
 *     staddur, "gert" = gera; compounding stems tann-, hand-, kven-, radd- (tönn, hönd, kona,
 *     rödd); a participle head makes an adjective ("raddstýrðum" = raddstýrður); a name in the
 *     genitive of a known "-ur" noun ("Bjarts" → Bjartur); "valdi" before a dative = valda;
 *     "fyrr en" = until up to seven words after a negation; "vera yfir" (lead) only without an
 *     object after "yfir". "átt" after a negation or an auxiliary = eiga; "fjárfesta" after a
 *     noun = fjárfestir; "rekur … til" = rekja; "ríkja um" = the verb; no "falla á" after "láta".
 *     "segir að sameina eigi" = that (a fronted infinitive before its modal); "í báðar áttir";
 *     "Velta í …" opening a sentence = the noun; one lemma for the spellings of one unknown
 *     compound in a text; a lone capital letter mid-sentence is a name ("á X"); "Liðið leikur";
 *     a compound modifier that is a noun form is no verb ("rækju|vinnsla"); "að" before a
 *     definite dative with no verb after it = the preposition; a series of infinitives after a modal;
 *     no main verb after a stranded preposition where an adjective stands before its noun;
 *     "Veitur" = veitur (the utility); a genitive plural right after a singular noun ("ástand
 *     vega"), not the infinitive; "beint" after a passive "verða" = beina; "heiði" = heath; an
 *     infinitive after a modal across "framvegis", "líklega", "eflaust", "sjálfsagt"; "ver" =
 *     verja, "sett" = setja, "vita" = the verb; no finite verb right after a copula ("vera þétt");
 *     a bare infinitive after a verb of saying and its definite object ("telja gjaldið skaða");
 *     "metrar" = metri; a genitive plural after a plural determiner or a noun of quantity ("við
 *     alla flokka", "Tugir hrossa"); "laust niður" = ljósta; an unglossed noun opening a
 *     sentence before a given name is a name ("Hjörvar Steinn"); a preposition before a one-word
 *     approximation and a number ("fyrir um sex milljónir"); "að" before an infinitive fronted
 *     before þurfi/megi/skuli; "komum" before a noun = arrivals; unlisted forms split as their
 *     whole lemma splits ("félagsmiðstöðva"); "besta" = góður, "sakaði" = saka.
 * 16 — a comparative before "en" stays the adjective when the phrase opens with a verb's lemma
 *     ("minna en"); a plural quantifier subject before a form in "-u" is no noun's attribute
 *     ("Fleiri komu"); a determiner before a comparative that ends the clause ("á þá seinni");
 *     a noun in "-ar" right after a plural copula ("eru miðar lausir"); of two-part compound
 *     splits, the one lemma-is's splitter makes when its head is commoner ("leikskóla|gjöld");
 *     "um … væri að ræða" around its subject and copula; "bíða … eftir" across a subject;
 *     "mjög" in a verb phrase's gap ("kom mér mjög á óvart"); the noun of a two-word
 *     preposition phrase ("í verði" = verð); "í góðu standi" = stand; a noun subject after "að"
 *     before a middle-voice verb ("eftir að mygla fannst"); "að þeim eigi að ljúka" = that;
 *     "jafn" before an adjective = as; "-miða" heads are miði (ticket); no genitive plural after a
 *     definite genitive ("frumvarpsins vísa"); no verb phrase through a noun after a preposition
 *     ("á staðinn til"); "aðgengi að" = the preposition; "síst" in a verb phrase's gap; "að" =
 *     that before a fronted infinitive after the one told ("tilkynnt stórnotendum að skerða þurfi");
 *     "hafist" = hefja; "heiðar-" modifiers = heiði; a personal name is a compound's modifier only
 *     before "-son"/"-dóttir" ("garða|bær" = garður); no main verb read into an imperative-only
 *     form after a relative clause ("sem herjað hefur á bú"); "lokist", "lokast" = loka; "muni"
 *     before "sem" = munir (objects); "þeirra" before a noun in another case = their; "sífellt"
 *     in a verb phrase's gap; "áætla"/"giska" take an "að" clause; "þurfi því að sækja" =
 *     therefore; "vera eftir" = be left (not before an object); "fæli" = fæla; an infinitive
 *     fronted before its modal after "svo" ("svo rýma megi fyrir"); "er því andvígur" = the
 *     pronoun; no "-andi" head after the whole lemma's split ("svarenda"); a compound modifier
 *     spelt as a glossed plural-only lemma ("strandveiði|kvóti"); "verið ákveðið" = the
 *     participle; "bæta" = the verb; "leitt að" = leiður.
 * 17 — "við" after a verb's "-um" object is the preposition ("fresta framkvæmdum við
 *     Hvammsvirkjun"); flísar = tiles; "heiti potturinn" = the hot tub; "koma … út" = get out, with
 *     "öllum" and an object in the gap, a subordinator ending the particle's clause, and giving
 *     way to "út úr"/"út fyrir"; "um óákveðinn tíma" = indefinitely; the compound prefix "endur-" = re-
 *     ("endur|rækta", not önd); a verb head spelt as its own infinitive; "miklar" = mikill;
 *     "búi" = bú; kal = winterkill; "í vil" = in favour; "undir" after points = behind; "við" before a check = during; "verk eftir" = by; "einu sinni" = once,
 *     "ekki einu sinni" = not even; "keyra í gegn" = rush through; ofankoma = precipitation; "á" right after "í" = the river
 *     ("valt ofan í á"); "koma að" an accident = come upon; lækka/hækka before a rate,
 *     price or fee = lower/raise; seinagangur = slowness; "elti" = elta (chase); "fyrir
 *     svefninn" = before; "hafa fengið styrk" = the noun; "um" before a numeral = about; "gera
 *     upp" a building = renovate; "að vetrarlagi", "liggja undir skemmdum";
 *     "mæta á" = show up; "draga lappirnar", "fjarri því", "á mölina"; a story that "á erindi
 *     við" = is relevant to; samdráttur í losun = reduction; an adjective/verb homograph
 *     before "og" and an adjective ("hlýja og úrræðagóða") = the adjective; kveða = say; "á … fresti" = every; leið beside buses = route;
 *     álagstími = peak time; "fara í eyði" = be abandoned; ber (noun) = berry; "gegn
 *     gjaldi" = in return for; meistaraflokkur = senior team; stofnlögn = main pipe; "við
 *     framkvæmdir" = during; "undir miðnætti"; "á sjötta tug" = over fifty; an infinitive before "að" after
 *     its accusative subject ("eftirspurn sýna að"); veiði beside ptarmigan = hunting; "víðast
 *     hvar"; "lóðir undir" = for. Sense cues reach up to eight words into the sentence before
 *     however many words of the token's own sentence came first;
 *     "af" after a passive participle and before its doer = by (a new "@passive" cue); "X manns
 *     starfa" = the verb; a weak past in -ti/-di ("sótti") makes "í nótt" last night; "við" is a
 *     gap word only as the pronoun ("lenti við Landspítalann í" is no "lenda í"); "lenti við" =
 *     at; "laust eftir" = shortly after; "undan" before a place = off; "að" before a finite verb with no
 *     subject = that ("búist er við að hlýni"); "út af" before a place = off the
 *     coast of; "ná niður", "ná upp"; efling = strengthening; place names in -skagi ("við Garðskaga"
 *     = at); "skila sér í" = find one's way into; "meta það svo" = judge; a strong neuter in -að/-ið before a
 *     noun with its article is the supine ("hafi byrjað jólainnkaupin"); "halda eftir" =
 *     withhold (not before a time); netverslun = online shopping; sense cues reach twenty words
 *     either side in the sentence (was twelve); "klukkustundum saman"; "þar með" = thus; "boða … til fundar" across a long
 *     object; "fyrir þann tíma" = before; auk = in addition to; klæða a building = clad; "með að" before a clause = that; uppsveit, mannaferð, "huga
 *     að", "á brott"; "kveikja í" = set fire to; a perfect ("hafi … kveikt") counts as past for
 *     "í nótt" = last night; Ferðamálastofa; "festa kaup á" = buy; aðkoma = the scene; a noun after a length of
 *     time in the genitive ("nokkurra klukkustunda leit"); "með því hæsta" = among the highest; "leit að" = the search;
 *     "sökk" = sökkva; sækja a memorial service = attend; "í sárum" = grieving; tómstund; "taka jákvætt í"; place names
 *     in -laugar / heads in -laug cue "at"; gróa beside damage = heal; einhverfa = autism; greining beside a
 *     wait or a condition = diagnosis; "um mánaðamótin"; "niður stiga" = the stairs, and no "falla
 *     niður" (be cancelled) before an object; "efst á baugi", "á batavegi"; "bregða búi"; "efsta sæti" =
 *     place.
 * 18 — a "-lega" adverb with no gloss of its own shows the adjective it is made from
 *     (`adverbOf`: "hressilega" → hressilegur, "sanngjarnlega" → sanngjarn) instead of a split
 *     into "lega" (situation); "ganga út" = go out, walk out ("be won" beside a prize); a bare
 *     infinitive never follows a preposition ("klippti á borða" = the ribbon); a capitalised
 *     "Eyja"/"Eyjum" = the Westman Islands, but no place name before a patronymic ("Eyja
 *     Sigurðardóttir"); Herjólfur; safn = library beside bókasafn; "vanta upp á" = be lacking;
 *     fella beside game = kill; mennt = education; frysting; "sleppa úr" = escape; hlaup = flood
 *     beside a water level; an infinitive fronted before "verða" = must ("að horfa verði til
 *     lengri tíma", "Gera verður ráð fyrir"), no "verða til" there; "nema" = amount to past a
 *     possessive ("Eignir þeirra nema"); síður = less; "standa traustum/föstum fótum"; a verb
 *     after a sentence-opening subject of two nouns ("Ríki og sveitarfélög skipta"); víða = in
 *     many places; "loka fyrir" = shut off (not before a time); afköst; kuldakast; a compound
 *     modifier may be a case form of a two-letter noun ("ára|langur" = of years); a commoner
 *     modifier and head win over a rare compound head ("þátttöku|lið", "ríkisstjórnar|fundur");
 *     "leggja lið", "leggja hönd á plóginn"; varkárni; tökulið; "annar engan veginn" = anna
 *     (cope with); "því" = therefore after the subject of an inverted middle-voice verb; "taka í
 *     gagnið", "koma til ára sinna"; af = from before a point of the compass; "binda vonir
 *     við"; púði = pouch beside nicotine; ónæmur = immune; á = in, at before a place name (a new
 *     cue "@placename": "á Ísafirði", "á Akureyri") or "Íslandi"; innflytjandi = immigrant; "eiga
 *     kost á", "gefa góða raun"; "@next2:" reads past a numeral too, so "til fjögurra ára" = for
 *     four years; "fela í sér" = involve; "setjast upp"; Vestmannaeyjar; misfarast; síðsumars;
 *     kaup = the noun (purchase); "fæla … frá" = deter across its object; "þau"/"þeir"/"þær"
 *     after a verb of saying = they; "skipta mestu"; bregðast = fail without "við" near;
 *     á = at before a (nursing) home or hospital; vatnsstaða; brúðkaupsafmæli; no verb phrase
 *     ending in "á"/"í" before a compound of a time noun ("réðust á lokasekúndunum"); annar = one
 *     (of two) beside "hinn"; braut = road beside traffic words; "hægi á" = hægja (slow down);
 *     "taka að sér"; Seðlabanki = the Central Bank of Iceland; "ríða á vaðið"; sveit = band after
 *     a kind of music; mannfjöldi = crowd; fyrir = before the last/next event; mæta = show up at
 *     the end of its clause; an auxiliary before a clause's "að" + subject is not the next verb's
 *     ("er að sveitarfélög fái styrki" = grants); "muni" after an infinitive = belongings; "halda
 *     úti", "ganga of skammt", "fara með gát"; Grindvíkingur; a new cue "@beforenumber": úr
 *     before an amount = from; "við" before a compound glossed whole whose head is a place word
 *     ("við göngustíg") or a name in -stígur = at; umsjá = care; vegfarandi = passer-by; a weak
 *     adjective after a definite noun ("Skákmaðurinn ungi"); síðan = since after "hafa"; verja =
 *     spend beside free time; "við" = at before a table or board; a definite noun form two nouns
 *     share is the noun the text has just used with the article ("göngunum" … "ganganna" =
 *     tunnel); "slá í gegn", "beggja vegna", "leggja í"; um = through before a tunnel; "um
 *     næstu helgi", "í bland við", "renna til"; hjálparstarf; "hrífa með sér"; "annar þeirra" =
 *     one of them; "við" = at before a street name in -gata.
 * 19 — "að" = that before a dative object and a subjunctive passive ("að öllu fé verði fargað");
 *     fyrirskipa; sauðfjárbóndi; fé = sheep beside culling and farming words; "við aðalmeðferð"
 *     = during; "biðja um" = ask for; ferðamennska; "bæði" is never biðja's subjunctive, and
 *     with no "og" after it = both (of them); eftir = for after a waiting word ("biðlistar eftir
 *     aðgerðum"); af = from before a region; innsetning; "sem á" with no other verb after it = eiga ("sem einnig á sæti
 *     í"), "sem á Íslandi er" keeps the preposition; "eiga sæti í", "eiga heima", "eiga hlut í"; a "-lega" form before a dative plural is the
 *     adverb ("svaraði hressilega spurningum"); þyrping = cluster; a new cue "@beforeparticiple":
 *     verða = be, get before a participle (the passive: "verða keyptir"); "verði" after a noun
 *     and its preposition = verð (price); formaður = the noun; Neyðarlínan; "í hag" = in favour;
 *     hagur = benefit (plural hagir = circumstances); yfir = ahead after goals or points; "sinnar tegundar" = of its kind; bæjarráð; að = for after
 *     undirbúningur/tillaga; á = of after skortur; no adverbial "að nýju" before a noun it agrees
 *     with ("tillögu að nýju skipulagi"); plata = record, album beside music; Sigur Rós; "þeim"/"því"
 *     after a verb, before a noun with its article in another case, is the object pronoun ("gaf
 *     þeim bókina" = them); "@past" reads the word's own clause first ("hvassviðri sem gengur yfir
 *     í nótt" = tonight; "myndi" looks forward); "láta laus" = release; "skammt frá" = near; the
 *     "að nýju" rule keeps "að loknum" before its noun; a name in -s before a surname that is no
 *     genitive keeps its -s and no common-noun meaning ("Mats Wilander", not mat); "langt í land";
 *     lesskilningur; um = at before a time ("um næstu mánaðamót",
 *     "um miðnætti"); "þykja vænt um", vænt = vænn; um = by after a verb or noun of rising or falling
 *     ("hækkaði um 0,8 prósent"), about, around before an amount; á = into after þýða; "@beforeparticiple" also before a
 *     participle adjective spelt as its lemma ("verði aukinn"); Hafrannsóknastofnun; the
 *     "-tugsaldur" ages are the decade before ("á þrítugsaldri" = in one's twenties; they were a
 *     decade off); a noun with its article between an auxiliary and a supine is the subject
 *     ("hefði liðið þurft"); a predicative adjective agreeing with a verb's object over a noun
 *     reading ("sagði sigurinn sætan"); "fara með" = be in charge of before an investigation,
 *     "hafa betur" = win, "verjast frétta" across a quantifier; Keflavíkurflugvöllur, Suðurnes;
 *     "@beforeparticiple" also after a participle opening the sentence ("Sýndar verða"); mynd =
 *     film beside short films; stuttmynd, loftslagsbreyting, viljayfirlýsing; "hafi" after a
 *     preposition = haf (sea); verða = happen beside an accident or damage ("skemmdir urðu");
 *     "af völdum" = vald; Vinnumálastofnun; "@beforeparticiple" past an inverted subject with its
 *     article ("verður staðan metin"); "að stærð"/"að lengd" ending a clause ("svipuð að stærð");
 *     stjörnufræðingur; "daginn eftir" = the next day; Laugardalshöll; á = of after neysla,
 *     brot, notkun; félag = company beside hlutafélag; tilhæfulaus; "@beforeparticiple" past a
 *     bare noun subject ("verður sálfræðiþjónusta niðurgreidd"); að = up to beside an age;
 *     fólksbíll; Reykjanesbraut; "að því gefnu" = provided that; hátíðirnar = the holidays;
 *     matvælaverð.
 * 20 — a compound whose head has no gloss splits before a two-letter noun ("fiskveiði|ár", not
 *     fiskur + veiðiár); restricting adverbs in verb-phrase gaps ("byggist nær eingöngu á");
 *     "að tillögu", "að beiðni", "að frumkvæði"; "eiga möguleika"; "þegar" + adjective + noun +
 *     verb = when ("þegar örfáar sekúndur voru eftir"); a noun with its article opening the
 *     sentence is no supine for a verb phrase ("Liðið á …" is no "líða á"); "á" after such a
 *     subject with no other verb in its clause = eiga ("Liðið á leik í kvöld"); brotna = the verb
 *     brotna ("heyrði rúðu brotna"); "aðsókn að" = to; a hyphenated word's lower-case prefix shows as
 *     its lemma ("norsk-íslenskri" → norskur + íslenskur); á = of after sýning, mat, rannsókn,
 *     úttekt, könnun, greining; haf = the sea, not hafa's imperative; "himinn og haf", "skilja á
 *     milli"; plata = the record, not the verb (trick); flokkur = category beside an album or a song;
 *     "-ið" read as a noun's article only where it is one ("reið" is no reið + article); a
 *     magnitude ("af stærðinni 4,1") is no count before a noun; "ríða yfir" = strike; "koma illa"
 *     (hit hard) across an object and a place; a long phrase gap stops at a clause opener before
 *     matching past it; Matvælastofnun; "Salan á að" (a feminine subject with its article, -an) =
 *     eiga; "langt að" = from afar (not before an infinitive); "er langt að fara" is no progressive;
 *     "greiða niður"; Grótta = the islet, the club beside sport; (dictionary) French, British,
 *     Catholic, Latin with their capitals; mæðgur, mæðgin, feðgin; "ferðast um"; a new cue
 *     "@participle" (a passive past participle itself, its vera/verða earlier in the clause, no
 *     hafa between): lækka/hækka = lower/raise when passive ("verður fargjald … lækkað"); hart =
 *     hard; liður í = part of; "@beforeparticiple" also past a longer subject to the passive
 *     participle it governs ("verður fargjald fyrir börn og ungmenni lækkað", "verður það tekið");
 *     an adjective before a noun in a verb-phrase gap belongs to that noun ("standa frekari vexti
 *     fyrir þrifum", "fer síðarnefnda lagið í gang"); hafna = land before á/í; þrif; "hluti" right
 *     after a verb = things (hlutur), before a genitive still part; "þá" between a verb that moves
 *     something and its particle = them ("draga þá upp"); frequency adverbs in phrase gaps ("þarf
 *     sjaldan á að halda"); "í fyrra" (last year) is no comparative before "en" (but); skömmum =
 *     skammur ("á skömmum tíma"); a plural verb after a quantifier subject opening its clause ("að
 *     fleiri vinna nú"); eftir = for beside eftirspurn; "leggja skóna á hilluna" (retire); "á
 *     sjöunda áratugnum" = in the sixties (and the other decades).
 * 21 — "eins" before til/eða + a number or a time genitive = one ("eins til fimm ára", "eins
 *     árs"); til = to between numbers (a range); "á aldrinum" (aged); "ölvun við akstur"
 *     (drink-driving); "ræða við" (talk to); sinna = attend to first; við = at an opening;
 *     einkasafn; skila + a sum = bring in; "standa fram í/á" (run until); a new cue "@timespan"
 *     ("á" before a length of time in the dative plural): á = in, over ("á síðustu tveimur árum");
 *     á = in, at before institutions and workplaces ("á Veðurstofunni", "á leikskólanum"); a
 *     subject opening an "áður en" clause takes the verb next ("faraldurinn nær" = reaches); an
 *     "-ið" participle whose vera/verða stands 5–7 words back past only nominals ("er fólki eldra en
 *     sextugt boðið"); "jafn" after a copula grading nothing = even; "ná hámarki", "láta bólusetja sig";
 *     hætta = stop first; an adjective/noun homograph after a dative/accusative preposition and
 *     before a noun that can only be a genitive is the noun ("úr rétti fólks"); réttur = right
 *     first (court beside court words); "að" + dative subject + eigi/ætti/megi/þyrfti opens a
 *     clause; an adjective/noun homograph ending a prepositional phrase before "og" + a noun is
 *     the noun ("í rétti og dómari"); á = to after breyting, of after þreyttur; áfram = on after
 *     dvelja/búa/starfa; langþreyttur; a new cue "@timecount" (a count and a length of time in
 *     the accusative next): í = for ("í þrjú ár"); á = at a meeting or an event; af = off after
 *     falla/detta; við = on after vinna; flytja = take beside Landspítali; "með hraði", "við hlið";
 *     veiki; niðurskurður = cull beside sheep; "byggja upp" = build up; dæma = sentence beside
 *     prison words; í = to after dæma; "á fimm ára tímabili" (over a period) for "@timespan"; við =
 *     at the lifts, the entrance, the door; comparatives and superlatives made from another stem
 *     (meiri/meira, mest, minni/minna, betri, bestur, verri, verstur, eldri, elstur, yngri) show
 *     more/most … first; mikill = great, big first (mikið, miklu = much); "í rénun"; aflétta = lift;
 *     vörðu = verja (spend), not vara; miða = miði (ticket); "þá" between fá/láta and a participle
 *     = them; "á dag" (a day); skemur = shorter; vara = last for varði/vörðu; nýbreytni; "taka
 *     upp" = adopt beside nýbreytni/stefna/gjald; "fara fram úr björtustu vonum"; -sinni as a head =
 *     supporter (umhverfisverndarsinni); Orkustofnun; á = over after sigur; fyrir árslok = before;
 *     síðutogari, landshluti, "með skömmum fyrirvara", Norðurland eystra/vestra (the regions), umsögn
 *     = review first; an "-andi" agent noun before a genitive in -ar ("Eigandi veitingastaðar");
 *     hertur, góðgerðarmál; með = of after eftirlit; "á að" + infinitive after a fronted adverbial
 *     ("Meðal annars á að efla", "Þá á að") = eiga; "búi einn" = búa; sjötugur; "í viku hverri";
 *     skila = bring in beside tekjur/hagnaður/arður; verðs = verð; "greiða atkvæði með" (vote for);
 *     "austur fyrir fjall"; á = of after sala, kaup, verð, framboð; "setja upp" = stage beside a
 *     play; dugnaður = hard work; mikill = much after hve/hversu/of; á = to right after flytja
 *     ("fluttur á Landspítalann"); Esja; "villast af leið"; "á lítrann"; "síðan í" (since) only
 *     before a time word.
 */
export const ANALYSIS_VERSION = 21;
