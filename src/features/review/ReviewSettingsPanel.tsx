import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { storageMessage } from '../../app/ui/errorText';
import { loadReviewSettings, saveReviewSettings } from './reviewSettings';

/** Desired retention and the daily new-card limit. Can also be listed among the settings sections. */
export function ReviewSettingsPanel() {
  const { t } = useTranslation('review');
  const settings = useLiveQuery(loadReviewSettings);
  if (!settings) return null;
  return (
    <Form
      key={`${settings.retention}|${settings.newPerDay}|${settings.clozeCards}`}
      retention={settings.retention}
      newPerDay={settings.newPerDay}
      cloze={settings.clozeCards}
      t={t}
    />
  );
}

function Form({ retention, newPerDay, cloze, t }: { retention: number; newPerDay: number; cloze: boolean; t: ReturnType<typeof useTranslation>['t'] }) {
  const [r, setR] = useState(String(Math.round(retention * 100)));
  const [n, setN] = useState(String(newPerDay));
  const [c, setC] = useState(cloze);
  const [msg, setMsg] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await saveReviewSettings({ retention: Number(r) / 100, newPerDay: Number(n), clozeCards: c });
      setMsg(t('settingsSaved'));
    } catch (err) {
      setMsg(storageMessage(err, t));
    }
  }
  return (
    <details className="review-settings">
      <summary>{t('settingsTitle')}</summary>
      <form onSubmit={submit}>
        <label className="field">
          <span>{t('retention')}</span>
          <input type="number" min={70} max={99} step={1} value={r} onChange={(e) => setR(e.target.value)} />
        </label>
        <p className="hint">{t('retentionHint')}</p>
        <label className="field">
          <span>{t('newPerDay')}</span>
          <input type="number" min={0} max={500} step={1} value={n} onChange={(e) => setN(e.target.value)} />
        </label>
        <label className="check">
          <input type="checkbox" checked={c} onChange={(e) => setC(e.target.checked)} /> {t('clozeCards')}
        </label>
        <button type="submit">{t('saveSettings')}</button>
        {msg && <p role="status">{msg}</p>}
      </form>
    </details>
  );
}
