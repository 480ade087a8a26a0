import { describe, expect, it } from 'vitest';
import { parseThemePreference, THEME_CHOICES } from './theme-preference';

describe('parseThemePreference', () => {
  it('keeps a known choice', () => {
    expect(parseThemePreference('dark')).toBe('dark');
    expect(parseThemePreference('light')).toBe('light');
    expect(parseThemePreference('system')).toBe('system');
  });

  it('falls back to the system for nothing stored or anything unknown', () => {
    expect(parseThemePreference(null)).toBe('system');
    expect(parseThemePreference(undefined)).toBe('system');
    expect(parseThemePreference('')).toBe('system');
    expect(parseThemePreference('Dark')).toBe('system');
    expect(parseThemePreference('{"theme":"dark"}')).toBe('system');
  });

  it('offers the three choices, the system first', () => {
    expect(THEME_CHOICES.map((choice) => choice.value)).toEqual(['system', 'light', 'dark']);
  });
});
