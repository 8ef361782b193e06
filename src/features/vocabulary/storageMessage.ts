import type { TFunction } from 'i18next';
import { classifyStorageError } from '../../db/errors';

/** A clear message for a failed write (nothing was changed: every write is one transaction). */
export function storageMessage(e: unknown, t: TFunction): string {
  return t(`vocabulary:storage.${classifyStorageError(e)}`);
}
