// Broken files users really drop (tests/fixtures/README.md, expected.md "Broken files"): each gets a clear
// message in the report, nothing crashes, and the good files picked with them still import.
import { test, expect } from '@playwright/test';
import {
  SAMPLE_TOTALS,
  closeReport,
  downloadFrom,
  fact,
  fileSection,
  headerTotals,
  importFiles,
  issues,
  openApp,
  reportTotals,
} from './helpers';

const BROKEN = [
  'broken-empty.csv',
  'broken-binary.bin',
  'broken-fake.xlsx',
  'broken-header-only.csv',
  'broken-extra-cells.csv',
];
const GOOD = 'en-tab-synonyms.tsv'; // 6 members (3 ambassadors), 5 skills, 11 links

test('broken files picked together with a good file: each broken file gets an error message, the good file is imported', async ({
  page,
}) => {
  await openApp(page, 'en');
  const dialog = await importFiles(page, 'en', [...BROKEN, GOOD]);

  // Each broken file has its own section with an error that says what is wrong.
  const errorIn = (file: string) => issues(fileSection(dialog, file)).filter({ hasText: /^\s*Error/ });
  await expect(errorIn('broken-empty.csv')).toContainText('empty');
  await expect(errorIn('broken-binary.bin')).toContainText('not a text file');
  await expect(errorIn('broken-fake.xlsx')).toContainText(/workbook/i);
  await expect(errorIn('broken-fake.xlsx')).toContainText(
    /could not be read|not (a )?readable|not a workbook/i,
  );
  await expect(errorIn('broken-header-only.csv')).toContainText('no data rows');
  for (const file of [
    'broken-empty.csv',
    'broken-binary.bin',
    'broken-fake.xlsx',
    'broken-header-only.csv',
  ]) {
    await expect(fact(fileSection(dialog, file), 'Imported')).toHaveText('0');
  }

  // broken-extra-cells.csv: line 3 (Boris Ivanov) has 2 cells beyond the 3 headers. expected.md allows keeping
  // the row with its known cells (3 members) or rejecting it (2 members) — never dropping it silently.
  const extra = fileSection(dialog, 'broken-extra-cells.csv');
  await expect(extra.locator('.issues li').filter({ hasText: 'row 3' })).toHaveCount(1);
  await expect(fact(extra, 'Rows read')).toHaveText('3');
  const rejected = Number(await fact(extra, 'Rejected').textContent());
  const imported = Number(await fact(extra, 'Imported').textContent());
  expect(imported + rejected).toBe(3);
  expect([0, 1]).toContain(rejected);

  // The good file is all there: 6 + the extra-cells file's members (2 if line 3 is rejected, else 3).
  const members = 6 + imported;
  await expect(reportTotals(dialog)).toHaveText(`${members} members, 5 skills, 11 links`);
  await expect(fact(fileSection(dialog, GOOD), 'Imported')).toHaveText('11');
  await expect(issues(fileSection(dialog, GOOD)).filter({ hasText: /^\s*Error/ })).toHaveCount(0);

  // A rejected row can be downloaded, with its cells.
  if (rejected === 1) {
    const csv = await downloadFrom(page, dialog.getByRole('button', { name: /Download rejected rows/ }), ',');
    expect(csv.text).toContain('Boris Ivanov');
    expect(csv.text).toContain('EXTRA');
    expect(csv.text).toContain('42');
  }

  await closeReport(page, 'en');
  // Boris is an ambassador on line 3: with the row rejected, only the good file's 3 ambassadors remain.
  await expect(headerTotals(page)).toContainText(
    `${members} members · ${imported === 3 ? 4 : 3} ambassadors`,
  );
  await expect(headerTotals(page)).toContainText('5 skills · 11 links');
});

test('a pick where every file is broken leaves the workspace unchanged', async ({ page }) => {
  // expected.md: "broken-header-only.csv … workspace unchanged"; docs/contract.md#nothing-is-lost.
  await openApp(page, 'en');
  await importFiles(page, 'en', ['broken-header-only.csv', 'broken-binary.bin']);
  await expect(page.getByRole('dialog', { name: 'Import report' })).toContainText(
    '150 members, 40 skills, 689 links',
  );
  await expect(page.getByRole('dialog', { name: 'Import report' })).toContainText(
    'the workspace was left as it was',
  );
  await closeReport(page, 'en');
  for (const part of SAMPLE_TOTALS.en)
    await expect(headerTotals(page)).toContainText(part, { timeout: 3_000 });
});

test('the workspace before an import comes back from History', async ({ page }) => {
  await openApp(page, 'en');
  await importFiles(page, 'en', ['en-tab-synonyms.tsv']);
  await closeReport(page, 'en');
  await expect(headerTotals(page)).toContainText('6 members');
  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: 'Earlier workspaces' });
  await expect(history).toContainText('150 members, 40 skills, 689 links');
  await history.getByRole('button', { name: 'Restore' }).first().click();
  await expect(headerTotals(page)).toContainText('150 members');
  // The restore itself is undoable: the imported workspace is now in the history too.
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('dialog', { name: 'Earlier workspaces' })).toContainText(
    '6 members, 5 skills, 11 links',
  );
});
