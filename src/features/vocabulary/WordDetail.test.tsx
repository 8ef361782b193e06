import { render, screen, within } from '@testing-library/react';
import { WordDetail, type WordDetailProps } from './WordDetail';

const props: WordDetailProps = {
  word: { lemma: 'hestur', status: 'known', updatedAt: 1 },
  facts: null,
  sentences: [],
  message: null,
  onSetStatus: () => {},
  onSave: () => Promise.resolve({ outcome: 'saved', stored: { gloss: '', note: '' }, updatedAt: 2 }),
  onSaved: () => {},
  onSaveFailed: () => {},
  onTyping: () => {},
  onClose: () => {},
};

describe('WordDetail', () => {
  it('"Saved." (or a storage error) goes into a status region that is in the page before it, so screen readers announce it', () => {
    const { rerender } = render(<WordDetail {...props} />);
    const panel = screen.getByRole('region', { name: 'Word “hestur”' });
    // (The form's own: the status buttons have theirs, for a status set with a key.)
    const form = within(panel).getByRole('button', { name: 'Save' }).closest('form')!;
    const status = within(form).getByRole('status');
    expect(status).toBeEmptyDOMElement();
    rerender(<WordDetail {...props} message="Saved." />);
    expect(within(form).getByRole('status')).toBe(status);
    expect(status).toHaveTextContent('Saved.');
  });
});
