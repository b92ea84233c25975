// The workspace lives in IndexedDB: a reload brings back the imported data, not the sample.
import { test, expect } from '@playwright/test';
import {
  SAMPLE_TOTALS,
  closeReport,
  gapRows,
  headerTotals,
  importFiles,
  openApp,
  openGapReport,
} from './helpers';

test('a reload keeps the imported workspace (not the sample)', async ({ page }) => {
  await openApp(page, 'en');
  await importFiles(page, 'en', ['en-tab-synonyms.tsv', 'en-skills.csv']);
  await closeReport(page, 'en');
  const totals = '6 members · 3 ambassadors · 6 skills · 11 links';
  await expect(headerTotals(page)).toHaveText(totals);
  await expect(page.getByText('Sample data')).toBeHidden();

  await page.reload();
  await expect(headerTotals(page)).toHaveText(totals);
  await expect(headerTotals(page)).not.toContainText(SAMPLE_TOTALS.en[0]);
  await expect(page.getByText('Sample data')).toBeHidden();
  const table = await openGapReport(page, 'en');
  await expect(gapRows(table)).toHaveCount(6);
  await expect(gapRows(table).first()).toContainText('Python');
});

test('switching the language keeps an imported workspace (only the untouched sample follows the language)', async ({
  page,
}) => {
  await openApp(page, 'en');
  await importFiles(page, 'en', ['en-tab-synonyms.tsv', 'en-skills.csv']);
  await closeReport(page, 'en');
  await page.getByRole('button', { name: 'RU', exact: true }).click();
  await expect(headerTotals(page)).toHaveText('6 участников · 3 амбассадора · 6 навыков · 11 связей');
  await page.reload();
  await expect(headerTotals(page)).toContainText('6 участников');
  await expect(headerTotals(page)).toContainText('11 связей');
});
