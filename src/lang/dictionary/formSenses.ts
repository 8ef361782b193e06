/**
 * Senses that belong to some word forms only (a supplement row's "forms:" note, the artifact's
 * `formSenses`): for those forms they come first ("vextir" → interest, not growth).
 */

/** The senses of `form` first, in their order, then the others; the same list when none is. */
export function formFirst<S extends { forms?: string[] }>(senses: S[], form: string | undefined): S[] {
  const f = form?.toLowerCase();
  if (!f || !senses.some((s) => s.forms?.includes(f))) return senses;
  return [...senses.filter((s) => s.forms?.includes(f)), ...senses.filter((s) => !s.forms?.includes(f))];
}
