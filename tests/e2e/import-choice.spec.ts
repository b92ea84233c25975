// Importing into a non-empty workspace asks Replace or Merge (docs/contract.md#replace-and-merge); the
// untouched sample is replaced silently.
import { test, expect, type Page } from '@playwright/test';
import {
  UI,
  closeReport,
  headerTotals,
  importFiles,
  importWithChoice,
  openApp,
  pickFiles,
  reportDialog,
  reportTotals,
} from './helpers';

// First import: en-tab-synonyms.tsv → 6 members (3 ambassadors: Alice, Carol, Eve), 5 skills, 11 links.
async function firstImport(page: Page) {
  await openApp(page, 'en');
  // The untouched sample is replaced without a question: the report comes straight away.
  const dialog = await importFiles(page, 'en', ['en-tab-synonyms.tsv']);
  await expect(reportTotals(dialog)).toHaveText('6 members, 5 skills, 11 links');
  await expect(dialog).toContainText('The workspace was replaced.');
  await closeReport(page, 'en');
  await expect(headerTotals(page)).toHaveText('6 members · 3 ambassadors · 5 skills · 11 links');
}

test('a second import asks; Merge keeps both files’ members (6 + 6 = 12 members, 5 skills, 11 links)', async ({
  page,
}) => {
  await firstImport(page);
  // ru-cp1251-members.csv: 6 other people (ids 1001–1006; 3 ambassadors), no skills, no links.
  const dialog = await importWithChoice(page, 'en', ['ru-cp1251-members.csv'], 'merge');
  await expect(reportTotals(dialog)).toHaveText('12 members, 5 skills, 11 links');
  await expect(dialog).toContainText('The files were merged into the workspace.');
  await closeReport(page, 'en');
  await expect(headerTotals(page)).toHaveText('12 members · 6 ambassadors · 5 skills · 11 links');
});

test('Merge matches people by id: long expertise file then its members file gives 6 members, 5 skills, 11 links', async ({
  page,
}) => {
  await openApp(page, 'en');
  // ru-cp1251-semicolon-long.csv alone: 5 members (all employees — no status column), 5 skills, 11 links.
  let dialog = await importFiles(page, 'en', ['ru-cp1251-semicolon-long.csv']);
  await expect(reportTotals(dialog)).toHaveText('5 members, 5 skills, 11 links');
  await closeReport(page, 'en');
  await expect(headerTotals(page)).toHaveText('5 members · 0 ambassadors · 5 skills · 11 links');
  // Merging the members file: ids 1001–1005 are the same people, 1006 (Орлова) is new; 1001, 1002, 1006 ambassadors.
  dialog = await importWithChoice(page, 'en', ['ru-cp1251-members.csv'], 'merge');
  await expect(reportTotals(dialog)).toHaveText('6 members, 5 skills, 11 links');
  await closeReport(page, 'en');
  await expect(headerTotals(page)).toHaveText('6 members · 3 ambassadors · 5 skills · 11 links');
});

test('a second import asks; Replace leaves only the second file’s data (6 members, 0 skills, 0 links)', async ({
  page,
}) => {
  await firstImport(page);
  const dialog = await importWithChoice(page, 'en', ['ru-cp1251-members.csv'], 'replace');
  await expect(reportTotals(dialog)).toHaveText('6 members, 0 skills, 0 links');
  await expect(dialog).toContainText('The workspace was replaced.');
  await closeReport(page, 'en');
  await expect(headerTotals(page)).toHaveText('6 members · 3 ambassadors · 0 skills · 0 links');
});

test('a second import asks; Cancel imports nothing and keeps the workspace', async ({ page }) => {
  await firstImport(page);
  await pickFiles(page, 'en', ['ru-cp1251-members.csv']);
  const ask = page
    .getByRole('dialog')
    .filter({ has: page.getByRole('button', { name: UI.en.merge, exact: true }) });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: UI.en.cancel, exact: true }).click();
  await expect(ask).toBeHidden();
  await expect(reportDialog(page, 'en')).toBeHidden();
  await expect(headerTotals(page)).toHaveText('6 members · 3 ambassadors · 5 skills · 11 links');
});

test('Russian UI: the second import asks with Заменить / Объединить', async ({ page }) => {
  await openApp(page, 'ru');
  await importFiles(page, 'ru', ['en-tab-synonyms.tsv']);
  await closeReport(page, 'ru');
  const dialog = await importWithChoice(page, 'ru', ['ru-cp1251-members.csv'], 'merge');
  await expect(reportTotals(dialog)).toHaveText('12 участников, 5 навыков, 11 связей');
});
