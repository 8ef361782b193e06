import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FailureNotice } from '../../app/ui/FailureNotice';
import { makeExportFile, saveFile, type ExportFile, type ExportFormat, type ExportSource } from './exportFile';
import { useWordLabels } from './useWordLabels';
import './export.css';
import type { WordLabels } from './words';

const FORMATS: ExportFormat[] = ['csv', 'apkg', 'anki-tsv', 'lesa-list'];

export interface ExportMenuProps {
  source: ExportSource;
  /** Formats offered; all by default. */
  formats?: ExportFormat[];
  /** Tests pass a stand-in; the app downloads the file. */
  onFile?: (file: ExportFile) => void;
}

/**
 * Export buttons for a set of words (a word list, or the learner's vocabulary): CSV for
 * spreadsheets, an Anki deck, an Anki text file, and Lesa's own list file.
 */
export function ExportMenu({ source, formats = FORMATS, onFile = saveFile }: ExportMenuProps) {
  const { t } = useTranslation('export');
  const labels = useWordLabels();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<{ error: unknown } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const empty = source.words.length === 0;

  async function run(format: ExportFormat) {
    setBusy(format);
    setError(null);
    setDone(null);
    try {
      const file = await makeExportFile(format, source, labels);
      onFile(file);
      setDone(file.name);
    } catch (e) {
      setError({ error: e });
    } finally {
      setBusy(null);
    }
  }

  return (
    <fieldset className="export-menu no-print">
      <legend>{t('heading')}</legend>
      <div className="actions">
        {formats.map((f) => (
          // While a file is made the buttons are only marked unavailable: a disabled button would
          // drop the keyboard focus of the one just pressed onto the page.
          <button
            key={f}
            type="button"
            disabled={empty}
            aria-disabled={busy !== null || undefined}
            onClick={() => busy === null && void run(f)}
            title={t(`hint.${f}`)}
          >
            {t(`format.${f}`)}
          </button>
        ))}
      </div>
      {empty && <p className="hint">{t('nothing')}</p>}
      <p className="hint" role="status" aria-live="polite">
        {busy ? t('working') : done ? t('saved', { name: done }) : ''}
      </p>
      {error && (
        <FailureNotice error={error.error} message={(reason) => t('failed', { error: reason })} />
      )}
    </fieldset>
  );
}

/**
 * For the Vocabulary page: exports the learner's words in one format (the same writers as word
 * lists). Mount `<ExportMenu source={{ name, words }} formats={['csv', 'apkg', 'anki-tsv']} />`
 * for buttons, or call this from a menu of your own.
 */
export async function exportVocabulary(format: ExportFormat, source: ExportSource, labels: WordLabels): Promise<ExportFile> {
  const file = await makeExportFile(format, source, labels);
  saveFile(file);
  return file;
}
