import { useId, useState } from 'react';
import {
  parseThemePreference,
  THEME_CHOICES,
  type ThemePreference,
} from '../../../../shared/domain/ui/theme-preference';
import { Field } from '../../ui/Field';
import { readThemePreference, saveThemePreference } from '../../ui/theme-setting';

/**
 * Light, dark, or the system's choice. It belongs to this computer rather than the workbook, and
 * takes effect as soon as it is picked, so there is nothing to save.
 */
export function ThemeSettings() {
  const [theme, setTheme] = useState<ThemePreference>(readThemePreference);
  const headingId = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Appearance</h3>
      <Field label="Theme" hint="Applies to every workbook on this computer.">
        {(a11y) => (
          <select
            {...a11y}
            value={theme}
            onChange={(event) => {
              const chosen = parseThemePreference(event.target.value);
              setTheme(chosen);
              saveThemePreference(chosen);
            }}
          >
            {THEME_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </section>
  );
}
