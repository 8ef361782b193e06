import type { TFunction } from 'i18next';
import { errorText, errorKind } from '../../app/ui/errorText';

/** The kinds a failed write has its own sentence for (`vocabulary:storage.<kind>`). */
const STORAGE_KINDS = new Set(['quota', 'blocked', 'version', 'unavailable']);

/**
 * A clear message for a failed write (nothing was changed: every write is one transaction): a
 * storage failure in its own words; any other error by its kind (see `errorText`), an unknown one
 * with its raw text kept as a "details" aside.
 */
export function storageMessage(e: unknown, t: TFunction): string {
  const kind = errorKind(e);
  if (STORAGE_KINDS.has(kind)) return t(`vocabulary:storage.${kind}`);
  return t('vocabulary:storage.failed', { error: errorText(e, t) });
}
