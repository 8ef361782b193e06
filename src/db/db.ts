import Dexie, { type Table } from 'dexie';
import { declareSchema } from './schema';
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
