import { lazy, type ComponentType } from 'react';
import { DueBadge } from '../features/review/DueBadge';

/**
 * Pages registered by features beyond the reading loop (vocabulary, review, lists, progress…),
 * reachable at `#/<name>[/<param>[/<sub>]]` (`sub`: a detail of the page's state, see `Route`). A
 * feature adds one line here. Each page's code is loaded when it is first opened (all of it is
 * precached, so this works offline too).
 */
export const extraPages: Record<string, ComponentType<{ param?: string; sub?: string }>> = {
  lists: lazy(() => import('../features/lists/ListsPage').then((m) => ({ default: m.ListsPage }))),
  'list-print': lazy(() => import('../features/lists/PrintWithData').then((m) => ({ default: m.PrintWithData }))),
  review: lazy(() => import('../features/review/ReviewWithData').then((m) => ({ default: m.ReviewWithData }))),
  vocabulary: lazy(() => import('../features/vocabulary/VocabularyWithData').then((m) => ({ default: m.VocabularyWithData }))),
  progress: lazy(() => import('../features/progress/ProgressWithData').then((m) => ({ default: m.ProgressWithData }))),
};

/** Navigation entries, in order; `page` is a key of `extraPages` or a core route name. */
export const navEntries: { page: string; labelKey: string; badge?: ComponentType }[] = [
  { page: 'review', labelKey: 'review:nav', badge: DueBadge },
  { page: 'vocabulary', labelKey: 'vocabulary:nav' },
  { page: 'progress', labelKey: 'progress:nav' },
  { page: 'lists', labelKey: 'lists:nav' },
];
