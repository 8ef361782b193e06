import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LesaDB, useDatabase } from '../../db/db';
import { ImportListWithData } from './ImportListWithData';
import type { HeldSteps } from '../../../test/support/heldSteps';

/**
 * The real file reading (`readListFile`), held until the test lets it finish with `settle()`,
 * inside act(): the step after it is on screen when `settle` returns. Waiting for it with findBy
 * instead raced React's scheduled render against findBy's 1-second timeout, and lost on a loaded
 * machine (as in ImportListView.test.tsx).
 */
const steps = vi.hoisted(() => ({ current: undefined as unknown as HeldSteps }));
vi.mock('./importList', async (importOriginal) => {
  const real = await importOriginal<typeof import('./importList')>();
  const { heldSteps } = await import('../../../test/support/heldSteps');
  steps.current = heldSteps();
  return { ...real, readListFile: vi.fn(steps.current.hold(real.readListFile)) };
});
const settle = () => steps.current.settle();

let n = 0;
beforeEach(() => {
  steps.current.reset();
  useDatabase(new LesaDB(`test-import-list-data-${n++}`));
});

/** A CSV as Excel saves it on Windows: "CSV (Comma delimited)" is Windows-1252, not UTF-8. */
function windows1252(text: string): Uint8Array<ArrayBuffer> {
  const table: Record<string, number> = { á: 0xe1, ð: 0xf0, é: 0xe9, í: 0xed, ó: 0xf3, ú: 0xfa, ý: 0xfd, þ: 0xfe, æ: 0xe6, ö: 0xf6, Þ: 0xde, Ð: 0xd0 };
  return Uint8Array.from([...text].map((c) => table[c] ?? c.charCodeAt(0)));
}

/**
 * Excel's "Unicode Text": UTF-16 little-endian with a byte-order mark, tab separated. Some tools
 * save UTF-16 without the mark.
 */
function utf16le(text: string, { bom = true } = {}): Uint8Array<ArrayBuffer> {
  const at = bom ? 2 : 0;
  const out = new Uint8Array(at + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[at + 2 * i] = text.charCodeAt(i) & 0xff;
    out[at + 1 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}

describe('ImportListWithData: reading the file', () => {
  it.each([
    ['Windows-1252 (Excel’s plain CSV)', 'orð.csv', windows1252('Lemma,Gloss\nþyrping,cluster\næður,eider\n')],
    ['UTF-16 (Excel’s Unicode Text)', 'orð.txt', utf16le('Lemma\tGloss\nþyrping\tcluster\næður\teider\n')],
    ['UTF-16 without a byte-order mark', 'orð.csv', utf16le('Lemma,Gloss\nþyrping,cluster\næður,eider\n', { bom: false })],
  ])('a CSV in %s keeps its Icelandic letters', async (_, name, bytes) => {
    render(<ImportListWithData />);
    await userEvent.upload(screen.getByLabelText('Choose a file…'), new File([bytes], name));
    await settle();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument();
    const preview = screen.getByRole('table', { name: 'The first rows of the file' });
    expect(preview).toHaveTextContent('þyrping');
    expect(preview).toHaveTextContent('æður');
    expect(preview).not.toHaveTextContent('\uFFFD');
  });
});

describe('ImportListWithData: a file too big to be a word list', () => {
  it('is refused with its own message before it is read', async () => {
    render(<ImportListWithData />);
    const file = new File(['Lemma\nhestur\n'], 'orð.csv');
    // A 30 MB file, without making one: what the browser reports of a file before reading it.
    Object.defineProperty(file, 'size', { value: 30 * 1024 * 1024 });
    const read = [vi.spyOn(file, 'arrayBuffer'), vi.spyOn(file, 'text'), vi.spyOn(file, 'slice')];
    await userEvent.upload(screen.getByLabelText('Choose a file…'), file);
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent('This file is too big to be a word list (at most 20 MB). Is it the right file?');
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
    for (const spy of read) expect(spy).not.toHaveBeenCalled();
  });
});
