import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FailureNotice } from '../../app/ui/FailureNotice';
import { CSV_FIELDS, csvToWords, type CsvField, type CsvMapping, type CsvTable } from '../export/csvMapping';
import type { LesaList } from '../export/lesaList';
import type { ImportProblem } from '../export/problems';
import { entriesFromWords, type ImportChoice, type ImportOutcome, type ReadFileResult } from './importList';
import './ImportListView.css';

export interface ImportListViewProps {
  /** Reads a chosen file (text + name) into a list, a CSV table, or problems. */
  onRead(file: File): Promise<ReadFileResult>;
  onImport(list: LesaList, choice: ImportChoice): Promise<ImportOutcome>;
}

/** `pick` with `problems`: the chosen file was refused; the file button stays, marked, for another. */
type Step =
  | { step: 'pick'; problems?: ImportProblem[] }
  | { step: 'mapping'; table: CsvTable; name: string; mapping: CsvMapping; hasHeader: boolean; problems: ImportProblem[] }
  | { step: 'confirm'; list: LesaList }
  | { step: 'done'; outcome: ImportOutcome; list: LesaList };

/** Where a refused file's problems (or the reason it could not be read) are, for the control they belong to. */
const FILE_ERROR_ID = 'list-import-file-error';
const MAPPING_ERROR_ID = 'list-import-mapping-error';

export function ProblemList({ problems, id }: { problems: ImportProblem[]; id?: string }) {
  const { t } = useTranslation('lists');
  return (
    <div className="notice error" role="alert" id={id}>
      <p>{t('import.problemsIntro')}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            {p.row !== null && p.field
              ? t('import.atRowField', { row: p.row, field: t(`field.${p.field}`, { defaultValue: p.field }) })
              : p.row !== null
                ? t('import.atRow', { row: p.row })
                : p.field
                  ? t('import.atField', { field: t(`field.${p.field}`, { defaultValue: p.field }) })
                  : ''}
            {t(`problem.${p.code}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Import a `.lesa-list.json` or CSV file: map CSV columns, confirm, see what was added. Display only. */
export function ImportListView({ onRead, onImport }: ImportListViewProps) {
  const { t } = useTranslation('lists');
  const [state, setState] = useState<Step>({ step: 'pick' });
  const [choice, setChoice] = useState<ImportChoice>({ vocabulary: true, keepList: true });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ error: unknown } | null>(null);
  const [readError, setReadError] = useState<{ error: unknown } | null>(null);
  // Each step replaces the one before, and with it the control that had focus (the file button,
  // Continue, Import…): focus goes to the new step (the result, after an import) instead of the page.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    (sectionRef.current?.querySelector<HTMLElement>('.import-result .notice') ?? headingRef.current)?.focus();
  }, [state.step]);

  async function pick(file: File | undefined) {
    if (!file) return;
    setError(null);
    setReadError(null);
    // The last file's problems go with it (the next file's, if any, replace them).
    setState((s) => (s.step === 'pick' ? { step: 'pick' } : s));
    let res: ReadFileResult;
    try {
      res = await onRead(file);
    } catch (e) {
      // The file went away or changed after it was chosen (NotReadableError), or could not be read at all.
      setReadError({ error: e });
      return;
    }
    if (res.kind === 'problems') setState({ step: 'pick', problems: res.problems });
    else if (res.kind === 'lesa-list') setState({ step: 'confirm', list: res.list });
    else setState({ step: 'mapping', table: res.table, name: res.name, mapping: res.table.mapping, hasHeader: res.table.hasHeader, problems: [] });
  }

  async function run(list: LesaList) {
    setBusy(true);
    setError(null);
    try {
      setState({ step: 'done', outcome: await onImport(list, choice), list });
    } catch (e) {
      setError({ error: e });
    } finally {
      setBusy(false);
    }
  }

  const fileRefused = state.step === 'pick' && (state.problems !== undefined || readError !== null);

  const restart = (
    <button type="button" onClick={() => setState({ step: 'pick' })}>
      {t('import.another')}
    </button>
  );

  return (
    <section className="list-import" aria-labelledby="import-title" ref={sectionRef}>
      <h2 id="import-title" tabIndex={-1} ref={headingRef}>
        {t('import.title')}
      </h2>
      {state.step === 'pick' && (
        <>
          <p className="hint">{t('import.intro')}</p>
          {/* A refused file leaves this step in place: the file button, marked invalid and described
              by what was wrong, is right there for another file. */}
          <label className="button file-button">
            {t('import.choose')}
            <input
              type="file"
              accept=".json,.csv,.tsv,.txt,application/json,text/csv"
              aria-invalid={fileRefused || undefined}
              aria-describedby={fileRefused ? FILE_ERROR_ID : undefined}
              onChange={(e) => {
                void pick(e.target.files?.[0]);
                // Choosing the same file again (after it could not be read) is a change too.
                e.target.value = '';
              }}
            />
          </label>
          {state.problems && <ProblemList problems={state.problems} id={FILE_ERROR_ID} />}
          {readError && (
            <div id={FILE_ERROR_ID}>
              <FailureNotice error={readError.error} message={(reason) => t('import.readFailed', { error: reason })} />
            </div>
          )}
        </>
      )}

      {state.step === 'mapping' && (
        <MappingStep
          state={state}
          onChange={(patch) => setState({ ...state, ...patch, problems: [] })}
          onContinue={() => {
            const res = csvToWords({ rows: state.table.rows, hasHeader: state.hasHeader }, state.mapping);
            if (!res.ok) setState({ ...state, problems: res.problems });
            else setState({ step: 'confirm', list: { name: state.name, sources: [], entries: entriesFromWords(res.value) } });
          }}
          restart={restart}
        />
      )}

      {state.step === 'confirm' && (
        <>
          <p>
            <strong>{state.list.name}</strong> — {t('wordCount', { count: state.list.entries.length })}
          </p>
          {state.list.sources.length > 0 && (
            <p className="hint">
              {t('fromArticles')} {state.list.sources.map((s) => s.title).join(' · ')}
            </p>
          )}
          <p className="hint">{state.list.entries.slice(0, 12).map((e) => e.display).join(', ')}{state.list.entries.length > 12 ? '…' : ''}</p>
          <label className="check">
            <input type="checkbox" checked={choice.vocabulary} onChange={(e) => setChoice({ ...choice, vocabulary: e.target.checked })} />
            {t('import.toVocabulary')}
          </label>
          <label className="check">
            <input type="checkbox" checked={choice.keepList} onChange={(e) => setChoice({ ...choice, keepList: e.target.checked })} />
            {t('import.keepList')}
          </label>
          <div className="actions">
            <button type="button" className="primary" disabled={busy || (!choice.vocabulary && !choice.keepList)} onClick={() => void run(state.list)}>
              {t('import.run', { count: state.list.entries.length })}
            </button>
            {restart}
          </div>
          {error && (
            <FailureNotice error={error.error} message={(reason) => t('import.failed', { error: reason })} />
          )}
        </>
      )}

      {state.step === 'done' && <ImportResult outcome={state.outcome} list={state.list} restart={restart} />}
    </section>
  );
}

function MappingStep({
  state,
  onChange,
  onContinue,
  restart,
}: {
  state: Extract<Step, { step: 'mapping' }>;
  onChange(patch: Partial<Pick<Extract<Step, { step: 'mapping' }>, 'mapping' | 'hasHeader' | 'name'>>): void;
  onContinue(): void;
  restart: React.ReactNode;
}) {
  const { t } = useTranslation('lists');
  const width = state.table.width;
  const head = state.table.rows[0] ?? [];
  const columnLabel = (i: number) =>
    state.hasHeader && head[i] ? t('import.columnNamed', { n: i + 1, name: head[i] }) : t('import.column', { n: i + 1, sample: (head[i] ?? '').slice(0, 24) });
  const preview = state.table.rows.slice(0, 4);
  // A problem in a mapped field's values ("Row 3, gender: …") marks that field's column choice:
  // the wrong column may be mapped to it. Changing any choice clears the problems.
  const refused = new Set(state.problems.flatMap((p) => (p.field ? [p.field] : [])));
  const marked = (f: CsvField) => refused.has(f) && state.mapping[f] !== null;
  return (
    <>
      <p>{t('import.mappingIntro')}</p>
      <div className="table-scroll">
        <table className="list-table csv-preview">
          <caption className="visually-hidden">{t('import.previewCaption')}</caption>
          <thead>
            <tr>
              {Array.from({ length: width }, (_, i) => (
                <th key={i} scope="col">
                  {i + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.map((r, i) => (
              <tr key={i}>
                {Array.from({ length: width }, (_, j) => (
                  <td key={j}>{r[j] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <label className="check">
        <input type="checkbox" checked={state.hasHeader} onChange={(e) => onChange({ hasHeader: e.target.checked })} />
        {t('import.hasHeader')}
      </label>
      <div className="mapping-grid">
        {CSV_FIELDS.map((f: CsvField) => (
          <label key={f} className="field">
            <span>
              {t(`field.${f}`)}
              {f === 'lemma' ? ` ${t('import.required')}` : ''}
            </span>
            <select
              value={state.mapping[f] ?? ''}
              aria-invalid={marked(f) || undefined}
              aria-describedby={marked(f) ? MAPPING_ERROR_ID : undefined}
              onChange={(e) => onChange({ mapping: { ...state.mapping, [f]: e.target.value === '' ? null : Number(e.target.value) } })}
            >
              <option value="">{t('import.noColumn')}</option>
              {Array.from({ length: width }, (_, i) => (
                <option key={i} value={i}>
                  {columnLabel(i)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <label className="field">
        <span>{t('listName')}</span>
        <input type="text" value={state.name} onChange={(e) => onChange({ name: e.target.value })} />
      </label>
      {state.problems.length > 0 && <ProblemList problems={state.problems} id={MAPPING_ERROR_ID} />}
      <div className="actions">
        <button type="button" className="primary" disabled={state.mapping.lemma === null} onClick={onContinue}>
          {t('import.continue')}
        </button>
        {restart}
      </div>
    </>
  );
}

function ImportResult({ outcome, list, restart }: { outcome: ImportOutcome; list: LesaList; restart: React.ReactNode }) {
  const { t } = useTranslation('lists');
  const plan = outcome.plan;
  return (
    <div className="import-result" role="status">
      <p className="notice" tabIndex={-1}>
        {plan
          ? t('import.summary', { added: plan.added.length, skipped: plan.skipped.length, conflicts: plan.conflicts.length })
          : outcome.listExisted
            ? t('import.listExisted')
            : t('import.listOnly', { count: list.entries.length })}
      </p>
      {plan && outcome.listExisted && <p>{t('import.listExisted')}</p>}
      {plan && plan.added.length > 0 && (
        <details open>
          <summary>{t('import.added', { count: plan.added.length })}</summary>
          <p>{plan.added.map((w) => w.display).join(', ')}</p>
        </details>
      )}
      {plan && plan.skipped.length > 0 && (
        <details>
          <summary>{t('import.skipped', { count: plan.skipped.length })}</summary>
          <ul>
            {plan.skipped.map((s, i) => (
              <li key={i}>
                {s.word.display} — {t(`import.skipReason.${s.reason}`)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {plan && plan.conflicts.length > 0 && (
        <details open>
          <summary>{t('import.conflicts', { count: plan.conflicts.length })}</summary>
          <ul>
            {plan.conflicts.map((c, i) => (
              <li key={i}>{t('import.conflict', { lemma: c.word.display, yours: c.yours, theirs: c.word.gloss })}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="actions">
        {outcome.listId !== undefined && (
          <a className="button primary" href={`#/lists/${outcome.listId}`}>
            {t('import.openList')}
          </a>
        )}
        {restart}
      </div>
    </div>
  );
}
