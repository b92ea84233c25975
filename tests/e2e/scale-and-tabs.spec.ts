import { test, expect } from '@playwright/test';
import { closeReport, headerTotals, importFiles, openApp } from './helpers';

/** A long expertise list generated in memory: `rows` rows over 2,000 people and 100 skills. */
function bigExpertiseFile(rows: number): { name: string; mimeType: string; buffer: Buffer } {
  const lines = ['member_id,name,skill,level'];
  for (let i = 0; i < rows; i++) {
    const m = (i * 7919) % 2000;
    lines.push(`P${m},Person ${m},Skill ${(i * 31) % 100},${(i % 5) + 1}`);
  }
  return { name: 'big-expertise.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) };
}

test('Cancel during a large import leaves the workspace as it was', async ({ page }) => {
  await openApp(page, 'en');
  // Big enough that the import is still running when the click lands, even on a loaded machine.
  await page.getByLabel('Import CSV').setInputFiles([bigExpertiseFile(1_500_000)]);
  const progress = page.getByRole('status').filter({ hasText: 'big-expertise.csv' });
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Import report' })).toBeHidden();
  await expect(headerTotals(page)).toContainText('150 members');
  await expect(headerTotals(page)).toContainText('689 links');
});

test('a large import shows its progress and the page keeps answering', async ({ page }) => {
  await openApp(page, 'en');
  await page.getByLabel('Import CSV').setInputFiles([bigExpertiseFile(600_000)]);
  const bar = page.getByRole('progressbar', { name: 'Import progress' });
  await expect(bar).toBeVisible();
  // While the worker parses, the page answers at once (an evaluate round trip well under a frame budget × 5).
  let slowest = 0;
  while (await bar.isVisible()) {
    const started = Date.now();
    await page.evaluate(() => 1);
    slowest = Math.max(slowest, Date.now() - started);
    await page.waitForTimeout(50);
  }
  expect(slowest).toBeLessThan(250);
  const report = page.getByRole('dialog', { name: 'Import report' });
  // 2,000 people × 100 skills: every row is a distinct pair only if it repeats no earlier one; the totals say
  // 2,000 members and 100 skills whatever the duplicates.
  await expect(report).toContainText('2000 members, 100 skills');
});

test('a second tab of the app sees an import made in the first', async ({ context }) => {
  const first = await context.newPage();
  await openApp(first, 'en');
  const second = await context.newPage();
  await openApp(second, 'en');
  await importFiles(first, 'en', ['en-tab-synonyms.tsv']);
  await closeReport(first, 'en');
  await expect(headerTotals(first)).toContainText('6 members');
  await expect(headerTotals(second)).toContainText('6 members');
  await expect(second.getByRole('alert')).toContainText('changed in another tab');
});
