import { test, expect, type Page } from '@playwright/test';
import { openApp, pickFiles } from './helpers';

/**
 * Holds every IndexedDB write transaction's completion until the test lets it go: a save stays pending as long
 * as the test needs (a slow disk, stretched), without any hook in the app. Installed before the app loads.
 */
async function holdSavesWhenAsked(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { holdSaves: boolean; held: (() => void)[]; releaseSaves: () => void };
    w.holdSaves = false;
    w.held = [];
    w.releaseSaves = () => {
      w.holdSaves = false;
      for (const go of w.held.splice(0)) go();
    };
    const own = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'oncomplete')!;
    Object.defineProperty(IDBTransaction.prototype, 'oncomplete', {
      configurable: true,
      get() {
        return own.get!.call(this);
      },
      set(this: IDBTransaction, handler: ((this: IDBTransaction, ev: Event) => unknown) | null) {
        if (!handler || !w.holdSaves || this.mode !== 'readwrite') return own.set!.call(this, handler);
        own.set!.call(this, (event: Event) => w.held.push(() => handler.call(this, event)));
      },
    });
  });
}

/**
 * Asks the page to close as a person closing the tab would, and waits until it either closed or asked first;
 * returns the dialogs it showed (each answered "Stay on page").
 */
async function tryToClose(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  const answered = new Promise<void>((resolve) =>
    page.once('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss().then(resolve);
    }),
  );
  const closed = page.waitForEvent('close', { timeout: 10_000 }).catch(() => undefined);
  await page.close({ runBeforeUnload: true });
  await Promise.race([answered, closed]);
  return dialogs;
}

test('with nothing pending, closing the tab asks nothing', async ({ page }) => {
  await openApp(page, 'en');
  // Chromium asks before unload only on a page the person has interacted with.
  await page.getByRole('heading', { level: 1 }).click();
  expect(await tryToClose(page)).toEqual([]);
  expect(page.isClosed()).toBe(true);
});

test('while an import’s save is pending, closing the tab asks first; once saved, it closes without asking', async ({
  page,
}) => {
  await holdSavesWhenAsked(page);
  await openApp(page, 'en');
  await page.getByRole('heading', { level: 1 }).click();
  await page.evaluate(() => ((window as unknown as { holdSaves: boolean }).holdSaves = true));
  await pickFiles(page, 'en', ['en-tab-synonyms.tsv']);
  // The import is read; its save is written and waits to complete.
  await page.waitForFunction(() => (window as unknown as { held: unknown[] }).held.length > 0);

  expect(await tryToClose(page)).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);

  await page.evaluate(() => (window as unknown as { releaseSaves: () => void }).releaseSaves());
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('header .workspace-totals')).toContainText('6 members');
  // The report shows as soon as the import is read; Undo comes once its save is stored: only then is nothing pending.
  await expect(report.getByRole('button', { name: 'Undo this import' })).toBeVisible();
  expect(await tryToClose(page)).toEqual([]);
  expect(page.isClosed()).toBe(true);
});
