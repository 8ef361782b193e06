import { useEffect } from 'react';
import { create } from 'zustand';
import { applyAppearance, DEFAULT_APPEARANCE, loadAppearance, mirroredAppearance, saveAppearance, type Appearance } from './appearance';

interface Store {
  appearance: Appearance;
  loaded: boolean;
  set(patch: Partial<Appearance>): Promise<void>;
}

export const useAppearance = create<Store>((set, get) => ({
  appearance: mirroredAppearance() ?? DEFAULT_APPEARANCE,
  loaded: false,
  async set(patch) {
    const next = { ...get().appearance, ...patch };
    // A choice made before the saved value arrived wins over it.
    set({ appearance: next, loaded: true });
    await saveAppearance(next);
  },
}));

let started = false;

/** Applies the saved appearance once at start-up (the mirror at once, then the database copy). */
export function useAppearanceOnStart(): void {
  useEffect(() => {
    if (started) return;
    started = true;
    applyAppearance(useAppearance.getState().appearance);
    void loadAppearance()
      .then((a) => {
        if (useAppearance.getState().loaded) return;
        useAppearance.setState({ appearance: a, loaded: true });
        applyAppearance(a);
      })
      .catch(() => useAppearance.setState({ loaded: true }));
  }, []);
}

/** For tests: forget that start-up ran. */
export function resetAppearanceStart() {
  started = false;
}
