import { getSetting, setSetting } from '../../db/settings';
import { LANGUAGES, loadUiLanguage, type Language } from '../../i18n';

const KEY = 'uiLanguage';
const MIRROR = 'lesa.uiLanguage';

/** The saved UI language (mirrored in localStorage so the first paint is already in it). */
export async function loadLanguage(): Promise<Language | null> {
  const saved = await getSetting<string | null>(KEY, null).catch(() => null);
  return LANGUAGES.includes(saved as Language) ? (saved as Language) : null;
}

export function mirroredLanguage(): Language | null {
  try {
    const v = localStorage.getItem(MIRROR);
    return LANGUAGES.includes(v as Language) ? (v as Language) : null;
  } catch {
    return null;
  }
}

/** Switches the UI language and remembers the choice. */
export async function setLanguage(lng: Language): Promise<void> {
  await loadUiLanguage(lng);
  try {
    localStorage.setItem(MIRROR, lng);
  } catch {
    /* private mode: the database copy still holds it */
  }
  await setSetting(KEY, lng);
}
