import { useLayoutEffect } from 'react';
import { THEME_CHOICES, isThemeChoice, type ThemeChoice } from '../store/theme';
import { useT, useTheme, useUi } from '../store/ui';

const CHOICE_NAMES = { auto: 'theme.auto', light: 'theme.light', dark: 'theme.dark' } as const;

/** Auto, Light or Dark; the page's colours follow through `data-theme` on <html> (src/app/app.css). */
export function ThemeSelect() {
  const t = useT();
  const choice = useUi((s) => s.theme);
  const setTheme = useUi((s) => s.setTheme);
  const theme = useTheme();
  // before paint, so that a dark page never flashes light
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <label className="theme-label">
      {t('theme.label')}
      <select
        value={choice}
        onChange={(e) => {
          if (isThemeChoice(e.target.value)) setTheme(e.target.value);
        }}
      >
        {THEME_CHOICES.map((c: ThemeChoice) => (
          <option key={c} value={c}>
            {t(CHOICE_NAMES[c])}
          </option>
        ))}
      </select>
    </label>
  );
}
