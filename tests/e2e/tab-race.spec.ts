import { test, expect, type Page } from '@playwright/test';
import { closeReport, headerTotals, importFiles, openApp } from './helpers';

/** A long list of `rows` rows over `people` people and 100 skills; the people count tells the imports apart. */
function expertiseFile(name: string, people: number, rows: number) {
  const lines = ['member_id,name,skill,level'];
  for (let i = 0; i < rows; i++) {
    const m = (i * 7919) % people;
    lines.push(`P${m},Person ${m},Skill ${(i * 31) % 100},${(i % 5) + 1}`);
  }
  return { name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) };
}

async function historyText(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'History' }).click();
  const dialog = page.getByRole('dialog', { name: 'Earlier workspaces' });
  await expect(dialog).toBeVisible();
  const text = (await dialog.textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  return text;
}

// Two tabs confirm big imports at the same moment: each import ends either as the stored workspace or in
// History, never in neither; the tab whose save lost is told so.
test('two imports confirmed at once in two tabs: one is the workspace, the other is kept in History', async ({
  context,
}) => {
  const first = await context.newPage();
  await openApp(first, 'en');
  const second = await context.newPage();
  await openApp(second, 'en');
  // A workspace of the person's own in both tabs (the second follows the first), so each import asks first.
  await importFiles(first, 'en', ['en-tab-synonyms.tsv']);
  await closeReport(first, 'en');
  await expect(headerTotals(second)).toContainText('6 members');
  // Every IndexedDB write made 150 ms slower (a slow disk, a bigger workspace): the window in which two saves
  // overlap grows from tens of milliseconds to hundreds, so the race is met on most tries, not a few.
  for (const page of [first, second]) {
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        const until = performance.now() + 150;
        while (performance.now() < until);
        return put.apply(this, args);
      };
    });
  }
  const a = expertiseFile('tab-a.csv', 2000, 200_000);
  const b = expertiseFile('tab-b.csv', 1999, 200_000);
  await first.getByLabel('Import CSV').setInputFiles([a]);
  await second.getByLabel('Import CSV').setInputFiles([b]);
  // Both confirmed within a few milliseconds of each other.
  await Promise.all([
    first.getByRole('button', { name: 'Replace' }).click(),
    second.getByRole('button', { name: 'Replace' }).click(),
  ]);
  for (const page of [first, second]) {
    await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeHidden({ timeout: 30_000 });
  }
  // Let both saves settle, then read what a fresh page finds stored.
  await first.waitForTimeout(1500);
  const third = await context.newPage();
  await openApp(third, 'en', { expectSample: false });
  await expect(headerTotals(third)).toContainText(/\b(2000|1999) members/);
  const stored = (await headerTotals(third).textContent()) ?? '';
  const winner = stored.includes('2000 members') ? 'a' : stored.includes('1999 members') ? 'b' : null;
  expect(winner, `stored workspace: ${stored}`).not.toBeNull();
  const loserMembers = winner === 'a' ? '1999 members' : '2000 members';
  expect(await historyText(third)).toContain(loserMembers);
  // Both tabs end on the stored workspace (the loser follows the winner).
  for (const page of [first, second]) {
    await expect(headerTotals(page)).toContainText(winner === 'a' ? '2000 members' : '1999 members');
  }

  // The winning tab's next import, alone: no other tab saves meanwhile, and none is reported.
  const [winning, losing] = winner === 'a' ? [first, second] : [second, first];
  // What the race itself said (its report, a banner) is put away first.
  const raceReport = winning.getByRole('dialog', { name: 'Import report' });
  if (await raceReport.isVisible()) await closeReport(winning, 'en');
  const dismiss = winning.getByRole('alert').getByRole('button', { name: 'Dismiss' });
  if ((await dismiss.count()) > 0) await dismiss.click();
  await winning.getByLabel('Import CSV').setInputFiles([expertiseFile('alone.csv', 7, 20)]);
  await winning.getByRole('button', { name: 'Replace' }).click();
  const report = winning.getByRole('dialog', { name: 'Import report' });
  await expect(report).toBeVisible({ timeout: 20_000 });
  await report.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(headerTotals(winning)).toContainText('7 members');
  // Stored (the other tabs follow it), and any word of another tab's save would be on the page by now.
  for (const page of [losing, third]) await expect(headerTotals(page)).toContainText('7 members');
  await expect(winning.getByRole('alert').filter({ hasText: /another tab/i })).toHaveCount(0);
});
