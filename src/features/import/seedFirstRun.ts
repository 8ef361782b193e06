import seeds from 'virtual:lesa-seed-analyses';
import { countArticles } from '../../db/articles';
import { getSetting, setSetting } from '../../db/settings';
import type { AnalysisClient } from '../../worker/client';
import { draftText } from './draft';
import { saveDraft } from './saveDraft';

/** The sample articles shipped in `seeds/` (file-name order), cleaned and analysed at build time. */
export function seedNames(): string[] {
  return seeds.map((s) => s.name);
}

/**
 * On the very first run, stores the sample articles. They went through the same cleaner and
 * analyser as a user's paste, at build time (seedAnalysesPlugin.ts); only the storing happens
 * here, through the same `saveDraft`. Should an entry's text not be its draft's (it always is),
 * the worker analyses it. Runs once per database; a second tab doing the same at the same moment
 * is harmless (duplicates are detected by content).
 */
export async function seedFirstRun(client: Pick<AnalysisClient, 'analyse'>): Promise<number> {
  if (await getSetting('seeded', false)) return 0;
  if ((await countArticles()) > 0) {
    await setSetting('seeded', true);
    return 0;
  }
  let saved = 0;
  for (const seed of seeds) {
    const prebuilt = draftText(seed.draft) === seed.text;
    const res = await saveDraft(seed.draft, prebuilt ? { analyse: (t) => (t === seed.text ? Promise.resolve(seed.analysis) : client.analyse(t)) } : client);
    if (res.status === 'saved') saved++;
  }
  await setSetting('seeded', true);
  return saved;
}
