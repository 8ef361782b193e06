/**
 * Hostile and malformed input through the import path, in Node (jsdom's DOMParser): how many
 * inputs were tried, how many crashed, the slowest one, how many took over 2 s, and whether any
 * payload survived into the kept text. Script execution itself is checked in real Chromium
 * (test/browser/safety.e2e.ts, import.e2e.ts); the unit fuzz suite checks the same properties
 * without timing (test/unit/fuzz/import.fuzz.test.ts).
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { cleanArticle } from '../../src/lang/clean';
import { extractFromHtml } from '../../src/lang/html';
import { jsdomParser } from '../../src/lang/html/node';
import { looksLikeHtml, validateTextInput } from '../../src/lang/text-input';
import type { BenchResult } from './types';

const MARK = 'PWNED_MARK';
const payloads = [
  `<script>window.${MARK}=1</script>`,
  `<img src=x onerror="window.${MARK}=1">`,
  `<a href="javascript:window.${MARK}=1">tengill</a>`,
  `<svg onload="window.${MARK}=1"><script>${MARK}</script></svg>`,
  `<iframe src="javascript:${MARK}"></iframe>`,
  `<p onclick="${MARK}()">smelltu</p>`,
  `<style>body{background:url(${MARK})}</style>`,
  `<object data="${MARK}.swf"></object>`,
];
const word = fc.constantFrom('Veðrið', 'er', 'gott', 'í', 'dag', 'og', 'ríkisstjórnin', 'fundaði', 'um', 'málið', 'á', 'Alþingi', 'hestinum', 'þyrping');
const sentence = fc.array(word, { minLength: 4, maxLength: 14 }).map((w) => `${w.join(' ')}.`);
const tag = fc.constantFrom('div', 'span', 'section', 'p', 'b', 'article');
const hostile = fc
  .tuple(fc.array(fc.tuple(sentence, fc.constantFrom(...payloads)), { minLength: 1, maxLength: 30 }), fc.boolean())
  .map(([parts, broken]) => {
    const body = parts.map(([s, p]) => `<p>${s}</p>${p}`).join('');
    const html = `<html><head><title>Frétt</title></head><body><article>${body}</article></body></html>`;
    return broken ? html.slice(0, Math.floor(html.length * 0.7)) : html;
  });
const deep = fc
  .tuple(fc.integer({ min: 200, max: 4000 }), tag, sentence)
  .map(([d, t, s]) => `<html><body>${`<${t}>`.repeat(d)}${s}${payloads[0]}${`</${t}>`.repeat(d)}</body></html>`);
const noise = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 500 }),
  fc.array(fc.oneof(sentence, fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))), { maxLength: 200 }).map((a) => a.join(' ')),
);
const huge = fc.integer({ min: 200_000, max: 1_900_000 }).map((n) => 'Veðrið í dag er gott og hlýtt. '.repeat(Math.ceil(n / 32)));

function importOnce(input: string, parser: DOMParser): string {
  const valid = validateTextInput(input);
  if (!valid.ok) return '';
  let text = input;
  let hints;
  if (looksLikeHtml(input)) {
    const ex = extractFromHtml(input, parser);
    if (!ex.ok) return '';
    text = ex.text;
    hints = ex.hints;
  }
  const c = cleanArticle(text, hints);
  return [c.title, c.author, c.caption, ...c.paragraphs, ...c.removed.map((r) => r.text)].join('\n');
}

export function importFuzz(seed = 20261125): BenchResult[] {
  const parser = jsdomParser();
  const inputs = [
    ...fc.sample(hostile, { numRuns: 120, seed }),
    ...fc.sample(deep, { numRuns: 12, seed }),
    ...fc.sample(noise, { numRuns: 120, seed }),
    ...fc.sample(huge, { numRuns: 4, seed }),
  ];
  let crashes = 0;
  let slow = 0;
  let leaks = 0;
  let slowest = 0;
  let slowestWhat = '';
  for (const input of inputs) {
    const t0 = performance.now();
    try {
      const kept = importOnce(input, parser);
      if (kept.includes(MARK) || /<\s*(script|iframe|img|svg|object)\b/i.test(kept)) leaks++;
    } catch {
      crashes++;
    }
    const ms = performance.now() - t0;
    if (ms > slowest) {
      slowest = ms;
      slowestWhat = `${input.length} chars, ${looksLikeHtml(input) ? 'HTML' : 'text'}, starting “${input.slice(0, 40).replace(/[\u0000-\u001f]/g, '·')}…”`;
    }
    if (process.env.FUZZ_TRACE && ms > 2000) console.log(Math.round(ms), slowestWhat);
    if (ms > 2000) slow++;
  }
  return [
    { name: 'import fuzz: inputs tried', value: inputs.length, unit: 'inputs', note: 'hostile HTML (script, on*, javascript:, svg, iframe, style, object; some cut off), nesting 200–4000 deep, random Unicode/control/lone surrogates, 0.2–1.9 MB texts; fixed seed' },
    { name: 'import fuzz: crashes', value: crashes, unit: '', target: '= 0', limit: { max: 0 } },
    { name: 'import fuzz: payload text or tags kept', value: leaks, unit: '', target: '= 0', limit: { max: 0 } },
    { name: 'import fuzz: inputs over 2 s', value: slow, unit: '', target: '= 0', limit: { max: 0 } },
    { name: 'import fuzz: slowest input', value: Math.round(slowest), unit: 'ms', target: '≤ 2000 ms', limit: { max: 2000 }, note: slowestWhat },
  ];
}
