import type { ComponentType } from 'react';
import { BackupSection } from '../backup/BackupSection';
import { StorageSection } from '../safety/StorageSection';
import { AppearanceSection } from '../appearance/AppearanceSection';
import { PwaSection } from '../pwa/PwaSection';
import { ReviewSettingsPanel } from '../review/ReviewSettingsPanel';
import { ParametersWithData } from '../parameters/ParametersWithData';

/** Settings sections contributed by other features (review, storage, backup…), in order. */
export const settingsSections: ComponentType[] = [AppearanceSection, ReviewSettingsPanel, ParametersWithData, BackupSection, StorageSection, PwaSection];
