import type { WordListEntry } from '../../db/types';
import type { WordLabels } from '../export/words';

type Word = Pick<WordListEntry, 'display' | 'pos' | 'gender'>;

const spelling = (w: Word) => w.display.trim().normalize('NFC').toLocaleLowerCase('is');

/**
 * What tells each word apart, in an accessible name ("Pick “að” (preposition)"), from the other
 * words in `words` spelled the same: its part of speech — with its gender when that is not enough
 * — or undefined when its spelling alone names it (or it has no part of speech to add).
 */
export function tellApart(words: readonly Word[], labels: WordLabels): (string | undefined)[] {
  const bySpelling = new Map<string, number>();
  const byPos = new Map<string, number>();
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const w of words) {
    count(bySpelling, spelling(w));
    count(byPos, `${spelling(w)}|${w.pos ?? ''}`);
  }
  return words.map((w) => {
    if (!w.pos || (bySpelling.get(spelling(w)) ?? 0) < 2) return undefined;
    const pos = labels.pos(w.pos);
    return (byPos.get(`${spelling(w)}|${w.pos}`) ?? 0) > 1 && w.gender ? `${pos}, ${labels.gender(w.gender)}` : pos;
  });
}
