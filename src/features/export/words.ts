import type { WordListEntry } from '../../db/types';
import { POS_LIST } from '../../lang/dictionary/format';
import type { Gender, PartOfSpeech } from '../../lang/types';

/** One word as every export format sees it (a list entry or a vocabulary word). */
export type ExportWord = Pick<WordListEntry, 'lemma' | 'display' | 'pos' | 'gender' | 'gloss' | 'note' | 'example'>;

/** Every part of speech, in the dictionary's order (one list for the whole app). */
export const PARTS_OF_SPEECH: readonly PartOfSpeech[] = POS_LIST;

export const GENDERS: readonly Gender[] = ['m', 'f', 'n'];

export function isPartOfSpeech(v: unknown): v is PartOfSpeech {
  return typeof v === 'string' && (PARTS_OF_SPEECH as readonly string[]).includes(v);
}

export function isGender(v: unknown): v is Gender {
  return v === 'm' || v === 'f' || v === 'n';
}

/** The lemma key for a headword typed or imported without one: names keep their capitals. */
export function lemmaKeyOf(display: string, pos: PartOfSpeech | null): string {
  const d = display.trim().normalize('NFC');
  return pos === 'proper-noun' ? d : d.toLocaleLowerCase('is');
}

/** How a word is told apart from another in a list: the same lemma key may be a noun and a verb. */
export function wordKey(w: Pick<ExportWord, 'lemma' | 'pos'>): string {
  return `${w.lemma}|${w.pos ?? ''}`;
}

/** Labels for part of speech and gender in the user's language (from the `gloss` namespace). */
export interface WordLabels {
  pos(pos: PartOfSpeech): string;
  gender(g: Gender): string;
}

/** File name from a list name: keeps letters (Icelandic too), drops characters file systems refuse. */
export function safeFileName(name: string, fallback = 'lesa'): string {
  const s = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return s || fallback;
}
