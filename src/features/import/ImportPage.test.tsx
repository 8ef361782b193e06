import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AnalysisProvider } from '../../app/services';
import type { AnalysisClient } from '../../worker/client';
import { aborted, createTextCleaner, type TextCleaner } from './cleanClient';
import { runTextJob, type PrepareResult, type TextJob } from './importArticle';
import { ImportPage } from './ImportPage';
import { MAX_TEXT_CHARS } from '../../lang/text-input';

const ARTICLE = 'Veðrið kólnar um helgina\n\nBúist er við kólnandi veðri um allt land um helgina. Veðurstofan spáir norðanátt og éljum fyrir norðan.';
const OTHER = 'Ferjan siglir aftur\n\nHerjólfur siglir aftur til Vestmannaeyja á morgun. Ófært hefur verið í tvo daga vegna veðurs.';

/** The real cleaner without a worker (jsdom has none), watched: every job the page hands it. */
function spyCleaner() {
  const real = createTextCleaner(null);
  return { clean: vi.fn((job: TextJob, signal?: AbortSignal) => real.clean(job, signal)), dispose: vi.fn(() => {}) };
}

/** A cleaner that answers only when the test says so (a worker still busy), and ignores aborts. */
function heldCleaner() {
  const calls: { job: TextJob; signal?: AbortSignal; resolve: (r: PrepareResult) => void; reject: (e: unknown) => void }[] = [];
  const cleaner: TextCleaner = {
    clean: (job, signal) => new Promise((resolve, reject) => calls.push({ job, signal, resolve, reject })),
    dispose: vi.fn(() => {}),
  };
  return { cleaner, calls };
}

function setup<C extends TextCleaner = ReturnType<typeof spyCleaner>>(cleaner: C = spyCleaner() as unknown as C) {
  const client = { state: () => ({ status: 'ready' }), subscribe: () => () => {} } as unknown as AnalysisClient;
  const view = render(
    <AnalysisProvider client={client}>
      <ImportPage makeCleaner={() => cleaner} />
    </AnalysisProvider>,
  );
  const box = screen.getByRole('textbox', { name: 'Paste an article' });
  const status = screen.getByRole('status');
  return { box, status, cleaner, view };
}

const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('ImportPage busy state', () => {
  it('shows that cleaning is under way before the work starts, ignores a second press, then shows the preview', async () => {
    const { box, status, cleaner } = setup();
    expect(status).toHaveTextContent('');
    fireEvent.change(box, { target: { value: ARTICLE } });
    press('Clean up and preview');

    // Painted before the heavy work: the work has not run yet, the button says so and is disabled.
    const button = screen.getByRole('button', { name: 'Cleaning…' });
    expect(button).toBeDisabled();
    expect(status).toHaveTextContent('Cleaning the article…');
    expect(cleaner.clean).not.toHaveBeenCalled();

    // A second press while busy starts nothing.
    fireEvent.click(button);
    fireEvent.keyDown(button, { key: 'Enter' });

    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveValue('Veðrið kólnar um helgina');
    expect(cleaner.clean).toHaveBeenCalledTimes(1);
    expect(cleaner.clean.mock.calls[0][0]).toEqual({ text: ARTICLE, origin: 'paste' });
  });

  it('without a worker (the default cleaner in jsdom) the page still cleans, on the main thread', async () => {
    const client = { state: () => ({ status: 'ready' }), subscribe: () => () => {} } as unknown as AnalysisClient;
    render(
      <AnalysisProvider client={client}>
        <ImportPage />
      </AnalysisProvider>,
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'Paste an article' }), { target: { value: ARTICLE } });
    press('Clean up and preview');
    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveValue('Veðrið kólnar um helgina');
  });

  it('a worker that dies mid-clean: the same article is cleaned on the main thread, no message', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const dying = {
      onerror: null as ((ev: Partial<ErrorEvent>) => void) | null,
      postMessage() {
        setTimeout(() => this.onerror?.({ message: 'crashed', preventDefault() {} }), 0);
      },
      terminate: vi.fn(),
    };
    const { box } = setup(createTextCleaner(() => dying as unknown as Worker));
    fireEvent.change(box, { target: { value: ARTICLE } });
    press('Clean up and preview');
    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveValue('Veðrið kólnar um helgina');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(dying.terminate).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('an error still shows its message, keeps the pasted text and frees the button', async () => {
    const { box, status, cleaner } = setup();
    fireEvent.change(box, { target: { value: '   \n  ' } });
    press('Clean up and preview');
    expect(screen.getByRole('button', { name: 'Cleaning…' })).toBeDisabled();
    expect(screen.queryByRole('alert')).toBeNull();

    expect(await screen.findByRole('alert')).toHaveTextContent('the text is empty');
    expect(box).toHaveValue('   \n  ');
    expect(screen.getByRole('button', { name: 'Clean up and preview' })).toBeEnabled();
    expect(status).toHaveTextContent('');
    expect(cleaner.clean).toHaveBeenCalledTimes(1);
  });

  it('an error about the pasted text is tied to the text field (aria-invalid, aria-describedby); a good text clears it', async () => {
    const { box } = setup();
    expect(box).not.toHaveAttribute('aria-invalid');
    expect(box).toHaveAccessibleDescription(/Paste the text of a news page/);
    fireEvent.change(box, { target: { value: '   ' } });
    press('Clean up and preview');
    await screen.findByRole('alert');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(/Paste the text of a news page.*There is nothing to import: the text is empty\./);
    fireEvent.change(box, { target: { value: ARTICLE } });
    press('Clean up and preview');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it.each([
    { name: 'empty', text: '  \n ', message: 'There is nothing to import: the text is empty.' },
    { name: 'binary-looking', text: 'PK\u0003\u0004\u0000\u0000word/document.xml\u0000\u0001', message: 'This file is not text or HTML, so it cannot be imported.' },
    { name: 'too big', text: 'orð '.repeat(MAX_TEXT_CHARS / 4 + 1), message: 'This is too long for one article (over 2 MB of text).' },
  ])('pasted text refused as $name: the field is invalid and described by the message until it is edited, and the text stays', async ({ text, message }) => {
    const { box } = setup();
    fireEvent.change(box, { target: { value: text } });
    press('Clean up and preview');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box.getAttribute('aria-describedby')!.split(' ')).toEqual(['import-text-hint', alert.id]);
    expect(box).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(box).toHaveValue(text);

    // Editing the text takes the error state (and its message) away; the edit is kept.
    fireEvent.change(box, { target: { value: text + 'x' } });
    expect(box).not.toHaveAttribute('aria-invalid');
    expect(box).toHaveAttribute('aria-describedby', 'import-text-hint');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(box).toHaveValue(text + 'x');
  });

  it('a file that is refused does not mark the text field, and editing the text leaves its message', async () => {
    const { box } = setup();
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])], 'mynd.png');
    fireEvent.change(input, { target: { files: [png] } });
    expect(await screen.findByRole('alert')).toHaveTextContent('mynd.png: This file is not text or HTML');
    expect(box).not.toHaveAttribute('aria-invalid');
    expect(box).toHaveAttribute('aria-describedby', 'import-text-hint');
    fireEvent.change(box, { target: { value: 'Halló' } });
    expect(screen.getByRole('alert')).toHaveTextContent('mynd.png');
  });

  it('keyboard: focus goes to the preview’s title when the preview replaces the text field, and back to the text field on Cancel', async () => {
    const { box } = setup();
    fireEvent.change(box, { target: { value: ARTICLE } });
    const button = screen.getByRole('button', { name: 'Clean up and preview' });
    button.focus();
    fireEvent.click(button);
    button.blur(); // what the browser does to a focused element that becomes disabled
    const title = await screen.findByRole('textbox', { name: /^Title/ });
    await waitFor(() => expect(title).toHaveFocus());
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    cancel.focus();
    fireEvent.click(cancel);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Paste an article' })).toHaveFocus());
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

  it('an unexpected failure while cleaning (the cleaner threw in the worker) says so and keeps the text', async () => {
    const { box, cleaner } = setup();
    cleaner.clean.mockRejectedValueOnce(new Error('boom'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    fireEvent.change(box, { target: { value: ARTICLE } });
    press('Clean up and preview');

    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong while cleaning');
    expect(box).toHaveValue(ARTICLE);
    expect(screen.getByRole('button', { name: 'Clean up and preview' })).toBeEnabled();
    logged.mockRestore();
  });

  it('opening files shows the same busy state, and files chosen while busy are ignored', async () => {
    const { status, cleaner } = setup();
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    const file = new File([ARTICLE], 'vedur.txt', { type: 'text/plain' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(screen.getByRole('button', { name: 'Cleaning…' })).toBeDisabled();
    expect(status).toHaveTextContent('Cleaning the article…');
    expect(input).toBeDisabled();
    expect(cleaner.clean).not.toHaveBeenCalled();

    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveValue('Veðrið kólnar um helgina');
    expect(cleaner.clean).toHaveBeenCalledTimes(1);
    expect(cleaner.clean.mock.calls[0][0]).toMatchObject({ origin: 'file:vedur.txt' });
  });
});

describe('ImportPage drag and drop', () => {
  it('a file dropped anywhere on the page is imported, and never opened by the browser in place of the app (the pasted text would be lost)', async () => {
    const { box, cleaner } = setup();
    fireEvent.change(box, { target: { value: 'Texti sem ég vil ekki missa.' } });
    const dataTransfer = { files: [new File([ARTICLE], 'vedur.txt', { type: 'text/plain' })], types: ['Files'] };
    // Beside the paste box: on the page heading, on the page itself. (`false`: the browser's own handling was stopped.)
    expect(fireEvent.dragOver(screen.getByRole('heading', { name: 'Import an article' }), { dataTransfer })).toBe(false);
    expect(fireEvent.drop(document.body, { dataTransfer })).toBe(false);
    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveValue('Veðrið kólnar um helgina');
    expect(cleaner.clean).toHaveBeenCalledTimes(1);
    // While the preview is up a drop is not taken, but it still does not replace the app.
    expect(fireEvent.dragOver(document.body, { dataTransfer })).toBe(false);
    expect(fireEvent.drop(document.body, { dataTransfer })).toBe(false);
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(cleaner.clean).toHaveBeenCalledTimes(1);
    press('Cancel');
    expect(screen.getByRole('textbox', { name: 'Paste an article' })).toHaveValue('Texti sem ég vil ekki missa.');
  });

  it('dragging text (not files) over the page is left to the browser', () => {
    setup();
    expect(fireEvent.dragOver(document.body, { dataTransfer: { files: [], types: ['text/plain'] } })).toBe(true);
  });
});

describe('ImportPage while the worker cleans', () => {
  /** Presses Clean and waits until, past the painted busy state, the job reached the cleaner. */
  async function startClean(box: HTMLElement, text: string, calls: unknown[]) {
    const before = calls.length;
    fireEvent.change(box, { target: { value: text } });
    press('Clean up and preview');
    await waitFor(() => expect(calls).toHaveLength(before + 1));
  }

  it('stays usable: Stop ends the clean, keeps the text, says so, and a late result is never applied', async () => {
    const { cleaner, calls } = heldCleaner();
    const { box, status } = setup(cleaner);
    await startClean(box, ARTICLE, calls);
    expect(calls).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Cleaning…' })).toBeDisabled();

    press('Stop cleaning');
    expect(calls[0].signal?.aborted).toBe(true);
    expect(box).toHaveValue(ARTICLE);
    expect(status).toHaveTextContent('Cleaning stopped. Your text is still here.');
    expect(screen.queryByRole('button', { name: 'Stop cleaning' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Clean up and preview' })).toBeEnabled();

    // The stopped clean answers anyway (a fake that ignores the abort): nothing changes.
    await act(async () => calls[0].resolve(runTextJob(calls[0].job)));
    expect(screen.queryByRole('textbox', { name: 'Title' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(box).toHaveValue(ARTICLE);
  });

  it('a new clean after Stop shows its own article, not the stale one, whichever answers first', async () => {
    const { cleaner, calls } = heldCleaner();
    const { box } = setup(cleaner);
    await startClean(box, ARTICLE, calls);
    press('Stop cleaning');
    await startClean(box, OTHER, calls);
    expect(calls).toHaveLength(2);

    await act(async () => calls[0].resolve(runTextJob(calls[0].job)));
    expect(screen.queryByRole('textbox', { name: 'Title' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Cleaning…' })).toBeDisabled();
    // A stale abort rejection is not shown as a failure either.
    await act(async () => calls[0].reject(aborted()));
    expect(screen.queryByRole('alert')).toBeNull();

    await act(async () => calls[1].resolve(runTextJob(calls[1].job)));
    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveValue('Ferjan siglir aftur');
  });

  it('leaving the page stops the clean and ends the worker; the result is dropped without errors', async () => {
    const { cleaner, calls } = heldCleaner();
    const { box, view } = setup(cleaner);
    await startClean(box, ARTICLE, calls);
    const logged = vi.spyOn(console, 'error');
    view.unmount();
    expect(calls[0].signal?.aborted).toBe(true);
    expect(cleaner.dispose).toHaveBeenCalledTimes(1);
    await act(async () => calls[0].resolve(runTextJob(calls[0].job)));
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  it('a stopped file import clears the file input and applies nothing', async () => {
    const { cleaner, calls } = heldCleaner();
    setup(cleaner);
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    fireEvent.change(input, { target: { files: [new File([ARTICLE], 'vedur.txt', { type: 'text/plain' })] } });
    await waitFor(() => expect(calls).toHaveLength(1));
    press('Stop cleaning');
    await act(async () => calls[0].resolve(runTextJob(calls[0].job)));
    expect(screen.queryByRole('textbox', { name: 'Title' })).toBeNull();
    expect(input).toBeEnabled();
  });
});
