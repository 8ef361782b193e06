/**
 * The head of a scraped article: title, byline (author, publication date-time) and the photo
 * caption with its credit. Found from the shape of bylines on Icelandic news sites — a name
 * (given names + patronymic) before "skrifar" or a date, a date with a time, a line of its own —
 * rather than from any one site's exact strings.
 */
import { tokenizeWithSentences } from '../tokenize/index.ts';
import { findDates, type FoundDate } from './dates.ts';
import { CATEGORY_WORDS, CREDIT_WORDS, FUNCTION_WORDS, GIVEN_NAMES, LIST_MARKERS, PATRONYMIC, READ_MORE, RELATED_MARKERS } from './lexicon.ts';
import { isCap, isTerminated, repeatKey, wordsIn, type Line, type WordTok } from './units.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Header {
  title: Span | null;
  author: Span | null;
  /** The whole byline (author, "skrifar", date, time, "Uppfært …"). */
  byline: Span | null;
  date: FoundDate | null;
  caption: Span | null;
  credit: Span | null;
  /** Where the article after the header starts. */
  bodyStart: number;
  /** Text before the title (menus, section names), to be classified as furniture. */
  before: Span | null;
}

const HEAD_CHARS = 3000;
const ROLE = /^(?:blaðamaður|blaðakona|fréttamaður|fréttakona|ritstjóri|fréttastjóri|pistlahöfundur|ljósmyndari|umsjón|höfundur|texti|eftir|greinarhöfundur)$/iu;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
const WRITES = /^(?:skrifar|skrifa|skrifaði|segir frá)$/iu;

const isInitial = (w: string) => /^\p{Lu}\.$/u.test(w);

/**
 * The author's name ending at word index `last` (inclusive): a patronymic or other surname
 * preceded by given names or initials; two names joined by "og" for two authors.
 */
export function nameEndingAt(words: WordTok[], last: number): { first: number } | null {
  if (last < 0 || !isCap(words[last].text) || FUNCTION_WORDS.has(words[last].text.toLowerCase())) return null;
  let first = last;
  while (first - 1 >= 0 && last - first < 3) {
    const w = words[first - 1].text;
    if (GIVEN_NAMES.has(w) || isInitial(w)) first--;
    else break;
  }
  const lastWord = words[last].text;
  if (first === last) {
    // No known given name: a two-word name ("Ritstjórn DV", "Elon Musk") if it looks like one.
    const prev = words[last - 1]?.text;
    if (prev && isCap(prev) && !FUNCTION_WORDS.has(prev.toLowerCase()) && !/\d/.test(prev)) first = last - 1;
    else if (!PATRONYMIC.test(lastWord) && !GIVEN_NAMES.has(lastWord)) return null;
  }
  // "Anna Jónsdóttir og Jón Jónsson skrifa"
  if (first >= 2 && words[first - 1].text === 'og') {
    const other = nameEndingAt(words, first - 2);
    if (other && (PATRONYMIC.test(words[first - 2].text) || GIVEN_NAMES.has(words[other.first].text))) first = other.first;
  }
  return { first };
}

function isNameLike(words: WordTok[]): boolean {
  if (words.length < 1 || words.length > 8) return false;
  const core = words.filter((w) => !EMAIL.test(w.text) && !ROLE.test(w.text) && !WRITES.test(w.text));
  if (core.length === 0 || core.length > 5) return false;
  if (!core.every((w) => isCap(w.text) || w.text === 'og' || isInitial(w.text))) return false;
  const hasEmail = words.some((w) => EMAIL.test(w.text));
  return hasEmail || core.some((w) => PATRONYMIC.test(w.text) || GIVEN_NAMES.has(w.text)) || /^Ritstjórn|^Fréttastofa/u.test(core[0].text);
}

/** A headline: starts with a capital or quote, no sentence end, not too long. */
export function isHeadlineShaped(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  return words.length >= 2 && words.length <= 25 && /^[\p{Lu}\p{N}„"“«']/u.test(s) && !/[.]$/u.test(s.trim());
}

const AGENCY = new RegExp(
  String.raw`^(?:${[...CREDIT_WORDS]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\p{L}\p{N}/])`,
  'u',
);
/** Strong credit shapes usable in the middle of a text: "Vísir/Vilhelm", "Mynd: Golli", "AP". */
const SLASH_CREDIT = /^(?:[\p{L}.\d]+(?: \d)?)\/\p{Lu}[\p{L}\-]*(?:\/[\p{L}\-]+)?/u;
const SITE_DASH_CREDIT = /^(?:RÚV|Vísir|mbl\.is|DV|Heimildin|Fréttablaðið|Kjarninn|Stöð 2|Morgunblaðið)\s+[–—-]\s*(?=\p{Lu})/u;
const MYND_CREDIT = /^(?:Mynd|Myndir|Ljósmynd|Ljósmyndir|Ljósm\.|Mynd úr safni|Myndband|Skjáskot)(?:\s*[:/]\s*|\s+)(?=\p{Lu}|$)/u;
const STRONG_AGENCY = /^(?:AP|EPA|AFP|Reuters|Getty(?: Images)?|NTB|EPA-EFE|Anadolu|Bloomberg|Shutterstock|Aðsend|Aðsent|Skjáskot)(?![\p{L}\p{N}])/u;

/**
 * A photo credit starting at `at`: returns its end, or -1. `strongOnly` accepts only shapes that
 * are unlikely to begin a sentence; the name after "Vísir/" or "Mynd:" runs over capitalised words
 * that are given names or surnames and not names used in the article (`docNames`).
 */
export function creditAt(text: string, at: number, limit: number, strongOnly: boolean, docNames: Set<string>, known: Set<string> = new Set()): number {
  const rest = text.slice(at, limit);
  let m: RegExpExecArray | null;
  let end = -1;
  let nameFollows = false;
  if ((m = SLASH_CREDIT.exec(rest))) {
    end = at + m[0].length;
    nameFollows = true;
  } else if ((m = MYND_CREDIT.exec(rest)) || (m = SITE_DASH_CREDIT.exec(rest))) {
    end = at + m[0].length;
    nameFollows = true;
  } else if ((m = STRONG_AGENCY.exec(rest))) end = at + m[0].length;
  else if (!strongOnly && (m = AGENCY.exec(rest))) end = at + m[0].length;
  if (end < 0) return -1;
  const words = wordsIn(text, end, Math.min(limit, end + 80));
  let i = 0;
  if (nameFollows && text.slice(end - 1, end).match(/[:\s]/) && words[0] && isCap(words[0].text)) {
    // "Mynd: Golli", "Ljósmynd: Anna Jónsdóttir"
    end = words[0].end;
    i = 1;
  }
  // Further name words: "Vísir/Anton Brink", "mbl.is/Kristinn Magnússon".
  while (nameFollows && words[i] && i < 3 && isCap(words[i].text) && !docNames.has(words[i].text)) {
    const w = words[i].text;
    const after = words[i + 1]?.text;
    // A surname after the first name ("Anton Brink"); more words only if they are names.
    let looksName = GIVEN_NAMES.has(w) || PATRONYMIC.test(w) || (after !== undefined && PATRONYMIC.test(after));
    if (!looksName && words[i + 1] && isCap(words[i + 1].text)) {
      // "Vísir/Anton Brink Lögreglan segir …": the sentence after the name is repeated on the page.
      looksName = repeatedSentenceAt(text, words[i + 1].start, known);
    }
    if (!looksName) break;
    if (after === undefined && text.slice(words[i].end, limit).trim() === '') {
      end = words[i].end;
      i++;
      break;
    }
    end = words[i].end;
    i++;
  }
  // The credit must be followed by the end of the text or a new sentence.
  const next = text.slice(end, limit);
  if (next.trim() !== '' && !/^\s+(?:[\p{Lu}\p{N}„"“«(–—-])/u.test(next)) return -1;
  return end;
}

/**
 * Whether the sentence starting at `from` stands elsewhere on the page as a unit of its own (a
 * repeated body). Compares its first five words with the start of each repeated unit, so an
 * abbreviation inside it ("t.d.") does not hide the match; a shorter sentence must match whole.
 */
function repeatedSentenceAt(text: string, from: number, known: Set<string>): boolean {
  const stop = /[.!?…](?=\s|$)/u.exec(text.slice(from, Math.min(text.length, from + 2000)));
  if (stop && known.has(repeatKey(text.slice(from, from + stop.index + 1)))) return true;
  const head = wordsIn(text, from, Math.min(text.length, from + 400)).slice(0, 5);
  if (head.length < 5) return false;
  const key = repeatKey(text.slice(from, head[4].end));
  for (const k of known) if (k === key || k.startsWith(key + ' ')) return true;
  return false;
}

/** Words seen with a capital in the middle of sentences: names used in this article. */
export function namesIn(text: string, spans: Span[]): Set<string> {
  const names = new Set<string>();
  // A sentence met before adds no names (a page that repeats its body, or one sentence).
  const done = new Set<string>();
  for (const s of spans) {
    const sentence = text.slice(s.start, s.end);
    if (done.has(sentence)) continue;
    done.add(sentence);
    const words = wordsIn(text, s.start, s.end);
    for (let i = 1; i < words.length; i++) {
      const between = text.slice(words[i - 1].end, words[i].start);
      if (/[:.!?„"“«–—]/u.test(between)) continue;
      // After a date or time ("… 2024 09:44 Elon Musk …") a new block starts.
      if (/^\d+(?:[:.]\d+)?$/u.test(words[i - 1].text)) continue;
      // A photo credit ("Vísir/Anton Brink") is not a sentence.
      if (words[i - 1].text.includes('/') || STRONG_AGENCY.test(words[i - 1].text)) continue;
      if (isCap(words[i].text)) names.add(words[i].text);
    }
  }
  return names;
}

function lineOf(lines: Line[], pos: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Headings of page furniture, never an article's title ("Mest lesið", "Fleiri fréttir", "Innlent"). */
const NOT_TITLES = new Set([...CATEGORY_WORDS, ...LIST_MARKERS, ...RELATED_MARKERS, ...READ_MORE].map((w) => w.toLowerCase()));

/**
 * A two-word first line in sentence case ("Hressilegt svar", "Eldgos hafið"), set apart by a blank
 * line from a body sentence after it, is the title a learner typed or pasted; not a furniture
 * heading nor two names of sections ("Innlent Erlent").
 */
function twoWordTitle(text: string, lines: Line[], s: string): boolean {
  const words = s.trim().split(/\s+/u);
  if (words.length !== 2 || !/^\p{Ll}/u.test(words[1]) || NOT_TITLES.has(s.trim().toLowerCase())) return false;
  const next = lines[1];
  if (!next || !/\n\s*\n/u.test(text.slice(lines[0].end, next.start))) return false;
  return isTerminated(text.slice(next.start, next.end));
}

function isBodyLine(text: string, line: Line): boolean {
  const s = text.slice(line.start, line.end);
  const sentences = s.split(/(?<=[.!?…])\s+(?=\p{Lu})/u).length;
  return s.length > 200 && sentences >= 2 && isTerminated(s);
}

function findTitleHint(text: string, title: string, limit: number): Span | null {
  const t = title.trim();
  if (!t) return null;
  const exact = text.slice(0, limit).indexOf(t);
  if (exact >= 0) return { start: exact, end: exact + t.length };
  // Same words with different spacing.
  const words = t.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(words.join('\\s+'), 'u');
  const m = re.exec(text.slice(0, limit));
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Finds title, byline, date and caption near the start of `text`. */
export function findHeader(text: string, lines: Line[], titleHint: string | null, docNames: Set<string>, known: Set<string> = new Set()): Header {
  const header: Header = { title: null, author: null, byline: null, date: null, caption: null, credit: null, bodyStart: 0, before: null };
  if (lines.length === 0) return header;
  const limit = Math.min(text.length, HEAD_CHARS);
  // The article body starts at the first line that is clearly running text; the byline is before it.
  let firstBody = lines.length;
  for (let i = 0; i < lines.length && lines[i].start < limit; i++) {
    if (isBodyLine(text, lines[i]) && !findDates(text, lines[i].start, Math.min(lines[i].end, lines[i].start + 400)).length) {
      firstBody = i;
      break;
    }
  }
  const searchEnd = Math.min(limit, firstBody < lines.length ? lines[firstBody].end : limit);
  let byline: { date: FoundDate; author: Span | null; start: number; titleEnd: number } | null = null;
  for (const d of findDates(text, 0, searchEnd)) {
    const li = lineOf(lines, d.start);
    const line = lines[li];
    const beforeText = text.slice(line.start, d.start);
    // A date inside a running sentence is not a byline.
    if (/[.!?…]\s+\S/u.test(beforeText.replace(/\b\d{1,2}\.\s/gu, ''))) continue;
    const words = wordsIn(text, line.start, d.start);
    let k = words.length - 1;
    // Skip separators, roles, e-mail addresses and "skrifar" going backwards from the date.
    let writes = false;
    while (k >= 0 && (ROLE.test(words[k].text) || EMAIL.test(words[k].text) || WRITES.test(words[k].text) || /^(?:Birt|Birtist|Uppfært)$/u.test(words[k].text))) {
      if (WRITES.test(words[k].text)) writes = true;
      k--;
    }
    const withTime = d.iso.includes('T');
    const atLineStart = k < 0 || /^[\s|,–—-]*$/u.test(text.slice(words[k].end, d.start).replace(/\b(?:Birt|Uppfært|skrifar|skrifa)\b/gu, ''));
    const name = k >= 0 ? nameEndingAt(words, k) : null;
    // A short line with a bare date is a byline only when the date ends the line ("Jón Jónsson
    // 12. júní 2024"); with running text after it, it is a sentence that mentions a date.
    const dateEndsLine = /^[\s|,–—-]*(?:(?:Síðast\s+)?[Uu]ppfært\b.*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*)?$/u.test(text.slice(d.end, line.end));
    const shortLine = wordsIn(text, line.start, line.end).length <= 14 && dateEndsLine;
    if (!(writes || withTime || (shortLine && (k < 0 || name)) || (name && PATRONYMIC.test(words[k].text)))) continue;
    if (!atLineStart && !writes && !name) continue;
    let author: Span | null = null;
    let start = d.start;
    let titleEnd = line.start;
    if (name) {
      author = { start: words[name.first].start, end: words[k].end };
      start = author.start;
      titleEnd = start;
    } else if (k >= 0) {
      // "Innlent | mbl | 25.10.2024": the text before the date is furniture, not a title.
      start = line.start;
    }
    // Author on the line above the date ("Jón Jónsson\n25. október 2024 kl. 9:44").
    // A line with only a role ("Blaðamaður") may sit between the name and the date.
    let pi = li - 1;
    if (!author && pi > 0 && wordsIn(text, lines[pi].start, lines[pi].end).every((w) => ROLE.test(w.text))) pi--;
    if (!author && pi >= 0) {
      const prev = lines[pi];
      const pw = wordsIn(text, prev.start, prev.end);
      if (isNameLike(pw)) {
        let last = pw.length - 1;
        while (last >= 0 && (EMAIL.test(pw[last].text) || ROLE.test(pw[last].text) || WRITES.test(pw[last].text))) last--;
        const n = last >= 0 ? nameEndingAt(pw, last) : null;
        author = n ? { start: pw[n.first].start, end: pw[last].end } : { start: pw[0].start, end: pw[last].end };
        start = prev.start;
        titleEnd = prev.start;
      }
    }
    byline = { date: d, author, start, titleEnd };
    break;
  }

  let bylineEnd = 0;
  if (byline) {
    header.date = byline.date;
    header.author = byline.author;
    bylineEnd = byline.date.end;
    // "| Uppfært 10:12", "Uppfært 25. október 2024 10:15", an e-mail address after the date.
    const after = /^[\s|,–—-]*(?:(?:Síðast\s+)?[Uu]ppfært|Updated)\s*:?\s*(?:kl\.\s*)?(?:\d{1,2}\.\s*\p{L}+\.?\s+\d{4}\s*(?:kl\.\s*)?)?(?:\d{1,2}[:.]\d{2})?/u.exec(text.slice(bylineEnd, bylineEnd + 80));
    if (after && /\d/.test(after[0])) bylineEnd += after[0].replace(/\s+$/u, '').length;
    const email = /^\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u.exec(text.slice(bylineEnd, bylineEnd + 80));
    if (email) bylineEnd += email[0].length;
    header.byline = { start: byline.start, end: bylineEnd };
  }

  // Title: the hint if it is in the text, else the headline before the byline.
  if (titleHint) header.title = findTitleHint(text, titleHint, limit);
  if (!header.title && byline) {
    const li = lineOf(lines, byline.titleEnd);
    const line = lines[li];
    if (byline.titleEnd > line.start && text.slice(line.start, byline.titleEnd).trim()) {
      header.title = trimSpan(text, line.start, byline.titleEnd);
    } else {
      for (let j = (byline.titleEnd > line.start ? li : li - 1); j >= 0 && j >= li - 4; j--) {
        const s = text.slice(lines[j].start, lines[j].end);
        if (isHeadlineShaped(s) && !isNameLike(wordsIn(text, lines[j].start, lines[j].end)) && !findDates(s).length && s.split(/\s+/).length >= 3) {
          header.title = { start: lines[j].start, end: lines[j].end };
          break;
        }
      }
    }
  }
  if (!header.title && byline && !titleHint) {
    // mbl.is prints "Innlent | mbl | 14.3.2024 | 16:05" above the headline.
    const li = lineOf(lines, bylineEnd);
    const next = lines[li + 1];
    if (next && lines[li].end <= bylineEnd + 1) {
      const s = text.slice(next.start, next.end);
      if (isHeadlineShaped(s) && s.split(/\s+/).length >= 3 && !isNameLike(wordsIn(text, next.start, next.end))) header.title = { start: next.start, end: next.end };
    }
  }
  if (!header.title && !byline && !titleHint && lines.length > 1) {
    const s = text.slice(lines[0].start, lines[0].end);
    if (isHeadlineShaped(s) && (s.split(/\s+/).length >= 3 || twoWordTitle(text, lines, s)) && !isBodyLine(text, lines[0])) header.title = { start: lines[0].start, end: lines[0].end };
  }
  if (header.title) header.title = stripLeadingLabels(text, header.title);

  const headEnd = Math.max(bylineEnd, header.title?.end ?? 0);
  const beforeEnd = Math.min(header.title?.start ?? Infinity, header.byline?.start ?? Infinity);
  if (Number.isFinite(beforeEnd) && beforeEnd > 0 && text.slice(0, beforeEnd).trim()) header.before = { start: 0, end: beforeEnd };
  header.bodyStart = headEnd;

  // Caption: right after the byline, ending in a photo credit.
  if (byline) {
    const cap = captionAfter(text, lines, Math.max(bylineEnd, header.title?.end ?? 0), docNames, known);
    if (cap) {
      header.caption = cap.caption;
      header.credit = cap.credit;
      header.bodyStart = cap.credit.end;
    }
  }
  return header;
}

function trimSpan(text: string, s: number, e: number): Span {
  while (s < e && /[\s|,–—-]/u.test(text[s])) s++;
  while (e > s && /[\s|,–—-]/u.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** "Innlent Musk sagður …": a section name glued before the title is not part of it. */
function stripLeadingLabels(text: string, span: Span): Span {
  const words = wordsIn(text, span.start, span.end);
  let i = 0;
  while (i < words.length - 3 && /^(?:Innlent|Erlent|Fréttir|Íþróttir|Sport|Viðskipti|Lífið|Menning|Skoðun|Fólk|Pressan|Eyjan|Fókus|Smartland)$/u.test(words[i].text) && isCap(words[i + 1].text)) i++;
  return i ? { start: words[i].start, end: span.end } : span;
}

function captionAfter(text: string, lines: Line[], from: number, docNames: Set<string>, known: Set<string>): { caption: Span; credit: Span } | null {
  const li = lineOf(lines, Math.max(0, from - 1));
  // Look at the rest of the byline's line, or else the next line(s).
  let s = from;
  let lineIdx = li;
  if (text.slice(from, lines[li].end).trim() === '') {
    lineIdx = li + 1;
    if (!lines[lineIdx]) return null;
    s = lines[lineIdx].start;
  }
  while (s < text.length && /\s/u.test(text[s])) s++;
  const line = lines[lineIdx];
  // The caption is one or two sentences; the credit follows it on the same line or the next one.
  const chunk = text.slice(s, Math.min(line.end, s + 1500));
  const ends = tokenizeWithSentences(chunk).sentences.slice(0, 2);
  for (const sent of ends) {
    const capEnd = s + sent.end;
    const capWords = wordsIn(text, s, capEnd).length;
    if (capWords < 2 || capWords > 45) continue;
    if (!isTerminated(text.slice(s, capEnd)) && capEnd < line.end) continue;
    let creditStart = capEnd;
    while (creditStart < line.end && /\s/u.test(text[creditStart])) creditStart++;
    let limit = line.end;
    if (creditStart >= line.end) {
      // Credit on the next line ("Mynd: Golli").
      const next = lines[lineIdx + 1];
      if (!next) return null;
      creditStart = next.start;
      limit = next.end;
      const end = creditAt(text, creditStart, limit, false, docNames, known);
      if (end >= 0 && end === limit) return { caption: { start: s, end: capEnd }, credit: { start: creditStart, end } };
      return null;
    }
    const end = creditAt(text, creditStart, limit, false, docNames, known);
    if (end >= 0) return { caption: { start: s, end: capEnd }, credit: { start: creditStart, end } };
  }
  // A caption with no full stop before its credit: "Frá fundinum í dag Vísir/Vilhelm".
  const words = wordsIn(text, s, Math.min(line.end, s + 400));
  for (let i = 1; i < Math.min(words.length, 40); i++) {
    if (!/^[\p{L}.\d]+\/\p{Lu}/u.test(words[i].text)) continue;
    const end = creditAt(text, words[i].start, line.end, true, docNames, known);
    if (end >= 0) return { caption: { start: s, end: words[i - 1].end }, credit: { start: words[i].start, end } };
  }
  return null;
}
