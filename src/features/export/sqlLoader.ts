import type { SqlJsStatic } from 'sql.js';

let sql: Promise<SqlJsStatic> | null = null;

/** sql.js with its wasm, loaded on first use only (the Anki export is the one user). */
export function loadSqlJs(): Promise<SqlJsStatic> {
  sql ??= (async () => {
    const [{ default: initSqlJs }, { default: wasmUrl }] = await Promise.all([
      import('sql.js'),
      import('sql.js/dist/sql-wasm.wasm?url'),
    ]);
    return initSqlJs({ locateFile: () => wasmUrl });
  })();
  sql.catch(() => {
    sql = null;
  });
  return sql;
}
