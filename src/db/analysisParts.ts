import type { Table } from 'dexie';
import type { Analysis } from '../lang/types';
import type { AnalysisEntriesRecord, AnalysisRecord, StoredAnalysis } from './types';

/**
 * An analysis is stored in two parts (schema v5): `analyses` holds what the first screen of the
 * reader needs (tokens, sentences, phrases), `analysisEntries` the dictionary entries, which only a
 * tap (or a card, a word list…) needs and which are a third of the record. Both parts are always
 * written in one transaction. Records written before v5 held the entries in the analysis; the v5
 * upgrade and the restore of an older backup move them out.
 */

/** The two records an analysis is stored as. */
export function splitAnalysis(articleId: number, analysis: Analysis): { record: AnalysisRecord; entries: AnalysisEntriesRecord } {
  const { entries, ...rest } = analysis;
  return { record: { articleId, analysis: rest }, entries: { articleId, entries } };
}

/**
 * The whole analysis from its two parts. A record that still holds its entries (written before
 * v5, which the upgrade should have moved) keeps them when there is no entries record.
 */
export function joinAnalysis(analysis: StoredAnalysis, entries: AnalysisEntriesRecord | undefined): Analysis {
  return { ...analysis, entries: entries?.entries ?? legacyEntries(analysis) ?? {} };
}

/** The entries a record from before v5 holds inside its analysis, if any. */
export function legacyEntries(analysis: StoredAnalysis): Analysis['entries'] | undefined {
  const e = (analysis as Partial<Analysis>).entries;
  return e && typeof e === 'object' ? e : undefined;
}

/** A stored record with any entries left inside its analysis taken out. */
function withoutEntries(rec: AnalysisRecord): AnalysisRecord {
  const { entries: _, ...rest } = rec.analysis as Analysis;
  return { ...rec, analysis: rest };
}

const BATCH = 50;

/**
 * The v5 upgrade: moves the entries out of every stored analysis into their own table, a batch at
 * a time (a library of hundreds of articles is not held in memory at once).
 */
export async function moveEntriesOut(analyses: Table<AnalysisRecord, number>, entriesTable: Table<AnalysisEntriesRecord, number>): Promise<void> {
  const keys = await analyses.toCollection().primaryKeys();
  for (let i = 0; i < keys.length; i += BATCH) {
    const recs = await analyses.bulkGet(keys.slice(i, i + BATCH));
    const light: AnalysisRecord[] = [];
    const parts: AnalysisEntriesRecord[] = [];
    for (const rec of recs) {
      if (!rec || !rec.analysis || !('entries' in rec.analysis)) continue;
      light.push(withoutEntries(rec));
      parts.push({ articleId: rec.articleId, entries: legacyEntries(rec.analysis) ?? {} });
    }
    if (parts.length) await entriesTable.bulkPut(parts);
    if (light.length) await analyses.bulkPut(light);
  }
}

/**
 * Rows of a backup made before v5 (analyses holding their entries), as today's tables hold them:
 * the entries move to `analysisEntries` rows, unless the backup already has one for that article.
 * Rows are decoded backup rows, already checked for their shape.
 */
export function splitBackupAnalyses(tables: Record<string, { rows: unknown[] }>): void {
  const analyses = tables.analyses?.rows as AnalysisRecord[] | undefined;
  if (!analyses?.some((r) => legacyEntries(r.analysis))) return;
  const target = (tables.analysisEntries ??= { rows: [] }).rows as AnalysisEntriesRecord[];
  const have = new Set(target.map((r) => r.articleId));
  tables.analyses.rows = analyses.map((rec) => {
    const entries = legacyEntries(rec.analysis);
    if (!entries) return rec;
    if (!have.has(rec.articleId)) target.push({ articleId: rec.articleId, entries });
    have.add(rec.articleId);
    return withoutEntries(rec);
  });
}
