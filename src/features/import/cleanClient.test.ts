import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerCleanRequest, type CleanRequest, type CleanResponse } from './cleanProtocol';
import { createTextCleaner, isAbort, type WorkerFactory } from './cleanClient';
import { planFileImport, planInputImport, prepareFileImport, prepareInputImport, runTextJob, type ImportStep, type TextJob } from './importArticle';

type Mode = 'answer' | 'error' | 'messageerror' | 'silent';

/**
 * Stands in for `clean.worker.ts`: messages cross a structured clone both ways (as between threads)
 * and are answered by the worker's own `answerCleanRequest`.
 */
class FakeWorker {
  onmessage: ((ev: MessageEvent<CleanResponse>) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  received: CleanRequest[] = [];
  constructor(public mode: Mode = 'answer') {}
  postMessage(msg: CleanRequest) {
    const req = structuredClone(msg);
    this.received.push(req);
    setTimeout(() => {
      if (this.terminated) return;
      if (this.mode === 'answer') this.onmessage?.({ data: structuredClone(answerCleanRequest(req)) } as MessageEvent<CleanResponse>);
      if (this.mode === 'error') this.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
      if (this.mode === 'messageerror') this.onmessageerror?.();
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

function factory(...modes: Mode[]) {
  const made: FakeWorker[] = [];
  const make = (() => {
    const w = new FakeWorker(modes[made.length] ?? modes[modes.length - 1] ?? 'answer');
    made.push(w);
    return w as unknown as Worker;
  }) satisfies WorkerFactory;
  return { make, made };
}

function finish(cleaner: ReturnType<typeof createTextCleaner>, step: ImportStep) {
  return 'done' in step ? Promise.resolve(step.done) : cleaner.clean(step.job);
}

const DIR = 'test/fixtures/scrapes';
const SEED = 'seeds/000_997d414b72122f8f.txt';
const inputs = [
  ...readdirSync(DIR)
    .filter((f) => /\.(txt|html)$/.test(f))
    .sort()
    .map((f) => ({ name: f, bytes: readFileSync(join(DIR, f)) })),
  { name: 'seed.txt', bytes: readFileSync(SEED) },
];
const JOB: TextJob = { text: readFileSync(SEED, 'utf8'), origin: 'paste' };

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe('the worker path gives exactly what the synchronous path gives', () => {
  it('has the site fixtures (text and HTML) and the seed', () => {
    expect(inputs.filter((i) => i.name.endsWith('.html')).length).toBeGreaterThanOrEqual(1);
    expect(inputs.length).toBeGreaterThanOrEqual(7);
  });

  it.each(inputs)('$name, pasted and opened as a file', async ({ name, bytes }) => {
    const { make, made } = factory('answer');
    const cleaner = createTextCleaner(make);
    const text = bytes.toString('utf8');
    const pasted = await finish(cleaner, planInputImport(text, 'paste'));
    const opened = await finish(cleaner, planFileImport(name, new Uint8Array(bytes)));
    expect(pasted).toEqual(prepareInputImport(text, 'paste'));
    expect(opened).toEqual(prepareFileImport(name, new Uint8Array(bytes)));
    expect(pasted.ok && pasted.draft.paragraphs.length).toBeGreaterThan(0);
    // Both went through the worker (one worker for the page), none fell back.
    expect(made).toHaveLength(1);
    expect(made[0].received).toHaveLength(2);
    expect(warn).not.toHaveBeenCalled();
  });

  it('refusals the worker decides (empty, only furniture) come back the same too', async () => {
    const cleaner = createTextCleaner(factory('answer').make);
    for (const text of ['   \n ', 'Deila\nFacebook\nTwitter']) {
      expect(await cleaner.clean({ text, origin: 'paste' })).toEqual(runTextJob({ text, origin: 'paste' }));
    }
  });

  it('a cleaner error inside the worker is a failed clean (the same code would fail here too), not a fallback', () => {
    const bad = { id: 7, job: { text: null as unknown as string, origin: 'paste' } };
    expect(answerCleanRequest(bad)).toMatchObject({ id: 7, ok: false, error: expect.any(String) });
  });
});

describe('falling back to the main thread', () => {
  it('without Worker (jsdom has none) cleans here', async () => {
    expect(typeof Worker).toBe('undefined');
    expect(await createTextCleaner().clean(JOB)).toEqual(runTextJob(JOB));
    expect(await createTextCleaner(null).clean(JOB)).toEqual(runTextJob(JOB));
  });

  it('when the worker cannot be created, cleans here and does not try again', async () => {
    const make = vi.fn(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const cleaner = createTextCleaner(make);
    expect(await cleaner.clean(JOB)).toEqual(runTextJob(JOB));
    expect(await cleaner.clean(JOB)).toEqual(runTextJob(JOB));
    expect(make).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it.each(['error', 'messageerror'] as const)('when the worker dies (%s event), the job is cleaned here; later ones too', async (mode) => {
    const { make, made } = factory(mode);
    const cleaner = createTextCleaner(make);
    expect(await cleaner.clean(JOB)).toEqual(runTextJob(JOB));
    expect(made[0].terminated).toBe(true);
    expect(await cleaner.clean(JOB)).toEqual(runTextJob(JOB));
    expect(made).toHaveLength(1);
  });

  it('a failure inside the worker rejects (shown as a failed clean) and keeps the worker', async () => {
    const { make, made } = factory('answer');
    const cleaner = createTextCleaner(make);
    await expect(cleaner.clean({ text: null as unknown as string, origin: 'paste' })).rejects.toThrow();
    expect(await cleaner.clean(JOB)).toEqual(runTextJob(JOB));
    expect(made).toHaveLength(1);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('stopping', () => {
  it('an aborted clean rejects as aborted and ends the busy worker; the next clean gets a fresh one', async () => {
    const { make, made } = factory('silent', 'answer');
    const cleaner = createTextCleaner(make);
    const controller = new AbortController();
    const first = cleaner.clean(JOB, controller.signal);
    controller.abort();
    await expect(first).rejects.toSatisfy(isAbort);
    expect(made[0].terminated).toBe(true);
    expect(await cleaner.clean(JOB)).toEqual(runTextJob(JOB));
    expect(made).toHaveLength(2);
  });

  it('an already aborted signal starts nothing', async () => {
    const { make, made } = factory('answer');
    await expect(createTextCleaner(make).clean(JOB, AbortSignal.abort())).rejects.toSatisfy(isAbort);
    expect(made).toHaveLength(0);
  });

  it('dispose ends the worker and rejects what it held as aborted', async () => {
    const { make, made } = factory('silent');
    const cleaner = createTextCleaner(make);
    const pending = cleaner.clean(JOB);
    cleaner.dispose();
    await expect(pending).rejects.toSatisfy(isAbort);
    expect(made[0].terminated).toBe(true);
  });
});
