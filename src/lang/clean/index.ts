/**
 * Cleaner for scraped Icelandic news pages pasted as plain text.
 *
 * What a learner copies from a news site is rarely just the article: section names, the byline,
 * the photo caption and credit, "Sjá einnig:" links inside the body, tags, "Mest lesið" and
 * "Fleiri fréttir" lists of other headlines glued to section names, "Sjá meira", share and cookie
 * buttons — and often the whole body a second time. `cleanArticle` separates the article from all
 * that using general signals:
 *
 * - shape: sentences end in punctuation, headlines and tags do not; tags are runs of capitalised
 *   names; bylines are a name (given names + patronymic) before "skrifar" or a date with a time;
 * - furniture vocabulary of Icelandic news sites (see `lexicon.ts`);
 * - repetition: a sentence or paragraph seen before is a copy;
 * - position: what comes after the last article sentence and is not a sentence is furniture.
 *
 * Every paragraph and removed block is an exact slice of the input, so restoring a removed block
 * puts back exactly what was there. A body that came as one long line is split into paragraphs
 * at sentence boundaries.
 */
import { findHeader, creditAt, isHeadlineShaped, namesIn, nameEndingAt, type Span } from './header.ts';
import { parseDateHint, findDates } from './dates.ts';
import {
  PATRONYMIC,
  CATEGORY_WORDS,
  COOKIE_BUTTONS,
  isCookieText,
  FUNCTION_WORDS,
  FURNITURE_PATTERNS,
  FURNITURE_WORDS,
  READ_MORE,
  SHARE_WORDS,
  SITE_SIGNALS,
} from './lexicon.ts';
import { copyUnit, isCap, isLower, isTerminated, lineUnits, oncePerText, repeatKey, splitLines, wordsIn, type Unit } from './units.ts';

export type RemovedReason =
  | 'duplicate'
  | 'headline-list'
  | 'category-label'
  | 'tag-line'
  | 'related-link'
  | 'read-more'
  | 'share'
  | 'cookie'
  | 'caption'
  | 'byline'
  | 'furniture'
  | 'empty';

export interface RemovedBlock {
  text: string;
  reason: RemovedReason;
  /** index in `paragraphs` before which the block would go back if the user restores it */
  at: number;
}

export interface CleanHints {
  title?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  site?: string | null;
}

export interface CleanedArticle {
  title: string;
  author: string | null;
  /** ISO local "2024-10-25T09:44" */
  publishedAt: string | null;
  site: string | null;
  caption: string | null;
  paragraphs: string[];
  removed: RemovedBlock[];
}

/** A line longer than this holding several sentences is a body pasted as one line: split it. */
const LONG_LINE = 1000;
/** Target paragraph length when splitting a one-line body. */
const PARAGRAPH_CHARS = 350;

const phraseSet = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
const CATEGORY = phraseSet(CATEGORY_WORDS);
const SHARE = phraseSet(SHARE_WORDS);
const COOKIE_BTN = phraseSet(COOKIE_BUTTONS);
const FURNITURE = phraseSet(FURNITURE_WORDS);
const READ_MORE_SET = phraseSet(READ_MORE);
/** Any furniture phrase at all (menus of section names, share and read-more buttons). */
const ANY_FURNITURE = new Set([...FURNITURE, ...CATEGORY, ...SHARE, ...READ_MORE_SET]);

/** Lower-case words of `s` for `onlyPhrases`, separators such as "|", "·", "•" and "/" left out. */
function phraseWords(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[\s|·•/,]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}©]+|[^\p{L}\p{N}.]+$/gu, ''))
    .filter(Boolean);
}

/**
 * Whether `s` (or its `phraseWords`) consists only of phrases from `set` (longest match first,
 * up to three words a phrase).
 */
function onlyPhrases(s: string | string[], set: Set<string>): boolean {
  const words = typeof s === 'string' ? phraseWords(s) : s;
  if (words.length === 0) return false;
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      if (set.has(words.slice(i, i + n).join(' '))) {
        matched = n;
        break;
      }
    }
    if (!matched) return false;
    i += matched;
  }
  return true;
}


const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;

function capsRatio(text: string, u: Span): number {
  const words = wordsIn(text, u.start, u.end).filter((w) => !FUNCTION_WORDS.has(w.text));
  if (words.length === 0) return 0;
  return words.filter((w) => isCap(w.text) || /^\d/.test(w.text)).length / words.length;
}

/**
 * "Sjá einnig: <headline> <next sentence>": where the linked headline ends. Scrapes lose the
 * line break after the link, so the headline runs into the next body sentence. Candidates are
 * capitalised words; a headline does not end in a function word, a sentence rarely starts inside
 * a run of capitalised words, and names used elsewhere in the article are more likely to be in
 * the middle of a sentence than to start one.
 */
function relatedLinkEnd(text: string, u: Unit, docNames: Set<string>, docStarters: Set<string>, knownKeys: Set<string>): number {
  const s = text.slice(u.start, u.end);
  if (!isTerminated(s)) return u.end;
  // A headline may itself end in "?" or "!": then cut only at a clear sentence start.
  const question = /[?!]["”“»']*$/u.test(s.trim());
  const words = wordsIn(text, u.markerEnd ?? u.start, u.end);
  let best = -1;
  let bestScore = -Infinity;
  // With a question mark the whole may be a headline: cut only if some capital is not a name.
  let plainStart = false;
  for (let k = 1; k < words.length; k++) {
    const w = words[k].text;
    const gap = text.slice(words[k - 1].end, words[k].start);
    const quoted = /[„"“«]\s*$/u.test(gap);
    if (!isCap(w) && !/^\d/.test(w) && !quoted) continue;
    if (/[,;:]/u.test(gap)) continue;
    const prev = words[k - 1].text;
    const rest = words.length - k;
    if (question && (k < 2 || rest < 4)) continue;
    if (!docNames.has(w) && !/^\p{Lu}{2,}$/u.test(w)) plainStart = true;
    let score = 0;
    if (FUNCTION_WORDS.has(prev.toLowerCase()) && isLower(prev)) score -= 5;
    if (isCap(prev)) score -= 1;
    // A headline does not end in a full stop. A full stop here is one the sentence splitter did
    // not end the sentence at ("… 839 kr. Akureyri …"): a cut after it would take the start of
    // the next sentence into the link.
    if (/\.$/u.test(prev) || gap.includes('.')) score -= 3;
    if (words[k + 1] && isCap(words[k + 1].text)) score -= 0.5;
    // The same sentence stands on its own elsewhere on the page (a repeated body).
    if (knownKeys.has(repeatKey(text.slice(words[k].start, u.end)))) score += 10;
    // Names of this article are more often inside a sentence than at its start, unless the
    // article's sentences often start with them.
    if (docNames.has(w)) score -= docStarters.has(w) ? 0.5 : 2;
    else if (docStarters.has(w)) score += 0.3;
    // A quotation opened in the headline part and not closed: the cut is inside a quotation.
    // A capitalised word inside the headline part that is not a name of the article can only be
    // a sentence start: the cut should be there or before.
    for (let h = 1; h < k; h++) {
      const hw = words[h].text;
      if (isCap(hw) && !docNames.has(hw)) score -= docStarters.has(hw) ? 0.5 : 1.5;
    }
    const head = text.slice(u.markerEnd ?? u.start, words[k].start).replace(/[„"“«\s]+$/u, '');
    if ((head.match(/„/gu)?.length ?? 0) > (head.match(/“/gu)?.length ?? 0)) score -= 3;
    if (/^\p{Lu}{2,}$/u.test(w)) score -= 1;
    if (/^\d/.test(w)) score -= 1.5;
    if (quoted) score += 1;
    if (words[k + 1] && isLower(words[k + 1].text)) score += 0.5;
    if (rest < 3) score -= 3;
    if (k < 3) score -= 0.5;
    if (k > 9) score -= (k - 9) * 0.4;
    score -= Math.abs(k - 7) * 0.01;
    if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  }
  if (best < 0 || (question && !plainStart)) return u.end;
  let start = words[best].start;
  // Keep an opening quote with the sentence it opens.
  while (start > u.start && /[„"“«]/u.test(text[start - 1])) start--;
  return start;
}

/** A list heading glued to the next sentence: cut after the last section name, if one is there. */
function listEnd(text: string, u: Unit): number {
  // Headlines may end in "?" or "!", a running sentence in a full stop.
  if (!/\.[”“"’'»)\]]*$/u.test(text.slice(u.start, u.end))) return u.end;
  const words = wordsIn(text, u.markerEnd ?? u.start, u.end);
  for (let k = words.length - 5; k >= 1; k--) {
    if (CATEGORY.has(words[k - 1].text.toLowerCase()) && isCap(words[k - 1].text) && isCap(words[k].text)) {
      return words[k].start;
    }
  }
  return u.end;
}

function splitUnit(units: Unit[], i: number, at: number, text: string): void {
  const u = units[i];
  let s2 = at;
  while (s2 < u.end && /\s/u.test(text[s2])) s2++;
  let e1 = at;
  while (e1 > u.start && /\s/u.test(text[e1 - 1])) e1--;
  if (s2 >= u.end || e1 <= u.start) return;
  const rest: Unit = { start: s2, end: u.end, line: u.line, reason: null };
  u.end = e1;
  units.splice(i + 1, 0, rest);
}

/** What a unit of text `s` is by its words alone (a pure function of `s`: see `oncePerText`). */
function classifyPlain(s: string): Unit['reason'] {
  const words = wordsIn(s, 0, s.length);
  if (words.length <= 80 && isCookieText(s)) return 'cookie';
  // (Split once for the phrase checks below; none of them applies to more than 12 words.)
  const phrases = words.length <= 12 ? phraseWords(s) : [];
  if (words.length <= 6 && onlyPhrases(phrases, COOKIE_BTN) && /^(?:Samþykkja|Hafna|Leyfa|Vista|Accept|Reject)/iu.test(s)) return 'cookie';
  if (words.length <= 6 && onlyPhrases(phrases, READ_MORE_SET)) return 'read-more';
  if (words.length <= 12 && onlyPhrases(phrases, SHARE)) return 'share';
  if (words.length <= 8 && onlyPhrases(phrases, CATEGORY)) return 'category-label';
  if (words.length <= 12 && onlyPhrases(phrases, ANY_FURNITURE)) return 'furniture';
  if (words.length <= 40 && FURNITURE_PATTERNS.some((p) => p.test(s))) return 'furniture';
  // "Jón Jónsson jonj@mbl.is", "Uppfært 25. október 2024 10:15"
  if (words.length <= 8 && EMAIL_RE.test(s)) return 'byline';
  const dates = findDates(s);
  if (dates.length && words.length <= 10) {
    const rest = s.slice(0, dates[0].start) + s.slice(dates[0].end);
    if (wordsIn(rest, 0, rest.length).every((w) => isCap(w.text) || /^(?:kl|og|skrifar|uppfært)$/iu.test(w.text))) return 'byline';
  }
  return null;
}

/** A line holding only a person's name (the author at the end of an article). */
function isNameOnly(text: string, u: Unit, units: Unit[]): boolean {
  const s = text.slice(u.start, u.end);
  const words = wordsIn(text, u.start, u.end).filter((w) => !EMAIL_RE.test(w.text));
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => isCap(w.text) && !/\d/.test(w.text))) return false;
  const i = units.indexOf(u);
  const nextEmail = [units[i + 1], units[i - 1]].some((v) => v && EMAIL_RE.test(text.slice(v.start, v.end)) && wordsIn(text, v.start, v.end).length <= 2);
  return EMAIL_RE.test(s) || nextEmail || PATRONYMIC.test(words[words.length - 1].text);
}

const TAG_MARKER = /^(?:Efnisorð|Merki|Merkingar|Flokkar|Tags|Efni greinar)\s*:?$/u;

export function cleanArticle(text: string, hints: CleanHints = {}): CleanedArticle {
  const lines = splitLines(text);
  // Both depend only on a unit's characters: computed once per distinct sentence.
  const keyOf = oncePerText(repeatKey);
  const classify = oncePerText(classifyPlain);
  // Names used in running sentences of the article, for telling names from sentence starts.
  const sentenceSpans: Span[] = [];
  const allUnits: Unit[] = [];
  const unitsOfLine = lines.map((l, i) => lineUnits(text, l, i));
  for (const lu of unitsOfLine) for (const u of lu) allUnits.push(u);
  for (const [i, u] of allUnits.entries()) {
    if (u.marker || !isTerminated(text.slice(u.start, u.end))) continue;
    // The head of a one-line page (title, byline, caption) is not a sentence.
    if (i < 3 && findDates(text.slice(u.start, Math.min(u.end, u.start + 600))).length) continue;
    sentenceSpans.push(u);
  }
  const docNames = namesIn(text, sentenceSpans);
  const knownKeys = new Set(allUnits.filter((u) => !u.marker).map((u) => keyOf(text.slice(u.start, u.end))));
  // Words that start sentences of the article.
  const docStarters = new Set<string>();
  const firstWord = oncePerText((s) => wordsIn(s, 0, s.length)[0]?.text);
  for (const sp of sentenceSpans) {
    const w = firstWord(text.slice(sp.start, Math.min(sp.end, sp.start + 40)));
    if (w && isCap(w)) docStarters.add(w);
  }

  const header = findHeader(text, lines, hints.title?.trim() || null, docNames, knownKeys);
  const units: Unit[] = [];
  const headerUnit = (sp: Span | null, reason: Unit['reason']) => {
    if (sp && sp.end > sp.start) units.push({ start: sp.start, end: sp.end, line: -1, reason, own: true });
  };
  // The region before the title: menus and section names, one unit per line or sentence.
  if (header.before) {
    for (const u of allUnits) {
      if (u.start >= header.before.end) break;
      const end = Math.min(u.end, header.before.end);
      const piece = copyUnit(u, end);
      piece.reason = classify(text.slice(piece.start, piece.end)) ?? 'furniture';
      piece.marker = undefined;
      if (piece.reason !== 'category-label' && onlyPhrases(text.slice(piece.start, piece.end), CATEGORY)) piece.reason = 'category-label';
      units.push(piece);
    }
  }
  const headerSpans: [Span | null, Unit['reason'] | 'title'][] = [
    [header.title, 'title'],
    [header.byline, 'byline'],
    [header.caption, 'caption'],
    [header.credit, 'caption'],
  ];
  headerSpans.sort((a, b) => (a[0]?.start ?? 0) - (b[0]?.start ?? 0));
  // Anything between header parts that belongs to none of them ("|", a section name).
  let cursor = header.before?.end ?? 0;
  for (const [sp, reason] of headerSpans) {
    if (!sp) continue;
    const gap = text.slice(cursor, sp.start);
    if (gap.trim() && sp.start > cursor) {
      const g = { start: cursor + (gap.length - gap.trimStart().length), end: sp.start - (gap.length - gap.trimEnd().length) };
      const piece: Unit = { start: g.start, end: g.end, line: -1, reason: null };
      piece.reason = classify(text.slice(piece.start, piece.end)) ?? (isHeadlineShaped(text.slice(g.start, g.end)) ? 'furniture' : null);
      if (piece.reason) units.push(piece);
      else for (const u of allUnits) if (u.start >= g.start && u.end <= g.end) units.push(copyUnit(u));
    }
    if (reason === 'title') units.push({ start: sp.start, end: sp.end, line: -1, reason: null, own: true, copyOf: -2 });
    else headerUnit(sp, reason as Unit['reason']);
    cursor = Math.max(cursor, sp.end);
  }
  let bodyStart = Math.max(cursor, header.bodyStart);
  // "Innlent | mbl | 3.9.2024 | 7:12 Strætó fjölgar ferðum Strætó ætlar að …": on a one-line
  // page whose byline comes first, the headline runs into the first sentence. Cut it off where a
  // sentence most likely starts (the same reasoning as for "Sjá einnig:" links).
  if (!header.title && header.byline && !hints.title && bodyStart === header.byline.end) {
    const li = lines.findIndex((l) => l.start <= bodyStart && bodyStart < l.end);
    const first = li >= 0 ? lineUnits(text, lines[li], li, bodyStart)[0] : undefined;
    if (first && !first.marker && isTerminated(text.slice(first.start, first.end)) && wordsIn(text, first.start, first.end).length > 8) {
      const cut = relatedLinkEnd(text, { ...first, markerEnd: first.start }, docNames, docStarters, knownKeys);
      const titleWords = wordsIn(text, first.start, cut).length;
      if (cut < first.end && titleWords >= 3 && titleWords <= 16) {
        let e = cut;
        while (e > first.start && /\s/u.test(text[e - 1])) e--;
        header.title = { start: first.start, end: e };
        units.push({ start: first.start, end: e, line: -1, reason: null, own: true, copyOf: -2 });
        bodyStart = cut;
      }
    }
  }
  // The body: the rest of the header's line, then every following line.
  lines.forEach((l, i) => {
    if (l.end <= bodyStart) return;
    // (A whole line is cut as before: copies of its units, which the steps below change.)
    if (l.start >= bodyStart) for (const u of unitsOfLine[i]) units.push(copyUnit(u));
    else for (const u of lineUnits(text, l, i, bodyStart)) units.push(u);
  });
  const isTitle = (u: Unit) => u.copyOf === -2;

  // 1. Markers and furniture vocabulary.
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.reason || isTitle(u) || u.line < 0) continue;
    if (u.marker === 'related') {
      const end = relatedLinkEnd(text, u, docNames, docStarters, knownKeys);
      if (end < u.end) splitUnit(units, i, end, text);
      u.reason = 'related-link';
    } else if (u.marker === 'list') {
      const end = listEnd(text, u);
      if (end < u.end) splitUnit(units, i, end, text);
      u.reason = 'headline-list';
    } else if (u.marker === 'read-more') {
      u.reason = 'read-more';
    } else {
      u.reason = classify(text.slice(u.start, u.end));
    }
  }
  // Photo captions inside the body: a sentence followed by a credit ("… í gær. Vísir/Vilhelm").
  const captionUnits: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.reason || isTitle(u) || u.line < 0) continue;
    const lineEnd = lines[u.line].end;
    const end = creditAt(text, u.start, u.end === lineEnd ? lineEnd : u.end, true, docNames, knownKeys);
    if (end < 0) continue;
    if (end < u.end) splitUnit(units, i, end, text);
    u.reason = 'caption';
    const prev = units[i - 1];
    if (prev && !prev.reason && prev.line === u.line && wordsIn(text, prev.start, prev.end).length <= 35 && !isTitle(prev)) {
      const prevPrev = units[i - 2];
      // Only when the caption stands apart: at a line start or after other furniture.
      if (!prevPrev || prevPrev.line !== u.line || prevPrev.reason) {
        prev.reason = 'caption';
        captionUnits.push(prev);
      }
    }
  }

  // Lists laid out one headline a line: the heading takes the headlines, numbers and section
  // names under it; "Efnisorð"/"Merki" takes the tags under it.
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const tagHead = (!u.reason || u.reason === 'furniture') && TAG_MARKER.test(text.slice(u.start, u.end));
    if (tagHead) u.reason = 'tag-line';
    if (!(u.reason === 'headline-list' && u.marker === 'list') && !tagHead) continue;
    const reason = u.reason;
    let j = i + 1;
    for (; j < units.length; j++) {
      const v = units[j];
      if (v.line < 0) break;
      const s = text.slice(v.start, v.end);
      if (/[|·•©]/u.test(s)) break;
      const words = wordsIn(text, v.start, v.end);
      if (v.line === units[j - 1].line) {
        // One-line scrapes: the list goes on while the pieces are headlines ("… í dag? Innlent …").
        if (reason !== 'headline-list' || v.reason) break;
        const startsWithLabel = words.length > 1 && CATEGORY.has(words[0].text.toLowerCase()) && isCap(words[1].text);
        if (!isTerminated(s) || /[?!]["”“»']*$/u.test(s) || startsWithLabel) {
          v.reason = reason;
          continue;
        }
        break;
      }
      const item =
        (!v.reason || v.reason === 'category-label' || (v.reason === 'furniture' && words.length <= 2)) &&
        (reason === 'tag-line'
          ? words.length <= 4 && !isTerminated(s) && capsRatio(text, v) >= 0.5
          : /^\d{1,2}\.?$/u.test(s) || (words.length <= 22 && (!isTerminated(s) || (/[?!]["”“»']*$/u.test(s) && words.length <= 15))));
      if (!item) break;
      v.reason = reason;
    }
    i = j - 1;
  }

  // 2. Repeats: a sentence or line seen before is a copy (near-exact: same letters and digits).
  const seen = new Map<string, number>();
  const titleKey = header.title ? repeatKey(text.slice(header.title.start, header.title.end)) : hints.title ? repeatKey(hints.title) : '';
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (isTitle(u)) continue;
    const key = keyOf(text.slice(u.start, u.end));
    if (!key) {
      if (!u.reason) u.reason = 'empty';
      continue;
    }
    if (titleKey && key === titleKey && !u.reason) {
      u.reason = 'duplicate';
      continue;
    }
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      continue;
    }
    if (u.reason && u.reason !== units[first].reason) continue;
    const shortSentence = key.split(' ').length < 4;
    if (!u.reason && shortSentence) {
      // A short repeat counts only next to other repeats ("Já." twice in an interview stays).
      const prev = units[i - 1];
      const next = units[i + 1];
      const nearCopies = (prev && prev.copyOf !== undefined) || (next && seen.has(keyOf(text.slice(next.start, next.end))));
      if (!nearCopies) continue;
    }
    u.copyOf = first;
    if (!u.reason) u.reason = 'duplicate';
  }
  // Near-exact copies of long sentences (a changed word or two).
  nearCopies(text, units, keyOf);

  // 3. Shape: what is not a sentence and sits outside the article's run of sentences.
  const isBody = (u: Unit) => !u.reason && !isTitle(u) && u.line >= 0;
  const bodyIdx = units.map((u, i) => (isBody(u) && isTerminated(text.slice(u.start, u.end)) ? i : -1)).filter((i) => i >= 0);
  const firstBody = bodyIdx[0] ?? units.length;
  const lastBody = bodyIdx[bodyIdx.length - 1] ?? -1;
  const oneLine = lines.length <= 3 || lines.some((l) => l.end - l.start > LONG_LINE);
  for (let i = 0; i < units.length; ) {
    if (!isBody(units[i]) || isTerminated(text.slice(units[i].start, units[i].end))) {
      i++;
      continue;
    }
    let j = i;
    while (j < units.length && isBody(units[j]) && !isTerminated(text.slice(units[j].start, units[j].end))) j++;
    const run = units.slice(i, j);
    const outside = i > lastBody || j <= firstBody;
    const totalWords = run.reduce((n, u) => n + wordsIn(text, u.start, u.end).length, 0);
    const shortCapsRun = run.length >= 2 && run.every((u) => wordsIn(text, u.start, u.end).length <= 4 && capsRatio(text, u) >= 0.6);
    for (const u of run) {
      const s = text.slice(u.start, u.end);
      const words = wordsIn(text, u.start, u.end);
      const caps = capsRatio(text, u);
      if (outside && isNameOnly(text, u, units)) u.reason = 'byline';
      else if (outside && /[|·•]/u.test(s)) u.reason = 'furniture';
      else if (caps >= 0.6 && (words.length >= 2 || shortCapsRun) && (outside || run.length >= 3 || oneLine)) u.reason = 'tag-line';
      else if (run.length >= 3 || (outside && (oneLine || totalWords >= 12 || !isHeadlineShaped(s)))) u.reason = 'headline-list';
      else if (outside && words.length <= 3) u.reason = 'furniture';
      else if (oneLine && words.length > 25) u.reason = 'headline-list';
    }
    i = j;
  }
  // A section name right after tags is one of the tags.
  for (let i = 1; i < units.length; i++) {
    if (units[i].reason === 'category-label' && units[i - 1].reason === 'tag-line' && units[i].line !== units[i - 1].line) units[i].reason = 'tag-line';
  }
  // Copies of furniture carry the furniture's reason.
  for (const u of units) if (u.copyOf !== undefined && u.copyOf >= 0 && units[u.copyOf].reason && units[u.copyOf].reason !== 'duplicate') u.reason = units[u.copyOf].reason;

  // 4. Assemble paragraphs (slices of the original) and removed blocks.
  const paragraphs: string[] = [];
  const removed: RemovedBlock[] = [];
  let open: { start: number; end: number; line: number; sentences: Span[] } | null = null;
  const flush = () => {
    if (!open) return;
    for (const p of groupParagraph(text, open.start, open.end, open.sentences)) paragraphs.push(p);
    open = null;
  };
  let lastRemoved: (RemovedBlock & { start: number; end: number; own: boolean }) | null = null;
  for (const u of units) {
    if (isTitle(u)) continue;
    if (!u.reason) {
      if (open && open.line === u.line) {
        open.end = u.end;
        open.sentences.push(u);
      } else {
        flush();
        open = { start: u.start, end: u.end, line: u.line, sentences: [u] };
      }
      lastRemoved = null;
      continue;
    }
    flush();
    const own = !!u.own || u.reason === 'caption';
    if (lastRemoved && lastRemoved.reason === u.reason && !own && !lastRemoved.own && lastRemoved.at === paragraphs.length) {
      lastRemoved.text = text.slice(lastRemoved.start, u.end);
      lastRemoved.end = u.end;
      continue;
    }
    const block: RemovedBlock & { start: number; end: number; own: boolean } = { text: text.slice(u.start, u.end), reason: u.reason, at: paragraphs.length, start: u.start, end: u.end, own };
    removed.push(block);
    lastRemoved = block;
  }
  flush();

  const firstCaption = header.caption ?? captionUnits.find((u) => u.reason === 'caption') ?? null;
  const caption = firstCaption ? text.slice(firstCaption.start, firstCaption.end) : null;
  const title = hints.title?.trim() || (header.title ? text.slice(header.title.start, header.title.end) : '');
  let author = hints.author?.trim() || (header.author ? text.slice(header.author.start, header.author.end) : null);
  if (!author) {
    // An author line elsewhere ("Anna Jónsdóttir annajons@mbl.is" at the end of the article).
    for (const u of units) {
      if (u.reason !== 'byline' || u === units.find((x) => x.start === header.byline?.start)) continue;
      if (isNameOnly(text, u, units)) {
        author = text.slice(u.start, u.end).replace(EMAIL_RE, '').trim();
        break;
      }
      const words = wordsIn(text, u.start, u.end).filter((w) => !EMAIL_RE.test(w.text));
      let last = words.length - 1;
      while (last >= 0 && !isCap(words[last].text)) last--;
      const n = last >= 0 ? nameEndingAt(words, last) : null;
      if (n) {
        author = text.slice(words[n.first].start, words[last].end);
        break;
      }
    }
  }
  const publishedAt = parseDateHint(hints.publishedAt) ?? header.date?.iso ?? null;
  let site = hints.site?.trim() || null;
  if (!site) {
    const furniture = removed.map((r) => r.text).join('\n');
    site = SITE_SIGNALS.find(([re]) => re.test(furniture))?.[1] ?? null;
    site ??= /(?:^|\n)(Vísir|mbl\.is|RÚV|DV|Heimildin|Fréttablaðið|Kjarninn|Morgunblaðið)(?:\n|$)/u.exec(furniture)?.[1] ?? null;
  }
  return {
    title,
    author,
    publishedAt,
    site,
    caption,
    paragraphs,
    removed: removed.map(({ text: t, reason, at }) => ({ text: t, reason, at })),
  };
}

/** Shingles of four words, for near-copies of long sentences. */
function nearCopies(text: string, units: Unit[], keyOf: (s: string) => string): void {
  const index = new Map<string, number[]>();
  const sizes = new Map<number, number>();
  const shingles = (key: string) => {
    const w = key.split(' ');
    const out: string[] = [];
    for (let i = 0; i + 4 <= w.length; i++) out.push(w.slice(i, i + 4).join(' '));
    return out;
  };
  units.forEach((u, i) => {
    // Units already removed (exact duplicates included) are neither checked nor indexed.
    if (u.copyOf === -2 || u.reason) return;
    const sh = [...new Set(shingles(keyOf(text.slice(u.start, u.end))))];
    if (sh.length < 6) return;
    const counts = new Map<number, number>();
    for (const s of sh) {
      const posting = index.get(s);
      // Shingles shared by very many sentences say nothing about copies (and cost time).
      if (!posting || posting.length > 24) continue;
      for (const j of posting) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    for (const [j, c] of counts) {
      if (c / Math.max(sh.length, sizes.get(j) ?? 0) >= 0.7) {
        u.reason = 'duplicate';
        u.copyOf = j;
        return;
      }
    }
    sizes.set(i, sh.length);
    for (const s of sh) {
      const list = index.get(s);
      if (list) {
        if (list.length <= 24) list.push(i);
      } else index.set(s, [i]);
    }
  });
}

/**
 * A kept run of sentences from one line. A long line holding a whole body is split into
 * paragraphs of a few sentences; a normal line is one paragraph.
 */
function groupParagraph(text: string, start: number, end: number, sentences: Span[]): string[] {
  if (end - start <= LONG_LINE || sentences.length < 3) return [text.slice(start, end)];
  const out: string[] = [];
  let s = sentences[0].start;
  for (let i = 0; i < sentences.length; i++) {
    const e = sentences[i].end;
    if (e - s >= PARAGRAPH_CHARS || i === sentences.length - 1) {
      out.push(text.slice(s, e));
      if (sentences[i + 1]) s = sentences[i + 1].start;
    }
  }
  return out;
}
