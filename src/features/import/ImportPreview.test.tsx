import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { inIcelandicWithAndWithoutIntlData } from '../../../test/support/noIcelandicIntl';
import { ImportPreview, proposeTitle } from './ImportPreview';
import type { ImportDraft } from './prepareText';

const draft = (p: Partial<ImportDraft> = {}): ImportDraft => ({
  title: '', author: null, publishedAt: null, site: null, caption: null,
  paragraphs: ['Musk hefur átt í reglulegum samskiptum við Pútín frá árinu 2022. Þetta segir blaðið.'], removed: [], origin: 'paste', ...p,
});

function setup(d: ImportDraft) {
  const onSave = vi.fn();
  render(<ImportPreview draft={d} position={{ index: 1, total: 1 }} busy={false} onSave={onSave} onCancel={vi.fn()} />);
  return { onSave };
}

describe('proposeTitle', () => {
  it('takes the first words of the first sentence, shortened with an ellipsis', () => {
    expect(proposeTitle(['Musk hefur átt í reglulegum samskiptum við Pútín frá árinu 2022. Þetta segir blaðið.'])).toBe('Musk hefur átt í reglulegum samskiptum við Pútín…');
    expect(proposeTitle(['Það snjóar.'])).toBe('Það snjóar');
    expect(proposeTitle(['', '  '])).toBe('');
  });
});

describe('ImportPreview', () => {
  it('a paste with no headline gets a proposed title, and can be saved at once', async () => {
    const { onSave } = setup(draft());
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(title).toHaveValue('Musk hefur átt í reglulegum samskiptum við Pútín…');
    expect(title).toBeRequired();
    expect(title).toHaveAccessibleDescription(/Proposed from the first words/);
    await userEvent.click(screen.getByRole('button', { name: 'Save to library' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ title: 'Musk hefur átt í reglulegum samskiptum við Pútín…' }));
  });

  it('an emptied title says why saving is blocked, next to the field and the button', async () => {
    setup(draft({ title: 'Fyrirsögn' }));
    const title = screen.getByRole('textbox', { name: 'Title' });
    await userEvent.clear(title);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Give the article a title to save it.');
    const save = screen.getByRole('button', { name: 'Save to library' });
    expect(save).toBeDisabled();
    expect(save).toHaveAccessibleDescription('Add a title above to save the article.');
    expect(screen.getByText('Add a title above to save the article.')).toBeVisible();
  });

  it('the date and the paragraph count in the language’s style, in Icelandic also without Icelandic locale data', async () => {
    const d = draft({ title: 'Fyrirsögn', publishedAt: '2024-10-25T09:44', paragraphs: ['Eitt.', 'Tvö.'] });
    const { unmount } = render(<ImportPreview draft={d} position={{ index: 1, total: 1 }} busy={false} onSave={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.getByText('25 Oct 2024, 09:44')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Article text (2 paragraphs)' })).toBeInTheDocument();
    unmount();
    await inIcelandicWithAndWithoutIntlData(() => {
      render(<ImportPreview draft={d} position={{ index: 1, total: 1 }} busy={false} onSave={vi.fn()} onCancel={vi.fn()} />);
      expect(screen.getByText('25. okt. 2024, 09:44')).toBeInTheDocument();
      expect(screen.getByRole('heading', { name: 'Texti greinar (2 efnisgreinar)' })).toBeInTheDocument();
    });
  });

  it('Save keeps keyboard focus across saving, which Chromium drops when it disables the focused button', async () => {
    const onSave = vi.fn();
    const props = { draft: draft({ title: 'Fyrirsögn' }), position: { index: 1, total: 1 }, onSave, onCancel: vi.fn() };
    const { rerender } = render(<ImportPreview {...props} busy={false} />);
    const save = screen.getByRole('button', { name: 'Save to library' });
    save.focus();
    await userEvent.keyboard('{Enter}');
    expect(onSave).toHaveBeenCalledTimes(1);
    // (What Chromium does to a focused button that becomes disabled, which jsdom does not: focus
    // goes to the page.)
    save.blur();
    rerender(<ImportPreview {...props} busy={true} />);
    expect(document.activeElement).toBe(document.body);
    // Saving ends with the preview still up (a duplicate, a failure): focus is back on Save.
    rerender(<ImportPreview {...props} busy={false} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save to library' }));
  });

  it('text the cleaner took out entirely: says so, blocks Save, and Restore brings it back with a proposed title', async () => {
    const { onSave } = setup(
      draft({
        paragraphs: [],
        removed: [
          { text: 'Halló heimur', reason: 'headline-list', at: 0 },
          { text: 'Deila', reason: 'share', at: 0 },
        ],
      }),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Cleaning took out all of this text');
    // No nagging about the title while there is no text to name.
    expect(screen.queryByText('Give the article a title to save it.')).toBeNull();
    const save = screen.getByRole('button', { name: 'Save to library' });
    expect(save).toBeDisabled();
    expect(save).toHaveAccessibleDescription('Restore some text below to save the article.');
    // No empty article box drawn under "Article text (0 paragraphs)".
    expect(document.querySelector('.preview-body')).toBeNull();

    const restore = screen.getAllByRole('button', { name: 'Restore' })[0];
    restore.focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Article text (1 paragraph)' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Halló heimur');
    // The focused Restore button is gone: focus goes to the next one, not to the page.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Restore' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save to library' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ title: 'Halló heimur', paragraphs: ['Halló heimur'] }));
  });

  it('the last block restored: focus goes to the article text heading, not to the page', async () => {
    setup(draft({ title: 'Fyrirsögn', removed: [{ text: 'Mest lesið', reason: 'headline-list', at: 1 }] }));
    await userEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Article text (2 paragraphs)' }));
  });

  it('missing author and date read as a neutral "none found"', () => {
    setup(draft({ title: 'Fyrirsögn' }));
    const none = screen.getAllByText('none found');
    expect(none).toHaveLength(2);
    for (const n of none) expect(n).toHaveClass('meta-none');
  });
});
