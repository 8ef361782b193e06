import { changedFields, type NoteSaveResult, type WordNote } from '../../db/words';

/**
 * Why a typed gloss/note is being saved: `pause` (the learner stopped typing for `delay` ms),
 * `blur` (they left the field), `submit` (Save), `close` (the panel went: ×, Escape, another word or
 * page), `hidden` (the tab was hidden or the page is going). Only the first three are the learner's
 * own doing while looking at the panel: only those are answered with "Saved.".
 */
export type SaveCause = 'pause' | 'blur' | 'submit' | 'close' | 'hidden';

export const ANNOUNCED_CAUSES: ReadonlySet<SaveCause> = new Set(['pause', 'blur', 'submit']);

/** After this long without a keystroke, what was typed is saved. */
export const SAVE_DELAY_MS = 600;

export interface NoteDraftOptions {
  delay?: number;
  /** Writes `typed` over `base` (compare-and-set, see src/db/wordNotes.ts). */
  save(typed: WordNote, base: WordNote, cause: SaveCause): Promise<NoteSaveResult>;
  /** The fields' text changed from outside (a newer stored value taken into an untouched field). */
  onTyped(typed: WordNote): void;
  onSaved(result: NoteSaveResult, cause: SaveCause): void;
  onFailed(error: unknown, cause: SaveCause): void;
}

/**
 * The gloss and note being edited in a word's panel (no React, no DOM): what is typed, the stored
 * text it was typed over (`base`), a save `delay` ms after the last keystroke, and `flush` to save
 * at once. A field not touched follows the stored value (another tab's change shows); a touched one
 * keeps the learner's text, and saving it over a value it never showed is refused by the database.
 */
export class NoteDraft {
  typed: WordNote;
  base: WordNote;
  private readonly delay: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight = 0;
  private seenAt: number;
  private last: Promise<NoteSaveResult | null> = Promise.resolve(null);

  constructor(
    stored: WordNote,
    updatedAt: number,
    private readonly opts: NoteDraftOptions,
  ) {
    this.typed = { ...stored };
    this.base = { ...stored };
    this.seenAt = updatedAt;
    this.delay = opts.delay ?? SAVE_DELAY_MS;
  }

  /** Whether anything typed differs from what is stored (or being written). */
  get dirty(): boolean {
    return changedFields(this.typed, this.base).length > 0;
  }

  /** Whether a save is under way. */
  get saving(): boolean {
    return this.inFlight > 0;
  }

  /** The outcome of the latest save once it is done (null: none yet, or it failed). */
  settled(): Promise<NoteSaveResult | null> {
    return this.last;
  }

  /** A keystroke: the save waits until `delay` ms have passed without another. */
  type(field: keyof WordNote, value: string): void {
    this.typed = { ...this.typed, [field]: value };
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush('pause');
    }, this.delay);
  }

  /** Saves what is typed now, if it differs from what is stored; resolves when that save is done. */
  flush(cause: SaveCause): Promise<void> {
    this.cancel();
    const fields = changedFields(this.typed, this.base);
    if (fields.length === 0) return Promise.resolve();
    const typed = { ...this.typed };
    const base = { ...this.base };
    // Counted as stored at once, so that a second flush (the tab hidden meanwhile) does not send it again.
    for (const f of fields) this.base[f] = typed[f].trim();
    this.inFlight++;
    let saving: Promise<NoteSaveResult>;
    try {
      saving = this.opts.save(typed, base, cause);
    } catch (e) {
      saving = Promise.reject(e);
    }
    this.last = saving.catch(() => null);
    return saving.then(
      (r) => {
        this.inFlight--;
        if (r.outcome === 'conflict') {
          // Changed in another tab meanwhile: that text is now the base (the caller shows it), and
          // the learner's stays in the field, to be saved over it by their next save.
          for (const f of fields) if (this.base[f] === typed[f].trim()) this.base[f] = r.stored[f];
        }
        this.seenAt = Math.max(this.seenAt, r.updatedAt);
        this.adopt(r.stored);
        this.opts.onSaved(r, cause);
      },
      (e: unknown) => {
        this.inFlight--;
        for (const f of fields) if (this.base[f] === typed[f].trim()) this.base[f] = base[f];
        this.opts.onFailed(e, cause);
      },
    );
  }

  /** The stored record changed (a live query): untouched fields take its text. Older news is ignored. */
  stored(rec: WordNote, updatedAt: number): void {
    // A save of ours is under way: its own result says what is stored once it is done.
    if (this.inFlight > 0 || updatedAt < this.seenAt) return;
    this.seenAt = updatedAt;
    this.adopt(rec);
  }

  /** Stops a waiting save (without saving). */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private adopt(rec: WordNote) {
    let changed = false;
    for (const f of ['gloss', 'note'] as const) {
      if (this.typed[f].trim() !== this.base[f] || rec[f] === this.base[f]) continue;
      this.typed = { ...this.typed, [f]: rec[f] };
      this.base[f] = rec[f];
      changed = true;
    }
    if (changed) this.opts.onTyped({ ...this.typed });
  }
}
