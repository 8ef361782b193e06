/**
 * Words and phrases of Icelandic news-site page furniture (Vísir, mbl.is, RÚV, DV, Heimildin,
 * Fréttablaðið, Kjarninn and similar): section names, list headings, link prompts, share and
 * cookie buttons, photo-credit agencies, plus the small function words and given names the
 * cleaner's shape rules need. Matching is on whole words; see the callers for how each is used.
 */

export const MONTHS: Record<string, number> = {
  janúar: 1, jan: 1, febrúar: 2, feb: 2, mars: 3, mar: 3, apríl: 4, apr: 4, maí: 5, júní: 6, jún: 6,
  júlí: 7, júl: 7, ágúst: 8, ág: 8, ágú: 8, september: 9, sept: 9, sep: 9, október: 10, okt: 10,
  nóvember: 11, nóv: 11, desember: 12, des: 12,
};

export const WEEKDAYS =
  '(?:mánu|þriðju|miðviku|fimmtu|föstu|laugar|sunnu)(?:dagur|daginn|dags|degi|d\\.)';

/** Section names used as category labels next to headlines and above articles. */
export const CATEGORY_WORDS = [
  'Innlent', 'Erlent', 'Fréttir', 'Innlendar fréttir', 'Erlendar fréttir', 'Íþróttir', 'Sport', 'Viðskipti',
  'Viðskiptablaðið', 'Lífið', 'Menning', 'Skoðun', 'Veður', 'Fólk', 'Matur', 'Ferðalög', 'Bílar', 'Tækni',
  'Smartland', 'K100', 'Pressan', 'Eyjan', 'Fókus', '433', 'Heilsa', 'Umræðan', 'Leiðari', 'Aðsendar greinar',
  'Aðsend grein', 'Kynning', 'Kynningar', 'Tónlist', 'Kvikmyndir', 'Körfubolti', 'Fótbolti', 'Handbolti',
  'Enski boltinn', 'Golf', 'Formúla 1', 'Rafíþróttir', 'Stjórnmál', 'Efnahagsmál', 'Heimurinn', 'Samfélag',
  'Loftslagsmál', 'Menntamál', 'Heilbrigðismál', 'Dómsmál', 'Lögreglumál', 'Úttekt', 'Viðtal', 'Fréttaskýring',
  'Pistill', 'Greining', 'Rannsókn', 'Mannlíf', 'Dægurmál', 'Lífsstíll', 'Tíska', 'Hönnun', 'Vísindi',
  'Atvinnulíf', 'Neytendur', 'Landið', 'Höfuðborgarsvæðið', 'Suðurland', 'Norðurland', 'Austurland', 'Vesturland',
  'Vestfirðir', 'Suðurnes', 'Stöð 2 Sport', 'Bítið', 'Kvöldfréttir', 'Sjónvarp', 'Útvarp', 'Hlaðvarp', 'Krakkar',
  'Fréttir í dag', 'Dagskrá', 'Orð dagsins', 'Minningargreinar', 'Andlát', 'Tilkynningar', 'Myndbönd',
  'Ljósmyndir', 'Jól', 'Kosningar', 'Alþingiskosningar', 'Menningarefni', 'Nýjast', 'Innlent/erlent',
];

/** Headings that start a list of other articles' headlines. */
export const LIST_MARKERS = [
  'Mest lesið', 'Mest lesnu fréttirnar', 'Mest lesnar', 'Mest lesið í dag', 'Mest lesið á vefnum',
  'Fleiri fréttir', 'Fleiri greinar', 'Fleiri færslur', 'Nýjustu fréttir', 'Nýjustu greinar', 'Nýjar fréttir',
  'Helstu fréttir', 'Fréttir dagsins', 'Annað efni', 'Í öðrum fréttum', 'Meira úr', 'Meira frá', 'Meira í',
  'Ekki missa af', 'Mælt með', 'Þér gæti einnig líkað', 'Þetta gæti einnig vakið áhuga', 'Vinsælt núna',
  'Vinsælast', 'Tengdar fréttir', 'Tengdar greinar', 'Tengt efni', 'Nýtt á vefnum', 'Nýjast',
];

/** Prompts before a link to another article inside the body. */
export const RELATED_MARKERS = [
  'Sjá einnig', 'Lestu einnig', 'Lesa einnig', 'Lestu líka', 'Lesa líka', 'Tengd frétt', 'Sjá nánar',
  'Lesa nánar', 'Lestu meira', 'Sjá frétt', 'Sjá fréttina', 'Tengt', 'Tengill', 'Frétt', 'Nánar',
];

/** "Read more" buttons and links. */
export const READ_MORE = [
  'Sjá meira', 'Sjá fleiri', 'Sýna fleiri', 'Sýna meira', 'Sjá allt', 'Sjá allar fréttir', 'Allar fréttir',
  'Lesa meira', 'Lesa áfram', 'Lesa alla greinina', 'Lesa fréttina', 'Hleð fleiri', 'Hlaða fleiri',
  'Hlaða fleiri fréttum', 'Fleiri', 'Meira', 'Áfram', 'Til baka', 'Halda áfram að lesa',
];

/** Share, print and listen buttons. */
export const SHARE_WORDS = [
  'Deila', 'Deildu', 'Deila frétt', 'Deila grein', 'Deila á Facebook', 'Deila á X', 'Deildu fréttinni',
  'Facebook', 'Twitter', 'X', 'Netfang', 'Tölvupóstur', 'Afrita hlekk', 'Afrita slóð', 'Hlekkur afritaður',
  'Prenta', 'Senda', 'Senda á vin', 'LinkedIn', 'Messenger', 'WhatsApp', 'Tísta', 'Hlusta', 'Hlusta á frétt',
  'Hlusta á fréttina', 'Hlusta á grein', 'Spila', 'Bluesky', 'Threads', 'Instagram', 'Pinterest', 'Reddit',
  'Email', 'Share', 'Tweet', 'Print',
];

/** Cookie banners: sentences mentioning cookies, and their buttons. */
const COOKIE_WORD = /(?<!\p{L})(?:vafrakök|vefkök)|(?<!\p{L})cookies?(?!\p{L})/iu;
const KOKUR = /(?<!\p{L})kök(?:ur|um|unum|urnar)(?!\p{L})/iu;
const COOKIE_CONTEXT = [/(?<!\p{L})(?:notum|notar|notkun)/iu, /(?<!\p{L})vef/iu, /(?<!\p{L})samþykk/iu, /(?<!\p{L})upplifun/iu, /(?<!\p{L})vafr/iu, /(?<!\p{L})stilling/iu, /(?<!\p{L})persónu/iu, /(?<!\p{L})tölfræði/iu];

/**
 * A cookie banner sentence: it names cookies as such ("vafrakökur", "vefkökur", "cookies"), or
 * says "kökur" together with at least two banner words (use, website, accept, experience…), so
 * an article about baking that sells "kökur á vefnum" keeps its sentences.
 */
export function isCookieText(s: string): boolean {
  if (COOKIE_WORD.test(s)) return true;
  if (!KOKUR.test(s)) return false;
  return COOKIE_CONTEXT.filter((re) => re.test(s)).length >= 2;
}

export const COOKIE_BUTTONS = [
  'Samþykkja', 'Samþykkja allt', 'Samþykkja allar', 'Samþykkja valið', 'Hafna', 'Hafna öllu', 'Stillingar',
  'Sérsníða', 'Í lagi', 'Ok', 'OK', 'Loka', 'Leyfa allar', 'Leyfa valið', 'Nauðsynlegar', 'Tölfræði',
  'Markaðssetning', 'Nánar', 'Vista stillingar', 'Accept', 'Reject', 'Accept all', 'Settings',
];

/** Navigation, account, advertising, footer and paywall furniture (whole blocks made of these). */
export const FURNITURE_WORDS = [
  'Forsíða', 'Leit', 'Leita', 'Valmynd', 'Loka valmynd', 'Opna valmynd', 'Innskráning', 'Skrá inn', 'Útskrá',
  'Mínar síður', 'Áskrift', 'Áskrifandi', 'Gerast áskrifandi', 'Kaupa áskrift', 'Prófa frítt', 'Hafa samband',
  'Hafðu samband', 'Auglýsing', 'Auglýsingar', 'Augl.', 'Kostað efni', 'Samstarf', 'Um okkur', 'Starfsfólk',
  'Ritstjórn', 'Persónuvernd', 'Persónuverndarstefna', 'Skilmálar', 'Vafrakökur', 'Ábending', 'Ábendingar',
  'Senda ábendingu', 'Fréttaskot', 'Fylgdu okkur', 'Í beinni', 'Beint', 'Streymi', 'Athugasemdir',
  'Skrifa athugasemd', 'Ummæli', 'Hlaðvörp', 'Fréttabréf', 'Skrá mig', 'Netfang þitt', 'Valið efni', 'English',
  'Íslenska', 'Polski', 'Uppfært', 'Birt', 'Merki', 'Efnisorð', 'Flokkar', 'Efni', 'Mynd', 'Myndband',
  'Myndskeið', 'Myndasafn', 'Spila myndband', 'Heim', 'Sjónvarp', 'Útvarp', 'Tímalína', 'Nýtt', 'Stækka',
  'Opna', 'Loka',
];

/** Sentence-long furniture phrases: paywalls, copyright lines, newsletter prompts. */
export const FURNITURE_PATTERNS: RegExp[] = [
  /^©/u,
  /(?<![\p{L}\p{N}])(?:allur réttur áskilinn|öll réttindi áskilin|all rights reserved)(?![\p{L}\p{N}])/iu,
  /^(?:copyright|höfundarréttur)(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])fyrir áskrifendur(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])gerast áskrifandi(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])kaupa áskrift(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])áskrifendur geta(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])þú hefur lesið(?![\p{L}\p{N}]).*(?<![\p{L}\p{N}])(?:greinar|fréttir)(?![\p{L}\p{N}])/iu,
  /^(?:skráðu þig|skráið ykkur)(?![\p{L}\p{N}]).*(?<![\p{L}\p{N}])fréttabréf/iu,
  /^(?:ertu með ábendingu|ert þú með ábendingu|luma á frétt|lumar þú á frétt)/iu,
  /^(?:lestrartími|lestími|lesið á)(?![\p{L}\p{N}])|^\d+\s*(?:mín\.?|mínútna|mínútur)\s+(?:lestur|lesning)(?![\p{L}\p{N}])/iu,
  /^(?:þessi |greinin |fréttin )?(?:grein|frétt)?\s*birtist (?:fyrst )?(?:í|á) (?:prentútgáfu|blaði|tölublaði|vef)/iu,
  /^(?:uppfært|birt|síðast uppfært)\s*:?\s*(?:kl\.|\d|í gær|í dag|fyrir)/iu,
];

/** Photo agencies and credit words that follow a caption. */
export const CREDIT_WORDS = [
  'AP', 'EPA', 'AFP', 'Reuters', 'Getty', 'Getty Images', 'NTB', 'EPA-EFE', 'Anadolu', 'Bloomberg', 'Shutterstock',
  'Aðsend', 'Aðsent', 'Aðsendar', 'Skjáskot', 'Wikimedia Commons', 'Wikimedia', 'Unsplash', 'Pexels', 'Ritzau',
  'TT', 'dpa', 'Xinhua', 'Sputnik', 'Instagram', 'Facebook', 'Youtube', 'YouTube', 'Samsett', 'Samsett mynd',
  'Golli', 'Lögreglan', 'Almannavarnir', 'Stöð 2', 'Vísir', 'RÚV', 'DV', 'mbl.is', 'Heimildin', 'Fréttablaðið',
];

/** Site names by a signal found in removed furniture (email domains, photo credits, footers). */
export const SITE_SIGNALS: [RegExp, string][] = [
  [/@(?:visir|stod2|syn)\.is(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])Vísir\/|(?<![\p{L}\p{N}])(?:Sýn|Sýnar) hf(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])visir\.is(?![\p{L}\p{N}])/iu, 'Vísir'],
  [/@mbl\.is(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])mbl\.is\/|(?<![\p{L}\p{N}])Árvak(?:ur|urs)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])mbl\.is(?![\p{L}\p{N}])/iu, 'mbl.is'],
  [/@ruv\.is(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])RÚV\/|(?<![\p{L}\p{N}])Ríkisútvarp(?:ið|sins)?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])ruv\.is(?![\p{L}\p{N}])/u, 'RÚV'],
  [/@dv\.is(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])DV\/|(?<![\p{L}\p{N}])dv\.is(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])Ritstjórn DV(?![\p{L}\p{N}])/u, 'DV'],
  [/@heimildin\.is(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])Heimildin\/|(?<![\p{L}\p{N}])heimildin\.is(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])Heimildarinnar(?![\p{L}\p{N}])/u, 'Heimildin'],
  [/@frettabladid\.is(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])Fréttablaðið\/|(?<![\p{L}\p{N}])frettabladid\.is(?![\p{L}\p{N}])/u, 'Fréttablaðið'],
  [/@kjarninn\.is(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])Kjarninn\/|(?<![\p{L}\p{N}])kjarninn\.is(?![\p{L}\p{N}])/u, 'Kjarninn'],
];

/**
 * Function words that cannot end a headline ("... fyrir"), used when a related-link headline is
 * glued to the next body sentence.
 */
export const FUNCTION_WORDS = new Set(
  (
    'á í um við með og að til frá af en sem eða heldur fyrir eftir undir yfir hjá úr án gegn vegna ' +
    'meðal milli á móti auk þó ef þegar þar sem hver hvað hvort sú sá það þessi þetta þeir þær þau hann ' +
    'hún ég við þið þú mér þér sér sig sín hans hennar þeirra þess um hvernig hve svo ekki einnig líka ' +
    'né nema uns enda því þá nú ennþá þess hefur hafa var voru er eru sé séu verður verða mun munu skal ' +
    'skuli getur geta vill vilja má mega átti áttu skulu'
  ).split(' '),
);

/**
 * Common Icelandic given names (and a few common foreign ones), for telling an author's name
 * from the end of the headline before it ("... við Pútín Samúel Karl Ólason skrifar").
 */
export const GIVEN_NAMES = new Set(
  (
    'Aðalheiður Aðalsteinn Agnes Alda Alexander Alexandra Andri Andrea Anna Anton Ari Arna Arnar Arndís ' +
    'Arnór Ásdís Ásgeir Ásta Ástrós Atli Auður Axel Baldur Baldvin Benedikt Bergþór Bergur Birgir Birgitta ' +
    'Birna Birta Bjarki Bjarni Björg Björk Björn Bragi Brynhildur Brynja Brynjar Daði Dagný Dagur Daníel ' +
    'Davíð Diljá Dóra Drífa Edda Egill Einar Eiríkur Elín Elísabet Ella Elva Elvar Emil Embla Erla Erna ' +
    'Eva Eydís Eygló Eyþór Eyrún Finnur Freyja Friðrik Gauti Geir Gerður Gígja Gísli Gréta Grétar Guðbjörg ' +
    'Guðjón Guðmundur Guðný Guðrún Gunnar Gunnhildur Gunnlaugur Gylfi Hafdís Hafsteinn Halla Halldór ' +
    'Halldóra Hallgrímur Hallur Hanna Hannes Harpa Haukur Heiða Heiðar Heiðrún Helga Helgi Hera Hermann ' +
    'Hildur Hilmar Hjalti Hjördís Hlynur Hrafn Hrafnhildur Hreinn Hrund Hulda Hörður Ída Inga Ingi Ingibjörg ' +
    'Ingólfur Ingvar Ísak Ívar Jakob Jóhann Jóhanna Jóhannes Jón Jóna Jónas Jórunn Júlía Júlíus Karen ' +
    'Kári Karl Katrín Kjartan Klara Kolbeinn Kolbrún Kristín Kristinn Kristján Kristófer Kristrún Lára ' +
    'Laufey Lilja Linda Logi Magnea Magnús Margrét María Markús Marta Matthías Melkorka Nanna Nína Oddný ' +
    'Oddur Ólafur Ólöf Óli Ómar Ósk Óskar Ottó Pála Páll Pétur Ragna Ragnar Ragnheiður Ragnhildur Rakel ' +
    'Rannveig Róbert Rósa Rúnar Rut Samúel Sandra Sara Sif Sigmundur Signý Sigríður Sigrún Sigurður ' +
    'Sigurjón Sindri Snorri Snædís Sólveig Sóley Stefán Steinar Steinunn Steinþór Svala Svanhildur Svava ' +
    'Sveinn Sverrir Tinna Tómas Trausti Unnur Úlfar Una Urður Valdimar Valgerður Valur Vala Vigdís Viktor ' +
    'Vilhjálmur Vilhelm Þóra Þórdís Þorgerður Þórhildur Þórir Þorkell Þorsteinn Þórunn Þorvaldur Þráinn ' +
    'Ægir Ævar Örn Ösp Árni Ásmundur Bryndís Fanney Gréta Hákon Hallveig Ingunn Kolfinna Lovísa Mikael ' +
    'Orri Rebekka Silja Telma Tryggvi Valdís Vésteinn Viðar Eiður Sunna Hólmfríður Fríða Erlingur ' +
    'John James Michael David Peter Paul Maria Anne Sarah'
  ).split(/\s+/),
);

/** Name words that end an Icelandic author's name: patronymics and matronymics. */
export const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:son|sson|dóttir|dottir|sen|bur)$/u;
