import { readdirSync, readFileSync } from 'node:fs';
import seedAnalyses from 'virtual:lesa-seed-analyses';
import { getAnalysis, listArticles } from '../../db/articles';
import { LesaDB, useDatabase } from '../../db/db';
import { loadAnalyserNode } from '../../lang/analyse/node';
import type { AnalysisClient } from '../../worker/client';
import { draftText, prepareTextImport } from './prepareText';
import { seedFirstRun } from './seedFirstRun';

let n = 0;
beforeEach(() => {
  useDatabase(new LesaDB(`test-seed-analyses-${n++}`));
});

describe('sample articles cleaned and analysed at build time', () => {
  it('has one entry per sample: the draft a paste of it gives, its text, and the analysis the analyser gives now', () => {
    expect(seedAnalyses.map((s) => s.name)).toEqual(readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort());
    const analyser = loadAnalyserNode();
    for (const s of seedAnalyses) {
      const prepared = prepareTextImport(readFileSync(`seeds/${s.name}`, 'utf8'), `seed:${s.name}`);
      expect(prepared.ok).toBe(true);
      if (!prepared.ok) continue;
      expect(s.draft).toEqual(JSON.parse(JSON.stringify(prepared.draft)));
      expect(s.text).toBe(draftText(prepared.draft));
      expect(s.analysis).toEqual(JSON.parse(JSON.stringify(analyser.analyse(s.text))));
    }
  });

  it('a first run stores the samples without waiting for the language worker', async () => {
    let asked = 0;
    const noWorker = {
      analyse: () => {
        asked++;
        return new Promise(() => {}); // never ready
      },
    } as unknown as AnalysisClient;
    expect(await seedFirstRun(noWorker)).toBe(seedAnalyses.length);
    expect(asked).toBe(0);
    const [article] = await listArticles();
    expect(article.text).toBe(seedAnalyses[0].text);
    expect(await getAnalysis(article.id!)).toEqual(seedAnalyses[0].analysis);
  });
});
