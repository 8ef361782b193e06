import { act, render, screen } from '@testing-library/react';
import { ToastHost } from './ToastHost';
import { showToast, useToasts } from './toasts';

afterEach(() => act(() => useToasts.setState({ toasts: [] })));

describe('ToastHost (the toasts as App mounts them)', () => {
  it('has the live region from the start, and a toast raised at once shows in that same region', async () => {
    render(<ToastHost />);
    const region = screen.getByRole('status');
    expect(region).toHaveClass('toasts');
    expect(region).toHaveAttribute('aria-live', 'polite');
    act(() => void showToast({ message: 'Saved', actionLabel: 'Undo', action: () => {} }, 0));
    // The code that draws the toasts is fetched after the first render: the toast appears once it has.
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(screen.getByRole('status')).toBe(region);
    expect(region.querySelector('.toast')).toHaveTextContent('Saved');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
  });
});
