/**
 * Working state of the analyser while it ranks readings in context, and small helpers the rules
 * share. Rules add to a reading's score and record why (for tests and debugging).
 */
import type { PartOfSpeech } from '../types.ts';
import type { RawToken } from '../tokenize/index.ts';
import type { Reading } from './lexicon.ts';

export interface Scored extends Reading {
  score: number;
  reasons: string[];
}

export interface WorkToken {
  raw: RawToken;
  /** Look-up form (NFC, no soft hyphens). */
  form: string;
  lower: string;
  sentence: number;
  /** First word of its sentence (or after an opening quote/colon/dash at its start). */
  sentenceInitial: boolean;
  readings: Scored[];
}

/** The word token right before `i` in the same sentence with nothing but spaces between. */
export function prevWord(toks: WorkToken[], i: number): WorkToken | undefined {
  const t = toks[i - 1];
  return t && t.raw.kind === 'word' && t.sentence === toks[i].sentence ? t : undefined;
}

/** The word token right after `i` in the same sentence with nothing but spaces between. */
export function nextWord(toks: WorkToken[], i: number): WorkToken | undefined {
  const t = toks[i + 1];
  return t && t.raw.kind === 'word' && t.sentence === toks[i].sentence ? t : undefined;
}

/** Whether a token after `i` in the same sentence passes `test` (stops at the sentence's end, so a long text costs no more). */
export function laterInSentence(toks: WorkToken[], i: number, test: (t: WorkToken) => boolean): boolean {
  for (let k = i + 1; k < toks.length && toks[k].sentence === toks[i].sentence; k++) if (test(toks[k])) return true;
  return false;
}

export function hasPos(t: WorkToken | undefined, pos: PartOfSpeech): boolean {
  return !!t && t.readings.some((r) => r.pos === pos);
}

export function onlyPos(t: WorkToken | undefined, ...pos: PartOfSpeech[]): boolean {
  return !!t && t.readings.length > 0 && t.readings.every((r) => pos.includes(r.pos));
}

export function hasLemma(t: WorkToken | undefined, lemma: string, pos?: PartOfSpeech): boolean {
  return !!t && t.readings.some((r) => r.lemma === lemma && (!pos || r.pos === pos));
}

/** The currently best reading (scores as they stand). */
export function best(t: WorkToken | undefined): Scored | undefined {
  if (!t || t.readings.length === 0) return undefined;
  let b = t.readings[0];
  for (const r of t.readings) if (r.score > b.score) b = r;
  return b;
}

/** Adds `amount` to every reading matching `pred`, recording `reason`. */
export function boost(t: WorkToken, pred: (r: Scored) => boolean, amount: number, reason: string): void {
  for (const r of t.readings) {
    if (pred(r)) {
      r.score += amount;
      r.reasons.push(`${reason} ${amount > 0 ? '+' : ''}${amount}`);
    }
  }
}

/** Whether the token is ambiguous between different lemmas or parts of speech. */
export function isAmbiguous(t: WorkToken): boolean {
  return t.readings.length > 1;
}

export const NOMINAL: PartOfSpeech[] = ['noun', 'adjective', 'pronoun', 'article', 'numeral', 'proper-noun'];

/**
 * Whether the word can start a noun phrase (any nominal reading; an unknown capitalised word is a
 * name). With `bestOnly`, only when its best reading so far is nominal.
 */
export function isNominalStart(t: WorkToken | undefined, bestOnly = false): boolean {
  if (!t) return false;
  if (t.readings.length === 0) return /^\p{Lu}/u.test(t.form);
  if (!bestOnly) return t.readings.some((r) => NOMINAL.includes(r.pos));
  const b = best(t);
  return !!b && NOMINAL.includes(b.pos);
}
