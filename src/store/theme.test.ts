import { afterEach, describe, expect, test } from 'vitest';
import { initialThemeChoice, isThemeChoice, resolveTheme, saveThemeChoice, THEME_PREF } from './theme';

afterEach(() => window.localStorage.clear());

describe('theme preference', () => {
  test('Auto follows the system; Light and Dark do not', () => {
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  test('a saved choice comes back; nothing or nonsense stored means Auto', () => {
    expect(initialThemeChoice()).toBe('auto');
    saveThemeChoice('dark');
    expect(window.localStorage.getItem(THEME_PREF)).toBe('dark');
    expect(initialThemeChoice()).toBe('dark');
    window.localStorage.setItem(THEME_PREF, 'purple');
    expect(initialThemeChoice()).toBe('auto');
  });

  test('isThemeChoice knows the three choices only', () => {
    expect(['auto', 'light', 'dark'].every(isThemeChoice)).toBe(true);
    expect(isThemeChoice('Dark')).toBe(false);
    expect(isThemeChoice(null)).toBe(false);
  });
});
