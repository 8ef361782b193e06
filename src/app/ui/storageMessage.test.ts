import Dexie from 'dexie';
import i18n from 'i18next';
import { StorageError } from '../../db/errors';
import { storageMessage } from './errorText';

const en = () => i18n.getFixedT('en');
const is = () => i18n.getFixedT('is');

describe('storageMessage', () => {
  it('a storage failure keeps its own sentence (also wrapped by Dexie or guardStorage)', () => {
    const full = new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(storageMessage(full, en())).toBe("Could not save: this device's storage is full. Nothing was changed. Free some space and try again.");
    expect(storageMessage(new StorageError('quota', full), en())).toBe(storageMessage(full, en()));
    expect(storageMessage(new Dexie.DatabaseClosedError(), en())).toMatch(/^Could not save: Lesa is open in another tab/);
    expect(storageMessage(new Dexie.OpenFailedError('open failed', new DOMException('v', 'VersionError')), is())).toMatch(/^Ekki tókst að vista: nýrri útgáfa af Lesa/);
    expect(storageMessage(new Dexie.MissingAPIError('IndexedDB API missing'), en())).toMatch(/private mode\?/);
    for (const e of [full, new Dexie.DatabaseClosedError()]) expect(storageMessage(e, en())).not.toMatch(/Error|details/);
  });

  it('an unknown error: a translated sentence, its raw text kept only as the details aside', () => {
    const e = new TypeError("Cannot read properties of undefined (reading 'id')");
    expect(storageMessage(e, en())).toBe(
      "Could not save, and nothing was changed; try again. Something unexpected went wrong (details: TypeError: Cannot read properties of undefined (reading 'id')).",
    );
    expect(storageMessage(new StorageError('unknown', new Dexie.ConstraintError('Key already exists in the object store.')), is())).toBe(
      'Ekki tókst að vista og engu var breytt; reyndu aftur. Eitthvað óvænt fór úrskeiðis (nánar: ConstraintError: Key already exists in the object store.).',
    );
  });

  it('another known kind is named in words, without the raw text', () => {
    expect(storageMessage(new Dexie.AbortError('Transaction aborted'), en())).toBe(
      'Could not save, and nothing was changed; try again. The operation was stopped before it finished.',
    );
  });
});
