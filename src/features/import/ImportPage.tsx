import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { href, navigate } from '../../app/router';
import { afterPaint } from '../../app/ui/afterPaint';
import { useAnalysisClient } from '../../app/services';
import { classifyStorageError } from '../../db/errors';
import type { ArticleRecord } from '../../db/types';
import { prepareFileImport, prepareInputImport, saveDraft, type ImportDraft, type PrepareResult } from './importArticle';
import { ImportPreview } from './ImportPreview';
import './import.css';

type Problem = { kind: 'input'; reason: string; name?: string } | { kind: 'save'; failure: string } | { kind: 'duplicate'; existing: ArticleRecord };

/** Paste or open articles, check the cleaned preview, save. */
export function ImportPage() {
  const { t } = useTranslation('import');
  const client = useAnalysisClient();
  const [input, setInput] = useState('');
  const [drafts, setDrafts] = useState<ImportDraft[]>([]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  // Cleaning (validation, HTML extraction, the cleaner) is synchronous and takes seconds for a large
  // page on a slow phone: it starts only after the busy state is painted, and never twice at once.
  const [cleaning, setCleaning] = useState(false);
  const cleaningRef = useRef(false);
  // Disabling the focused button (or file input) moves focus to the page: it goes back afterwards.
  const returnFocus = useRef<HTMLElement | null>(null);
  const [saved, setSaved] = useState(0);
  const fileRef = useRef<HTMLInputElement>(null);
  const draft = drafts[0];

  useEffect(() => {
    if (cleaning) return;
    const el = returnFocus.current;
    returnFocus.current = null;
    if (el?.isConnected && (!document.activeElement || document.activeElement === document.body)) el.focus();
  }, [cleaning]);

  function accept(results: { name?: string; result: PrepareResult }[]) {
    const ok: ImportDraft[] = [];
    const bad: Problem[] = [];
    for (const { name, result } of results) {
      if (result.ok) ok.push(result.draft);
      else bad.push({ kind: 'input', reason: result.reason, name });
    }
    setProblems(bad);
    setDrafts((d) => [...d, ...ok]);
  }

  /** Shows the busy state, lets the browser paint it, then runs `work`; ignored while already cleaning. */
  async function whileCleaning(work: () => Promise<void>) {
    if (cleaningRef.current) return;
    cleaningRef.current = true;
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setCleaning(true);
    setBusy(true);
    try {
      await afterPaint();
      await work();
    } catch (e) {
      console.error(e);
      setProblems([{ kind: 'input', reason: 'failed' }]);
    } finally {
      cleaningRef.current = false;
      setCleaning(false);
      setBusy(false);
    }
  }

  function onClean() {
    const text = input;
    void whileCleaning(async () => accept([{ result: prepareInputImport(text, 'paste') }]));
  }

  function onFiles(files: FileList | File[]) {
    const list = Array.from(files);
    void whileCleaning(async () => {
      try {
        const results = [];
        for (const f of list) {
          results.push({ name: f.name, result: prepareFileImport(f.name, new Uint8Array(await f.arrayBuffer())) });
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

  return (
    <section className="import" aria-labelledby="import-title">
      <h1 id="import-title">{t('title')}</h1>
      {problems.map((p, i) => (
        <div key={i} className="notice error import-problem" role="alert">
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
        <div
          className="import-input"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            if (e.dataTransfer.files.length) onFiles(e.dataTransfer.files);
          }}
        >
          <label htmlFor="import-text">{t('pasteLabel')}</label>
          <p className="hint" id="import-text-hint">
            {t('pasteHint')}
          </p>
          <textarea
            id="import-text"
            aria-describedby="import-text-hint"
            rows={12}
            value={input}
            onChange={(e) => setInput(e.target.value)}
            spellCheck={false}
          />
          <div className="actions">
            <button type="button" className="primary" onClick={onClean} disabled={busy}>
              {cleaning ? t('cleaning') : t('clean')}
            </button>
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
            {cleaning ? t('cleaningStatus') : ''}
          </p>
          <p className="hint">{t('dropHint')}</p>
        </div>
      )}
    </section>
  );
}
