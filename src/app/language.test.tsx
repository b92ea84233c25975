import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { detectLang } from '../i18n/i18n';
import { en, type PluralForms } from '../i18n/messages.en';
import { ru } from '../i18n/messages.ru';
import { renderApp, waitForSample } from '../../tests/helpers/render';

// cytoscape cannot draw in jsdom: the map's canvas is a labelled placeholder.
vi.mock('../graph/GraphCanvas', () => import('../../tests/helpers/stubCanvas'));

describe('detectLang', () => {
  test('?lang=en wins over a Russian browser, ?lang=ru over an English one', () => {
    expect(detectLang('?lang=en', ['ru-RU', 'ru'])).toBe('en');
    expect(detectLang('?lang=ru', ['en-US', 'en'])).toBe('ru');
    expect(detectLang('?tab=gaps&lang=ru', ['en-US'])).toBe('ru');
  });

  test('without ?lang= the browser language decides', () => {
    expect(detectLang('', ['ru-RU', 'en-US'])).toBe('ru');
    expect(detectLang('', ['en-GB', 'ru'])).toBe('en');
    expect(detectLang('?tab=gaps', ['ru'])).toBe('ru');
  });

  test('the first browser language the app speaks decides; Ukrainian and Belarusian get Russian', () => {
    expect(detectLang('', ['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(detectLang('', ['fr', 'en-US', 'ru'])).toBe('en');
    expect(detectLang('', ['uk-UA'])).toBe('ru');
    expect(detectLang('', ['be'])).toBe('ru');
  });

  test('an unknown language falls back to English; an unknown ?lang= is ignored', () => {
    expect(detectLang('', ['de-DE', 'fr-FR'])).toBe('en');
    expect(detectLang('', [])).toBe('en');
    expect(detectLang('?lang=de', ['de-DE'])).toBe('en');
    expect(detectLang('?lang=de', ['ru-RU'])).toBe('ru');
    expect(detectLang('?lang=', ['ru-RU'])).toBe('ru');
  });
});

describe('messages', () => {
  type Message = string | PluralForms;
  const catalogues: Record<'en' | 'ru', Record<string, Message>> = { en, ru };

  /** Every text a message can show: the string, or each of its plural forms. */
  function textsOf(message: Message): string[] {
    return typeof message === 'string'
      ? [message]
      : Object.values(message).filter((v): v is string => v !== undefined);
  }

  function placeholdersOf(message: Message): string[] {
    return [
      ...new Set(textsOf(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))),
    ].sort();
  }

  test('every English key exists in Russian and every Russian key in English', () => {
    const enKeys = Object.keys(en).sort();
    const ruKeys = Object.keys(ru).sort();
    expect(enKeys.filter((k) => !ruKeys.includes(k))).toEqual([]);
    expect(ruKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  test('no message is empty, in either language, in any plural form', () => {
    for (const [lang, messages] of Object.entries(catalogues)) {
      const empty = Object.entries(messages)
        .filter(
          ([, message]) =>
            textsOf(message).length === 0 || textsOf(message).some((text) => text.trim() === ''),
        )
        .map(([key]) => `${lang}: ${key}`);
      expect(empty).toEqual([]);
    }
  });

  test('both languages fill in the same placeholders and plurals have a form for every count', () => {
    const mismatched = Object.keys(en).filter(
      (key) => placeholdersOf(catalogues.en[key]).join() !== placeholdersOf(catalogues.ru[key] ?? '').join(),
    );
    expect(mismatched).toEqual([]);
    for (const messages of Object.values(catalogues)) {
      for (const message of Object.values(messages)) {
        if (typeof message !== 'string')
          expect(message).toEqual(
            expect.objectContaining({ one: expect.any(String), other: expect.any(String) }),
          );
      }
    }
  });
});

describe('language switch', () => {
  test('RU / EN switch the visible text, the address and the page language', async () => {
    const { user, ui } = await renderApp({ lang: 'en' });
    await waitForSample();
    const language = screen.getByRole('group', { name: 'Language' });

    await user.click(within(language).getByRole('button', { name: 'RU' }));

    expect(screen.getByLabelText('Импорт CSV')).toBeInTheDocument();
    expect(screen.queryByLabelText('Import CSV')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Экспорт отчёта' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: 'Язык' })).getByRole('button', { name: 'RU' }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');
    expect(ui.getState().lang).toBe('ru');
    // The untouched sample follows the language.
    await waitForSample('ru');

    await user.click(within(screen.getByRole('group', { name: 'Язык' })).getByRole('button', { name: 'EN' }));

    expect(screen.getByLabelText('Import CSV')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export gap report' })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('en');
    await waitForSample('en');
  });

  test('a category and department chosen on the sample stay chosen when the sample changes language', async () => {
    const { user, ui } = await renderApp({ lang: 'en' });
    await waitForSample();
    ui.getState().setFilter({ categories: ['Technology'], departments: ['Retail Banking'] });
    ui.getState().showPath([{ kind: 'category', key: 'Technology' }], null);

    await user.click(
      within(screen.getByRole('group', { name: 'Language' })).getByRole('button', { name: 'RU' }),
    );
    await waitForSample('ru');

    await waitFor(() => expect(ui.getState().filter.categories).toEqual(['Технологии']));
    expect(ui.getState().filter.departments).toEqual(['Розничный бизнес']);
    expect(ui.getState().drill).toEqual([{ kind: 'category', key: 'Технологии' }]);
  });

  test('?lang=ru in the address opens the Russian UI in an English browser', async () => {
    await renderApp({ url: '/?lang=ru' });

    await waitForSample('ru');
    expect(screen.getByLabelText('Импорт CSV')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ru');
  });

  test('?lang=en in the address wins over a Russian browser', async () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['ru-RU', 'ru']);
    vi.spyOn(window.navigator, 'language', 'get').mockReturnValue('ru-RU');

    await renderApp({ url: '/?lang=en' });

    await waitForSample('en');
    expect(screen.getByLabelText('Import CSV')).toBeInTheDocument();
  });

  test('without ?lang= a Russian browser gets the Russian UI', async () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['ru-RU', 'ru']);
    vi.spyOn(window.navigator, 'language', 'get').mockReturnValue('ru-RU');

    await renderApp();

    await waitForSample('ru');
    expect(screen.getByLabelText('Импорт CSV')).toBeInTheDocument();
  });
});
