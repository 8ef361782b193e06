/** Normalises text for duplicate detection: case, whitespace and quote styles do not matter. */
export function normaliseForHash(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[„“”"«»]/g, '"')
    .replace(/[‘’‚']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** SHA-256 (hex) of the normalised text. */
export async function contentHash(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(normaliseForHash(text));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
