import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { href, navigate } from '../../app/router';
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
  const [saved, setSaved] = useState(0);
  const fileRef = useRef<HTMLInputElement>(null);
  const draft = drafts[0];

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

  function onClean() {
    accept([{ result: prepareInputImport(input, 'paste') }]);
  }

  async function onFiles(files: FileList | File[]) {
    setBusy(true);
    try {
      const results = [];
      for (const f of Array.from(files)) {
        results.push({ name: f.name, result: await prepareFileImport(f.name, new Uint8Array(await f.arrayBuffer())) });
      }
      accept(results);
    } finally {
      setBusy(false);
      if (fileRef.current) fileRef.current.value = '';
    }
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
            if (e.dataTransfer.files.length) void onFiles(e.dataTransfer.files);
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
              {t('clean')}
            </button>
            <label className="button file-button">
              {t('openFiles')}
              <input
                ref={fileRef}
                type="file"
                accept=".txt,.html,.htm,text/plain,text/html"
                multiple
                onChange={(e) => e.target.files && void onFiles(e.target.files)}
              />
            </label>
          </div>
          <p className="hint">{t('dropHint')}</p>
        </div>
      )}
    </section>
  );
}
