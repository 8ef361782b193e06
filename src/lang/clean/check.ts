/**
 * Invariants of a cleaned article, shared by the tests and the property tests: every paragraph
 * and removed block is a slice of the input, and putting title, removed blocks and paragraphs
 * back in order gives the input again (ignoring white space).
 */
import type { CleanedArticle } from './index.ts';

const squash = (s: string) => s.replace(/\s+/gu, '');

/** The article as a sequence of pieces in page order, removed blocks at their `at` places. */
export function reassemble(a: CleanedArticle): string[] {
  const out: string[] = [];
  const removed = [...a.removed];
  for (let i = 0; i <= a.paragraphs.length; i++) {
    for (const r of removed) if (r.at === i) out.push(r.text);
    if (i < a.paragraphs.length) out.push(a.paragraphs[i]);
  }
  return out;
}

/** Problems found (empty when the result is lossless). */
export function losslessProblems(input: string, a: CleanedArticle, titleFromText = true): string[] {
  const problems: string[] = [];
  for (const p of a.paragraphs) if (!input.includes(p)) problems.push(`paragraph not in input: ${p.slice(0, 60)}`);
  for (const r of a.removed) if (!input.includes(r.text)) problems.push(`removed block not in input: ${r.text.slice(0, 60)}`);
  const pieces = reassemble(a);
  const titleAt = titleFromText && a.title ? squash(input).indexOf(squash(a.title)) : -1;
  let rebuilt = squash(pieces.join(''));
  let expected = squash(input);
  if (titleAt >= 0) {
    // The title is not a removed block: take it out of the input where it was.
    expected = expected.slice(0, titleAt) + expected.slice(titleAt + squash(a.title).length);
  }
  if (rebuilt !== expected) {
    let k = 0;
    while (k < rebuilt.length && rebuilt[k] === expected[k]) k++;
    problems.push(`reassembled text differs at ${k}: …${expected.slice(Math.max(0, k - 40), k + 40)}… vs …${rebuilt.slice(Math.max(0, k - 40), k + 40)}…`);
  }
  rebuilt = '';
  return problems;
}
