import type Dexie from 'dexie';
import { create } from 'zustand';

/**
 * The database connection as seen by this tab:
 * - `outdated`: another tab opened a newer version of Lesa (or deleted the database); this tab's
 *   connection was closed so that the other tab could upgrade, and this tab must reload.
 * - `blocked`: this tab wants to upgrade the database but an older tab holds it open.
 */
export interface DbWatchState {
  outdated: boolean;
  blocked: boolean;
}

export const useDbWatch = create<DbWatchState>(() => ({ outdated: false, blocked: false }));

const watched = new WeakSet<Dexie>();

/** Subscribes to the connection's `versionchange`, `blocked` and `ready` events (once per db). */
export function watchDatabase(db: Dexie): void {
  if (watched.has(db)) return;
  watched.add(db);
  db.on('versionchange', () => {
    // Close the connection so the other tab's upgrade can go on, and keep it closed: this tab's
    // old code must not touch the new database, so ask for a reload. Returning false stops
    // Dexie's own listener, which runs after this one and would close with auto-open turned back
    // on (the next query would then silently reopen the upgraded database).
    db.close({ disableAutoOpen: true });
    useDbWatch.setState({ outdated: true });
    return false;
  });
  db.on('blocked', () => {
    useDbWatch.setState({ blocked: true });
  });
  db.on('ready', () => {
    useDbWatch.setState({ blocked: false });
  });
}
