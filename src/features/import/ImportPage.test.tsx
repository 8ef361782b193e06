import { fireEvent, render, screen } from '@testing-library/react';
import { AnalysisProvider } from '../../app/services';
import type { AnalysisClient } from '../../worker/client';
import * as importArticle from './importArticle';
import { ImportPage } from './ImportPage';

vi.mock('./importArticle', async (original) => {
  const actual = await original<typeof import('./importArticle')>();
  return { ...actual, prepareInputImport: vi.fn(actual.prepareInputImport), prepareFileImport: vi.fn(actual.prepareFileImport) };
});

const prepareInputImport = vi.mocked(importArticle.prepareInputImport);
const prepareFileImport = vi.mocked(importArticle.prepareFileImport);
const ARTICLE = 'Veðrið kólnar um helgina\n\nBúist er við kólnandi veðri um allt land um helgina. Veðurstofan spáir norðanátt og éljum fyrir norðan.';

function setup() {
  const client = { state: () => ({ status: 'ready' }), subscribe: () => () => {} } as unknown as AnalysisClient;
  render(
    <AnalysisProvider client={client}>
      <ImportPage />
    </AnalysisProvider>,
  );
  const box = screen.getByRole('textbox', { name: 'Paste an article' });
  const status = screen.getByRole('status');
  return { box, status };
}

beforeEach(() => {
  prepareInputImport.mockClear();
  prepareFileImport.mockClear();
});

describe('ImportPage busy state', () => {
  it('shows that cleaning is under way before the work starts, ignores a second press, then shows the preview', async () => {
    const { box, status } = setup();
    expect(status).toHaveTextContent('');
    fireEvent.change(box, { target: { value: ARTICLE } });
    fireEvent.click(screen.getByRole('button', { name: 'Clean up and preview' }));

    // Painted before the heavy work: the work has not run yet, the button says so and is disabled.
    const button = screen.getByRole('button', { name: 'Cleaning…' });
    expect(button).toBeDisabled();
    expect(status).toHaveTextContent('Cleaning the article…');
    expect(prepareInputImport).not.toHaveBeenCalled();

    // A second press while busy starts nothing.
    fireEvent.click(button);
    fireEvent.keyDown(button, { key: 'Enter' });

    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveValue('Veðrið kólnar um helgina');
    expect(prepareInputImport).toHaveBeenCalledTimes(1);
  });

  it('an error still shows its message, keeps the pasted text and frees the button', async () => {
    const { box, status } = setup();
    fireEvent.change(box, { target: { value: '   \n  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Clean up and preview' }));
    expect(screen.getByRole('button', { name: 'Cleaning…' })).toBeDisabled();
    expect(screen.queryByRole('alert')).toBeNull();

    expect(await screen.findByRole('alert')).toHaveTextContent('the text is empty');
    expect(box).toHaveValue('   \n  ');
    expect(screen.getByRole('button', { name: 'Clean up and preview' })).toBeEnabled();
    expect(status).toHaveTextContent('');
    expect(prepareInputImport).toHaveBeenCalledTimes(1);
  });

  it('focus goes back to the button after an error (disabling it had moved focus to the page)', async () => {
    const { box } = setup();
    fireEvent.change(box, { target: { value: ' ' } });
    const button = screen.getByRole('button', { name: 'Clean up and preview' });
    button.focus();
    fireEvent.click(button);
    button.blur(); // what the browser does to a focused element that becomes disabled
    await screen.findByRole('alert');
    expect(button).toHaveFocus();
  });

  it('an unexpected failure while cleaning says so and keeps the text', async () => {
    const { box } = setup();
    prepareInputImport.mockImplementationOnce(() => {
      throw new Error('boom');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    fireEvent.change(box, { target: { value: ARTICLE } });
    fireEvent.click(screen.getByRole('button', { name: 'Clean up and preview' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong while cleaning');
    expect(box).toHaveValue(ARTICLE);
    expect(screen.getByRole('button', { name: 'Clean up and preview' })).toBeEnabled();
    logged.mockRestore();
  });

  it('opening files shows the same busy state, and files chosen while busy are ignored', async () => {
    const { status } = setup();
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    const file = new File([ARTICLE], 'vedur.txt', { type: 'text/plain' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(screen.getByRole('button', { name: 'Cleaning…' })).toBeDisabled();
    expect(status).toHaveTextContent('Cleaning the article…');
    expect(input).toBeDisabled();
    expect(prepareFileImport).not.toHaveBeenCalled();

    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveValue('Veðrið kólnar um helgina');
    expect(prepareFileImport).toHaveBeenCalledTimes(1);
  });
});
