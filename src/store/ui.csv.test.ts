import { describe, expect, test, vi } from 'vitest';
import { csvFormatFor, csvLangFor, csvOptionsFor, type CsvPreferences } from './ui';

const prefs = (over: Partial<CsvPreferences> = {}): CsvPreferences => ({
  delimiter: 'auto',
  bom: true,
  encoding: 'utf-8',
  headerLang: 'ui',
  ...over,
});

describe('CSV settings', () => {
  test('by default the headers and the delimiter follow the interface, in UTF-8 with BOM', () => {
    expect(csvFormatFor('en', prefs())).toEqual({
      lang: 'en',
      options: { delimiter: ',', bom: true },
      encoding: 'utf-8',
    });
    expect(csvFormatFor('ru', prefs())).toEqual({
      lang: 'ru',
      options: { delimiter: ';', bom: true },
      encoding: 'utf-8',
    });
  });

  test('a chosen header language decides the automatic delimiter too', () => {
    expect(csvLangFor('ru', prefs({ headerLang: 'en' }))).toBe('en');
    expect(csvOptionsFor('ru', prefs({ headerLang: 'en' })).delimiter).toBe(',');
    expect(csvOptionsFor('en', prefs({ headerLang: 'ru' })).delimiter).toBe(';');
    expect(csvOptionsFor('en', prefs({ headerLang: 'ru', delimiter: '\t' })).delimiter).toBe('\t');
  });

  test('Windows-1251 has no BOM, whatever the checkbox said; UTF-8 files elsewhere keep it', () => {
    const chosen = prefs({ encoding: 'windows-1251', bom: true });
    expect(csvFormatFor('ru', chosen)).toEqual({
      lang: 'ru',
      options: { delimiter: ';', bom: false },
      encoding: 'windows-1251',
    });
    expect(csvOptionsFor('ru', chosen).bom).toBe(true);
  });

  test('the settings are remembered, and unknown stored values fall back to the defaults', async () => {
    window.localStorage.setItem(
      'expertise-map:csv',
      JSON.stringify({ delimiter: ';', bom: false, encoding: 'windows-1251', headerLang: 'en' }),
    );
    vi.resetModules();
    let { useUi } = await import('./ui');
    expect(useUi.getState().csv).toEqual({
      delimiter: ';',
      bom: false,
      encoding: 'windows-1251',
      headerLang: 'en',
    });

    useUi.getState().setCsv({ encoding: 'utf-8' });
    expect(JSON.parse(window.localStorage.getItem('expertise-map:csv')!)).toMatchObject({
      encoding: 'utf-8',
    });

    window.localStorage.setItem(
      'expertise-map:csv',
      JSON.stringify({ encoding: 'koi8-r', headerLang: 'de' }),
    );
    vi.resetModules();
    ({ useUi } = await import('./ui'));
    expect(useUi.getState().csv).toEqual(prefs());
    window.localStorage.clear();
  });
});
