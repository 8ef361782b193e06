import { forwardRef, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { GlossSource } from '../../lang/types';
import type { GlossSense, GlossView } from './glossModel';

export interface GlossPopoverProps {
  view: GlossView;
  onChooseCandidate(candidateIndex: number): void;
  onClose(): void;
  /** Extra controls below the gloss (word status, speak…), supplied by other features. */
  children?: ReactNode;
  style?: React.CSSProperties;
  className?: string;
  onKeyDown?: React.KeyboardEventHandler<HTMLDivElement>;
  onBlur?: React.FocusEventHandler<HTMLDivElement>;
}

/** The name of a gloss's source and its tooltip. */
type SourceLabel = (source: GlossSource) => { name: string; title: string };

/**
 * Source names translated once per source and popover render rather than twice per sense: the
 * popover is rendered on every tap, and each translation call is a measurable part of that.
 */
function sourceLabels(t: TFunction<'gloss'>): SourceLabel {
  const seen = new Map<GlossSource, { name: string; title: string }>();
  return (source) => {
    let l = seen.get(source);
    if (!l) {
      const name = t(`source.${source}`);
      l = { name, title: t('sourceTitle', { source: name }) };
      seen.set(source, l);
    }
    return l;
  };
}

function Senses({ senses, label }: { senses: GlossSense[]; label: SourceLabel }) {
  return (
    <ol className="senses">
      {senses.map((s) => (
        <li key={`${s.source}:${s.gloss}`}>
          {/* The dictionaries' meanings are English (a learner's own may be in any language). */}
          <span className="sense-text" lang={s.source === 'user' ? undefined : 'en'}>
            {s.gloss}
          </span>{' '}
          <span className={`source source-${s.source}`} title={label(s.source).title}>
            {label(s.source).name}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** What this form means here when it has a meaning of its own (middle voice, superlative…). */
function FormMeaning({ label, lemma, senses, source }: { label: string; lemma: string; senses: GlossSense[]; source: SourceLabel }) {
  return (
    <section className="gloss-middle" aria-label={label}>
      <div className="gloss-label">{label}</div>
      <div className="gloss-lemma" lang="is">
        {lemma}
      </div>
      <Senses senses={senses} label={source} />
    </section>
  );
}

/**
 * A name written in another form than its headword ("Pútíns" → Pútín): which form, so that the
 * learner does not take the two for different names. A name with a genitive -s is said so.
 */
function NameForm({ form, name, t }: { form: string; name: string; t: TFunction<'gloss'> }) {
  if (form.toLocaleLowerCase('is') === name.toLocaleLowerCase('is')) return null;
  const genitive = form.toLocaleLowerCase('is') === `${name}s`.toLocaleLowerCase('is');
  return <p className="name-form">{t(genitive ? 'nameGenitive' : 'nameForm', { form, name })}</p>;
}

/** The gloss of one tapped word. Display only. */
export const GlossPopover = forwardRef<HTMLDivElement, GlossPopoverProps>(function GlossPopover(
  { view, onChooseCandidate, onClose, children, style, className, onKeyDown, onBlur },
  ref,
) {
  const { t } = useTranslation('gloss');
  const source = sourceLabels(t);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const idBase = useId();
  const others = view.candidates.filter((c) => !c.chosen);
  const hasGloss = view.senses.length > 0 || view.userGloss || (view.participleOf?.senses.length ?? 0) > 0 || (view.adverbOf?.senses.length ?? 0) > 0;
  return (
    <div
      ref={ref}
      className={`gloss-popover ${className ?? ''}`}
      role="dialog"
      aria-modal="false"
      aria-label={t('dialogLabel', { word: view.form })}
      style={style}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <div className="gloss-head">
        {/* Where focus goes when the popover is opened from the keyboard. */}
        <h2 className="gloss-form" lang="is" tabIndex={-1} ref={headingRef}>
          {view.form}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>

      {/* The gloss scrolls; the head above and the actions below (word status…) stay in view. */}
      <div className="gloss-body" role="region" aria-label={t('meanings')}>
        {view.phrase && (
          <section className="gloss-phrase" aria-label={t('phrase')}>
            <div className="gloss-label">{t('phrase')}</div>
            <div className="gloss-lemma-line">
              <span className="gloss-lemma" lang="is">
                {view.phrase.text}
              </span>
              {view.phrase.lemma && (
                <span className="phrase-lemma" lang="is" data-testid="phrase-lemma">
                  {view.phrase.lemma}
                </span>
              )}
            </div>
            {view.phrase.senses.length > 0 ? <Senses senses={view.phrase.senses} label={source} /> : <p className="muted">{t('noGloss')}</p>}
          </section>
        )}

        {view.isName ? (
          <div className="gloss-name">
            <span className="badge">{t('name')}</span>{' '}
            <span className="gloss-lemma" lang="is" data-testid="gloss-lemma">
              {view.name}
            </span>
            {view.name && <NameForm form={view.form} name={view.name} t={t} />}
            {view.senses.length > 0 && <Senses senses={view.senses} label={source} />}
          </div>
        ) : view.lemma ? (
          <div className="gloss-main">
            {/* Beside a phrase, what this one word means on its own. */}
            {view.phrase && <div className="gloss-label">{t('thisWord')}</div>}
            <div className="gloss-lemma-line">
              <span className="gloss-lemma" lang="is" data-testid="gloss-lemma">
                {view.lemma}
              </span>
              {view.pos && <span className="pos">{t(`pos.${view.pos}`)}</span>}
              {view.gender && <span className="gender">{t(`gender.${view.gender}`)}</span>}
              {view.ipa && (
                <span className="ipa">
                  {/* Named in words for a screen reader (an aria-label on a plain span is not read). */}
                  <span className="visually-hidden">{t('ipa')}: </span>
                  {t('ipaValue', { ipa: view.ipa })}
                </span>
              )}
            </div>
            {view.pronounForm && <FormMeaning label={t(`pronounForm.${view.pronounForm.grammar}`)} lemma={view.form} senses={view.pronounForm.senses} source={source} />}
            {view.middle && <FormMeaning label={t('middleVoice')} lemma={view.middle.lemma} senses={view.middle.senses} source={source} />}
            {view.degree && <FormMeaning label={t(view.degree.kind)} lemma={view.degree.lemma} senses={view.degree.senses} source={source} />}
            {view.participleOf && <FormMeaning label={t('presentParticiple')} lemma={view.participleOf.lemma} senses={view.participleOf.senses} source={source} />}
            {view.adverbOf && <FormMeaning label={t('adverbOf')} lemma={view.adverbOf.lemma} senses={view.adverbOf.senses} source={source} />}
            {view.userGloss && (
              <p className="user-gloss">
                <span className="sense-text">{view.userGloss}</span>{' '}
                <span className="source source-user">{source('user').name}</span>
              </p>
            )}
            {view.senses.length > 0 && <Senses senses={view.senses} label={source} />}
            {!hasGloss && view.parts.length === 0 && <p className="muted">{t('noGloss')}</p>}
          </div>
        ) : (
          <p className="muted">{t('unknownWord')}</p>
        )}

        {view.parts.length > 0 && (
          <section className="gloss-parts" aria-label={t('compound')}>
            <div className="gloss-label">{t('compound')}</div>
            <ul>
              {view.parts.map((p, i) => (
                <li key={`${p.lemmaKey}-${i}`}>
                  <span className="gloss-part-lemma" lang="is">
                    {p.lemma}
                  </span>
                  {p.pos && <span className="pos">{t(`pos.${p.pos}`)}</span>}
                  {p.senses.length > 0 ? <Senses senses={p.senses} label={source} /> : <span className="muted"> {t('noGloss')}</span>}
                </li>
              ))}
            </ul>
          </section>
        )}

        {others.length > 0 && (
          <section className="gloss-candidates" aria-label={t('otherReadings')}>
            <div className="gloss-label">{t('otherReadings')}</div>
            <div className="chips">
              {others.map((c) => {
                const pos = t(`pos.${c.pos}`);
                return (
                  <button
                    key={c.index}
                    type="button"
                    className="chip"
                    onClick={(e) => {
                      // The chip goes away with the new reading: keep focus in the popover.
                      if (document.activeElement === e.currentTarget) headingRef.current?.focus();
                      onChooseCandidate(c.index);
                    }}
                    aria-label={t('chooseReading', { lemma: c.lemma, pos })}
                    aria-describedby={c.gloss ? `${idBase}-reading-${c.index}` : undefined}
                  >
                    <span lang="is">{c.lemma}</span> <span className="pos">{pos}</span>
                    {/* What the reading means, to tell it from the one shown. */}
                    {c.gloss && (
                      <span className="chip-gloss" lang="en" id={`${idBase}-reading-${c.index}`}>
                        {c.gloss}
                      </span>
                    )}
                  </button>
                );
              })}
            </div>
          </section>
        )}
      </div>
      {children != null && children !== false && <div className="gloss-actions">{children}</div>}
    </div>
  );
});
