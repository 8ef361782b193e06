import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

  it.each([
    { text: 'Hann er einn helsti andstæðingur Pútíns.', form: 'Pútíns', line: '“Pútíns” is the genitive (possessive) of Pútín: Pútín’s, of Pútín.' },
    { text: 'Elon Musk hefur rætt við Pútín.', form: 'Pútín', line: null },
  ])('says which form of a name "$form" is', ({ text, form, line }) => {
    const { pop } = popoverOf(text, form);
    expect(within(pop).getByTestId('gloss-lemma')).toHaveTextContent('Pútín');
    if (line) expect(pop).toHaveTextContent(line);
    else expect(pop).not.toHaveTextContent(/genitive|a form of the name/);
  });

  it('labels the word’s own meaning apart from its phrase’s ("í gær")', () => {
    const { pop } = popoverOf('Ríkisstjórnin kynnti í gær nýjar reglur.', 'gær');
    const labels = [...pop.querySelectorAll('.gloss-label')].map((l) => l.textContent);
    expect(labels).toEqual(['Phrase', 'This word']);
    expect(pop.textContent!.indexOf('This word')).toBeLessThan(pop.textContent!.lastIndexOf('gær'));
  });

  it('names the pronunciation in words, not only with an aria-label a screen reader skips ("hefur" → hafa)', () => {
    const { pop } = popoverOf('Elon Musk hefur átt í samskiptum við Pútín.', 'hefur');
    const ipa = pop.querySelector('.ipa')!;
    expect(ipa).not.toHaveAttribute('aria-label');
    expect(ipa.textContent).toMatch(/^Pronunciation: \/.+\/$/);
  });
});
