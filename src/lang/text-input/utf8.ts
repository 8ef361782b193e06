/**
 * Strict UTF-8 decoding, or null when the bytes are not UTF-8. A file cut short (an interrupted
 * download) may end inside a multi-byte character ("þ", "ð"): then up to three trailing bytes
 * that start such a character are dropped, so the file still reads as UTF-8 minus that last
 * half letter.
 *
 * `needsEvidence`: accept a cut only when the rest of the text has a multi-byte character too.
 * Without that, "caf\xE9" (Windows-1252 "café") would read as UTF-8 "caf".
 */
export function decodeUtf8(bytes: Uint8Array, opts: { needsEvidence?: boolean } = {}): string | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch {
    // maybe cut short
  }
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const lead = bytes[bytes.length - cut];
    const tail = bytes.subarray(bytes.length - cut + 1);
    // The dropped bytes must be the start of one character: a lead byte, then continuation bytes.
    if (lead < 0xc2 || lead > 0xf4 || tail.some((b) => b < 0x80 || b > 0xbf)) continue;
    let text: string;
    try {
      text = decoder.decode(bytes.subarray(0, bytes.length - cut));
    } catch {
      return null;
    }
    // eslint-disable-next-line no-control-regex
    if (opts.needsEvidence && /^[\u0000-\u007f]*$/.test(text)) return null;
    return text;
  }
  return null;
}
