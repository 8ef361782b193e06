import type { ComponentType } from 'react';
import { BackupSection } from '../backup/BackupSection';
import { StorageSection } from '../safety/StorageSection';

/** Settings sections contributed by other features (review, storage, backup…), in order. */
export const settingsSections: ComponentType[] = [BackupSection, StorageSection];
