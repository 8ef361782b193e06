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
