/**
 * Case government: a form that can be a preposition is one when a nominal (noun, adjective,
 * pronoun, article, numeral, name) follows it; the word after a preposition is a nominal rather
 * than a verb ("á braut" = on orbit, not "broke").
 */
import { best, boost, hasPos, isNominalStart, NOMINAL, nextWord, onlyPos, prevWord, type WorkToken } from '../context.ts';
import { isClauseInitialSubject } from './pronounVerb.ts';


/** Boosts the preposition reading when a nominal follows, the adverb reading at clause end. */
export function applyPrepositionGovernment(toks: WorkToken[], i: number): void {
  const t = toks[i];
  if (!hasPos(t, 'preposition') || t.readings.length < 2) return;
  // Right after a clause-initial subject comes the finite verb ("Hann á stóran bíl").
  if (isClauseInitialSubject(toks, i - 1) && hasPos(t, 'verb')) return;
  const n = nextWord(toks, i);
  const after = toks[i + 1];
  if (n && isNominalStart(n) && !onlyPos(n, 'verb')) {
    boost(t, (r) => r.pos === 'preposition', 1.5, 'preposition before nominal');
  } else if (after && after.raw.kind === 'number') {
    boost(t, (r) => r.pos === 'preposition', 1.5, 'preposition before number');
  } else if (!n) {
    boost(t, (r) => r.pos === 'adverb', 1, 'particle at clause end');
  }
}

/** After a word that is (now) best read as a preposition, prefer nominal readings. */
export function applyNominalAfterPreposition(toks: WorkToken[], i: number): void {
  const t = toks[i];
  const p = prevWord(toks, i);
  if (!p || best(p)?.pos !== 'preposition' || !hasPos(t, 'verb')) return;
  if (!t.readings.some((r) => NOMINAL.includes(r.pos))) return;
  boost(t, (r) => NOMINAL.includes(r.pos), 1, 'nominal after preposition');
}
