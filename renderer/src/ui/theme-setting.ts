import {
  parseThemePreference,
  type ThemePreference,
} from '../../../shared/domain/ui/theme-preference';

/*
 * The theme choice belongs to this computer, not to a workbook, so it lives in localStorage: it
 * can be read synchronously by the renderer entry and applied before React paints anything.
 * "system" leaves the root without data-theme so that the CSS follows prefers-color-scheme.
 */
const KEY = 'partner-workbook:theme';

/** The stored choice, validated; "system" when nothing usable is stored or storage is blocked. */
export function readThemePreference(): ThemePreference {
  try {
    return parseThemePreference(window.localStorage.getItem(KEY));
  } catch {
    return 'system';
  }
}

/** Sets the root's data-theme for a choice (removes it for "system"). */
export function applyThemePreference(preference: ThemePreference): void {
  const root = document.documentElement;
  if (preference === 'system') delete root.dataset.theme;
  else root.dataset.theme = preference;
}

/** Remembers a choice and applies it at once. */
export function saveThemePreference(preference: ThemePreference): void {
  applyThemePreference(preference);
  try {
    window.localStorage.setItem(KEY, preference);
  } catch {
    // Storage blocked: the choice still holds for this session.
  }
}
