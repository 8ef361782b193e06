import Dexie, { type Table } from 'dexie';
import { declareSchema } from './schema';
import { applyPendingEdits } from './wordNotes';
import type {
  AnalysisEntriesRecord,
  AnalysisRecord,
  ArticleRecord,
  CardRecord,
  ReviewRecord,
  SettingRecord,
  StatusLogRecord,
  WordListRecord,
  WordRecord,
} from './types';

/** The only place that opens IndexedDB. Everything else goes through the modules in `src/db/`. */
export class LesaDB extends Dexie {
  articles!: Table<ArticleRecord, number>;
  analyses!: Table<AnalysisRecord, number>;
  analysisEntries!: Table<AnalysisEntriesRecord, number>;
  words!: Table<WordRecord, string>;
  settings!: Table<SettingRecord, string>;
  lists!: Table<WordListRecord, number>;
  statusLog!: Table<StatusLogRecord, number>;
  cards!: Table<CardRecord, number>;
  reviews!: Table<ReviewRecord, number>;

  constructor(name = 'lesa') {
    super(name);
    declareSchema(this);
    // Before any other query (Dexie holds them until this is done), on every opening: the learner's
    // gloss/note edits whose writes a closing page did not finish (src/db/wordNotes.ts).
    this.on('ready', (vip) => applyPendingEdits(vip as LesaDB).then(() => undefined), true);
  }
}

let current: LesaDB | null = null;

/** The app's database (opened lazily). Tests may swap it with `useDatabase`. */
export function getDb(): LesaDB {
  current ??= new LesaDB();
  return current;
}

export function useDatabase(db: LesaDB) {
  current = db;
}
