import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../../i18n';
import { loadAnalyserNode } from '../../lang/analyse/node';
import { tokenIndices } from '../../lang/analyse/testing';
import { buildGlossView } from './glossModel';
import { GlossPopover } from './GlossPopover';

/** The popover of the first `form` in `text`, as the reader shows it, from the real analysis. */
function popoverOf(text: string, form: string, onChooseCandidate = vi.fn()) {
  const analysis = loadAnalyserNode().analyse(text);
  const view = buildGlossView(analysis, text, tokenIndices(analysis, form)[0])!;
  render(<GlossPopover view={view} onChooseCandidate={onChooseCandidate} onClose={vi.fn()} />);
  return { pop: screen.getByRole('dialog', { name: `Meaning of “${form}”` }), onChooseCandidate };
}

describe('GlossPopover: other readings', () => {
  it.each([
    { text: 'Hún svaraði hressilega og sanngjarnlega.', form: 'hressilega', region: 'Adverb from the adjective', lemma: 'hressilegur', others: [] },
    { text: 'Hann talaði rólega við blaðamenn og brosti vinalega.', form: 'vinalega', region: 'Adverb from the adjective', lemma: 'vinalegur', others: [] },
    { text: 'Hitið vatnið þar til það er sjóðandi heitt.', form: 'sjóðandi', region: 'Present participle of', lemma: 'sjóða', others: ['Use sjóðandi (adjective) for this word'] },
    { text: 'Lögreglan var kölluð til vegna manns sem var ölvaður og ógnandi.', form: 'ógnandi', region: 'Present participle of', lemma: 'ógna', others: ['Use ógnandi (adjective) for this word'] },
  ])('shows $lemma once for "$form": under "$region", not again under "Other readings"', ({ text, form, region, lemma, others }) => {
    const { pop } = popoverOf(text, form);
    expect(within(pop).getByRole('region', { name: region })).toHaveTextContent(lemma);
    const section = within(pop).queryByRole('region', { name: 'Other readings' });
    expect(section ? within(section).getAllByRole('button').map((b) => b.getAttribute('aria-label')) : []).toEqual(others);
  });

  it('still lets the learner switch to a genuine other reading ("sjóðandi" as an adjective)', async () => {
    const text = 'Hitið vatnið þar til það er sjóðandi heitt.';
    const { pop, onChooseCandidate } = popoverOf(text, 'sjóðandi');
    const analysis = loadAnalyserNode().analyse(text);
    const token = analysis.tokens[tokenIndices(analysis, 'sjóðandi')[0]];
    await userEvent.click(within(pop).getByRole('button', { name: 'Use sjóðandi (adjective) for this word' }));
    expect(onChooseCandidate).toHaveBeenCalledWith(token.candidates.findIndex((c) => c.lemma === 'sjóðandi' && c.pos === 'adjective'));
  });
});

describe('GlossPopover: what a learner can tell from it', () => {
  it('gives each other reading its first meaning, read with the button ("hefur": hefja, raise)', () => {
    const { pop } = popoverOf('Elon Musk hefur átt í reglulegum samskiptum við Pútín.', 'hefur');
    const chip = within(within(pop).getByRole('region', { name: 'Other readings' })).getByRole('button', { name: 'Use hefja (verb) for this word' });
    expect(chip).toHaveAccessibleDescription(/\S/);
    expect(chip).toHaveTextContent(/^hefja verb\s*\S/);
    expect(within(chip).getByText(chip.textContent!.replace(/^hefja verb\s*/, ''))).toHaveAttribute('lang', 'en');
  });

  it('labels the word’s own meaning apart from its phrase’s ("í gær")', () => {
    const { pop } = popoverOf('Ríkisstjórnin kynnti í gær nýjar reglur.', 'gær');
    const labels = [...pop.querySelectorAll('.gloss-label')].map((l) => l.textContent);
    expect(labels).toEqual(['Phrase', 'This word']);
    expect(pop.textContent!.indexOf('This word')).toBeLessThan(pop.textContent!.lastIndexOf('gær'));
  });

  it('says a regular superlative is one, under the positive it means ("verðmætasta" → verðmætur)', () => {
    const { pop } = popoverOf('Svæðið er eitt það verðmætasta á landinu.', 'verðmætasta');
    expect(within(pop).getByTestId('gloss-lemma')).toHaveTextContent('verðmætur');
    expect(pop).toHaveTextContent('This form: superlative (most …)');
  });

  it('names the pronunciation in words, not only with an aria-label a screen reader skips ("hefur" → hafa)', () => {
    const { pop } = popoverOf('Elon Musk hefur átt í samskiptum við Pútín.', 'hefur');
    const ipa = pop.querySelector('.ipa')!;
    expect(ipa).not.toHaveAttribute('aria-label');
    expect(ipa.textContent).toMatch(/^Pronunciation: \/.+\/$/);
  });
});

describe('GlossPopover: which form of a name the tapped word is', () => {
  // kind: 'genitive' only when the analysis read a genitive -s; 'form' another form; null no line.
  it.each([
    // The name rules stripped a genitive -s from a form the lemmatizer does not know.
    { text: 'Hann er einn helsti andstæðingur Pútíns.', form: 'Pútíns', name: 'Pútín', kind: 'genitive' },
    { text: 'Ræða Trumps var löng.', form: 'Trumps', name: 'Trump', kind: 'genitive' },
    { text: 'Elon Musk keypti Twitter og fyrirtæki Musks óx.', form: 'Musks', name: 'Musk', kind: 'genitive' },
    // A name of the dictionary whose headword is the form less -s.
    { text: 'Bók Jóns kom út.', form: 'Jóns', name: 'Jón', kind: 'genitive' },
    { text: 'Vinur Davids kom.', form: 'Davids', name: 'David', kind: 'genitive' },
    { text: 'Ég talaði við bróður Kristjáns í gær.', form: 'Kristjáns', name: 'Kristján', kind: 'genitive' },
    // Another form, not a genitive -s.
    { text: 'Hús Guðmundar brann.', form: 'Guðmundar', name: 'Guðmundur', kind: 'form' },
    { text: 'Bók Páls kom út.', form: 'Páls', name: 'Páll', kind: 'form' },
    // Nominatives in -s: never called a genitive.
    { text: 'Ég hitti Mats í gær.', form: 'Mats', name: null, kind: null },
    { text: 'Klaus kom heim. Ég hitti Klaus.', form: 'Klaus', name: 'Klaus', kind: null },
    { text: 'Ég sá Lars í gær.', form: 'Lars', name: 'Lars', kind: null },
    { text: 'Ég hitti Carlos í gær.', form: 'Carlos', name: 'Carlos', kind: null },
    { text: 'Ég talaði við Nils.', form: 'Nils', name: 'Nils', kind: null },
    { text: 'Ég hitti Markus og Jones.', form: 'Markus', name: 'Markus', kind: null },
    { text: 'Ég hitti Hans.', form: 'Hans', name: 'Hans', kind: null },
    { text: 'Ég talaði við Jónas í gær.', form: 'Jónas', name: 'Jónas', kind: null },
    { text: 'Ég talaði við Magnús í gær.', form: 'Magnús', name: 'Magnús', kind: null },
    { text: 'Ég talaði við Andrés í gær.', form: 'Andrés', name: 'Andrés', kind: null },
    { text: 'Ég talaði við Jesús í gær.', form: 'Jesús', name: 'Jesús', kind: null },
  ])('"$form" in "$text": $kind', ({ text, form, name, kind }) => {
    const { pop } = popoverOf(text, form);
    if (name) expect(within(pop).getByTestId('gloss-lemma')).toHaveTextContent(name);
    const line = pop.querySelector('.name-form')?.textContent ?? null;
    if (kind === 'genitive') expect(line).toBe(`“${form}” is the genitive (possessive) of ${name}: ${name}’s, of ${name}.`);
    else if (kind === 'form') expect(line).toBe(`“${form}” is a form of the name ${name}.`);
    else expect(line).toBeNull();
    if (kind !== 'genitive') expect(pop).not.toHaveTextContent(/genitive|possessive/);
  });
});

describe('GlossPopover: where the meanings come from', () => {
  afterEach(async () => {
    await act(() => i18n.changeLanguage('en'));
  });

  it('names each sense’s source in plain words, with no tooltip, read as “source: …”', () => {
    const { pop } = popoverOf('Hann talaði við blaðamenn.', 'við');
    expect(pop.querySelectorAll('[title]')).toHaveLength(0);
    const items = within(pop).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(2);
    for (const li of items) expect(li.textContent).toMatch(/ source: (Apertium|FreeDict|Lesa)$/);
  });

  // (Opening it from the keyboard is native to <summary>; jsdom does not do it: test/browser/gloss-popover.e2e.ts.)
  it('explains the sources shown on a tap, and links to the credits', async () => {
    const { pop } = popoverOf('Hann talaði við blaðamenn.', 'við');
    const shown = [...new Set(within(pop).getAllByRole('listitem').map((li) => li.textContent!.replace(/^.* source: /, '')))];
    const more = within(pop).getByText('Where the meanings come from');
    const details = more.closest('details')!;
    expect(details.open).toBe(false);
    const user = userEvent.setup();
    await user.click(more);
    expect(details.open).toBe(true);
    expect([...details.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['Apertium', 'FreeDict', 'Lesa'].filter((s) => shown.includes(s)));
    expect(details.querySelectorAll('dd')).toHaveLength(shown.length);
    expect(within(details).getByRole('link', { name: 'Full credits on the About page' })).toHaveAttribute('href', '#/about');
    // A tap closes it again.
    await user.click(more);
    expect(details.open).toBe(false);
  });

  it('explains them in Icelandic too', async () => {
    await act(() => i18n.changeLanguage('is'));
    const text = 'Hann talaði við blaðamenn.';
    const analysis = loadAnalyserNode().analyse(text);
    const view = buildGlossView(analysis, text, tokenIndices(analysis, 'við')[0])!;
    render(<GlossPopover view={view} onChooseCandidate={vi.fn()} onClose={vi.fn()} />);
    const pop = screen.getByRole('dialog', { name: 'Merking orðsins „við“' });
    expect(within(pop).getAllByRole('listitem')[0].textContent).toMatch(/ heimild: (Apertium|FreeDict|Lesa)$/);
    await userEvent.click(within(pop).getByText('Hvaðan merkingarnar koma'));
    expect(within(pop).getByRole('link', { name: 'Nánar um heimildirnar á síðunni Um Lesa' })).toHaveAttribute('href', '#/about');
  });

  it('has no sources line when nothing from a dictionary is shown (an unknown name)', () => {
    const { pop } = popoverOf('Ég hitti Markus í gær.', 'Markus');
    expect(within(pop).queryByText('Where the meanings come from')).toBeNull();
  });
});

describe('GlossPopover: scroll position', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('opens at the top without setting it (that would lay the popover out before it is placed); another word starts at the top again', () => {
    const set = vi.spyOn(Element.prototype, 'scrollTop', 'set');
    const text = 'Hann talaði við blaðamenn.';
    const analysis = loadAnalyserNode().analyse(text);
    const view = (form: string) => buildGlossView(analysis, text, tokenIndices(analysis, form)[0])!;
    const { rerender } = render(<GlossPopover view={view('talaði')} onChooseCandidate={vi.fn()} onClose={vi.fn()} />);
    expect(set).not.toHaveBeenCalled();
    rerender(<GlossPopover view={view('blaðamenn')} onChooseCandidate={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByRole('dialog')).toHaveAccessibleName('Meaning of “blaðamenn”');
    expect(set).toHaveBeenCalledWith(0);
  });
});

describe('GlossPopover: a gloss longer than the popover', () => {
  /** jsdom lays nothing out: the gloss body is `scroll` px tall inside `client` px. */
  function layOut(scroll: number, client: number) {
    const isBody = (el: HTMLElement) => el.classList.contains('gloss-body');
    vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return isBody(this) ? scroll : 0;
    });
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return isBody(this) ? client : 0;
    });
  }
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('can be scrolled from the keyboard (the gloss takes focus) and says there is more until its end', () => {
    layOut(560, 240);
    const { pop } = popoverOf('Hann talaði við blaðamenn.', 'við');
    const body = within(pop).getByRole('region', { name: 'Meanings' });
    expect(body).toHaveAttribute('tabindex', '0');
    expect(body).toHaveClass('more-below');
    body.scrollTop = 320;
    fireEvent.scroll(body);
    expect(body).not.toHaveClass('more-below');
    expect(body).toHaveClass('more-above');
  });

  it('a short gloss is no extra tab stop and says nothing of more', () => {
    layOut(80, 80);
    const { pop } = popoverOf('Hann talaði við blaðamenn.', 'við');
    const body = within(pop).getByRole('region', { name: 'Meanings' });
    expect(body).not.toHaveAttribute('tabindex');
    expect(body).not.toHaveClass('more-below');
  });
});
