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
  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('expertise-map');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const value = await new Promise<unknown>((resolve, reject) => {
      const read = db.transaction('kv').objectStore('kv').get('workspace');
      read.onsuccess = () => resolve(read.result);
      read.onerror = () => reject(read.error);
    });
    db.close();
    return value;
  });
  // Still the newer version's record: not set aside, not overwritten by the sample this page shows.
  expect(stored).toEqual(future);
});
