import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contributingSources } from '../../db/lists';
import type { WordListRecord } from '../../db/types';
import './lists.css';

/**
 * A clean A4 handout of a list: lemma, part of speech, gender, gloss, example sentence, and an
 * optional blank column for students' notes. Print CSS hides everything else.
 */
export function PrintView({ list, onPrint = () => window.print() }: { list: WordListRecord; onPrint?: () => void }) {
  const { t } = useTranslation('lists');
  const { t: tg } = useTranslation('gloss');
  const [notesColumn, setNotesColumn] = useState(true);
  const [examples, setExamples] = useState(true);
  const sources = contributingSources(list).sources;
  return (
    <section className="print-sheet" aria-labelledby="print-title">
      <div className="no-print print-controls">
        <a href={`#/lists/${list.id}`}>{t('backToList')}</a>
        <div className="actions">
          <label className="check">
            <input type="checkbox" checked={examples} onChange={(e) => setExamples(e.target.checked)} />
            {t('print.examples')}
          </label>
          <label className="check">
            <input type="checkbox" checked={notesColumn} onChange={(e) => setNotesColumn(e.target.checked)} />
            {t('print.notesColumn')}
          </label>
          <button type="button" className="primary" onClick={onPrint}>
            {t('print.print')}
          </button>
        </div>
      </div>
      <h1 id="print-title">{list.name}</h1>
      {/* Only the articles that still give the list words. */}
      {sources.length > 0 && (
        <p className="print-sources">
          {sources.map((s) => [s.title, s.site].filter(Boolean).join(', ')).join(' · ')}
        </p>
      )}
      {/* On a phone the handout's columns are wider than the screen: they scroll sideways in this box
          (the page does not scroll sideways, so they would be cut off). On paper it does not clip. */}
      <div className="table-scroll print-scroll">
        <table className="print-table">
          <thead>
            <tr>
              <th scope="col" className="pc-word">{t('col.lemma')}</th>
              <th scope="col" className="pc-pos">{t('col.pos')}</th>
              <th scope="col" className="pc-gender">{t('col.gender')}</th>
              <th scope="col" className="pc-gloss">{t('col.gloss')}</th>
              {examples && <th scope="col" className="pc-example">{t('col.example')}</th>}
              {notesColumn && <th scope="col" className="pc-notes">{t('col.studentNotes')}</th>}
            </tr>
          </thead>
          <tbody>
            {list.entries.map((e) => (
              <tr key={`${e.lemma}|${e.pos ?? ''}`}>
                <th scope="row">{e.display}</th>
                <td>{e.pos ? tg(`pos.${e.pos}`) : ''}</td>
                <td>{e.gender ? t(`genderShort.${e.gender}`) : ''}</td>
                <td>
                  {e.gloss}
                  {e.note && <div className="print-note">{e.note}</div>}
                </td>
                {examples && <td className="print-example">{e.example}</td>}
                {notesColumn && <td className="print-blank" />}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
