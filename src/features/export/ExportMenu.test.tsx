import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExportMenu } from './ExportMenu';
import type { ExportFile } from './exportFile';
import { AWKWARD_ENTRIES } from './testWords';

describe('ExportMenu', () => {
  it('makes a CSV with BOM, an Anki text file and a Lesa list file named after the list', async () => {
    const files: ExportFile[] = [];
    render(<ExportMenu source={{ name: 'Vika 3: fréttir', words: AWKWARD_ENTRIES }} onFile={(f) => files.push(f)} />);
    // The buttons sit under a visible "Export as" heading (a fieldset legend naming the group).
    const group = screen.getByRole('group', { name: 'Export as' });
    expect(screen.getByText('Export as')).toBeVisible();
    expect(group).toContainElement(screen.getByRole('button', { name: 'CSV (Excel)' }));
    await userEvent.click(screen.getByRole('button', { name: 'CSV (Excel)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Anki text file' }));
    await userEvent.click(screen.getByRole('button', { name: 'Lesa list file' }));
    expect(files.map((f) => f.name)).toEqual(['Vika 3 fréttir.csv', 'Vika 3 fréttir.anki.txt', 'Vika 3 fréttir.lesa-list.json']);
    expect((files[0].data as string).startsWith('\uFEFFLemma,Part of speech')).toBe(true);
    expect(files[1].data as string).toContain('horse\n(noun, masculine)');
    expect(await screen.findByText('Saved “Vika 3 fréttir.lesa-list.json”.')).toBeInTheDocument();
  });

  it('offers nothing to export for an empty list', () => {
    render(<ExportMenu source={{ name: 'x', words: [] }} formats={['csv']} onFile={() => {}} />);
    expect(screen.getByRole('button', { name: 'CSV (Excel)' })).toBeDisabled();
    expect(screen.getByText('There are no words to export yet.')).toBeInTheDocument();
  });

  it('keyboard: the pressed button keeps focus while the file is made (marked unavailable, not disabled) and after', async () => {
    const user = userEvent.setup();
    let during: { focused: boolean; disabled: boolean; ariaDisabled: string | null } | undefined;
    const csv = () => screen.getByRole('button', { name: 'CSV (Excel)' });
    render(
      <ExportMenu
        source={{ name: 'Vika 3', words: AWKWARD_ENTRIES }}
        onFile={() => {
          during = { focused: document.activeElement === csv(), disabled: csv().hasAttribute('disabled'), ariaDisabled: csv().getAttribute('aria-disabled') };
        }}
      />,
    );
    csv().focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Saved “Vika 3.csv”.')).toBeInTheDocument();
    expect(during).toEqual({ focused: true, disabled: false, ariaDisabled: 'true' });
    expect(csv()).toHaveFocus();
    expect(csv()).not.toHaveAttribute('aria-disabled');
  });
});
