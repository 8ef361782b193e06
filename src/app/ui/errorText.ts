import type { TFunction } from 'i18next';
import { errorChain, errorKind, type ErrorKind } from '../../db/errors';

/**
 * What went wrong, in the words the learner is told. What kind of error it is is decided in one
 * place, `errorKind` (src/db/errors.ts); this module only gives each kind its text
 * (`common:errors.<kind>`, and `common:saveFailed.<kind>` for a failed write). A caught error's own
 * text is the browser's or a library's English ("QuotaExceededError: The quota has been exceeded",
 * "Unexpected token < in JSON…"), so it is never the message — only its detail, for bug reports.
 */

/** An error as it crosses a worker boundary (`postMessage` keeps no class, and not always the name). */
export interface ErrorSummary {
  name: string;
  message: string;
  inner?: ErrorSummary;
}

/**
 * The error's technical text, for the "Details" part of a message: "Name: message" of it and of
 * what it wraps (without repeats), e.g. "AbortError: Transaction aborted ← QuotaExceededError: …".
 */
export function errorDetail(e: unknown): string {
  const parts: string[] = [];
  const links = errorChain(e);
  for (const [i, { name, message }] of links.entries()) {
    // guardStorage's wrapper ("StorageError: storage: unknown") says nothing its cause does not.
    if (name === 'StorageError' && i < links.length - 1) continue;
    // Dexie puts the wrapped error's text on lines of its own after its message.
    const m = message.trim().replace(/\s*\n\s*/g, ' ← ');
    const text = !name || name === 'Error' || m.startsWith(name) ? m || name : m ? `${name}: ${m}` : name;
    if (text && !parts.some((p) => p.includes(text))) parts.push(text);
  }
  return parts.join(' ← ') || String(e);
}

/**
 * An error as plain data that `postMessage` keeps whole (a class, and with it the name, is not
 * always kept), wrapped errors included; `errorKind` and `errorDetail` read it like the error itself.
 */
export function summarizeError(e: unknown, depth = 0): ErrorSummary {
  if (e == null || typeof e !== 'object') return { name: '', message: String(e) };
  const o = e as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
  const out: ErrorSummary = { name: typeof o.name === 'string' ? o.name : '', message: typeof o.message === 'string' ? o.message : String(e) };
  const next = o.inner ?? o.cause;
  if (next != null && next !== e && depth < 5) out.inner = summarizeError(next, depth + 1);
  return out;
}

export interface ExplainedError {
  kind: ErrorKind;
  /** One or two translated sentences, without the error's own text. */
  reason: string;
  /** The raw technical text (English, from the browser or a library). */
  detail: string;
}

/** A caught error as a translated, plain-language reason, with its raw text kept apart. */
export function explainError(e: unknown, t: TFunction): ExplainedError {
  const kind = errorKind(e);
  return { kind, reason: t(`common:errors.${kind}`), detail: errorDetail(e) };
}

/**
 * The reason as one string, for messages that can only hold text (toasts, a status line): an
 * unknown error's reason names its raw text in parentheses, as a "Details" aside; the known kinds'
 * reasons say all the learner needs.
 */
export function errorText(e: unknown, t: TFunction): string {
  const { kind, reason, detail } = explainError(e, t);
  return kind === 'unknown' ? t('common:errors.unknownWithDetail', { detail }) : reason;
}

/** The kinds a failed write has a sentence of its own for (`common:saveFailed.<kind>`). */
const SAVE_KINDS: readonly ErrorKind[] = ['quota', 'blocked', 'version', 'unavailable'];

/**
 * A clear message for a failed write (nothing was changed: every write is one transaction): a
 * storage failure in its own words; any other error by its kind (see `errorText`), an unknown one
 * with its raw text kept as a "details" aside.
 */
export function storageMessage(e: unknown, t: TFunction): string {
  const kind = errorKind(e);
  if (SAVE_KINDS.includes(kind)) return t(`common:saveFailed.${kind}`);
  return t('common:saveFailed.failed', { error: errorText(e, t) });
}
