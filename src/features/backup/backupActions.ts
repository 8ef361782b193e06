import { create } from 'zustand';
import {
  backupBytes,
  backupFileName,
  createBackup,
  readBackup,
  restoreBackup,
  type BackupFile,
  type ParsedBackup,
  type RestoreMode,
  type RestoreResult,
} from '../../db/backup';
import { getDb } from '../../db/db';
import { guardStorage } from '../../db/errors';
import { getSetting, setSetting } from '../../db/settings';
import { forgetSession } from '../review/keptSession';
import { LAST_BACKUP_KEY, REVIEWS_AT_LAST_BACKUP_KEY, countReviews } from './backupCounters';
import { saveFile, type ExportFile } from '../export/exportFile';

export { countReviews, LAST_BACKUP_KEY, REVIEWS_AT_LAST_BACKUP_KEY } from './backupCounters';

async function toFile(backup: BackupFile, when: Date): Promise<ExportFile> {
  return { name: backupFileName(when), mime: 'application/json', data: await backupBytes(backup) };
}

/** Makes a backup of the whole library as a file (nothing is downloaded yet). */
export async function makeBackupFile(now = new Date()): Promise<ExportFile> {
  return toFile(await createBackup(getDb(), now), now);
}

/** Makes a backup, hands it to the browser's download and remembers when. */
export async function downloadBackup(): Promise<void> {
  const now = new Date();
  const file = await makeBackupFile(now);
  saveFile(file);
  const reviews = await countReviews();
  await setSetting(LAST_BACKUP_KEY, now.getTime()).catch(() => undefined);
  await setSetting(REVIEWS_AT_LAST_BACKUP_KEY, reviews).catch(() => undefined);
}

export function lastBackupAt(): Promise<number | null> {
  return getSetting<number | null>(LAST_BACKUP_KEY, null);
}

/** The library as it was just before the last "replace" restore, kept in memory for this session. */
interface SafetyCopy {
  file: ExportFile;
  at: number;
}

export const useSafetyCopy = create<{ copy: SafetyCopy | null }>(() => ({ copy: null }));

export function saveSafetyCopy(): void {
  const c = useSafetyCopy.getState().copy;
  if (c) saveFile(c.file);
}

/** Reads and checks a chosen file; throws `BackupError` with what is wrong with it. */
export async function inspectBackupFile(file: Blob): Promise<ParsedBackup> {
  return readBackup(getDb(), new Uint8Array(await file.arrayBuffer()));
}

/**
 * Restores a checked backup. Before a replace, the current library is copied in memory (offered
 * for download) so that a wrong choice can be undone. The restore itself is one transaction; after
 * it, a review session kept across pages (keptSession) is forgotten.
 */
export async function applyBackup(parsed: ParsedBackup, mode: RestoreMode): Promise<RestoreResult> {
  const db = getDb();
  if (mode === 'replace') {
    const now = new Date();
    const before = await createBackup(db, now);
    const file = await toFile(before, now);
    useSafetyCopy.setState({ copy: { file: { ...file, name: file.name.replace(/^lesa-/, 'lesa-before-restore-') }, at: now.getTime() } });
  }
  const result = await guardStorage(() => restoreBackup(db, parsed, mode));
  // A review session kept from before belongs to the library as it was: start afresh.
  forgetSession();
  return result;
}
