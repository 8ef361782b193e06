import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { inIcelandicWithAndWithoutIntlData } from '../../../test/support/noIcelandicIntl';
import type { CardRecord } from '../../db/types';
import { ReviewView, type ReviewViewProps } from './ReviewView';

const card: CardRecord = {
  id: 1, lemma: 'hestur', kind: 'recognition', display: 'hestur', pos: 'noun', gender: 'm', ipa: 'hɛstʏr', glosses: ['horse'],
  sentence: 'Musk á hest í gær.', formStart: 7, formEnd: 11, articleId: 3, due: 0,
  fsrs: { due: 0, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0 },
  suspended: false, createdAt: 0, queue: 2,
};

function setup(p: Partial<ReviewViewProps> = {}) {
  const props: ReviewViewProps = {
    loading: false, card, revealed: false, intervals: { 1: '1 min', 2: '6 min', 3: '10 min', 4: '8 days' },
    remaining: { learning: 0, review: 2, new: 1 }, summary: null, nextDue: null, newWaiting: 0, error: null, canUndo: false,
    onReveal: vi.fn(), onRate: vi.fn(), onUndo: vi.fn(), onRestart: vi.fn(), ...p,
  };
  const r = render(<ReviewView {...props} />);
  return { props, ...r };
}

describe('ReviewView', () => {
  it('front: the sentence with the word marked, and nothing of the answer', () => {
    setup();
    const s = screen.getByTestId('review-sentence');
    expect(s).toHaveTextContent('Musk á hest í gær.');
    expect(s.querySelector('mark')).toHaveTextContent(/^hest$/);
    expect(screen.queryByText('horse')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Good/ })).not.toBeInTheDocument();
    expect(screen.getByTestId('review-counts')).toHaveTextContent('Left in this session: 0 learning, 2 due, 1 new');
  });

  it('the counts: screen readers get the words that show ("2 due"), with an introduction, and no label in their place', () => {
    setup();
    const counts = screen.getByTestId('review-counts');
    // What is read is the text itself: no aria-label (which a paragraph's may not be read) says otherwise.
    expect(counts).not.toHaveAttribute('aria-label');
    expect(counts.querySelector('[aria-label]')).toBeNull();
    expect(counts.textContent).toBe('Left in this session: 0 learning, 2 due, 1 new');
    // What shows: each number with its short word; the introduction and the commas are for screen readers only.
    const shown = [...counts.querySelectorAll('.count')].map((c) =>
      [...c.childNodes].filter((n) => !(n instanceof Element && n.classList.contains('visually-hidden'))).map((n) => n.textContent).join(''),
    );
    expect(shown).toEqual(['0 learning', '2 due', '1 new']);
    expect([...counts.querySelectorAll('.visually-hidden')].map((e) => e.textContent)).toEqual(['Left in this session: ', ',', ',']);
  });

  it('back of a card met in a phrase: the phrase and its meaning first, then the word’s own senses', () => {
    const phraseCard: CardRecord = {
      ...card, lemma: 'eiga', display: 'eiga', pos: 'verb', gender: null, ipa: null, glosses: ['own', 'have'],
      sentence: 'Hann hefur átt í reglulegum samskiptum.', formStart: 11, formEnd: 14,
      phrase: { text: 'átt í', lemma: 'eiga í', glosses: ['be engaged in'] },
    };
    setup({ card: phraseCard, revealed: true });
    const phrase = screen.getByTestId('review-phrase');
    expect(phrase).toHaveTextContent('átt í');
    expect(phrase).toHaveTextContent('eiga í');
    expect(phrase).toHaveTextContent('be engaged in');
    const back = screen.getByTestId('review-back');
    expect(back.textContent!.indexOf('be engaged in')).toBeLessThan(back.textContent!.indexOf('own; have'));
  });

  it('an old card without a phrase (or with a malformed one from a backup) shows the word’s senses only', () => {
    const { unmount } = setup({ revealed: true, card: { ...card, phrase: { text: 'x' } as unknown as CardRecord['phrase'] } });
    expect(screen.queryByTestId('review-phrase')).not.toBeInTheDocument();
    unmount();
    setup({ revealed: true });
    expect(screen.queryByTestId('review-phrase')).not.toBeInTheDocument();
    expect(screen.getByTestId('review-back')).toHaveTextContent('horse');
  });

  it('Space reveals; a tap on "Show answer" too', async () => {
    const { props } = setup();
    await userEvent.keyboard(' ');
    expect(props.onReveal).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: /Show answer/ }));
    expect(props.onReveal).toHaveBeenCalledTimes(2);
  });

  it('back: lemma, part of speech, gender, IPA, glosses, the learner’s gloss and note; answers with their next intervals', async () => {
    const { props } = setup({ revealed: true, userGloss: 'stallion', note: 'sterk beyging' });
    const back = screen.getByTestId('review-back');
    expect(back).toHaveTextContent('hestur');
    expect(back).toHaveTextContent('noun');
    expect(back).toHaveTextContent('masculine');
    expect(back).toHaveTextContent('hɛstʏr');
    expect(back).toHaveTextContent('horse');
    expect(back).toHaveTextContent('stallion');
    expect(back).toHaveTextContent('sterk beyging');
    expect(screen.getByRole('link', { name: 'Open the article it came from' })).toHaveAttribute('href', '#/read/3');
    const good = screen.getByRole('button', { name: 'Good, next in 10 min (key 3)' });
    expect(good).toHaveFocus();
    await userEvent.keyboard('3');
    expect(props.onRate).toHaveBeenCalledWith(3);
    await userEvent.click(screen.getByRole('button', { name: 'Again, next in 1 min (key 1)' }));
    expect(props.onRate).toHaveBeenCalledWith(1);
    expect(screen.getByRole('button', { name: 'Easy, next in 8 days (key 4)' })).toBeInTheDocument();
  });

  it('back of a card whose gloss is the learner’s own (a word added from a word list) shows that gloss once', () => {
    setup({ revealed: true, card: { ...card, glosses: ['stallion'] }, userGloss: 'stallion' });
    const back = screen.getByTestId('review-back');
    expect(back.textContent!.match(/stallion/g)).toHaveLength(1);
    expect(screen.queryByText('No English gloss in the dictionary.')).not.toBeInTheDocument();
  });

  it('number keys do nothing before the answer is shown', async () => {
    const { props } = setup();
    await userEvent.keyboard('3');
    expect(props.onRate).not.toHaveBeenCalled();
  });

  it('undo by button and by U', async () => {
    const { props } = setup({ canUndo: true });
    await userEvent.keyboard('u');
    await userEvent.click(screen.getByRole('button', { name: /Undo last answer/ }));
    expect(props.onUndo).toHaveBeenCalledTimes(2);
  });

  it('⌘Z undoes, as Ctrl+Z does (Caps Lock on too)', async () => {
    const { props } = setup({ canUndo: true });
    await userEvent.keyboard('{Meta>}z{/Meta}');
    expect(props.onUndo).toHaveBeenCalledTimes(1);
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(props.onUndo).toHaveBeenCalledTimes(2);
    expect(fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true })).toBe(false);
    expect(props.onUndo).toHaveBeenCalledTimes(3);
  });

  it('Ctrl+Shift+Z and ⌘⇧Z (redo) do not undo, and are left to the browser', () => {
    const { props } = setup({ canUndo: true });
    // (The key is "Z" with Shift, or "z" with Caps Lock on as well.)
    for (const key of ['z', 'Z']) {
      expect(fireEvent.keyDown(document.body, { key, ctrlKey: true, shiftKey: true })).toBe(true);
      expect(fireEvent.keyDown(document.body, { key, metaKey: true, shiftKey: true })).toBe(true);
    }
    expect(props.onUndo).not.toHaveBeenCalled();
  });

  it('U on a focused checkbox (the settings) undoes; Space there is the checkbox’s own', async () => {
    const { props } = setup({ canUndo: true, settingsPanel: <input type="checkbox" aria-label="box" /> });
    const box = screen.getByRole('checkbox', { name: 'box' });
    box.focus();
    await userEvent.keyboard('u');
    expect(props.onUndo).toHaveBeenCalledTimes(1);
    await userEvent.keyboard(' ');
    expect(box).toBeChecked();
    expect(props.onReveal).not.toHaveBeenCalled();
  });

  it('after Undo: a short visible note above the card, hidden from screen readers (the status region says it), focus left on Show answer', () => {
    const { rerender, props } = setup({ canUndo: true });
    expect(screen.queryByTestId('review-undone')).not.toBeInTheDocument();
    rerender(<ReviewView {...props} undone announcement="Answer undone (Good)." />);
    const note = screen.getByTestId('review-undone');
    expect(note).toBeVisible();
    expect(note).toHaveTextContent('Answer undone — answer this card again.');
    expect(note).toHaveAttribute('aria-hidden', 'true');
    expect(note.closest('[aria-live], [role="status"], [role="alert"]')).toBeNull();
    expect(screen.queryByText('Answer undone — answer this card again.', { ignore: '[aria-hidden="true"] *, [aria-hidden="true"]' })).toBeNull();
    expect(screen.getByRole('button', { name: /Show answer/ })).toHaveFocus();
    rerender(<ReviewView {...props} revealed />);
    expect(screen.queryByTestId('review-undone')).not.toBeInTheDocument();
  });

  it('the undone note in Icelandic', async () => {
    await inIcelandicWithAndWithoutIntlData(() => {
      setup({ undone: true });
      expect(screen.getByTestId('review-undone')).toHaveTextContent('Svar afturkallað — svaraðu þessu spjaldi aftur.');
    });
  });

  it('Enter and Space on a focused control (Undo, Review settings) act on it, not reveal the card', async () => {
    const { props } = setup({ canUndo: true, settingsPanel: <details><summary>Review settings</summary></details> });
    screen.getByRole('button', { name: /Undo last answer/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(props.onUndo).toHaveBeenCalledTimes(1);
    await userEvent.keyboard(' ');
    expect(props.onUndo).toHaveBeenCalledTimes(2);
    // (The browser's own action, not run here: the key is left to it, not taken.)
    expect(fireEvent.keyDown(screen.getByText('Review settings'), { key: 'Enter' })).toBe(true);
    expect(fireEvent.keyDown(screen.getByText('Review settings'), { key: ' ' })).toBe(true);
    expect(props.onReveal).not.toHaveBeenCalled();
    // On Show answer, or with the focus nowhere in particular, they reveal the card.
    screen.getByRole('button', { name: /Show answer/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(props.onReveal).toHaveBeenCalledTimes(1);
    (document.activeElement as HTMLElement).blur();
    await userEvent.keyboard(' ');
    expect(props.onReveal).toHaveBeenCalledTimes(2);
  });

  it('a card without a sentence shows the word alone', () => {
    setup({ card: { ...card, sentence: '', formStart: 0, formEnd: 0 } });
    expect(document.querySelector('.review-lemma-only mark')).toHaveTextContent('hestur');
  });

  it('summary at the end of a session', () => {
    setup({ card: undefined, summary: { reviewed: 4, cards: 3, byRating: { 1: 1, 2: 0, 3: 2, 4: 1 }, recalled: 0.75, totalMs: 90_000 } });
    expect(screen.getByRole('heading', { name: 'Session done' })).toBeInTheDocument();
    expect(screen.getByText('4 answers')).toBeInTheDocument();
    expect(screen.getByText('75% remembered (not Again)')).toBeInTheDocument();
    expect(screen.getByText('Again 1 · Hard 0 · Good 2 · Easy 1')).toBeInTheDocument();
    expect(screen.getByText('Took about 2 minutes')).toBeInTheDocument();
  });

  const NOW = new Date('2026-03-02T21:30:00').getTime();
  const at = (iso: string) => new Date(iso).getTime();
  const SUMMARY = { reviewed: 4, cards: 3, byRating: { 1: 1, 2: 0, 3: 2, 4: 1 } as const, recalled: 0.75, totalMs: 90_000 };

  it.each([
    { due: '2026-03-02T23:45:00', says: 'Next card due later today, at 23:45.' },
    { due: '2026-03-03T09:05:00', says: 'Next card due tomorrow, at 09:05.' },
    { due: '2026-03-04T00:10:00', says: 'Next card due in 2 days (4 Mar 2026).' },
    { due: '2026-04-01T12:00:00', says: 'Next card due in 30 days (1 Apr 2026).' },
  ])('the summary of a finished session says when the next card is due: $says', ({ due, says }) => {
    setup({ card: undefined, summary: SUMMARY, nextDue: at(due), now: NOW });
    const summary = screen.getByRole('heading', { name: 'Session done' }).parentElement!;
    expect(summary).toHaveTextContent(says);
  });

  it('the summary says so when no card is scheduled, and counts new cards held back by the daily limit', () => {
    setup({ card: undefined, summary: SUMMARY, nextDue: null, newWaiting: 3, now: NOW });
    const summary = screen.getByRole('heading', { name: 'Session done' }).parentElement!;
    expect(summary).toHaveTextContent('No other cards are scheduled.');
    expect(summary).toHaveTextContent('3 new cards are waiting for tomorrow (daily limit).');
  });

  it.each([
    { ms: 0, en: 'Took under a minute', is: 'Lotan tók innan við mínútu' },
    { ms: 12_000, en: 'Took under a minute', is: 'Lotan tók innan við mínútu' },
    { ms: 59_999, en: 'Took under a minute', is: 'Lotan tók innan við mínútu' },
    { ms: 60_000, en: 'Took about 1 minute', is: 'Lotan tók um 1 mínútu' },
    { ms: 150_000, en: 'Took about 3 minutes', is: 'Lotan tók um 3 mínútur' },
    { ms: 21 * 60_000, en: 'Took about 21 minutes', is: 'Lotan tók um 21 mínútu' },
  ])('the session time of $ms ms: "$en", "$is"', async ({ ms, en, is }) => {
    const { unmount } = setup({ card: undefined, summary: { ...SUMMARY, totalMs: ms } });
    expect(screen.getByText(en)).toBeInTheDocument();
    unmount();
    await inIcelandicWithAndWithoutIntlData(() => {
      const r = setup({ card: undefined, summary: { ...SUMMARY, totalMs: ms } });
      expect(screen.getByText(is)).toBeInTheDocument();
      r.unmount();
    });
  });

  it('empty state says when the next card is due and how to get cards', () => {
    setup({ card: undefined, nextDue: at('2026-03-03T10:00:00'), newWaiting: 2, now: NOW });
    expect(screen.getByText('Nothing to review right now.')).toBeInTheDocument();
    expect(screen.getByText('Next card due tomorrow, at 10:00.')).toBeInTheDocument();
    expect(screen.queryByText(/No other cards/)).not.toBeInTheDocument();
    expect(screen.getByText('2 new cards are waiting for tomorrow (daily limit).')).toBeInTheDocument();
    expect(screen.getByText(/set it to Learning/)).toBeInTheDocument();
  });

  it('summary figures in the language’s number style; a share just short of all is ">99%", not "100%"', () => {
    setup({ card: undefined, summary: { reviewed: 1234, cards: 1001, byRating: { 1: 5, 2: 0, 3: 1228, 4: 1 }, recalled: 0.996, totalMs: 75_000_000 } });
    expect(screen.getByText('1,234 answers')).toBeInTheDocument();
    expect(screen.getByText('1,001 cards')).toBeInTheDocument();
    expect(screen.getByText('>99% remembered (not Again)')).toBeInTheDocument();
    expect(screen.getByText('Again 5 · Hard 0 · Good 1,228 · Easy 1')).toBeInTheDocument();
    expect(screen.getByText('Took about 1,250 minutes')).toBeInTheDocument();
  });

  it('in Icelandic: counts, summary, next due date and number separators, also in a browser without Icelandic locale data', async () => {
    await inIcelandicWithAndWithoutIntlData(() => {
      const { unmount } = setup({ remaining: { learning: 1, review: 1234, new: 21 } });
      expect(screen.getByTestId('review-counts').textContent).toBe('Eftir í lotunni: 1 í námi, 1.234 á tíma, 21 ný');
      unmount();
      setup({ card: undefined, summary: { reviewed: 1234, cards: 21, byRating: { 1: 5, 2: 0, 3: 1228, 4: 1 }, recalled: 0.75, totalMs: 90_000 } });
      expect(screen.getByText('1.234 svör')).toBeInTheDocument();
      expect(screen.getByText('21 spjald')).toBeInTheDocument();
      expect(screen.getByText('75% mundir þú (ekki Aftur)')).toBeInTheDocument();
      expect(screen.getByText('Aftur 5 · Erfitt 0 · Gott 1.228 · Létt 1')).toBeInTheDocument();
      expect(screen.getByText('Lotan tók um 2 mínútur')).toBeInTheDocument();
      unmount();
    });
    await inIcelandicWithAndWithoutIntlData(() => {
      const r = setup({ card: undefined, nextDue: at('2026-03-03T10:00:00'), newWaiting: 1001, now: NOW });
      expect(screen.getByText('Næsta spjald verður tilbúið á morgun, kl. 10:00.')).toBeInTheDocument();
      expect(screen.getByText('1.001 nýtt spjald bíður morguns (dagleg mörk).')).toBeInTheDocument();
      r.unmount();
      setup({ card: undefined, summary: SUMMARY, nextDue: at('2026-03-23T08:00:00'), now: NOW });
      expect(screen.getByText('Næsta spjald verður tilbúið eftir 21 dag (23. mar. 2026).')).toBeInTheDocument();
    });
    await inIcelandicWithAndWithoutIntlData(() => {
      setup({ card: undefined, summary: SUMMARY, nextDue: at('2026-03-05T08:00:00'), newWaiting: 1001, now: NOW });
      expect(screen.getByText('Næsta spjald verður tilbúið eftir 3 daga (5. mar. 2026).')).toBeInTheDocument();
      expect(screen.getByText('1.001 nýtt spjald bíður morguns (dagleg mörk).')).toBeInTheDocument();
    });
  });

  it('shows a storage error as a clear message', () => {
    setup({ error: 'Could not save: this device’s storage is full.' });
    expect(screen.getByRole('alert')).toHaveTextContent('storage is full');
  });
});

describe('ReviewView, cloze card', () => {
  const cloze: CardRecord = { ...card, kind: 'cloze' };

  it('front: the sentence with the word blanked and the gloss as hint; Enter checks the typed form', async () => {
    const { props } = setup({ card: cloze });
    const s = screen.getByTestId('review-sentence');
    expect(s).not.toHaveTextContent('hest ');
    expect(s).toHaveTextContent('Musk á ____ í gær.');
    expect(screen.getByText('Hint: horse')).toBeInTheDocument();
    const input = screen.getByRole('textbox', { name: /Type the missing word/ });
    expect(input).toHaveFocus();
    await userEvent.type(input, '3 Hest{Enter}');
    expect(props.onReveal).toHaveBeenCalledTimes(1);
    expect(props.onRate).not.toHaveBeenCalled(); // digits typed into the answer are not ratings
  });

  it('after checking: right or wrong, with the form from the sentence', async () => {
    const { rerender, props } = setup({ card: cloze });
    await userEvent.type(screen.getByRole('textbox'), ' Hest ');
    rerender(<ReviewView {...props} revealed />);
    expect(screen.getByText('Right: “hest”.')).toBeInTheDocument();
    expect(screen.getByTestId('review-sentence').querySelector('mark')).toHaveTextContent('hest');
    expect(screen.getByTestId('review-back')).toHaveTextContent('horse');
  });

  it('a wrong form is named as such', async () => {
    const { rerender, props } = setup({ card: cloze });
    await userEvent.type(screen.getByRole('textbox'), 'hestur');
    rerender(<ReviewView {...props} revealed />);
    expect(screen.getByText('You typed “hestur”; the sentence has “hest”.')).toBeInTheDocument();
  });

  it('U, Shift+U and Ctrl+Z typed in the answer box are the box’s own: they do not undo the last answer', async () => {
    const { props } = setup({ card: cloze, canUndo: true });
    const input = screen.getByRole('textbox', { name: /Type the missing word/ });
    expect(input).toHaveFocus();
    await userEvent.keyboard('uU');
    expect(input).toHaveValue('uU');
    expect(fireEvent.keyDown(input, { key: 'z', ctrlKey: true })).toBe(true);
    expect(fireEvent.keyDown(input, { key: 'z', metaKey: true })).toBe(true);
    expect(props.onUndo).not.toHaveBeenCalled();
    // The Undo button still does.
    await userEvent.click(screen.getByRole('button', { name: /Undo last answer/ }));
    expect(props.onUndo).toHaveBeenCalledTimes(1);
  });

  it('keyboard: when the last answer ends the session, focus goes from the (gone) answer buttons to the summary', async () => {
    const { props, rerender } = setup({ revealed: true });
    expect(screen.getByRole('button', { name: /^Good/ })).toHaveFocus();
    await userEvent.keyboard('3');
    expect(props.onRate).toHaveBeenCalledWith(3);
    rerender(<ReviewView {...props} card={undefined} summary={{ reviewed: 1, cards: 1, byRating: { 1: 0, 2: 0, 3: 1, 4: 0 }, recalled: 1, totalMs: 5_000 }} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });

  describe('keys and clicks while an answer is being saved (busy) are kept, and done once it is saved', () => {
    const next: CardRecord = { ...card, id: 2, lemma: 'köttur', display: 'köttur', glosses: ['cat'], sentence: '' };

    it('Space or Enter: the next card is revealed as soon as it shows; the page says the key was taken', async () => {
      for (const key of [' ', '{Enter}']) {
        const { props, rerender, unmount } = setup({ revealed: true, busy: true });
        await userEvent.keyboard(key);
        expect(props.onReveal).not.toHaveBeenCalled();
        expect(screen.getByTestId('review-held')).toHaveTextContent('Saving… then: Show answer');
        // Saved; the next card is still being read.
        rerender(<ReviewView {...props} card={undefined} loading revealed={false} busy />);
        expect(props.onReveal).not.toHaveBeenCalled();
        rerender(<ReviewView {...props} card={next} revealed={false} busy={false} />);
        expect(props.onReveal).toHaveBeenCalledTimes(1);
        expect(screen.queryByTestId('review-held')).toBeNull();
        unmount();
      }
    });

    it('U, or a click on Undo: the answer being saved is undone once it is saved (the first answer too, before Undo could show)', async () => {
      const { props, rerender, unmount } = setup({ revealed: true, busy: true, canUndo: false });
      await userEvent.keyboard('u');
      expect(props.onUndo).not.toHaveBeenCalled();
      expect(screen.getByTestId('review-held')).toHaveTextContent('Saving… then: Undo last answer');
      rerender(<ReviewView {...props} card={next} revealed={false} busy={false} canUndo />);
      expect(props.onUndo).toHaveBeenCalledTimes(1);
      unmount();
      const p2 = setup({ revealed: true, busy: true, canUndo: true }).props;
      await userEvent.click(screen.getByRole('button', { name: /Undo last answer/ }));
      expect(p2.onUndo).not.toHaveBeenCalled();
      expect(screen.getByTestId('review-held')).toHaveTextContent('Saving… then: Undo last answer');
    });

    it('an answer key or click meanwhile is not given to the next card, unseen (a double press or double click); it is if the save failed and the card is still there', async () => {
      const { props, rerender } = setup({ revealed: true, busy: true });
      const good = screen.getByRole('button', { name: /^Good/ });
      expect(good).toHaveAttribute('aria-disabled', 'true');
      await userEvent.keyboard('3');
      expect(screen.getByTestId('review-held')).toHaveTextContent('Saving… then: Good');
      rerender(<ReviewView {...props} card={next} revealed={false} busy={false} />);
      expect(props.onRate).not.toHaveBeenCalled();
      rerender(<ReviewView {...props} card={next} revealed busy />);
      await userEvent.click(screen.getByRole('button', { name: /^Hard/ }));
      expect(props.onRate).not.toHaveBeenCalled();
      rerender(<ReviewView {...props} card={next} revealed busy={false} error="The answer could not be saved." />);
      expect(props.onRate).toHaveBeenCalledTimes(1);
      expect(props.onRate).toHaveBeenCalledWith(2);
    });

    it('in Icelandic', async () => {
      await inIcelandicWithAndWithoutIntlData(async () => {
        setup({ revealed: true, busy: true });
        await userEvent.keyboard(' ');
        expect(screen.getByTestId('review-held')).toHaveTextContent('Vista… síðan: Sýna svar');
      });
    });
  });
});
