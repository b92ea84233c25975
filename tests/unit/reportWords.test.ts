// The reports written in the pure layer (roles, development plan, intakes compared) use the gap report's status
// words and uncategorised word from src/io/gapReport.ts; the page's own gap export takes them from the catalogues.
// Both must say the same, in both languages.
import { expect, test } from 'vitest';
import { en } from '../../src/i18n/messages.en';
import { ru } from '../../src/i18n/messages.ru';
import { REPORT_WORDS } from '../../src/io/gapReport';

test.each([
  ['en', en],
  ['ru', ru],
] as const)('%s: the reports’ status and uncategorised words are the catalogue’s', (lang, catalogue) => {
  expect(REPORT_WORDS[lang]).toEqual({
    status: {
      gap: catalogue['csv.status.gap'],
      single_holder: catalogue['csv.status.single_holder'],
      covered: catalogue['csv.status.covered'],
    },
    uncategorised: catalogue['category.uncategorised'],
  });
});
