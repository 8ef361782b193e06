import { LesaDB, getDb, useDatabase } from '../../db/db';
import { getWord, saveWordNote, storedNote, type NoteSaveResult, type WordNote } from '../../db/words';
import { NoteDraft, SAVE_DELAY_MS, type SaveCause } from './noteDraft';

let n = 0;
beforeEach(async () => {
  useDatabase(new LesaDB(`test-note-draft-${n++}`));
  localStorage.clear();
  await getDb().words.put({ lemma: 'hestur', status: 'known', updatedAt: 100, gloss: 'horse' });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A draft of hestur's panel writing to the (fake) database, with what it reported. */
function draftOf(stored: WordNote = { gloss: 'horse', note: '' }, updatedAt = 100) {
  const saves: { typed: WordNote; base: WordNote; cause: SaveCause }[] = [];
  const saved: { outcome: string; cause: SaveCause }[] = [];
  const failed: SaveCause[] = [];
  const typedOutside: WordNote[] = [];
  const draft = new NoteDraft(stored, updatedAt, {
    save: (typed, base, cause) => {
      saves.push({ typed, base, cause });
      return saveWordNote('hestur', typed, base);
    },
    onTyped: (t) => typedOutside.push(t),
    onSaved: (r, cause) => saved.push({ outcome: r.outcome, cause }),
    onFailed: (_e, cause) => failed.push(cause),
  });
  return { draft, saves, saved, failed, typedOutside };
}

/** Types `text` into a field one key at a time, `gap` ms apart (fake time). */
async function typeSlowly(draft: NoteDraft, field: keyof WordNote, from: string, text: string, gap: number) {
  let v = from;
  for (const ch of text) {
    v += ch;
    draft.type(field, v);
    await vi.advanceTimersByTimeAsync(gap);
  }
}

describe('NoteDraft', () => {
  it('saves once, SAVE_DELAY_MS after the last keystroke (not while keys come faster), as a pause', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { draft, saves, saved } = draftOf();
    draft.type('gloss', '');
    await typeSlowly(draft, 'gloss', '', 'stallion', 150);
    expect(saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 150 - 1);
    expect(saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toEqual([{ typed: { gloss: 'stallion', note: '' }, base: { gloss: 'horse', note: '' }, cause: 'pause' }]);
    vi.useRealTimers();
    await vi.waitFor(() => expect(saved).toEqual([{ outcome: 'saved', cause: 'pause' }]));
    expect((await getWord('hestur'))?.gloss).toBe('stallion');
    expect(draft.dirty).toBe(false);
  });

  it('flush saves at once and the waiting save does not come after it; a second flush sends nothing again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { draft, saves, saved } = draftOf();
    draft.type('note', 'sterk beyging');
    const first = draft.flush('hidden');
    // A second flush while the first is under way (pagehide after visibilitychange): nothing new to send.
    const second = draft.flush('hidden');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 3);
    vi.useRealTimers();
    await Promise.all([first, second]);
    expect(saves.map((s) => s.cause)).toEqual(['hidden']);
    expect(saved).toEqual([{ outcome: 'saved', cause: 'hidden' }]);
    expect(await getWord('hestur')).toMatchObject({ gloss: 'horse', note: 'sterk beyging' });
  });

  it('nothing typed (or typed back to what is stored): nothing is written', async () => {
    const { draft, saves } = draftOf();
    await draft.flush('close');
    draft.type('gloss', 'horsey');
    draft.type('gloss', 'horse ');
    await draft.flush('close');
    expect(saves).toEqual([]);
    expect((await getWord('hestur'))?.updatedAt).toBe(100);
  });

  it('a field not being edited follows a newer stored value (another tab); news older than what was seen is ignored', () => {
    const { draft, typedOutside } = draftOf();
    draft.stored({ gloss: 'steed', note: 'x' }, 200);
    expect(draft.typed).toEqual({ gloss: 'steed', note: 'x' });
    expect(typedOutside).toEqual([{ gloss: 'steed', note: 'x' }]);
    draft.stored({ gloss: 'horse', note: '' }, 150);
    expect(draft.typed).toEqual({ gloss: 'steed', note: 'x' });
    // Being edited: the learner's text stays.
    draft.type('note', 'mine');
    draft.stored({ gloss: 'steed', note: 'y' }, 300);
    expect(draft.typed).toEqual({ gloss: 'steed', note: 'mine' });
    draft.cancel();
  });

  it('a stale panel does not overwrite a value it never showed: refused, the learner’s text stays, their next save puts it in place', async () => {
    const { draft, saved } = draftOf();
    draft.type('gloss', 'stallion');
    // Another tab, before this panel heard of it.
    await getDb().words.update('hestur', { gloss: 'steed', updatedAt: 200 });
    await draft.flush('blur');
    expect(saved).toEqual([{ outcome: 'conflict', cause: 'blur' }]);
    expect((await getWord('hestur'))?.gloss).toBe('steed');
    expect(draft.typed.gloss).toBe('stallion');
    expect(draft.base.gloss).toBe('steed');
    // Shown the newer text (the page says it), the learner saves theirs over it.
    await draft.flush('submit');
    expect(saved.at(-1)).toEqual({ outcome: 'saved', cause: 'submit' });
    expect((await getWord('hestur'))?.gloss).toBe('stallion');
  });

  it('a failed save leaves the text to be saved again (and reports it)', async () => {
    const fail = vi.spyOn(getDb(), 'transaction').mockImplementationOnce((() => Promise.reject(new DOMException('full', 'QuotaExceededError'))) as never);
    const { draft, failed } = draftOf();
    draft.type('gloss', 'stallion');
    await draft.flush('blur');
    expect(failed).toEqual(['blur']);
    expect(draft.dirty).toBe(true);
    fail.mockRestore();
    await draft.flush('close');
    expect((await getWord('hestur'))?.gloss).toBe('stallion');
  });

  it('keystrokes during a save: the next save goes over the first one’s text, not the old base', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const results: NoteSaveResult[] = [];
    const draft = new NoteDraft(storedNote(await getWord('hestur')), 100, {
      save: async (typed, base) => {
        if (results.length === 0) await gate;
        const r = await saveWordNote('hestur', typed, base);
        results.push(r);
        return r;
      },
      onTyped: () => {},
      onSaved: () => {},
      onFailed: () => {},
    });
    draft.type('gloss', 'stall');
    const first = draft.flush('pause');
    draft.type('gloss', 'stallion');
    release();
    await first;
    await draft.flush('blur');
    expect(results.map((r) => r.outcome)).toEqual(['saved', 'saved']);
    expect((await getWord('hestur'))?.gloss).toBe('stallion');
  });
});
