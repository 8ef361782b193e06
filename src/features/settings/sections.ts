import type { ComponentType } from 'react';

/** Settings sections contributed by other features (review, storage, backup…), in order. */
export const settingsSections: ComponentType[] = [];
