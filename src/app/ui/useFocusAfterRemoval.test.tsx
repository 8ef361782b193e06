import { act, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useFocusAfterRemoval } from './useFocusAfterRemoval';

/** A list whose items each have a Delete button, and a fallback field (no UI strings: test only). */
function Items({ initial }: { initial: string[] }) {
  const [items, setItems] = useState(initial);
  const listRef = useRef<HTMLUListElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const removedAt = useFocusAfterRemoval(listRef, 'button', fieldRef, items);
  return (
    <div>
      <input ref={fieldRef} aria-label="field" />
      <ul ref={listRef}>
        {items.map((item, i) => (
          <li key={item}>
            <button
              type="button"
              aria-label={`delete ${item}`}
              onClick={() => {
                removedAt(i);
                setItems((xs) => xs.filter((x) => x !== item));
              }}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

describe('useFocusAfterRemoval', () => {
  it('moves focus to the control of the item that took the removed one’s place, then the last, then the fallback', () => {
    render(<Items initial={['a', 'b', 'c']} />);
    const press = (name: string) => {
      const button = screen.getByRole('button', { name });
      button.focus();
      act(() => button.click());
    };
    press('delete b');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'delete c' }));
    press('delete c');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'delete a' }));
    press('delete a');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'field' }));
  });
});
