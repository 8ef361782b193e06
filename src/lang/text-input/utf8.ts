/**
 * Strict UTF-8 decoding, or null when the bytes are not UTF-8. A file cut short (an interrupted
 * download) may end inside a multi-byte character ("þ", "ð"): up to three trailing bytes are
 * dropped before giving up, so such a file still reads as UTF-8 (minus that last character)
 * rather than as another encoding or as something else altogether.
 */
export function decodeUtf8(bytes: Uint8Array): string | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let cut = 0; cut <= 3 && cut < bytes.length; cut++) {
    try {
      return decoder.decode(cut ? bytes.subarray(0, bytes.length - cut) : bytes);
    } catch {
      // try one byte shorter
    }
  }
  return null;
}
