import { screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { renderApp, waitForSample } from '../../tests/helpers/render';

// The placeholder says which theme the map was asked to draw in.
vi.mock('../graph/GraphCanvas', () => ({
  default: ({ ariaLabel, theme }: { ariaLabel: string; theme: string }) => (
    <div role="img" aria-label={ariaLabel} data-theme={theme} />
  ),
}));

function systemPrefersDark(dark: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: dark && query === '(prefers-color-scheme: dark)',
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

describe('Theme', () => {
  test('Auto follows a dark system; choosing Light sets the page and the map light and is remembered', async () => {
    systemPrefersDark(true);
    const app = await renderApp({ lang: 'en' });
    await waitForSample();
    const select = screen.getByRole('combobox', { name: 'Theme' });
    expect(select).toHaveValue('auto');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(await screen.findByRole('img', { name: 'Expertise map graph' })).toHaveAttribute(
      'data-theme',
      'dark',
    );

    await app.user.selectOptions(select, 'light');
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(screen.getByRole('img', { name: 'Expertise map graph' })).toHaveAttribute('data-theme', 'light');
    expect(window.localStorage.getItem('expertise-map:theme')).toBe('light');
  });

  test('named in Russian too, with its three choices', async () => {
    await renderApp({ lang: 'ru' });
    await waitForSample('ru');
    const select = screen.getByRole('combobox', { name: 'Тема' });
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Авто',
      'Светлая',
      'Тёмная',
    ]);
  });
});
