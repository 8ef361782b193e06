import { act } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * Asynchronous steps of a component (reading a file, importing) held until the test lets them
 * finish with `settle()`, inside act(): the next step is on screen when `settle` returns. Waiting
 * for it with findBy instead races React's scheduled render against findBy's 1-second timeout,
 * and loses on a loaded machine (CI: 2 cores, other test files running).
 */
export interface HeldSteps {
  /** `fn`, whose result is handed on only when the test settles it. */
  hold<A extends unknown[], R>(fn: (...a: A) => Promise<R>): (...a: A) => Promise<R>;
  /** Lets every held step finish, inside act(); fails when none is held. */
  settle(): Promise<void>;
  /** Forgets held steps (between tests). */
  reset(): void;
}

export function heldSteps(): HeldSteps {
  let held: { release(): void; done: Promise<unknown> }[] = [];
  return {
    hold: (fn) => (...a) => {
      const result = fn(...a);
      let release!: () => void;
      const done = new Promise<void>((r) => (release = r)).then(() => result);
      held.push({ release, done });
      return done;
    },
    async settle() {
      const steps = held.splice(0);
      expect(steps.length, 'a step to settle').toBeGreaterThan(0);
      // The component awaits the same promises, first: its state is set inside this act() and
      // rendered when it ends.
      await act(async () => {
        for (const s of steps) s.release();
        await Promise.allSettled(steps.map((s) => s.done));
      });
    },
    reset() {
      held = [];
    },
  };
}
