import { countArticles } from '../../db/articles';
import { getSetting, setSetting } from '../../db/settings';
import type { AnalysisClient } from '../../worker/client';
import { prepareTextImport, saveDraft } from './importArticle';

const seeds = import.meta.glob<string>('/seeds/*.txt', { query: '?raw', import: 'default', eager: true });

/** The sample articles shipped in `seeds/`, in file-name order. */
export function seedTexts(): { name: string; text: string }[] {
  return Object.entries(seeds)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => ({ name: path.split('/').pop() ?? path, text }));
}

/**
 * On the very first run, imports the sample articles through the same path a user's paste takes.
 * Runs once per database; a second tab doing the same at the same moment is harmless (duplicates
 * are detected by content).
 */
export async function seedFirstRun(client: AnalysisClient): Promise<number> {
  if (await getSetting('seeded', false)) return 0;
  if ((await countArticles()) > 0) {
    await setSetting('seeded', true);
    return 0;
  }
  let saved = 0;
  for (const { name, text } of seedTexts()) {
    const prepared = prepareTextImport(text, `seed:${name}`);
    if (!prepared.ok) continue;
    const res = await saveDraft(prepared.draft, client);
    if (res.status === 'saved') saved++;
  }
  await setSetting('seeded', true);
  return saved;
}
