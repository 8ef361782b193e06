import Dexie from 'dexie';
import i18n from 'i18next';
import { StorageError, type ErrorKind } from '../../db/errors';
import { errorDetail, errorText, explainError, storageMessage, summarizeError } from './errorText';

const dom = (name: string, message = `${name} message`) => new DOMException(message, name);

/** [error, its kind, errorText in English, storageMessage in English (a failed write)] */
type Row = [string, unknown, ErrorKind, string | RegExp, string | RegExp];

const BLOCKED = 'Lesa’s database is in use by, or was closed by, Lesa in another tab. Close the other Lesa tabs and reload this page.';
const SAVE_BLOCKED = 'Could not save: Lesa is open in another tab that holds the database. Close the other tab and try again. Nothing was changed.';
const UNAVAILABLE = 'This browser does not let Lesa store data here (private mode?).';
const SAVE_UNAVAILABLE = 'Could not save: this browser does not allow storage here (private mode?). Nothing was changed.';
const QUOTA = 'This device’s storage is full. Free some space (delete articles you no longer need) and try again.';
const SAVE_QUOTA = "Could not save: this device's storage is full. Nothing was changed. Free some space and try again.";
const FORMAT = 'The data is not in the expected format; it may be damaged or incomplete.';
const SAVE_FAILED = 'Could not save, and nothing was changed; try again. ';

describe('error → kind → message', () => {
  // The rows where src/db/errors.ts and this module used to classify apart (each had its own
  // classifier), and those where both were wrong for what Dexie 4 really rejects with.
  const table: Row[] = [
    // The db said "unavailable" (private mode?), the messages "blocked": a transaction asked of a
    // connection that is closing is the other tab's doing.
    ['InvalidStateError from IDBDatabase.transaction', dom('InvalidStateError', "Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing."), 'blocked', BLOCKED, SAVE_BLOCKED],
    // …but an InvalidStateError that failed the opening is a browser refusing storage (the messages said "blocked").
    ['an opening refused with InvalidStateError', new Dexie.OpenFailedError(dom('InvalidStateError', 'A mutation operation was attempted on a database that did not allow mutations.')), 'unavailable', UNAVAILABLE, SAVE_UNAVAILABLE],
    // Both said "blocked" for any DatabaseClosedError, also the one Dexie wraps around a failed opening.
    ['no IndexedDB (DatabaseClosedError around MissingAPIError)', new Dexie.DatabaseClosedError(new Dexie.MissingAPIError('IndexedDB API missing')), 'unavailable', UNAVAILABLE, SAVE_UNAVAILABLE],
    ['an opening failed for the browser’s own reasons', new Dexie.DatabaseClosedError(dom('UnknownError', 'Internal error opening backing store for indexedDB.open.')), 'unknown', /^Something unexpected went wrong \(details: DatabaseClosedError: UnknownError/, /^Could not save, and nothing was changed; try again\. Something unexpected went wrong \(details: DatabaseClosedError/],
    ['closed for another tab’s upgrade', new Dexie.DatabaseClosedError(), 'blocked', BLOCKED, SAVE_BLOCKED],
    // The db said "unknown" for a guardStorage wrapper without a storage failure, whatever its cause.
    ["a StorageError('unknown') around a SyntaxError", new StorageError('unknown', new SyntaxError('Unexpected token < in JSON at position 0')), 'format', FORMAT, SAVE_FAILED + FORMAT],
    ['a StorageError naming blocked, without a cause', new StorageError('blocked'), 'blocked', BLOCKED, SAVE_BLOCKED],
    ['a full disk, as Dexie reports it', new Dexie.AbortError('Transaction aborted', dom('QuotaExceededError')), 'quota', QUOTA, SAVE_QUOTA],
    ['a full disk, from a worker', summarizeError(new Dexie.AbortError('Transaction aborted', dom('QuotaExceededError'))), 'quota', QUOTA, SAVE_QUOTA],
    ['a failed fetch, revived from a worker summary', new Error('Failed to fetch', { cause: summarizeError(new TypeError('Failed to fetch')) }), 'network', 'There was no network connection. Check that this device is online.', SAVE_FAILED + 'There was no network connection. Check that this device is online.'],
  ];
  it.each(table)('%s → %s', (_, e, kind, text, saveText) => {
    const t = i18n.getFixedT('en');
    expect(explainError(e, t).kind).toBe(kind);
    expectText(errorText(e, t), text);
    expectText(storageMessage(e, t), saveText);
  });

  it('every kind has a message in every language, none of them with the raw text', () => {
    const samples: unknown[] = [
      ...table.map((r) => r[1]),
      new Dexie.VersionError('v'),
      dom('NotReadableError', 'The requested file could not be read'),
      dom('AbortError', 'The user aborted a request.'),
      new Error('out of memory'),
    ];
    const kinds = new Set<ErrorKind>();
    for (const lng of ['en', 'is']) {
      const t = i18n.getFixedT(lng);
      for (const e of samples) {
        const { kind, reason } = explainError(e, t);
        kinds.add(kind);
        expect(reason).toBe(t(`common:errors.${kind}`));
        expect(reason).not.toMatch(/common:|errors\./);
        expect(reason).not.toContain('Error');
      }
    }
    expect([...kinds].sort()).toEqual(['aborted', 'blocked', 'format', 'network', 'quota', 'unavailable', 'unknown', 'unreadable', 'version']);
  });
});

/** The whole text, or (an unknown error, whose details are the browser's) its start. */
function expectText(actual: string, expected: string | RegExp) {
  if (typeof expected === 'string') expect(actual).toBe(expected);
  else expect(actual).toMatch(expected);
}

describe('errorDetail', () => {
  it('keeps the raw text of the error and of what it wraps, without repeats', () => {
    expect(errorDetail(new Dexie.AbortError('Transaction aborted', dom('QuotaExceededError', 'The quota has been exceeded.')))).toBe(
      'AbortError: Transaction aborted ← QuotaExceededError: The quota has been exceeded.',
    );
    expect(errorDetail(new Error('out of memory'))).toBe('out of memory');
    expect(errorDetail('boom')).toBe('boom');
    const revived = Object.assign(new Error('Failed to fetch', { cause: summarizeError(new TypeError('Failed to fetch')) }), { name: 'TypeError' });
    expect(errorDetail(revived)).toBe('TypeError: Failed to fetch');
    expect(errorDetail(new StorageError('unknown', new Dexie.ConstraintError('Key already exists')))).toBe('ConstraintError: Key already exists');
    expect(errorDetail(new StorageError('unknown'))).toBe('StorageError: storage: unknown');
  });
});

describe('errorText', () => {
  it('a known kind: the translated reason only', () => {
    const t = i18n.getFixedT('is');
    expect(errorText(new Dexie.QuotaExceededError('QuotaExceededError: The quota has been exceeded'), t)).toBe(
      'Geymslurými tækisins er fullt. Losaðu pláss (eyddu greinum sem þú þarft ekki lengur) og reyndu aftur.',
    );
  });

  it('an unknown error: a generic sentence with the raw text as its details', () => {
    expect(errorText(new Error('out of memory'), i18n.getFixedT('en'))).toBe('Something unexpected went wrong (details: out of memory).');
    expect(errorText(new RangeError('Invalid array length'), i18n.getFixedT('is'))).toBe('Eitthvað óvænt fór úrskeiðis (nánar: RangeError: Invalid array length).');
  });
});
