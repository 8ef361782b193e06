/**
 * The same page tests of the undo key (U or Ctrl+Z outside a text field, see
 * src/app/ui/useUndoKeys.ts) for every page that deletes items with an Undo toast: the library
 * (articles) and the word lists index (lists). One table of expectations, one helper.
 */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';

export interface UndoKeyPage {
  /** What the page lists ("article", "list"), for the test titles. */
  noun: string;
  /** Three items, in the order the page and `stored` list them. */
  items: [string, string, string];
  seed: (items: [string, string, string]) => Promise<void>;
  renderPage: () => void;
  /** The items stored now, in the order the page lists them. */
  stored: () => Promise<string[]>;
  /** A text field on the page, where U and Ctrl+Z are the field's own. */
  textField: () => HTMLElement;
}

const deleteButton = (name: string) => screen.queryByRole('button', { name: `Delete “${name}”` });

export function describeUndoKeys(title: string, page: UndoKeyPage): void {
  const [a, b, c] = page.items;
  describe(title, () => {
    beforeEach(() => page.seed(page.items));

    it(`keyboard: Ctrl+Z right after a delete brings the ${page.noun} back, closes its toast and puts the focus on its Delete button`, async () => {
      const user = userEvent.setup();
      page.renderPage();
      (await screen.findByRole('button', { name: `Delete “${b}”` })).focus();
      await user.keyboard('{Enter}');
      await screen.findByRole('button', { name: 'Undo' });
      await waitFor(() => expect(deleteButton(b)).toBeNull());
      expect(await page.stored()).toEqual([a, c]);
      await user.keyboard('{Control>}z{/Control}');
      await waitFor(() => expect(deleteButton(b)).toHaveFocus());
      expect(await page.stored()).toEqual([a, b, c]);
      expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    });

    it('U undoes the latest delete first, then the one before it', async () => {
      const user = userEvent.setup();
      page.renderPage();
      await user.click(await screen.findByRole('button', { name: `Delete “${a}”` }));
      await waitFor(() => expect(deleteButton(a)).toBeNull());
      await user.click(screen.getByRole('button', { name: `Delete “${c}”` }));
      await waitFor(() => expect(deleteButton(c)).toBeNull());
      await user.keyboard('u');
      await waitFor(() => expect(deleteButton(c)).toHaveFocus());
      expect(deleteButton(a)).toBeNull();
      await user.keyboard('u');
      await waitFor(() => expect(deleteButton(a)).toHaveFocus());
      expect(await page.stored()).toEqual([a, b, c]);
    });

    it(`in a text field Ctrl+Z and U are the field’s own: the ${page.noun} stays deleted and its toast stays`, async () => {
      const user = userEvent.setup();
      page.renderPage();
      await user.click(await screen.findByRole('button', { name: `Delete “${b}”` }));
      await screen.findByRole('button', { name: 'Undo' });
      const field = page.textField();
      await user.click(field);
      await user.keyboard('{Control>}z{/Control}u');
      expect(field).toHaveValue('u');
      expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
      expect(await page.stored()).toEqual([a, c]);
    });

    it('once its toast has gone the key does nothing', async () => {
      const user = userEvent.setup();
      page.renderPage();
      await user.click(await screen.findByRole('button', { name: `Delete “${b}”` }));
      await user.click(await screen.findByRole('button', { name: 'Close' }));
      await user.keyboard('{Control>}z{/Control}u');
      expect(await page.stored()).toEqual([a, c]);
      expect(deleteButton(b)).toBeNull();
    });

    it('says so on the page, in both languages', async () => {
      page.renderPage();
      await expectUndoKeyHint();
    });
  });
}

/** The page (already rendered) shows the undo-key hint, in English and in Icelandic. */
export async function expectUndoKeyHint(): Promise<void> {
  expect(await screen.findByText(/^Keys: U or Ctrl \+ Z undoes the last deletion/)).toBeInTheDocument();
  await act(() => i18n.changeLanguage('is'));
  try {
    expect(await screen.findByText(/^Lyklar: U eða Ctrl \+ Z afturkallar síðustu eyðingu/)).toBeInTheDocument();
  } finally {
    await act(() => i18n.changeLanguage('en'));
  }
}
