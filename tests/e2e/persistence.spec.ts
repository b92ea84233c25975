// The workspace lives in IndexedDB: a reload brings back the imported data, not the sample.
import { test, expect, type Page } from '@playwright/test';
import {
  SAMPLE_TOTALS,
  closeReport,
  gapRows,
  headerTotals,
  importFiles,
  openApp,
  openGapReport,
  shotPath,
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

test('a workspace saved by a newer version of the app is named so and kept as it was', async ({ page }) => {
  await openApp(page, 'en');
  // What a later version might store: a schema this build does not know.
  const future = {
    schemaVersion: 99,
    savedAt: '2030-01-01T00:00:00.000Z',
    workspace: { somethingNew: true },
  };
  await page.evaluate(async (record) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('expertise-map');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('kv', 'readwrite');
      tx.objectStore('kv').put(record, 'workspace');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, future);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('saved by a newer version of the app');
  await page.screenshot({ path: shotPath('newer-version.png') });
  // Still the newer version's record: not set aside, not overwritten by the sample this page shows.
  expect(await storedRecords(page)).toEqual({ workspace: future });
  const storedJson = JSON.stringify(await storedRecords(page));

  // An edit attempt: an import replaces what the page shows, but nothing of it is written over the newer data
  // (nor to History, which the newer version owns too); the page says so again.
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await importFiles(page, 'en', ['en-tab-synonyms.tsv']);
  await closeReport(page, 'en');
  await expect(headerTotals(page)).toContainText('6 members');
  await expect(page.getByRole('alert')).toContainText('saved by a newer version of the app');
  await page.getByRole('button', { name: 'RU', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('сохранены более новой версией приложения');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: shotPath('newer-version-ru.png') });
  expect(JSON.stringify(await storedRecords(page))).toBe(storedJson);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('сохранены более новой версией приложения');
  expect(JSON.stringify(await storedRecords(page))).toBe(storedJson);
});

/**
 * The records the test wrote or the app could have written over them: the workspace, History and any copy set
 * aside (the stored version number and the language are left out: they are not the workspace's data).
 */
async function storedRecords(page: Page): Promise<Record<string, unknown>> {
  const entries = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('expertise-map');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = await new Promise<[string, unknown][]>((resolve, reject) => {
      const objects = db.transaction('kv').objectStore('kv');
      const keys = objects.getAllKeys();
      const values = objects.getAll();
      values.onsuccess = () => resolve(keys.result.map((k, i) => [String(k), values.result[i]]));
      values.onerror = () => reject(values.error);
    });
    db.close();
    return all;
  });
  return Object.fromEntries(entries.filter(([key]) => key !== 'workspace-version'));
}
