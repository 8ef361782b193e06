import { getSetting, setSetting } from '../../db/settings';

export const THEMES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['small', 'medium', 'large', 'xlarge'] as const;
export const SPACINGS = ['compact', 'normal', 'relaxed'] as const;

export interface Appearance {
  theme: (typeof THEMES)[number];
  textSize: (typeof TEXT_SIZES)[number];
  lineSpacing: (typeof SPACINGS)[number];
}

export const DEFAULT_APPEARANCE: Appearance = { theme: 'system', textSize: 'medium', lineSpacing: 'normal' };

/** Reader font size (CSS `--reader-size`) and line height (`--reader-leading`) per choice. */
export const TEXT_SIZE_REM: Record<Appearance['textSize'], number> = { small: 1.05, medium: 1.2, large: 1.4, xlarge: 1.65 };
export const LEADING: Record<Appearance['lineSpacing'], number> = { compact: 1.5, normal: 1.75, relaxed: 2.05 };

const KEY = 'appearance';
/** Mirrored in localStorage so the page starts in the right theme before IndexedDB answers. */
const MIRROR = 'lesa.appearance';

/** Keeps only known values (settings may come from an older version or a backup). */
export function normalise(v: unknown): Appearance {
  const o = (v && typeof v === 'object' ? v : {}) as Partial<Record<keyof Appearance, unknown>>;
  const pick = <T extends string>(list: readonly T[], x: unknown, d: T): T => (list.includes(x as T) ? (x as T) : d);
  return {
    theme: pick(THEMES, o.theme, DEFAULT_APPEARANCE.theme),
    textSize: pick(TEXT_SIZES, o.textSize, DEFAULT_APPEARANCE.textSize),
    lineSpacing: pick(SPACINGS, o.lineSpacing, DEFAULT_APPEARANCE.lineSpacing),
  };
}

/** Browser-bar colours of index.html's `theme-color` metas (light, dark). */
const BAR: Record<'light' | 'dark', string> = { light: '#1f4e79', dark: '#15171a' };

/**
 * Applies the appearance to the document: `data-theme` (absent = follow the system), the
 * browser-bar colour for a manual theme, and the reader variables.
 */
export function applyAppearance(a: Appearance, root: HTMLElement = document.documentElement): void {
  if (a.theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', a.theme);
  root.ownerDocument.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]').forEach((m) => {
    // index.html has one meta per colour scheme; a manual theme makes both say its colour.
    m.dataset.scheme ??= /dark/.test(m.getAttribute('media') ?? '') ? 'dark' : 'light';
    m.content = BAR[a.theme === 'system' ? (m.dataset.scheme as 'light' | 'dark') : a.theme];
  });
  root.style.setProperty('--reader-size', `${TEXT_SIZE_REM[a.textSize]}rem`);
  root.style.setProperty('--reader-leading', String(LEADING[a.lineSpacing]));
}

export function mirroredAppearance(): Appearance | null {
  try {
    const raw = localStorage.getItem(MIRROR);
    return raw ? normalise(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

export async function loadAppearance(): Promise<Appearance> {
  return normalise(await getSetting<unknown>(KEY, DEFAULT_APPEARANCE));
}

export async function saveAppearance(a: Appearance): Promise<void> {
  applyAppearance(a);
  try {
    localStorage.setItem(MIRROR, JSON.stringify(a));
  } catch {
    /* private mode: the database copy is enough */
  }
  await setSetting(KEY, a);
}
