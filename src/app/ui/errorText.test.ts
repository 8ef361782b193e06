import Dexie from 'dexie';
import i18n from 'i18next';
import { StorageError } from '../../db/errors';
import { errorDetail, errorKind, errorText, explainError, summarizeError, type ErrorKind } from './errorText';

const dom = (name: string, message = `${name} message`) => new DOMException(message, name);

describe('errorKind', () => {
  const table: [string, unknown, ErrorKind][] = [
    ['a DOMException QuotaExceededError', dom('QuotaExceededError', 'The quota has been exceeded.'), 'quota'],
    ['Dexie.QuotaExceededError', new Dexie.QuotaExceededError('full'), 'quota'],
    ['a Dexie AbortError with a QuotaExceededError inside', new Dexie.AbortError('Transaction aborted', dom('QuotaExceededError')), 'quota'],
    ['a BulkError whose failures hold a QuotaExceededError', new Dexie.BulkError('2 of 3 failed', [new Dexie.ConstraintError('dup'), dom('QuotaExceededError')]), 'quota'],
    ['a StorageError (guardStorage) naming quota', new StorageError('quota', new Error('x')), 'quota'],
    ['Dexie.OpenFailedError around a VersionError', new Dexie.OpenFailedError('open failed', dom('VersionError')), 'version'],
    ['Dexie.VersionError', new Dexie.VersionError('v'), 'version'],
    ['Dexie.DatabaseClosedError', new Dexie.DatabaseClosedError(), 'blocked'],
    ['InvalidStateError from IDBDatabase.transaction', dom('InvalidStateError', "Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing."), 'blocked'],
    ['a StorageError naming blocked, without a cause', new StorageError('blocked'), 'blocked'],
    ['Dexie.MissingAPIError', new Dexie.MissingAPIError('IndexedDB API missing'), 'unavailable'],
    ['NotReadableError on a File read', dom('NotReadableError', 'The requested file could not be read'), 'unreadable'],
    ['NotFoundError on a File read', dom('NotFoundError', 'A requested file or directory could not be found at the time an operation was processed.'), 'unreadable'],
    ['IndexedDB NotFoundError (an object store)', dom('NotFoundError', "Failed to execute 'transaction' on 'IDBDatabase': One of the specified object stores was not found."), 'unknown'],
    ['JSON.parse SyntaxError', (() => { try { JSON.parse('<html>'); } catch (e) { return e; } })(), 'format'],
    ['Chromium fetch TypeError', new TypeError('Failed to fetch'), 'network'],
    ['Firefox fetch TypeError', new TypeError('NetworkError when attempting to fetch resource.'), 'network'],
    ['Safari fetch TypeError', new TypeError('Load failed'), 'network'],
    ['another TypeError', new TypeError("Cannot read properties of undefined (reading 'x')"), 'unknown'],
    ['AbortError (fetch aborted)', dom('AbortError', 'The user aborted a request.'), 'aborted'],
    ['Dexie.AbortError with nothing known inside', new Dexie.AbortError('Transaction aborted'), 'aborted'],
    ['an Error', new Error('out of memory'), 'unknown'],
    ['a string', 'boom', 'unknown'],
    ['undefined', undefined, 'unknown'],
    ['a summary from a worker (quota wrapped in an AbortError)', summarizeError(new Dexie.AbortError('Transaction aborted', dom('QuotaExceededError'))), 'quota'],
    ['a summary from a worker (fetch failed)', summarizeError(new TypeError('Failed to fetch')), 'network'],
    ['an error revived from a worker summary', new Error('Failed to fetch', { cause: summarizeError(new TypeError('Failed to fetch')) }), 'network'],
  ];
  it.each(table)('%s → %s', (_, e, kind) => {
    expect(errorKind(e)).toBe(kind);
  });

  it('every kind has a message in every language, none of them with the raw text', () => {
    for (const lng of ['en', 'is']) {
      const t = i18n.getFixedT(lng);
      for (const [, e, kind] of table) {
        const { reason } = explainError(e, t);
        expect(reason).toBe(t(`common:errors.${kind}`));
        expect(reason).not.toMatch(/common:|errors\./);
        expect(reason).not.toContain('Error');
      }
    }
  });
});

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
