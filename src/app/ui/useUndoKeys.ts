import { useEffect } from 'react';
import { closeToast } from './toastFocus';
import { undoFocusKey, useToasts } from './toasts';

/** Where a key edits text (the browser's own Ctrl+Z undoes typing there): not a checkbox or a button. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

/** The undo key, as on the review page: U, or Ctrl+Z (⌘Z); not with Alt, nor Ctrl+Shift+Z (redo). */
export function isUndoKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  if (e.altKey) return false;
  const key = e.key.toLowerCase();
  if (key === 'z') return (e.ctrlKey || e.metaKey) && !e.shiftKey;
  return key === 'u' && !e.ctrlKey && !e.metaKey;
}

/**
 * The undo key on a page whose deletions are undone from a toast (the library, the word lists, a
 * list's words): the toast's Undo button comes late in the Tab order, after every item on the page.
 * U, or Ctrl+Z (⌘Z), pressed anywhere but in a text field (where it undoes typing), does what that
 * button does — the same `closeToast` — for the newest toast still showing whose Undo restores an
 * item of `kind` (its `undoFocus` is `undoFocusKey(kind, …)`, the page's own items): closes it, runs
 * its Undo, and puts the focus on the restored item's control. When there is none the key does
 * nothing and is left to the browser. Pages that use it say so (the `common:undoKeyHelp` hint).
 */
export function useUndoKeys(kind: string): void {
  useEffect(() => installUndoKeys(kind), [kind]);
}

/**
 * `useUndoKeys` outside React: listens at once and returns the function that stops. For a page on
 * the first screen (the library), which loads this module after it is drawn, so that its code stays
 * out of the first screen's bundle, and listens as soon as it has loaded.
 */
export function installUndoKeys(kind: string): () => void {
  const prefix = undoFocusKey(kind, '');
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || !isUndoKey(e) || isTextEntry(e.target)) return;
    const toast = useToasts.getState().toasts.findLast((t) => t.action && t.undoFocus?.startsWith(prefix));
    if (!toast) return;
    e.preventDefault();
    void closeToast(toast, { action: toast.action, moveFocus: true });
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
