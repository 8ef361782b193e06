import type { ExportWord, WordLabels } from './words';

/** The two sides of an Anki card for a word, as plain text lines (shared by the TSV and the deck). */
export interface CardFaces {
  front: string;
  /** Gloss, then "part of speech, gender", the example sentence and the note: empty lines left out. */
  back: string[];
}

export function cardFaces(w: ExportWord, labels: WordLabels): CardFaces {
  const grammar = [w.pos ? labels.pos(w.pos) : '', w.gender ? labels.gender(w.gender) : ''].filter(Boolean).join(', ');
  return {
    front: w.display,
    back: [w.gloss, grammar ? `(${grammar})` : '', w.example, w.note].map((s) => s.trim()).filter(Boolean),
  };
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Anki tags cannot hold spaces. */
export function ankiTag(s: string): string {
  return s.trim().replace(/\s+/g, '_');
}
