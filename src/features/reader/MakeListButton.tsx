import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Make a word list": starts a word list from the article being read (the list builder opens on
 * it). Marked unavailable while the list is being made, not disabled: a disabled button would drop
 * the keyboard focus onto the page, and a second press would make a second list. Display only.
 * Memoised: a tap re-renders the reader for its popover, and not this.
 */
export const MakeListButton = memo(function MakeListButton({ onMake }: { onMake(): void | Promise<void> }) {
  const { t } = useTranslation('reader');
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="make-list"
      aria-disabled={busy || undefined}
      onClick={async () => {
        if (busy) return;
        setBusy(true);
        try {
          await onMake();
        } finally {
          setBusy(false);
        }
      }}
    >
      {t('makeList')}
    </button>
  );
});
