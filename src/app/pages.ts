import type { ComponentType } from 'react';
import { ListsPage } from '../features/lists/ListsPage';
import { PrintWithData as ListPrintPage } from '../features/lists/PrintWithData';
import { ProgressWithData } from '../features/progress/ProgressWithData';
import { DueBadge } from '../features/review/DueBadge';
import { ReviewWithData } from '../features/review/ReviewWithData';
import { VocabularyWithData } from '../features/vocabulary/VocabularyWithData';

/**
 * Pages registered by features beyond the reading loop (vocabulary, review, lists, progress…),
 * reachable at `#/<name>[/<param>]`. A feature adds one line here.
 */
export const extraPages: Record<string, ComponentType<{ param?: string }>> = {
  lists: ListsPage,
  'list-print': ListPrintPage,
  review: ReviewWithData,
  vocabulary: VocabularyWithData,
  progress: ProgressWithData,
};

/** Navigation entries, in order; `page` is a key of `extraPages` or a core route name. */
export const navEntries: { page: string; labelKey: string; badge?: ComponentType }[] = [
  { page: 'review', labelKey: 'review:nav', badge: DueBadge },
  { page: 'vocabulary', labelKey: 'vocabulary:nav' },
  { page: 'progress', labelKey: 'progress:nav' },
  { page: 'lists', labelKey: 'lists:nav' },
];
