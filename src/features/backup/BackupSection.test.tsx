import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { inIcelandicWithAndWithoutIntlData } from '../../../test/support/noIcelandicIntl';
import { createBackup, serializeBackup } from '../../db/backup';
import { LesaDB, useDatabase } from '../../db/db';
import en from '../../i18n/bundles/en';
import is from '../../i18n/bundles/is';
import { Q_NEW } from '../../db/cards';
import { keepSession, resumeSession } from '../review/keptSession';
import { newCardState } from '../review/scheduler';
import { afterAnswer, startSession } from '../review/session';
import { BackupSection } from './BackupSection';
import { useSafetyCopy } from './backupActions';

let n = 0;
let db: LesaDB;
let downloads: { name: string; blob: Blob }[];

beforeEach(() => {
  db = new LesaDB(`backup-ui-${n++}`);
  useDatabase(db);
  useSafetyCopy.setState({ copy: null });
  downloads = [];
  let last: Blob | undefined;
  URL.createObjectURL = vi.fn((b: Blob) => {
    last = b;
    return 'blob:x';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: last! });
  });
});
afterEach(() => vi.restoreAllMocks());

const article = (i: number) => ({
  title: `Grein ${i}`, author: null, publishedAt: null, site: null, caption: null, text: `Texti ${i}.`, contentHash: `h${i}`, wordCount: 2, origin: 'paste', createdAt: i,
});

async function otherLibraryFile(): Promise<File> {
  const other = new LesaDB(`backup-ui-other-${n++}`);
  await other.articles.bulkAdd([article(1), article(2), article(3)]);
  await other.words.bulkAdd([{ lemma: 'hestur', status: 'known', updatedAt: 5 }]);
  await other.lists.add({ name: 'Listi', entries: [], sources: [], createdAt: 1, updatedAt: 1 });
  return new File([serializeBackup(await createBackup(other, new Date('2026-03-01T12:00:00Z')))], 'lesa-2026-03-01.lesa-backup.json', { type: 'application/json' });
}

describe('BackupSection', () => {
  it('downloads a backup of everything and remembers when', async () => {
    await db.articles.add(article(9));
    render(<BackupSection />);
    expect(await screen.findByText('No backup has been downloaded from this browser yet.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Download a backup' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toMatch(/^lesa-\d{4}-\d\d-\d\d\.lesa-backup\.json$/);
    const json = JSON.parse(await downloads[0].blob.text());
    expect(json.tables.articles.rows).toHaveLength(1);
    expect(await screen.findByText(/^Last backup: /)).toBeInTheDocument();
  });

  it('previews a backup (date, counts), then replaces the library, keeping a copy of the old one', async () => {
    await db.articles.add(article(7));
    render(<BackupSection />);
    await userEvent.upload(screen.getByLabelText('Restore from a backup file…'), await otherLibraryFile());
    const preview = await screen.findByRole('region', { name: 'Backup to restore' });
    expect(preview).toHaveTextContent('“lesa-2026-03-01.lesa-backup.json”, made');
    expect(screen.getByRole('row', { name: 'Articles 3' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: 'Words 1' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: 'Word lists 1' })).toBeInTheDocument();
    // Nothing is written by looking at it.
    expect(await db.articles.count()).toBe(1);
    await userEvent.click(screen.getByRole('radio', { name: /^Replace/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Replace with the backup' }));
    expect(await screen.findByText('Backup restored: 5 items.')).toBeInTheDocument();
    expect((await db.articles.toArray()).map((a) => a.title)).toEqual(['Grein 1', 'Grein 2', 'Grein 3']);
    await userEvent.click(screen.getByRole('button', { name: 'Download the copy from before the restore' }));
    const old = JSON.parse(await downloads.at(-1)!.blob.text());
    expect(old.tables.articles.rows.map((a: { title: string }) => a.title)).toEqual(['Grein 7']);
  });

  it('merge keeps what is here', async () => {
    await db.articles.add(article(7));
    render(<BackupSection />);
    await userEvent.upload(screen.getByLabelText('Restore from a backup file…'), await otherLibraryFile());
    await userEvent.click(await screen.findByRole('button', { name: 'Merge the backup' }));
    expect(await screen.findByText('Backup merged: 5 items added or updated, 0 already here.')).toBeInTheDocument();
    expect(await db.articles.count()).toBe(4);
    expect(useSafetyCopy.getState().copy).toBeNull();
  });

  it('dates and counts in the language’s style, in Icelandic also without Icelandic locale data', async () => {
    const other = new LesaDB(`backup-ui-other-${n++}`);
    await other.words.bulkAdd(Array.from({ length: 1234 }, (_, i) => ({ lemma: `orð${i}`, status: 'known' as const, updatedAt: i })));
    const file = new File([serializeBackup(await createBackup(other, new Date(2026, 2, 1, 12, 5)))], 'stort.lesa-backup.json', { type: 'application/json' });
    const { unmount } = render(<BackupSection />);
    await userEvent.upload(screen.getByLabelText('Restore from a backup file…'), file);
    const preview = await screen.findByRole('region', { name: 'Backup to restore' });
    expect(preview).toHaveTextContent('“stort.lesa-backup.json”, made 1 Mar 2026, 12:05.');
    expect(screen.getByRole('row', { name: 'Words 1,234' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Merge the backup' }));
    expect(await screen.findByText('Backup merged: 1,234 items added or updated, 0 already here.')).toBeInTheDocument();
    unmount();
    await inIcelandicWithAndWithoutIntlData(async () => {
      render(<BackupSection />);
      expect(await screen.findByText(/^Síðasta afrit: |^Ekkert afrit/)).toBeInTheDocument();
      await userEvent.upload(screen.getByLabelText('Endurheimta úr afritsskrá…'), file);
      const preview = await screen.findByRole('region', { name: 'Afrit til að endurheimta' });
      expect(preview).toHaveTextContent('„stort.lesa-backup.json“, gert 1. mar. 2026, 12:05.');
      expect(screen.getByRole('row', { name: 'Orð 1.234' })).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Sameina afritið' }));
      expect(await screen.findByText(/^Afrit sameinað: \d+ atriði ný eða uppfærð, 1\.234 voru þegar hér\.$/)).toBeInTheDocument();
    });
  });

  it('counts one item in the singular (“1 item”, Icelandic “1 atriði … var”)', async () => {
    const one = new LesaDB(`backup-ui-other-${n++}`);
    await one.articles.add(article(1));
    const file = new File([serializeBackup(await createBackup(one, new Date('2026-03-01T12:00:00Z')))], 'one.lesa-backup.json', { type: 'application/json' });
    const { unmount } = render(<BackupSection />);
    await userEvent.upload(screen.getByLabelText('Restore from a backup file…'), file);
    await userEvent.click(screen.getByRole('radio', { name: /^Replace/ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Replace with the backup' }));
    expect(await screen.findByText('Backup restored: 1 item.')).toBeInTheDocument();
    await userEvent.upload(screen.getByLabelText('Restore from a backup file…'), file);
    await userEvent.click(await screen.findByRole('radio', { name: /^Merge/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Merge the backup' }));
    expect(await screen.findByText('Backup merged: 0 items added or updated, 1 already here.')).toBeInTheDocument();
    unmount();
    await inIcelandicWithAndWithoutIntlData(async () => {
      render(<BackupSection />);
      await userEvent.upload(screen.getByLabelText('Endurheimta úr afritsskrá…'), file);
      await userEvent.click(await screen.findByRole('button', { name: 'Sameina afritið' }));
      expect(await screen.findByText('Afrit sameinað: 0 atriði ný eða uppfærð, 1 var þegar hér.')).toBeInTheDocument();
    });
  });

  it('every table of the database has a name in words in en and is, and the preview shows no raw table name', async () => {
    const tableNames = db.tables.map((t) => t.name);
    expect(tableNames).toContain('analysisEntries');
    for (const [lng, bundle] of Object.entries({ en, is })) {
      const names = (bundle.backup as { table: Record<string, unknown> }).table;
      for (const name of tableNames) expect(typeof names[name] === 'string' && (names[name] as string).trim() !== '', `${lng}: backup:table.${name}`).toBe(true);
    }
    render(<BackupSection />);
    await userEvent.upload(screen.getByLabelText('Restore from a backup file…'), await otherLibraryFile());
    const preview = await screen.findByRole('region', { name: 'Backup to restore' });
    const shown = within(preview).getAllByRole('rowheader').map((h) => h.textContent);
    expect(shown).toHaveLength(tableNames.length);
    expect(shown).toContain('Dictionary entries of article analyses');
    for (const name of tableNames) expect(shown).not.toContain(name);
  });

  it('says clearly what is wrong with a wrong, damaged or too-new file', async () => {
    render(<BackupSection />);
    const input = screen.getByLabelText('Restore from a backup file…');
    const cases: [string, string][] = [
      ['{"format":"lesa-list","version":1,"entries":[]}', 'This file is not a Lesa backup. It may be a word list'],
      ['PK\u0003\u0004 not json', 'This file is not a Lesa backup (it could not be read as one)'],
      [`{"format":"lesa-backup","version":1,"schemaVersion":999,"createdAt":"2026-01-01T00:00:00Z","tables":{}}`, 'made by a newer version of Lesa'],
      [`{"format":"lesa-backup","version":1,"schemaVersion":1,"createdAt":"2026-01-01T00:00:00Z","tables":{"words":{"rows":[{"status":"new"}]}}}`, 'damaged'],
    ];
    for (const [text, message] of cases) {
      await userEvent.upload(input, new File([text], 'x.json', { type: 'application/json' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(message);
      expect(screen.queryByRole('region', { name: 'Backup to restore' })).toBeNull();
    }
  });

  it('a file that can no longer be read (moved or changed after it was chosen): says so in words, Details keep the raw text; the same file can be chosen again', async () => {
    const file = await otherLibraryFile();
    vi.spyOn(file, 'arrayBuffer').mockRejectedValueOnce(
      new DOMException('A requested file or directory could not be found at the time an operation was processed.', 'NotFoundError'),
    );
    const { unmount } = render(<BackupSection />);
    await userEvent.upload(screen.getByLabelText('Restore from a backup file…'), file);
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('.error-message')).toHaveTextContent(
      'Nothing was restored. The file could not be read: it may have been moved, changed or deleted after it was chosen. Choose it again.',
    );
    expect(alert.querySelector('.error-message')?.textContent).not.toMatch(/storage|NotFoundError/);
    expect(within(alert).getByText(/^NotFoundError: A requested file/)).toBeInTheDocument();
    await userEvent.upload(screen.getByLabelText('Restore from a backup file…'), file);
    expect(await screen.findByRole('region', { name: 'Backup to restore' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    unmount();
    await inIcelandicWithAndWithoutIntlData(async () => {
      vi.spyOn(file, 'arrayBuffer').mockRejectedValueOnce(new DOMException('The requested file could not be read.', 'NotReadableError'));
      render(<BackupSection />);
      await userEvent.upload(screen.getByLabelText('Endurheimta úr afritsskrá…'), file);
      expect((await screen.findByRole('alert')).querySelector('.error-message')).toHaveTextContent(/^Ekkert var endurheimt\. Ekki tókst að lesa skrána: /);
    });
  });

  it('a restore that fails for lack of space says why, in the restore’s words', async () => {
    render(<BackupSection />);
    await userEvent.upload(screen.getByLabelText('Restore from a backup file…'), await otherLibraryFile());
    const merge = await screen.findByRole('button', { name: 'Merge the backup' });
    vi.spyOn(db, 'transaction').mockImplementation(() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) as never);
    await userEvent.click(merge);
    expect((await screen.findByRole('alert')).querySelector('.error-message')).toHaveTextContent(
      'The backup could not be restored, and nothing was changed. This device’s storage is full.',
    );
  });

  it('a review session kept across pages is forgotten once a backup is restored (it belonged to the library before)', async () => {
    const day = new Date(2026, 2, 2).getTime();
    const session = afterAnswer(
      startSession([1, 2].map((id) => ({ id, queue: Q_NEW, due: day }))),
      { rating: 1, reviewId: 1, durationMs: 1000 },
      { ...newCardState(new Date(0)), state: 1, due: day + 60_000, reps: 1, last_review: day },
      day,
    );
    keepSession(session, day);
    expect(resumeSession(day)).toBe(session);
    render(<BackupSection />);
    await userEvent.upload(screen.getByLabelText('Restore from a backup file…'), await otherLibraryFile());
    await userEvent.click(await screen.findByRole('button', { name: 'Merge the backup' }));
    await screen.findByText(/^Backup merged: /);
    expect(sessionStorage.getItem('lesa:review-session')).toBeNull();
    expect(resumeSession(day)).toBeNull(); // nor kept in memory
  });

  it('keyboard: focus goes into the preview when a file is read, to the result after restoring, back to the file button on Cancel; the result is announced', async () => {
    const user = userEvent.setup();
    render(<BackupSection />);
    const status = screen.getAllByRole('status').at(-1)!;
    expect(status).toBeEmptyDOMElement(); // in the page before the result, so it is announced
    const fileInput = screen.getByLabelText('Restore from a backup file…');
    fileInput.focus();
    await user.upload(fileInput, await otherLibraryFile());
    const preview = await screen.findByRole('region', { name: 'Backup to restore' });
    await waitFor(() => expect(within(preview).getByRole('heading', { name: 'Backup to restore' })).toHaveFocus());
    await user.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Backup to restore' })).toBeNull();
    expect(fileInput).toHaveFocus();

    await user.upload(fileInput, await otherLibraryFile());
    const merge = await screen.findByRole('button', { name: 'Merge the backup' });
    merge.focus();
    await user.keyboard('{Enter}');
    const done = await screen.findByText('Backup merged: 5 items added or updated, 0 already here.');
    expect(status).toContainElement(done);
    await waitFor(() => expect(done).toHaveFocus());
  });

  it('keyboard: "Download a backup" keeps focus while the backup is made (marked unavailable, not disabled)', async () => {
    const user = userEvent.setup();
    render(<BackupSection />);
    const button = screen.getByRole('button', { name: 'Download a backup' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toBeEnabled();
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(button).toHaveFocus();
    // The download is handed over before the backup's date is saved: the test ends only when the
    // section is done (else its last state update lands after the test environment is gone).
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
  });
});
