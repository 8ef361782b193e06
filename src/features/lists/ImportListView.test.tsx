import { render, screen } from '@testing-library/react';
import { heldSteps } from '../../../test/support/heldSteps';
import userEvent from '@testing-library/user-event';
import { ImportListView } from './ImportListView';
import { readImportFile, type ImportOutcome } from './importList';

/** The view's asynchronous steps — reading the chosen file, importing — are held (see heldSteps). */
const { hold, settle, reset } = heldSteps();
beforeEach(reset);

function setup(onImport = vi.fn(async (): Promise<ImportOutcome> => ({ plan: { added: [], skipped: [], conflicts: [] }, listId: 9 }))) {
  render(<ImportListView onRead={hold(async (f) => readImportFile(f.name, await f.text()))} onImport={hold(onImport)} />);
  return onImport;
}
/** Chooses a file and waits until it is read. */
async function upload(name: string, content: string | Uint8Array<ArrayBuffer>, user: Pick<typeof userEvent, 'upload'> = userEvent) {
  await user.upload(screen.getByLabelText('Choose a file…'), new File([content], name, { type: 'text/plain' }));
  await settle();
}
/** Presses Import and waits until the import is done. */
async function runImport(name: string) {
  await userEvent.click(screen.getByRole('button', { name }));
  await settle();
}

describe('ImportListView', () => {
  it('CSV without a header: the user maps columns, then imports', async () => {
    const onImport = setup();
    await upload('orð.csv', 'horse;hestur;dýr\ncat;köttur;\n');
    // Guessed: lemma = column 1 — wrong for this file; the user picks column 2.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'word (needed)' }), '1');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'meaning' }), '0');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'note' }), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText(/— 2 words/)).toBeInTheDocument();
    await runImport('Import 2 words');
    const [list, choice] = onImport.mock.calls[0] as unknown as [{ name: string; entries: { lemma: string; gloss: string; note: string }[] }, object];
    expect(list.name).toBe('orð');
    expect(list.entries.map((e) => [e.lemma, e.gloss, e.note])).toEqual([['hestur', 'horse', 'dýr'], ['köttur', 'cat', '']]);
    expect(choice).toEqual({ vocabulary: true, keepList: true });
    expect(screen.getByRole('link', { name: 'Open the list' })).toHaveAttribute('href', '#/lists/9');
  });

  it('a bad CSV row is named by row and field, and nothing is imported', async () => {
    const onImport = setup();
    await upload('orð.csv', 'Lemma,Gloss,Gender\nhestur,horse,m\nköttur,cat,x\n');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Row 3, gender: should be m, f or n');
    expect(onImport).not.toHaveBeenCalled();
  });

  it('a file that is not a Lesa list says so', async () => {
    setup();
    await upload('x.json', '{"some": "thing"}');
    expect(screen.getByRole('alert')).toHaveTextContent('This is not a Lesa list file.');
  });

  it('a CSV of nothing but whitespace is refused as having no words, not shown as a blank column to map', async () => {
    const onImport = setup();
    await upload('orð.csv', '  \r\n\t \r\n');
    expect(screen.getByRole('alert')).toHaveTextContent('The file has no words.');
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
    expect(onImport).not.toHaveBeenCalled();
  });

  it.each([
    ['a spreadsheet saved as .xlsx but named .csv', 'orð.csv'],
    ['a picture renamed .txt', 'mynd.txt'],
  ])('a binary file (%s) is refused as not a text file, not shown as columns of garbage', async (_, name) => {
    const onImport = setup();
    // The first bytes of a PNG (and, like an .xlsx, full of NUL bytes and invalid UTF-8).
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0xc0, 0xff, 0xfe]);
    await upload(name, bytes);
    expect(screen.getByRole('alert')).toHaveTextContent('This is not a text file.');
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('a refused file: the file button stays, marked invalid and described by the message, for the next file', async () => {
    const onImport = setup();
    await upload('x.json', '{"some": "thing"}');
    const input = screen.getByLabelText('Choose a file…');
    expect(screen.getByRole('alert')).toHaveTextContent('This is not a Lesa list file.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('This is not a Lesa list file.'));
    // Another refused file replaces the message; there is one, and the button still points at it.
    await upload('orð.csv', '  \n ');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(input).toHaveAccessibleDescription(expect.stringContaining('The file has no words.'));
    expect(input).not.toHaveAccessibleDescription(expect.stringContaining('Lesa list'));
    // A good file goes on as usual.
    await upload('orð.csv', 'Lemma,Gloss\nhestur,horse\n');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('a bad value in a mapped column marks that column’s choice; choosing again clears it, and the other choices and the name are kept', async () => {
    setup();
    await upload('orð.csv', 'Lemma,Gloss,Gender\nhestur,horse,m\nköttur,cat,x\n');
    const gender = screen.getByRole('combobox', { name: 'gender' });
    const name = screen.getByRole('textbox', { name: 'List name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Dýr');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(gender).toHaveAttribute('aria-invalid', 'true');
    expect(gender).toHaveAccessibleDescription(expect.stringContaining('Row 3, gender: should be m, f or n'));
    expect(screen.getByRole('combobox', { name: 'meaning' })).not.toHaveAttribute('aria-invalid');
    await userEvent.selectOptions(gender, '');
    expect(gender).not.toHaveAttribute('aria-invalid');
    expect(gender).not.toHaveAttribute('aria-describedby');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('combobox', { name: 'meaning' })).toHaveValue('1');
    expect(name).toHaveValue('Dýr');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText(/— 2 words/)).toBeInTheDocument();
    expect(screen.getByText('Dýr')).toBeInTheDocument();
  });

  it('a file with no or an old version number is called damaged, not "from a newer Lesa"', async () => {
    setup();
    await upload('l.lesa-list.json', JSON.stringify({ format: 'lesa-list', version: 0, name: 'L', entries: [{ lemma: 'hestur' }] }));
    expect(screen.getByRole('alert')).toHaveTextContent('version number is missing or not one Lesa knows');
    expect(screen.getByRole('alert')).not.toHaveTextContent('newer');
  });

  it('shows what was added, skipped, and conflicted', async () => {
    const w = (lemma: string, gloss = '') => ({ lemma, display: lemma, pos: null, gender: null, gloss, note: '', example: '' });
    setup(vi.fn(async (): Promise<ImportOutcome> => ({
      plan: { added: [w('hestur')], skipped: [{ word: w('köttur'), reason: 'known' as const }], conflicts: [{ word: w('á', 'river'), yours: 'on', status: 'learning' as const }] },
    })));
    await upload('l.lesa-list.json', JSON.stringify({ format: 'lesa-list', version: 1, name: 'L', entries: [{ lemma: 'hestur' }] }));
    await runImport('Import 1 word');
    expect(screen.getByText('Added 1, skipped 1, conflicting 1.')).toBeInTheDocument();
    expect(screen.getByText('köttur — you marked it Known')).toBeInTheDocument();
    expect(screen.getByText('á: yours “on”, the file’s “river”')).toBeInTheDocument();
  });

  it('a list the student already has is not saved again: the result says so and opens the one they have', async () => {
    setup(vi.fn(async (): Promise<ImportOutcome> => ({ plan: { added: [], skipped: [], conflicts: [] }, listId: 4, listExisted: true })));
    await upload('l.lesa-list.json', JSON.stringify({ format: 'lesa-list', version: 1, name: 'L', entries: [{ lemma: 'hestur' }] }));
    await runImport('Import 1 word');
    expect(screen.getByText('You already have this list, so it was not saved again.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the list' })).toHaveAttribute('href', '#/lists/4');
  });

  it('keyboard: each step takes focus (the control that had it is gone), and the result after an import', async () => {
    const user = userEvent.setup();
    setup();
    const input = screen.getByLabelText('Choose a file…');
    input.focus();
    await upload('orð.csv', 'Lemma,Gloss\nhestur,horse\n', user);
    const heading = screen.getByRole('heading', { name: 'Import a list' });
    expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument();
    expect(heading).toHaveFocus();
    screen.getByRole('button', { name: 'Continue' }).focus();
    await user.keyboard('{Enter}');
    expect(heading).toHaveFocus();
    screen.getByRole('button', { name: 'Import 1 word' }).focus();
    await user.keyboard('{Enter}');
    await settle();
    const link = screen.getByRole('link', { name: 'Open the list' });
    expect(link.closest('[role="status"]')!.querySelector('.notice')).toHaveFocus();
  });
  it('a file that can no longer be read (moved or changed after it was chosen): says so in words; the same file can be chosen again', async () => {
    const onRead = vi.fn().mockRejectedValueOnce(new DOMException('The requested file could not be read, typically due to permission problems that have occurred after a reference to a file was acquired.', 'NotReadableError'));
    onRead.mockImplementation(async (f: File) => readImportFile(f.name, await f.text()));
    render(<ImportListView onRead={onRead} onImport={vi.fn()} />);
    const file = new File(['hestur\n'], 'orð.csv', { type: 'text/plain' });
    await userEvent.upload(screen.getByLabelText('Choose a file…'), file);
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('.error-message')).toHaveTextContent(
      'Nothing was imported. The file could not be read: it may have been moved, changed or deleted after it was chosen. Choose it again.',
    );
    expect(alert.querySelector('.error-message')?.textContent).not.toContain('NotReadableError');
    expect(alert.querySelector('details')).toHaveTextContent('NotReadableError: The requested file could not be read');
    const input = screen.getByLabelText('Choose a file…');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Nothing was imported. The file could not be read'));
    await userEvent.upload(screen.getByLabelText('Choose a file…'), file);
    expect(await screen.findByRole('button', { name: 'Continue' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
