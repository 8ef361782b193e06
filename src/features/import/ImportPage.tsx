import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { href, navigate } from '../../app/router';
import { afterPaint } from '../../app/ui/afterPaint';
import { useAnalysisClient } from '../../app/services';
import { classifyStorageError } from '../../db/errors';
import type { ArticleRecord } from '../../db/types';
import { createTextCleaner, isAbort, type TextCleaner } from './cleanClient';
import { planFileImport, planInputImport, saveDraft, type ImportDraft, type ImportStep, type PrepareResult } from './importArticle';
import { ImportPreview } from './ImportPreview';
import './import.css';

/** `paste`: a problem with the pasted text (not with a file), shown on the text field until it is edited. */
type Problem = { kind: 'input'; reason: string; name?: string; paste?: boolean } | { kind: 'save'; failure: string } | { kind: 'duplicate'; existing: ArticleRecord };

/** One press of Clean (or one batch of files); stale once stopped, replaced or the page is left. */
interface CleanRun {
  controller: AbortController;
}

/**
 * Paste or open articles, check the cleaned preview, save. The text is cleaned in a worker
 * (`makeCleaner`, replaced by a fake in tests), so the page stays responsive and the clean can be stopped.
 */
export function ImportPage({ makeCleaner = createTextCleaner }: { makeCleaner?: () => TextCleaner } = {}) {
  const { t } = useTranslation('import');
  const client = useAnalysisClient();
  const [input, setInput] = useState('');
  const [drafts, setDrafts] = useState<ImportDraft[]>([]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  // Cleaning takes seconds for a large page on a slow phone. The text is cleaned in a worker; what
  // stays on the main thread (decoding, HTML extraction, which needs a DOM, and the whole clean where
  // no worker runs) starts only after the busy state is painted. Never two cleans at once: a result
  // is applied only if its run is still the current one (not stopped, page not left).
  const [cleaning, setCleaning] = useState(false);
  const runRef = useRef<CleanRun | null>(null);
  const cleanerRef = useRef<TextCleaner | null>(null);
  // Disabling the focused button (or file input) moves focus to the page: it goes back afterwards.
  const returnFocus = useRef<HTMLElement | null>(null);
  const [saved, setSaved] = useState(0);
  // "Cleaning stopped" for screen readers, until the next clean.
  const [stopped, setStopped] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const draft = drafts[0];

  useEffect(() => {
    const cleaner = makeCleaner();
    cleanerRef.current = cleaner;
    return () => {
      // Leaving the page: the running clean (if any) is stopped and its result never applied.
      runRef.current?.controller.abort();
      runRef.current = null;
      cleanerRef.current = null;
      cleaner.dispose();
    };
    // The cleaner is made once per visit of the page.
  }, []);

  useEffect(() => {
    if (cleaning) return;
    const el = returnFocus.current;
    returnFocus.current = null;
    if (el?.isConnected && (!document.activeElement || document.activeElement === document.body)) el.focus();
  }, [cleaning]);

  // A preview replacing the text field, the next preview replacing this one, or the text field
  // coming back (Cancel, Skip) takes away the control that had focus: focus goes to the preview's
  // title, or to the text field, instead of the page.
  const shownDrafts = useRef(drafts.length);
  useEffect(() => {
    if (shownDrafts.current === drafts.length) return;
    shownDrafts.current = drafts.length;
    if (document.activeElement && document.activeElement !== document.body) return;
    document.getElementById(drafts.length > 0 ? 'import-title-input' : 'import-text')?.focus();
  }, [drafts.length]);

  // A file dropped beside the paste box (on the heading, the menu, the page's margins) would be
  // opened by the browser in place of the app, and what was pasted lost: while Import is open the
  // whole window takes file drops. A drop while the preview is up is not taken (only refused).
  const dropTo = useRef<((files: FileList) => void) | null>(null);
  // (A layout effect: set in the same commit that shows the preview, so a drop right after it
  // appears is refused; a passive effect left a moment in which it still took the file.)
  useLayoutEffect(() => {
    dropTo.current = drafts.length === 0 ? onFiles : null;
  });
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const onDragOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const files = e.dataTransfer?.files;
      if (files?.length) dropTo.current?.(files);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  function accept(results: { name?: string; result: PrepareResult }[]) {
    const ok: ImportDraft[] = [];
    const bad: Problem[] = [];
    for (const { name, result } of results) {
      if (result.ok) ok.push(result.draft);
      else bad.push(name === undefined ? { kind: 'input', reason: result.reason, paste: true } : { kind: 'input', reason: result.reason, name });
    }
    setProblems(bad);
    setDrafts((d) => [...d, ...ok]);
  }

  /**
   * Shows the busy state, lets the browser paint it, then runs `work`; ignored while already
   * cleaning. `work` checks `current()` before applying anything. `paste`: the work is on the pasted
   * text (so a failure belongs to the text field), not on files.
   */
  async function whileCleaning(paste: boolean, work: (run: CleanRun, current: () => boolean) => Promise<void>) {
    if (runRef.current) return;
    const run: CleanRun = { controller: new AbortController() };
    const current = () => runRef.current === run;
    runRef.current = run;
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setProblems([]);
    setStopped(false);
    setCleaning(true);
    setBusy(true);
    try {
      await afterPaint();
      if (current()) await work(run, current);
    } catch (e) {
      if (!current() || isAbort(e)) return;
      console.error(e);
      setProblems([{ kind: 'input', reason: 'failed', paste }]);
    } finally {
      if (current()) {
        runRef.current = null;
        setCleaning(false);
        setBusy(false);
      }
    }
  }

  /** Stop: the worker is ended, the pasted text stays, nothing from this run is applied. */
  function stopCleaning() {
    const run = runRef.current;
    if (!run) return;
    runRef.current = null;
    run.controller.abort();
    setCleaning(false);
    setBusy(false);
    setStopped(true);
  }

  /** Runs what is left of an import step: a text job goes to the cleaner (worker). */
  function finish(step: ImportStep, run: CleanRun): Promise<PrepareResult> {
    if ('done' in step) return Promise.resolve(step.done);
    return cleanerRef.current!.clean(step.job, run.controller.signal);
  }

  function onClean() {
    const text = input;
    void whileCleaning(true, async (run, current) => {
      const result = await finish(planInputImport(text, 'paste'), run);
      if (current()) accept([{ result }]);
    });
  }

  function onFiles(files: FileList | File[]) {
    const list = Array.from(files);
    void whileCleaning(false, async (run, current) => {
      try {
        const results = [];
        for (const f of list) {
          const bytes = new Uint8Array(await f.arrayBuffer());
          if (!current()) return;
          results.push({ name: f.name, result: await finish(planFileImport(f.name, bytes), run) });
          if (!current()) return;
        }
        accept(results);
      } finally {
        if (fileRef.current) fileRef.current.value = '';
      }
    });
  }

  async function onSave(d: ImportDraft) {
    setBusy(true);
    setProblems([]);
    try {
      const res = await saveDraft(d, client);
      if (res.status === 'duplicate') {
        setProblems([{ kind: 'duplicate', existing: res.existing }]);
        return;
      }
      setSaved((n) => n + 1);
      const rest = drafts.slice(1);
      setDrafts(rest);
      if (rest.length === 0) {
        setInput('');
        navigate({ name: 'reader', articleId: res.id });
      }
    } catch (e) {
      setProblems([{ kind: 'save', failure: classifyStorageError(e) }]);
    } finally {
      setBusy(false);
    }
  }

  function skip() {
    setProblems([]);
    setDrafts((d) => d.slice(1));
  }

  // Problems with the pasted text (not with a file, nor with saving) belong to the text field: it is
  // marked invalid and described by them until the learner edits the text.
  const pasteProblems = problems.flatMap((p, i) => (p.kind === 'input' && p.paste ? [`import-problem-${i}`] : []));

  function edit(text: string) {
    setInput(text);
    if (pasteProblems.length > 0) setProblems((ps) => ps.filter((p) => !(p.kind === 'input' && p.paste)));
  }

  return (
    <section className="import" aria-labelledby="import-title">
      <h1 id="import-title">{t('title')}</h1>
      {problems.map((p, i) => (
        <div key={i} id={`import-problem-${i}`} className="notice error import-problem" role="alert">
          {p.kind === 'input' && (p.name ? t('problemInFile', { name: p.name, problem: t(`reason.${p.reason}`) }) : t(`reason.${p.reason}`))}
          {p.kind === 'save' && t(`saveFailed.${p.failure}`)}
          {p.kind === 'duplicate' && (
            <>
              {t('duplicate', { title: p.existing.title })}{' '}
              <a href={href({ name: 'reader', articleId: p.existing.id! })}>{t('openExisting')}</a>{' '}
              <button type="button" className="link-button" onClick={skip}>
                {t('skip')}
              </button>
            </>
          )}
        </div>
      ))}
      {saved > 0 && drafts.length > 0 && <p role="status">{t('savedSoFar', { count: saved })}</p>}
      {draft ? (
        <ImportPreview
          key={drafts.length}
          draft={draft}
          position={{ index: saved + 1, total: saved + drafts.length }}
          busy={busy}
          onSave={onSave}
          onCancel={skip}
        />
      ) : (
        <div className="import-input">
          <label htmlFor="import-text">{t('pasteLabel')}</label>
          <p className="hint" id="import-text-hint">
            {t('pasteHint')}
          </p>
          <textarea
            id="import-text"
            aria-describedby={['import-text-hint', ...pasteProblems].join(' ')}
            aria-invalid={pasteProblems.length > 0 || undefined}
            rows={12}
            value={input}
            onChange={(e) => edit(e.target.value)}
            spellCheck={false}
          />
          <div className="actions">
            <button type="button" className="primary" onClick={onClean} disabled={busy}>
              {cleaning ? t('cleaning') : t('clean')}
            </button>
            {cleaning && (
              <button type="button" onClick={stopCleaning}>
                {t('stopCleaning')}
              </button>
            )}
            <label className="button file-button">
              {t('openFiles')}
              <input
                ref={fileRef}
                type="file"
                accept=".txt,.html,.htm,text/plain,text/html"
                multiple
                disabled={busy}
                onChange={(e) => e.target.files && onFiles(e.target.files)}
              />
            </label>
          </div>
          <p className="visually-hidden" role="status">
            {cleaning ? t('cleaningStatus') : stopped ? t('cleaningStopped') : ''}
          </p>
          <p className="hint">{t('dropHint')}</p>
        </div>
      )}
    </section>
  );
}
