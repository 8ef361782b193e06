/**
 * The form of a token used for look-up: NFC (so "e" + combining acute = "é"), without soft
 * hyphens and zero-width characters, with typographic apostrophes made plain. Offsets are never
 * computed from this form.
 */
export function lookupForm(text: string): string {
  return text.normalize('NFC').replace(/[\u00AD\u200B\u200C\u200D\uFEFF]/g, '').replace(/’/g, "'");
}
