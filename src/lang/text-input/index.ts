/**
 * Input checks for imported articles: size, emptiness, binary data, byte decoding of opened files
 * (UTF-8, UTF-16 with a byte-order mark, Windows-1252), and telling pasted HTML from plain text.
 * Framework-free.
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

export function validateTextInput(text: string): { ok: true } | { ok: false; reason: InputProblem } {
  if (text.length > MAX_TEXT_CHARS) return { ok: false, reason: 'too-large' };
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

export type DecodedBytes =
  | { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be' }
  | { ok: false; reason: InputProblem };

/**
 * Decodes the bytes of an opened text or HTML file. A byte-order mark decides UTF-8/UTF-16;
 * otherwise valid UTF-8 is UTF-8 and anything else is read as Windows-1252 (old Icelandic text
 * files). NUL bytes, known binary signatures or many control characters make it `binary`.
 */
export function decodeBytes(bytes: Uint8Array): DecodedBytes {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  // UTF-8 needs at most 3 bytes per UTF-16 code unit; anything longer cannot fit after decoding.
  if (bytes.length > MAX_TEXT_CHARS * 3 + 3) return { ok: false, reason: 'too-large' };
  let text: string;
  let encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    text = decodeUtf16be(bytes.subarray(2));
  } else {
    if (MAGIC.some((sig) => startsWith(bytes, sig))) return { ok: false, reason: 'binary' };
    if (bytes.includes(0)) return { ok: false, reason: 'binary' };
    const utf8 = decodeUtf8(bytes, { needsEvidence: true });
    if (utf8 !== null) {
      text = utf8;
      encoding = 'utf-8';
    } else {
      text = decodeWindows1252(bytes);
      encoding = 'windows-1252';
    }
  }
  const valid = validateTextInput(text);
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
