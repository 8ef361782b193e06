import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WordLabels } from './words';

/** Part-of-speech and gender names in the interface language (the `gloss` namespace's labels). */
export function useWordLabels(): WordLabels {
  const { t, i18n } = useTranslation('gloss');
  return useMemo(
    () => ({ pos: (p) => t(`pos.${p}`), gender: (g) => t(`gender.${g}`) }),
    [t, i18n.language],
  );
}
