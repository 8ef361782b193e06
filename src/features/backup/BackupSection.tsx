import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupError, type ParsedBackup, type RestoreMode, type RestoreResult } from '../../db/backup';
import { FailureNotice } from '../../app/ui/FailureNotice';
import { formatDate, formatNumber } from '../../app/ui/format';
import { applyBackup, downloadBackup, inspectBackupFile, lastBackupAt, saveSafetyCopy, useSafetyCopy } from './backupActions';

/** What went wrong: the chosen file is not a backup Lesa can restore, or a step failed (reading the file, storage…). */
type Step = 'download' | 'read' | 'restore';
type Problem = { kind: 'file'; problem: string } | { kind: 'failed'; step: Step; error: unknown };

function problemOf(e: unknown, step: Step): Problem {
  if (e instanceof BackupError) return { kind: 'file', problem: e.problem };
  return { kind: 'failed', step, error: e };
}

const formatWhen = (ms: number | string, lng: string) => formatDate(new Date(ms), lng, { time: true });

/** Settings section: download a backup of everything; restore one (merge or replace) after a preview. */
export function BackupSection() {
  const { t, i18n } = useTranslation('backup');
  const headingId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const last = useLiveQuery(() => lastBackupAt(), [], undefined);
  const safety = useSafetyCopy((s) => s.copy);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [preview, setPreview] = useState<{ name: string; parsed: ParsedBackup } | null>(null);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [result, setResult] = useState<RestoreResult | null>(null);
  // Keyboard focus through the restore: into the preview when it opens, to the result (or back to
  // the file button) when it closes; the step that had focus is gone from the page by then.
  const previewHeadingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const [focusTo, setFocusTo] = useState<'preview' | 'result' | 'file' | null>(null);
  useEffect(() => {
    if (!focusTo) return;
    setFocusTo(null);
    ({ preview: previewHeadingRef, result: resultRef, file: fileRef })[focusTo].current?.focus();
  }, [focusTo]);

  async function run(step: Step, op: () => Promise<void>) {
    // The file input is disabled while busy, which in Chromium moves keyboard focus to the page: a
    // refused file gives it back to the file button (a file that is read gives it to the preview).
    const fromFile = document.activeElement === fileRef.current;
    setBusy(true);
    setProblem(null);
    try {
      await op();
    } catch (e) {
      setProblem(problemOf(e, step));
      if (fromFile) setFocusTo('file');
    } finally {
      setBusy(false);
    }
  }

  const onDownload = () => run('download', () => downloadBackup());

  const onFile = (file: File) =>
    run('read', async () => {
      setResult(null);
      setPreview(null);
      try {
        setPreview({ name: file.name, parsed: await inspectBackupFile(file) });
        setFocusTo('preview');
      } finally {
        if (fileRef.current) fileRef.current.value = '';
      }
    });

  const onRestore = () =>
    run('restore', async () => {
      if (!preview) return;
      const res = await applyBackup(preview.parsed, mode);
      setResult(res);
      setPreview(null);
      setFocusTo('result');
    });

  const tableName = (name: string) => t(`table.${name}`, { defaultValue: name });
  const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

  return (
    <section className="settings-section backup-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      <p className="muted" data-testid="last-backup">
        {last ? t('lastBackup', { when: formatWhen(last, i18n.language) }) : t('neverBackedUp')}
      </p>
      <div className="actions">
        {/* Marked unavailable while busy, not disabled: a disabled button drops the keyboard focus. */}
        <button type="button" className="primary" onClick={() => !busy && void onDownload()} aria-disabled={busy || undefined}>
          {t('download')}
        </button>
        <label className="button file-button">
          {t('chooseFile')}
          <input
            ref={fileRef}
            type="file"
            accept=".json,.gz,application/json,application/gzip"
            disabled={busy}
            onChange={(e) => e.target.files?.[0] && void onFile(e.target.files[0])}
          />
        </label>
      </div>

      {problem?.kind === 'file' && (
        <div className="notice error" role="alert">
          {t(`problem.${problem.problem}`)}
        </div>
      )}
      {/* Why, in words (a file that can no longer be read, storage full…); the raw text under Details. */}
      {problem?.kind === 'failed' && <FailureNotice error={problem.error} message={(reason) => t(`failed.${problem.step}`, { error: reason })} />}

      {preview && (
        <div className="notice backup-preview" role="region" aria-label={t('previewTitle')}>
          <h3 tabIndex={-1} ref={previewHeadingRef}>
            {t('previewTitle')}
          </h3>
          <p>{t('previewMade', { name: preview.name, when: formatWhen(preview.parsed.summary.createdAt, i18n.language) })}</p>
          <p className="muted">{t('previewVersion', { version: preview.parsed.summary.version, schema: preview.parsed.summary.schemaVersion })}</p>
          <table className="list-table backup-counts">
            <thead>
              <tr>
                <th scope="col">{t('colTable')}</th>
                <th scope="col">{t('colRows')}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(preview.parsed.summary.counts).map(([name, n]) => (
                <tr key={name}>
                  <th scope="row">{tableName(name)}</th>
                  <td>{formatNumber(n, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <fieldset>
            <legend>{t('modeLegend')}</legend>
            <label className="check">
              <input type="radio" name="restore-mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
              <span>
                <strong>{t('merge')}</strong> — {t('mergeHint')}
              </span>
            </label>
            <label className="check">
              <input type="radio" name="restore-mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
              <span>
                <strong>{t('replace')}</strong> — {t('replaceHint')}
              </span>
            </label>
          </fieldset>
          <div className="actions">
            <button type="button" className="primary" onClick={() => !busy && void onRestore()} aria-disabled={busy || undefined}>
              {busy ? t('restoring') : mode === 'merge' ? t('restoreMerge') : t('restoreReplace')}
            </button>
            <button
              type="button"
              onClick={() => {
                if (busy) return;
                setPreview(null);
                setFocusTo('file');
              }}
              aria-disabled={busy || undefined}
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      )}

      {/* Always in the page, so that screen readers announce the result when it comes. */}
      <div role="status">
        {result && (
          <p className="notice" tabIndex={-1} ref={resultRef}>
            {result.mode === 'merge'
              ? t('doneMerge', {
                  written: t('doneMergeWritten', { count: total(result.written) }),
                  skipped: t('doneMergeSkipped', { count: total(result.skipped) }),
                })
              : t('doneReplace', { count: total(result.written) })}
          </p>
        )}
      </div>

      {safety && (
        <div className="notice">
          <p>{t('safetyCopy', { when: formatWhen(safety.at, i18n.language) })}</p>
          <button type="button" onClick={saveSafetyCopy}>
            {t('downloadSafetyCopy')}
          </button>
        </div>
      )}
    </section>
  );
}
