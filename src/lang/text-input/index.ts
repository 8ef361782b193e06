/**
 * Input checks for imported text: size, emptiness, binary data, byte decoding of opened files
 * (UTF-8, UTF-16 with or without a byte-order mark, Windows-1252), and telling pasted HTML from
 * plain text. Every file input that reads text (articles, word lists) decodes through
 * `decodeBytes`. Framework-free.
 */
import { decodeUtf8 } from './utf8.ts';

/** Largest article text accepted: 2 MB of text (2 × 1024 × 1024 UTF-16 code units). */
export const MAX_TEXT_CHARS = 2 * 1024 * 1024;

export type InputProblem = 'empty' | 'too-large' | 'binary';

/** C0 control characters other than tab, line feed, form feed and carriage return; DEL. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

function looksBinaryText(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const controls = sample.match(CONTROL)?.length ?? 0;
  // A stray control character or two happens in copied text; many of them means a binary file.
  return controls > 8 && controls / sample.length > 0.01;
}

/** `maxChars`: the largest text accepted (an article's 2 MB unless said). */
export function validateTextInput(text: string, maxChars: number = MAX_TEXT_CHARS): { ok: true } | { ok: false; reason: InputProblem } {
  if (text.length > maxChars) return { ok: false, reason: 'too-large' };
  if (text.trim().length === 0) return { ok: false, reason: 'empty' };
  if (looksBinaryText(text)) return { ok: false, reason: 'binary' };
  return { ok: true };
}

/** Windows-1252 code points for bytes 0x80–0x9F (undefined bytes map to the C1 control). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, i + CHUNK);
    for (let j = i; j < end; j++) {
      const b = bytes[j];
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** File signatures of common binary formats (images, archives, PDF, office files, executables). */
const MAGIC: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, docx, epub
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // Windows executable
  [0xd0, 0xcf, 0x11, 0xe0], // old Office
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP, WAV)
  [0x00, 0x00, 0x00], // ISO media (mp4) and similar
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  return sig.every((b, i) => bytes[i] === b);
}

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export type DecodedBytes = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: InputProblem };

export interface DecodeOptions {
  /** Largest text accepted, in UTF-16 code units: an article's `MAX_TEXT_CHARS` unless said. */
  maxChars?: number;
}

/**
 * UTF-16 saved without a byte-order mark (some Windows tools do, Excel's "Unicode Text" can):
 * in Latin text, Icelandic letters included (þ ð æ ö are U+00xx), one byte of every pair is NUL.
 * Looks at the first 8 KB: nearly all pairs with a NUL on one side and almost none on the other
 * is text, not a binary file (which has NULs in runs and on both sides).
 */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 8192);
  const pairs = n / 2;
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * 0.6 && evenNul * 50 <= pairs) return 'utf-16le';
  if (evenNul >= pairs * 0.6 && oddNul * 50 <= pairs) return 'utf-16be';
  return null;
}

/** UTF-16 code units to text; a last odd byte (a file cut short) is dropped. */
function decodeUtf16(bytes: Uint8Array, order: 'utf-16le' | 'utf-16be'): string {
  const even = bytes.subarray(0, bytes.length - (bytes.length % 2));
  return order === 'utf-16le' ? new TextDecoder('utf-16le').decode(even) : decodeUtf16be(even);
}

/**
 * Decodes the bytes of an opened text, HTML or CSV file. A byte-order mark decides UTF-8/UTF-16;
 * UTF-16 without one is recognised by its NUL bytes; otherwise valid UTF-8 is UTF-8 and anything
 * else is read as Windows-1252 (old Icelandic text files; ISO-8859-1 is the same for letters).
 * Known binary signatures, other NUL bytes or many control characters make it `binary`.
 */
export function decodeBytes(bytes: Uint8Array, { maxChars = MAX_TEXT_CHARS }: DecodeOptions = {}): DecodedBytes {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  // UTF-8 needs at most 3 bytes per UTF-16 code unit; anything longer cannot fit after decoding.
  if (bytes.length > maxChars * 3 + 3) return { ok: false, reason: 'too-large' };
  let text: string;
  let encoding: TextEncodingName;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    text = decodeUtf16(bytes.subarray(2), encoding);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    text = decodeUtf16(bytes.subarray(2), encoding);
  } else {
    if (MAGIC.some((sig) => startsWith(bytes, sig))) return { ok: false, reason: 'binary' };
    const utf16 = bytes.includes(0) ? utf16WithoutMark(bytes) : null;
    if (utf16) {
      encoding = utf16;
      text = decodeUtf16(bytes, utf16);
    } else if (bytes.includes(0)) {
      return { ok: false, reason: 'binary' };
    } else {
      const utf8 = decodeUtf8(bytes, { needsEvidence: true });
      encoding = utf8 === null ? 'windows-1252' : 'utf-8';
      text = utf8 ?? decodeWindows1252(bytes);
    }
  }
  const valid = validateTextInput(text, maxChars);
  if (!valid.ok) return valid;
  return { ok: true, text, encoding };
}

function decodeUtf16be(bytes: Uint8Array): string {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1];
    swapped[i + 1] = bytes[i];
  }
  return new TextDecoder('utf-16le').decode(swapped);
}

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml)/i;
const HTML_TAG = /<\/?(?:p|div|article|section|span|h[1-6]|a|br|meta|title|script|style|figure|figcaption|img|ul|ol|li|main|header|footer|nav|time|strong|em|b|i|table|tr|td|iframe|link)(?:\s[^<>]*)?\/?>/gi;

/** Whether pasted input is HTML source rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  if (HTML_START.test(text.slice(0, 4096))) return true;
  const sample = text.length > 200000 ? text.slice(0, 200000) : text;
  const tags = sample.match(HTML_TAG);
  if (!tags || tags.length < 2) return false;
  const closing = tags.filter((t) => t.startsWith('</')).length;
  // Markup, not an article that mentions a tag: several tags, some of them closing ones.
  return closing >= 1 && tags.length >= 3;
}
