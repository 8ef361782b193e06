import { act, render } from '@testing-library/react';
import { fixtureAnalysis, FIXTURE_TEXT } from '../../../test/unit/analysisFixture';
import { Toasts } from '../../app/ui/Toasts';
import { useToasts } from '../../app/ui/toasts';
import { saveArticle } from '../../db/articles';
import { LesaDB, useDatabase } from '../../db/db';
import { LibraryWithData } from './LibraryWithData';

// Shared by the Library page's tests (not a test file itself: `*.test-helper.tsx` is outside the
// unit project's `*.test.tsx` include). Each test file mocks `./useFirstRunSeeding` itself.

/** Each test on a new database named `dbName()`, and no toast left over from it. */
export function useLibraryTestDatabase(dbName: () => string): void {
  beforeEach(() => useDatabase(new LesaDB(dbName())));
  afterEach(() => act(() => useToasts.setState({ toasts: [] })));
}

/** Saves an article titled `title`. Listed newest first: save with decreasing `createdAt` to list them in the order saved. */
export const saveTitled = (title: string, createdAt: number) =>
  saveArticle(
    { title, author: null, publishedAt: null, site: null, caption: null, wordCount: 8, origin: 'test', text: `${FIXTURE_TEXT} ${title}`, createdAt },
    fixtureAnalysis(),
  );

/** The Library page in the app's main region, with the toasts beside it. */
export function renderLibrary(): void {
  render(
    <>
      <main>
        <LibraryWithData />
      </main>
      <Toasts />
    </>,
  );
}
