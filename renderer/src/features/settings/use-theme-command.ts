import { useCommandHandler } from '../commands/command-handlers';
import { readThemePreference, saveThemePreference } from '../../ui/theme-setting';

// The theme in effect: the stored choice, or the system's when the choice is to follow it.
function effectiveTheme(): 'light' | 'dark' {
  const preference = readThemePreference();
  if (preference !== 'system') return preference;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Answers "Switch between light and dark theme" (the palette and the View menu): the other of the
 * two from the one in effect, remembered like the choice in Settings › Appearance.
 */
export function useThemeCommand(): void {
  useCommandHandler('switch-theme', () => {
    saveThemePreference(effectiveTheme() === 'dark' ? 'light' : 'dark');
  });
}
