import { z } from 'zod';

/** How the app picks its colours: follow the operating system, or always light, or always dark. */
export const themePreferenceSchema = z.enum(['system', 'light', 'dark']);

/** A theme choice as the settings store it. */
export type ThemePreference = z.infer<typeof themePreferenceSchema>;

/** The choices in the order the settings offer them, with their labels. */
export const THEME_CHOICES: readonly { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'Same as the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Reads a stored theme choice; anything missing or not a known choice means "system". */
export function parseThemePreference(stored: string | null | undefined): ThemePreference {
  const parsed = themePreferenceSchema.safeParse(stored);
  return parsed.success ? parsed.data : 'system';
}
