import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contributingSources, entryKey } from '../../db/lists';
import type { WordListRecord } from '../../db/types';
import { CUT_END, CUT_START, handoutExamples } from './exampleWindow';
import type { ExampleSpans } from './useExampleSpans';
import './lists.css';

/**
 * A clean A4 handout of a list: lemma, part of speech, gender, gloss, the example around the word,
 * and an optional blank column for students' notes. Print CSS hides everything else. `spans`: where
 * each word is in its example (`useExampleSpans`).
 */
export function PrintView({ list, spans, onPrint = () => window.print() }: { list: WordListRecord; spans?: ExampleSpans; onPrint?: () => void }) {
  const { t } = useTranslation('lists');
  const [notesColumn, setNotesColumn] = useState(true);
  const [examples, setExamples] = useState(true);
  const sources = contributingSources(list).sources;
  // A list made from the reader is named after its article ("Title", or "Title (2)" beside an
  // earlier one): there the article's title would only repeat the list's; its site is still said.
  const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLocaleLowerCase() === b.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  const n = /(\d+)\D*$/.exec(list.name)?.[1];
  const isListName = (title: string) => same(title, list.name) || (n !== undefined && same(t('numberedName', { name: title.trim(), n }), list.name));
  const subtitle = sources
    .map((s) => [s.title && !isListName(s.title) ? s.title : '', s.site].filter(Boolean).join(', '))
    .filter(Boolean)
    .join(' · ');
  return (
    <section className="print-sheet" aria-labelledby="print-title">
      <div className="no-print print-controls">
        <a className="back-link" href={`#/lists/${list.id}`}>{t('backToList')}</a>
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
      {/* Only the articles that still give the list words; none when that would only repeat the title. */}
      {subtitle && (
        <p className="print-sources">
          {t('fromArticles')} <span>{subtitle}</span>
        </p>
      )}
      <PrintTable list={list} spans={spans} examples={examples} notesColumn={notesColumn} />
    </section>
  );
}

/**
 * The handout's table: one row a word (word, part of speech, gender, meaning with the teacher's
 * note, example, and a blank column for students' notes). The print view shows it; the list editor
 * prints it in place of its fields and buttons (Ctrl+P there gives the same handout). The example is
 * a few words either side of the word, the word in bold (`handoutExamples`): whole sentences made 25
 * words of a news article three pages, the same long sentence printed for word after word.
 */
export function PrintTable({
  list,
  spans,
  examples = true,
  notesColumn = true,
}: {
  list: WordListRecord;
  spans?: ExampleSpans;
  examples?: boolean;
  notesColumn?: boolean;
}) {
  const { t } = useTranslation('lists');
  const { t: tg } = useTranslation('gloss');
  const windows = useMemo(() => handoutExamples(list.entries, (i) => spans?.get(entryKey(list.entries[i]))), [list.entries, spans]);
  // On a phone screen each word is a card (lists.css): the handout's columns would be wider than the
  // screen. The labels (`data-label`) name the column in each card there. On paper, and on wider
  // screens, it is the table (scrolling sideways in this box should it not fit).
  return (
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
          {list.entries.map((e, i) => (
            <tr key={`${e.lemma}|${e.pos ?? ''}`}>
              <th scope="row" className="print-word">{e.display}</th>
              <td className="print-pos">{e.pos ? tg(`pos.${e.pos}`) : ''}</td>
              <td className="print-gender">{e.gender ? t(`genderShort.${e.gender}`) : ''}</td>
              <td className="print-gloss" data-label={t('col.gloss')}>
                {e.gloss}
                {e.note && <div className="print-note">{e.note}</div>}
              </td>
              {examples && (
                <td className="print-example" data-label={t('col.example')}>
                  {windows[i].cutStart && CUT_START}
                  {windows[i].before}
                  {windows[i].word && <b className="print-ex-word">{windows[i].word}</b>}
                  {windows[i].after}
                  {windows[i].cutEnd && CUT_END}
                </td>
              )}
              {notesColumn && <td className="print-blank" data-label={t('col.studentNotes')} />}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
