import { forwardRef, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { GlossSource } from '../../lang/types';
import { href } from '../../app/router';
import type { GlossSense, GlossView } from './glossModel';
import './gloss.css';

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

/** The name of a gloss's source ("Apertium", "yours"). */
type SourceLabel = (source: GlossSource) => string;

/** A translation without options (a label, a part of speech, a source's name). */
type Label = (key: string) => string;

/**
 * The popover's labels, translated once per language rather than on every tap: the popover mounts
 * anew for each word, and i18next's t() on its dozen or so fixed labels was a measurable part of
 * the time between the tap and the popover on screen. A key i18next does not resolve (it returns
 * the key) is not kept, nor anything before the language's strings are loaded. Translations with values (the
 * word, the IPA, a reading) are not kept: they go through t() each time.
 */
const labelsByLanguage = new Map<string, Map<string, string>>();
function cachedLabels(t: TFunction<'gloss'>, language: string | null): Label {
  // (Null until the language's strings are loaded: nothing is kept then.)
  if (language === null) return t as unknown as Label;
  let cache = labelsByLanguage.get(language);
  if (!cache) labelsByLanguage.set(language, (cache = new Map()));
  const kept = cache;
  return (key) => {
    let text = kept.get(key);
    if (text === undefined) {
      text = (t as unknown as (k: string) => string)(key);
      if (text !== key) kept.set(key, text);
    }
    return text;
  };
}

/** A sense's source after its meaning: a plain name, read as "source: Apertium"; what it is, is told under "Where the meanings come from". */
function SourceBadge({ source, label, prefix }: { source: GlossSource; label: SourceLabel; prefix: string }) {
  return (
    <span className={`source source-${source}`}>
      <span className="visually-hidden">{prefix} </span>
      {label(source)}
    </span>
  );
}

function Senses({ senses, label, prefix }: { senses: GlossSense[]; label: SourceLabel; prefix: string }) {
  return (
    <ol className="senses">
      {senses.map((s) => (
        <li key={`${s.source}:${s.gloss}`}>
          {/* The dictionaries' meanings are English (a learner's own may be in any language). */}
          <span className="sense-text" lang={s.source === 'user' ? undefined : 'en'}>
            {s.gloss}
          </span>{' '}
          <SourceBadge source={s.source} label={label} prefix={prefix} />
        </li>
      ))}
    </ol>
  );
}

/** The dictionary sources (not the learner's own meanings) of the senses a view shows, in a fixed order. */
const DICT_SOURCES: readonly GlossSource[] = ['apertium', 'freedict', 'lesa'];
export function sourcesShown(view: GlossView): GlossSource[] {
  const used = new Set<GlossSource>();
  const add = (senses: GlossSense[] | undefined) => senses?.forEach((s) => used.add(s.source));
  add(view.senses);
  add(view.phrase?.senses);
  add(view.middle?.senses);
  add(view.degree?.senses);
  add(view.participleOf?.senses);
  add(view.adverbOf?.senses);
  add(view.pronounForm?.senses);
  view.parts.forEach((p) => add(p.senses));
  return DICT_SOURCES.filter((s) => used.has(s));
}

/**
 * What the source names after the meanings are: one short line at the end of the gloss that opens
 * (tap, click, Enter or Space: a native disclosure, no tooltip) on a sentence for each source
 * shown and a link to the full credits on the About page.
 */
function SourcesNote({ sources, label, l }: { sources: GlossSource[]; label: SourceLabel; l: Label }) {
  // The body is rendered only while open, so its link is never a hidden Tab stop (browsers skip
  // a closed disclosure's content; not every environment does).
  const [open, setOpen] = useState(false);
  if (sources.length === 0) return null;
  return (
    <details className="gloss-sources" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{l('sources.summary')}</summary>
      {open && (
        <>
          <dl>
            {sources.map((s) => (
              <div key={s}>
                <dt>{label(s)}</dt>
                <dd>{l(`sources.${s}`)}</dd>
              </div>
            ))}
          </dl>
          <a href={href({ name: 'about' })}>{l('sources.more')}</a>
        </>
      )}
    </details>
  );
}

/** What this form means here when it has a meaning of its own (middle voice, superlative…). */
function FormMeaning({ label, lemma, senses, source, prefix }: { label: string; lemma: string; senses: GlossSense[]; source: SourceLabel; prefix: string }) {
  return (
    <section className="gloss-middle" aria-label={label}>
      <div className="gloss-label">{label}</div>
      <div className="gloss-lemma" lang="is">
        {lemma}
      </div>
      <Senses senses={senses} label={source} prefix={prefix} />
    </section>
  );
}

/**
 * A name written in another form than its headword ("Pútíns" → Pútín): which form, so that the
 * learner does not take the two for different names. Called a genitive only when the analysis
 * read one (GlossView.nameForm); nothing when it does not say ("Mats", "Klaus").
 */
function NameForm({ view, t }: { view: GlossView; t: TFunction<'gloss'> }) {
  if (!view.nameForm || !view.name) return null;
  return <p className="name-form">{t(view.nameForm === 'genitive' ? 'nameGenitive' : 'nameForm', { form: view.form, name: view.name })}</p>;
}

/**
 * Whether the gloss's scrolling body has more below (or above) what is in view: a fade at the
 * bottom edge says there is more until the end is reached. Measured on scroll, on resize and when
 * the shown word changes.
 */
function useScrollEdges(ref: React.RefObject<HTMLDivElement | null>, key: unknown) {
  const [edges, setEdges] = useState({ above: false, below: false });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      // (1 px of slack: zoomed or fractional layouts never scroll to the exact last pixel.)
      const above = el.scrollTop > 1;
      const below = el.scrollTop + el.clientHeight < el.scrollHeight - 1;
      setEdges((e) => (e.above === above && e.below === below ? e : { above, below }));
    };
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    ro?.observe(el);
    // The content's own size changes too (a disclosure opened, a reading switched).
    for (const child of el.children) ro?.observe(child);
    return () => {
      el.removeEventListener('scroll', measure);
      ro?.disconnect();
    };
  }, [ref, key]);
  return edges;
}

/** The gloss of one tapped word. Display only. */
export const GlossPopover = forwardRef<HTMLDivElement, GlossPopoverProps>(function GlossPopover(
  { view, onChooseCandidate, onClose, children, style, className, onKeyDown, onBlur },
  ref,
) {
  const { t, i18n, ready } = useTranslation('gloss');
  const l = cachedLabels(t, ready ? i18n.language : null);
  const source: SourceLabel = (s) => l(`source.${s}`);
  const srcPrefix = l('sourcePrefix');
  const bodyRef = useRef<HTMLDivElement>(null);
  // Another word in the same popover starts at the top of its gloss. (A popover just opened is
  // there already: setting scrollTop would force a layout of it before it is placed.)
  const shownToken = useRef(view.tokenIndex);
  useLayoutEffect(() => {
    if (shownToken.current === view.tokenIndex) return;
    shownToken.current = view.tokenIndex;
    if (bodyRef.current) bodyRef.current.scrollTop = 0;
  }, [view.tokenIndex]);
  const edges = useScrollEdges(bodyRef, view);
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
        <button type="button" className="icon-button" onClick={onClose} aria-label={l('close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>

      {/* The gloss scrolls; the head above and the actions below (word status…) stay in view. */}
      {/* Focusable while it scrolls, so that the arrow keys scroll it (the reader leaves them to it). */}
      <div
        ref={bodyRef}
        className={`gloss-body${edges.below ? ' more-below' : ''}${edges.above ? ' more-above' : ''}`}
        role="region"
        aria-label={l('meanings')}
        tabIndex={edges.below || edges.above ? 0 : undefined}
      >
        {view.phrase && (
          <section className="gloss-phrase" aria-label={l('phrase')}>
            <div className="gloss-label">{l('phrase')}</div>
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
            {view.phrase.senses.length > 0 ? <Senses senses={view.phrase.senses} label={source} prefix={srcPrefix} /> : <p className="muted">{l('noGloss')}</p>}
          </section>
        )}

        {view.isName ? (
          <div className="gloss-name">
            <span className="badge">{l('name')}</span>{' '}
            <span className="gloss-lemma" lang="is" data-testid="gloss-lemma">
              {view.name}
            </span>
            <NameForm view={view} t={t} />
            {view.senses.length > 0 && <Senses senses={view.senses} label={source} prefix={srcPrefix} />}
          </div>
        ) : view.lemma ? (
          <div className="gloss-main">
            {/* Beside a phrase, what this one word means on its own. */}
            {view.phrase && <div className="gloss-label">{l('thisWord')}</div>}
            <div className="gloss-lemma-line">
              <span className="gloss-lemma" lang="is" data-testid="gloss-lemma">
                {view.lemma}
              </span>
              {view.pos && <span className="pos">{l(`pos.${view.pos}`)}</span>}
              {view.gender && <span className="gender">{l(`gender.${view.gender}`)}</span>}
              {view.ipa && (
                <span className="ipa">
                  {/* Named in words for a screen reader (an aria-label on a plain span is not read). */}
                  <span className="visually-hidden">{l('ipa')}: </span>
                  {t('ipaValue', { ipa: view.ipa })}
                </span>
              )}
            </div>
            {view.degreeForm && <p className="name-form degree-form">{l(`degreeForm.${view.degreeForm}`)}</p>}
            {view.pronounForm && <FormMeaning label={l(`pronounForm.${view.pronounForm.grammar}`)} lemma={view.form} senses={view.pronounForm.senses} source={source} prefix={srcPrefix} />}
            {view.middle && <FormMeaning label={l('middleVoice')} lemma={view.middle.lemma} senses={view.middle.senses} source={source} prefix={srcPrefix} />}
            {view.degree && <FormMeaning label={l(view.degree.kind)} lemma={view.degree.lemma} senses={view.degree.senses} source={source} prefix={srcPrefix} />}
            {view.participleOf && <FormMeaning label={l('presentParticiple')} lemma={view.participleOf.lemma} senses={view.participleOf.senses} source={source} prefix={srcPrefix} />}
            {view.adverbOf && <FormMeaning label={l('adverbOf')} lemma={view.adverbOf.lemma} senses={view.adverbOf.senses} source={source} prefix={srcPrefix} />}
            {view.userGloss && (
              <p className="user-gloss">
                <span className="sense-text">{view.userGloss}</span>{' '}
                <SourceBadge source="user" label={source} prefix={srcPrefix} />
              </p>
            )}
            {view.senses.length > 0 && <Senses senses={view.senses} label={source} prefix={srcPrefix} />}
            {!hasGloss && view.parts.length === 0 && <p className="muted">{l('noGloss')}</p>}
          </div>
        ) : (
          <p className="muted">{l('unknownWord')}</p>
        )}

        {view.parts.length > 0 && (
          <section className="gloss-parts" aria-label={l('compound')}>
            <div className="gloss-label">{l('compound')}</div>
            <ul>
              {view.parts.map((p, i) => (
                <li key={`${p.lemmaKey}-${i}`}>
                  <span className="gloss-part-lemma" lang="is">
                    {p.lemma}
                  </span>
                  {p.pos && <span className="pos">{l(`pos.${p.pos}`)}</span>}
                  {p.senses.length > 0 ? <Senses senses={p.senses} label={source} prefix={srcPrefix} /> : <span className="muted"> {l('noGloss')}</span>}
                </li>
              ))}
            </ul>
          </section>
        )}

        {others.length > 0 && (
          <section className="gloss-candidates" aria-label={l('otherReadings')}>
            <div className="gloss-label">{l('otherReadings')}</div>
            <div className="chips">
              {others.map((c) => {
                const pos = l(`pos.${c.pos}`);
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

        <SourcesNote sources={sourcesShown(view)} label={source} l={l} />
        {/* More below: a fade over the last lines in view, at the body's bottom edge (sticky), above the actions. */}
        <div className="gloss-more" aria-hidden="true" />
      </div>
      {children != null && children !== false && <div className="gloss-actions">{children}</div>}
    </div>
  );
});
