/**
 * What opens a sentence: a subject noun or a verb. Icelandic puts the finite verb second, so a
 * noun/verb homograph at the start is told apart by what follows it: a genitive and a verb
 * ("Vandi sjóðsins var …"), a finite verb ("Skipið sökk", "Læknar mæla með", "Hætta er …"), or
 * an auxiliary and "að" after an impersonal participle ("Ákveðið var að …"). After a subject
 * noun the finite verb follows ("Vegagerðin varar við …").
 */
import { best, boost, hasPos, NOMINAL, type WorkToken } from '../context.ts';

function wordAt(toks: WorkToken[], i: number, k: number): WorkToken | undefined {
  const t = toks[k];
  return t && t.raw.kind === 'word' && t.sentence === toks[i].sentence ? t : undefined;
}

/** Finite forms of the auxiliaries (homographs like "var" = lip aside). */
const FINITE_AUXILIARIES = new Set('er eru var voru sé séu væri væru hefur hafi hafði höfðu hefði hefðu verður verði varð urðu yrði mun munu muni myndi myndu getur gat geti gæti gætu'.split(' '));

/** Words after which a clause, and so a subject, starts. */
const CLAUSE_START_WORDS = new Set('og en enda því þegar ef þótt þó sem að'.split(' '));

/** Genitive pronouns that follow their noun ("Fylgi hans", "Gengi þeirra"). */
const GENITIVE_PRONOUNS = new Set('hans hennar þess þeirra sín okkar ykkar'.split(' '));

/**
 * A clause-initial noun/verb homograph followed by a genitive and then a finite verb is the
 * subject noun ("Vandi Íbúðalánasjóðs var …", "Gengi liðsins hefur …", "Fylgi hans tók …"): a
 * verb there would leave two finite verbs in one clause.
 */
export function applySubjectBeforeGenitive(toks: WorkToken[], i: number): void {
  const t = toks[i];
  // At the start of a sentence or of a clause ("… og gengi krónunnar hafi styrkst").
  const p = toks[i - 1];
  const clauseStart = t.sentenceInitial || (!!p && p.sentence === t.sentence && (p.raw.text === ',' || CLAUSE_START_WORDS.has(p.lower)));
  if (!clauseStart || t.readings.length < 2 || !hasPos(t, 'noun') || best(t)?.pos !== 'verb') return;
  const n = wordAt(toks, i, i + 1);
  const v = wordAt(toks, i, i + 2);
  if (!n || !v) return;
  // A genitive: a pronoun, a name or noun in -s, or a definite genitive ("krónunnar", "bankanna").
  const genitive = GENITIVE_PRONOUNS.has(n.lower) || ((/s$/.test(n.lower) || /(?:unnar|innar|anna)$/.test(n.lower)) && (hasPos(n, 'noun') || n.readings.length === 0 || /^\p{Lu}/u.test(n.form)));
  if (!genitive) return;
  const vb = best(v);
  // (A weak adjective reading of a past form does not count: "Þyrla Landhelgisgæslunnar flutti
  // hann", where "flutti" is also the weak form of fluttur; a weak adjective needs an article.)
  const weakPast = vb?.pos === 'verb' && /(?:ti|di|ði)$/u.test(v.lower) && v.readings.every((r) => r.pos === 'verb' || r.pos === 'adjective');
  const finite = FINITE_AUXILIARIES.has(v.lower) || weakPast || (vb?.pos === 'verb' && !v.readings.some((r) => NOMINAL.includes(r.pos) || r.pos === 'preposition'));
  if (!finite) return;
  boost(t, (r) => r.pos === 'noun', 1.5, 'clause-initial subject noun before a genitive and its verb');
}

/** Finite forms of vera, hafa and verða after a sentence-initial impersonal participle. */
const IMPERSONAL_AUX = new Set('er var hefur hafði verður varð sé væri'.split(' '));

/**
 * Impersonal passives open with the participle: "Ákveðið var að …" (it was decided), "Talið er
 * að …", "Áætlað er að …". The verb reading wins over an adverb, adjective or noun homograph
 * ("ákveðið" = decidedly, "tal" = talk) unless the adjective is a word of its own ("Ljóst er
 * að …", clear).
 */
export function applyImpersonalParticiple(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!t.sentenceInitial || t.readings.length < 2 || !hasPos(t, 'verb') || best(t)?.pos === 'verb') return;
  // A noun with its article is a subject ("Ríkið hefur …", "Lagið er …").
  if (!/(?:ð|t|ið|að)$/u.test(t.lower) || hasPos(t, 'noun')) return;
  if (!IMPERSONAL_AUX.has(wordAt(toks, i, i + 1)?.lower ?? '')) return;
  if (t.readings.some((r) => r.pos === 'adjective' && !/(?:aður|inn|dur|tur|ður)$/u.test(r.lemma))) return;
  boost(t, (r) => r.pos === 'verb', 1.5, 'sentence-initial participle of an impersonal passive');
}

/** Nominative suffixed articles of a subject noun ("Vegagerðin", "Flokkurinn", "Bankarnir", "Veðurstofan"). */
const NOMINATIVE_SUBJECT = /(?:inn|in|ið|an|nir|nar|rnir)$/u;

/**
 * After a sentence-initial noun with a nominative article, the finite verb comes next
 * ("Vegagerðin varar við …" = warns, not the adjective "var"; "Flokkurinn mælist …"; also
 * when the subject is spelt like a participle: "Liðið leikur í riðli B" = plays).
 */
export function applyVerbAfterInitialSubject(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'verb') || best(t)?.pos === 'verb' || /^\p{Lu}/u.test(t.form)) return;
  // ("nær" is also the verb ná: "Skerðingin nær til álvera" = reaches.)
  if (t.lower !== 'nær' && t.readings.some((r) => r.pos === 'preposition' || r.pos === 'conjunction' || r.pos === 'pronoun' || r.pos === 'adverb')) return;
  const p = wordAt(toks, i, i - 1);
  // (Also a subject right after a subordinating conjunction: "að ráðherrann skýri málið", "áður en
  // faraldurinn nær hámarki".)
  const conj = p && !p.sentenceInitial ? wordAt(toks, i, i - 2) : undefined;
  const clauseInitial = !!p && (p.sentenceInitial || (!!conj && (SUBJECT_FIRST_AFTER.has(conj.lower) || (conj.lower === 'að' && best(conj)?.pos === 'conjunction') || (conj.lower === 'en' && /^(?:áður|fyrr)$/u.test(wordAt(toks, i, i - 3)?.lower ?? '')))));
  if (!p || !clauseInitial || !NOMINATIVE_SUBJECT.test(p.lower) || best(p)?.pos !== 'noun' || !p.readings.every((r) => r.pos === 'noun' || r.pos === 'verb' || (r.pos === 'adjective' && p.sentenceInitial))) return;
  boost(t, (r) => r.pos === 'verb', t.lower === 'nær' ? 2 : 1.5, 'finite verb after a clause-initial subject noun');
}

/**
 * A sentence-initial noun with the neuter article "-ið" before a finite verb is the subject
 * ("Skipið sökk", "Málið hefur …"), not the plural imperative of a homograph verb ("skipið" =
 * order!), which is followed by its object ("Takið deigið", "Hrærið vel").
 */
export function applyDefiniteSubjectBeforeVerb(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!t.sentenceInitial || !t.lower.endsWith('ið') || !hasPos(t, 'noun') || best(t)?.pos !== 'verb') return;
  const n = wordAt(toks, i, i + 1);
  if (!n || /^\p{Lu}/u.test(n.form)) return;
  // (An object with its article follows an imperative: "Takið deigið".)
  const finite = FINITE_AUXILIARIES.has(n.lower) || (n.readings.some((r) => r.pos === 'verb' && r.lemma !== n.lower) && !/(?:ið|inn|in|inu|num|nir|nar|una|ina)$/u.test(n.lower));
  if (!finite || n.readings.some((r) => r.pos === 'preposition' || r.pos === 'adverb' || r.pos === 'pronoun')) return;
  // "Búið er að …", "Talið er að …": an impersonal participle before its auxiliary and "að".
  const nn = wordAt(toks, i, i + 2);
  // (Also before a particle: "Boðið var upp á tónleika" = offered.)
  if (FINITE_AUXILIARIES.has(n.lower) && nn && (nn.lower === 'að' || nn.lower === 'við' || nn.lower === 'um' || nn.lower === 'upp' || nn.lower === 'fram')) return;
  boost(t, (r) => r.pos === 'noun', 1.5, 'sentence-initial "-ið" noun before a finite verb: the subject');
}

/**
 * A sentence-initial plural noun/verb homograph followed by a verb whose form is its infinitive
 * (the 3rd person plural present: "Læknar mæla með …", "Bændur segja …") is the subject, and
 * that word is its verb, also after a plain plural noun ("Samninganefndir funda aftur").
 */
export function applyPluralSubjectVerb(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!t.sentenceInitial || !/(?:ar|ir|ur|völd|gögn)$/u.test(t.lower) || !hasPos(t, 'noun')) return;
  const homograph = best(t)?.pos === 'verb';
  // A plain plural noun ("Samninganefndir funda …", "Stjórnvöld stefna að …") when the next word
  // would otherwise be a noun.
  const pluralNoun = !homograph && t.readings.every((r) => r.pos === 'noun') && /(?:ar|ir|völd|gögn)$/u.test(t.lower);
  if (!homograph && !pluralNoun) return;
  const n = wordAt(toks, i, i + 1);
  if (!n || /^\p{Lu}/u.test(n.form)) return;
  // "Læknar á bráðamóttöku Landspítalans segja …": a prepositional phrase, then the plural verb.
  if (homograph && best(n)?.pos === 'preposition' && pluralVerbAhead(toks, i)) {
    boost(t, (r) => r.pos === 'noun', 1.5, 'sentence-initial plural subject, a prepositional phrase, then its verb');
    return;
  }
  if (!n.readings.some((r) => r.pos === 'verb' && r.lemma === n.lower) || n.readings.some((r) => r.pos === 'preposition' || r.pos === 'pronoun')) return;
  if (pluralNoun && best(n)?.pos === 'verb' && best(n)?.lemma === n.lower) return;
  if (homograph) boost(t, (r) => r.pos === 'noun', 1.5, 'sentence-initial plural subject before its verb');
  boost(n, (r) => r.pos === 'verb' && r.lemma === n.lower, 1.5, 'verb after a sentence-initial plural subject');
}

/** Masculine/feminine nominative plural quantifiers that stand alone as a subject ("Flestir komu …"). */
const QUANTIFIER_SUBJECTS = new Set('margir margar flestir flestar fáir fáar fæstir fæstar sumir sumar nokkrir nokkrar allir allar báðir báðar ýmsir ýmsar'.split(' '));

/**
 * A plural quantifier opening a clause ("Flestir komu frá …", "margir búa lengur …") and a
 * noun/verb homograph after it that cannot be a nominative plural masculine or feminine noun (no
 * "-r"): the quantifier is the subject and the word is its verb, not a noun it modifies.
 */
export function applyVerbAfterQuantifierSubject(toks: WorkToken[], i: number): void {
  const t = toks[i];
  // "og fá mál hafi komið upp" (few cases): "fá" + a noun + a finite auxiliary is the quantifier.
  if (t.lower === 'fá' && hasPos(t, 'adjective')) {
    const n = wordAt(toks, i, i + 1);
    const v = wordAt(toks, i, i + 2);
    if (n && best(n)?.pos === 'noun' && v && (FINITE_AUXILIARIES.has(v.lower) || v.lower === 'hafa')) boost(t, (r) => r.pos === 'adjective', 2.5, '"fá" + noun + finite auxiliary = few');
    return;
  }
  if (!QUANTIFIER_SUBJECTS.has(t.lower)) return;
  const p = toks[i - 1];
  const opens = t.sentenceInitial || !p || p.sentence !== t.sentence || p.raw.kind === 'punctuation' || CLAUSE_START_WORDS.has(p.lower);
  if (!opens) return;
  const n = wordAt(toks, i, i + 1);
  // The quantifier itself is the adjective, not a homograph verb form ("að fáir hlusti": fár,
  // not "fá" = get), when a verb follows.
  if (n && hasPos(n, 'verb') && best(t)?.pos === 'verb' && hasPos(t, 'adjective')) boost(t, (r) => r.pos === 'adjective', 2, 'plural quantifier subject before its verb');
  if (!n || /^\p{Lu}/u.test(n.form) || /(?:r|menn)$/u.test(n.lower) || !hasPos(n, 'noun') || !hasPos(n, 'verb')) return;
  boost(n, (r) => r.pos === 'verb', 2, 'verb after a plural quantifier subject ("Flestir komu")');
}

/** Verbs a plural subject takes after its prepositional phrase ("segja", "hafa", "eru"). */
function pluralVerbAhead(toks: WorkToken[], i: number): boolean {
  for (let k = i + 2; k <= i + 6; k++) {
    const w = wordAt(toks, i, k);
    if (!w) return false;
    if (w.lower === 'eru' || w.lower === 'voru' || w.lower === 'hafa' || w.lower === 'höfðu') return true;
    if (!/^\p{Lu}/u.test(w.form) && w.readings.length > 0 && w.readings.every((r) => r.pos === 'verb') && w.readings.some((r) => r.lemma === w.lower)) return true;
  }
  return false;
}

/**
 * A sentence-initial noun/infinitive homograph right before a finite auxiliary or another finite
 * verb form is the subject noun ("Hætta er talin á …" = danger, "Ganga er holl", "Kvika kom
 * upp"): an infinitive does not open a sentence without "að".
 */
export function applyInitialNounBeforeAuxiliary(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!t.sentenceInitial || !hasPos(t, 'noun')) return;
  const b = best(t);
  if (!b || b.pos !== 'verb' || b.lemma !== t.lower) return;
  const n = wordAt(toks, i, i + 1);
  if (!n) return;
  // A finite auxiliary, or a finite form that is only a verb ("Kvika kom upp", "Ganga hófst").
  const finitePast = n.readings.length > 0 && n.readings.every((r) => r.pos === 'verb' && r.lemma !== n.lower && r.lemma + 'st' !== n.lower) && !/(?:ið|andi)$/u.test(n.lower) && !/^\p{Lu}/u.test(n.form);
  if (!FINITE_AUXILIARIES.has(n.lower) && !finitePast) return;
  boost(t, (r) => r.pos === 'noun', 1.5, 'sentence-initial noun before a finite verb (not an infinitive)');
}

/** Subjunctive/finite auxiliaries of an impersonal passive inside an "að" clause. */
const CLAUSE_IMPERSONAL_AUX = new Set('verði yrði sé væri var er hafi hefði'.split(' '));
/** Particles and prepositions that follow an impersonal participle ("gripið verði til", "farið verði yfir"). */
const IMPERSONAL_PARTICLES = new Set('til á að fram upp við um eftir yfir inn út í frá af með'.split(' '));

/**
 * In an "að" clause, a strong participle in "-ið" + an auxiliary (+ "verið") + a particle is an
 * impersonal passive ("að gripið verði til aðgerða" = that action be taken; "að farið hefði
 * verið að lögum", "að kosið verði til Alþingis"), not a noun with its article ("grip" + ið) or
 * an adjective, which has a participle or adjective after its auxiliary instead ("að málið
 * verði skoðað"). So too a weak one in "-að" ("að byrjað sé á stofnbrautum", not byrjaður).
 */
export function applyImpersonalParticipleInClause(toks: WorkToken[], i: number): void {
  const t = toks[i];
  // (Whatever leads now: "að" read as a preposition later favours a nominal after it.)
  if (!/(?:ið|að)$/u.test(t.lower) || !hasPos(t, 'verb') || !(hasPos(t, 'noun') || hasPos(t, 'adjective'))) return;
  if (wordAt(toks, i, i - 1)?.lower !== 'að') return;
  const aux = wordAt(toks, i, i + 1);
  // "að farið hefði verið að lögum": a perfect auxiliary, then "verið", then the particle.
  let particle = wordAt(toks, i, i + 2);
  if (particle?.lower === 'verið') particle = wordAt(toks, i, i + 3);
  if (!aux || !CLAUSE_IMPERSONAL_AUX.has(aux.lower) || !particle || !IMPERSONAL_PARTICLES.has(particle.lower)) return;
  boost(t, (r) => r.pos === 'verb', 2, 'impersonal participle in an "að" clause, before its auxiliary and particle');
}

/** Conjunctions after which a clause's subject comes first ("ef byggð eigi að haldast …"). */
const SUBJECT_FIRST_AFTER = new Set('ef þegar þótt nema uns meðan hvort'.split(' '));
/** Finite forms (mostly subjunctive) that follow a subject in such a clause. */
const CLAUSE_FINITE = new Set('eigi ætti á er sé var væri verði yrði hafi hefði muni myndi geti gæti þurfi þyrfti megi mætti skuli'.split(' '));

/**
 * "ef byggð eigi að haldast": after a subordinating conjunction a noun/participle homograph
 * right before a finite verb is the subject noun (settlement), not a participle: a participle
 * there would need its auxiliary first ("ef byggð hefur verið").
 */
export function applySubjectAfterConjunction(toks: WorkToken[], i: number): void {
  const t = toks[i];
  // Likewise a noun/adjective homograph before a verb: "þegar ljós slokknuðu" (lights, not
  // "clear").
  if (best(t)?.pos === 'adjective' && hasPos(t, 'noun') && SUBJECT_FIRST_AFTER.has(wordAt(toks, i, i - 1)?.lower ?? '')) {
    const v = wordAt(toks, i, i + 1);
    if (v && best(v)?.pos === 'verb' && !hasPos(v, 'noun')) boost(t, (r) => r.pos === 'noun', 1.5, 'subject noun after a conjunction, before its verb');
    return;
  }
  if (t.readings.length < 2 || !hasPos(t, 'noun') || best(t)?.pos !== 'verb') return;
  const p = wordAt(toks, i, i - 1);
  // (Or at the start of a sentence: "Selur sást í Elliðaánum" = a seal was seen.)
  if (p ? !SUBJECT_FIRST_AFTER.has(p.lower) : !t.sentenceInitial) return;
  const n = wordAt(toks, i, i + 1);
  // (A finite middle voice as well: "þegar selur sást", not the verb selja.)
  const middleFinite = !!n && n.lower.endsWith('st') && best(n)?.pos === 'verb' && best(n)!.lemma !== n.lower && !hasPos(n, 'noun');
  // (At a sentence's start only before a middle voice: "Gert er ráð fyrir" keeps its verb.)
  if (!n || (!CLAUSE_FINITE.has(n.lower) && !middleFinite) || (!p && !middleFinite)) return;
  // An impersonal passive: "ef fallið verði frá …" (if it is abandoned).
  if (/(?:ið|að)$/u.test(t.lower) && IMPERSONAL_PARTICLES.has(wordAt(toks, i, i + 2)?.lower ?? '')) return;
  boost(t, (r) => r.pos === 'noun', 1.5, 'subject noun after a conjunction, before its finite verb');
}

/**
 * "Göngur og réttir fóru fram": a noun/verb homograph after a clause-initial noun and
 * "og"/"eða", right before a verb, is the second noun of a coordinated subject (réttir =
 * round-ups), not a verb.
 */
export function applyCoordinatedSubject(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || !hasPos(t, 'noun') || best(t)?.pos !== 'verb') return;
  const p = wordAt(toks, i, i - 1);
  if (!p || (p.lower !== 'og' && p.lower !== 'eða')) return;
  const pp = wordAt(toks, i, i - 2);
  if (!pp || best(pp)?.pos !== 'noun' || hasPos(pp, 'verb')) return;
  // Only a subject that opens its sentence or clause: in "hefur áhrif á rennsli og getur aukið"
  // the "og" joins two verbs.
  const before = toks[i - 3];
  if (!pp.sentenceInitial && !(before && before.sentence === t.sentence && (before.raw.kind === 'punctuation' || SUBJECT_FIRST_AFTER.has(before.lower)))) return;
  const n = wordAt(toks, i, i + 1);
  if (!n || best(n)?.pos !== 'verb') return;
  boost(t, (r) => r.pos === 'noun', 1.5, 'second noun of a coordinated subject, before its verb');
}

/**
 * "Sýni sem tekið var …": a sentence-initial noun/verb homograph right before "sem" is the
 * noun the relative clause describes (sample), not an imperative or subjunctive (sýna).
 */
export function applyInitialNounBeforeRelative(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!t.sentenceInitial || best(t)?.pos !== 'verb' || !hasPos(t, 'noun')) return;
  if (wordAt(toks, i, i + 1)?.lower !== 'sem') return;
  boost(t, (r) => r.pos === 'noun', 2, 'sentence-initial noun before a relative "sem"');
}

/**
 * A headline with no finite verb ends in a participle: "Fjárhagsáætlun samþykkt" (budget
 * approved), "Vopnahlé rofið" (ceasefire broken), "Rannsókn á skotárás lokið" — not the nouns
 * samþykkt (resolution), rof, lok. Short sentences only (at most six words, no comma).
 */
export function applyHeadlineParticiple(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (t.readings.length < 2 || best(t)?.pos === 'verb' || !/(?:ð|t|d|ið|inn|in|ir|ar|ur)$/u.test(t.lower)) return;
  if (!t.readings.some((r) => r.pos === 'verb' && r.lemma !== t.lower)) return;
  // The last word of its sentence, or of a headline's noun phrase before a preposition
  // ("Fjárhagsáætlun samþykkt með minnsta meirihluta"): a headline has no full stop and no verb.
  const after = toks[i + 1];
  if (after && after.sentence === t.sentence && after.raw.kind === 'word') {
    if (best(after)?.pos !== 'preposition') return;
    let k = i + 1;
    for (; k < toks.length && toks[k].sentence === t.sentence; k++) {
      const w = toks[k];
      if (w.raw.kind === 'word' && best(w)?.pos === 'verb') return;
      if (w.raw.kind === 'punctuation' && /^[.!?,]$/u.test(w.raw.text)) return;
    }
  }
  let words = 0;
  for (let k = i - 1; k >= 0 && toks[k].sentence === t.sentence; k--) {
    const w = toks[k];
    if (w.raw.kind === 'punctuation' && w.raw.text === ',') return;
    if (w.raw.kind !== 'word') continue;
    words++;
    if (best(w)?.pos === 'verb') return;
  }
  if (words === 0 || words > 5) return;
  boost(t, (r) => r.pos === 'verb' && r.lemma !== t.lower, 1.5, 'participle ending a headline with no finite verb');
}
