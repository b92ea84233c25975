// After one visit the app opens without a network, with the workspace the person left: the service worker
// (vite-plugin-pwa, docs/architecture.md#offline) has precached every built file, and IndexedDB holds the data.
import { test, expect } from '@playwright/test';
import { closeReport, headerTotals, importFiles, openApp } from './helpers';

test('offline: a reload with no network shows the app and the stored workspace', async ({
  page,
  context,
}) => {
  await openApp(page, 'en');
  // a workspace of one's own (en-tab-synonyms.tsv + en-skills.csv: 6 members, 6 skills, 11 links)
  await importFiles(page, 'en', ['en-tab-synonyms.tsv', 'en-skills.csv']);
  await closeReport(page, 'en');
  for (const part of ['6 members', '6 skills', '11 links'])
    await expect(headerTotals(page)).toContainText(part);

  // the page registers its worker once it has settled; it is ready when every file is precached
  const scope = await page.evaluate(
    () => new Promise<string>((resolve) => void navigator.serviceWorker.ready.then((r) => resolve(r.scope))),
  );
  expect(new URL(scope).pathname).toBe('/');

  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Expertise Map' })).toBeVisible();
    for (const part of ['6 members', '6 skills', '11 links'])
      await expect(headerTotals(page)).toContainText(part);
    // the views load from the cache too
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Gap report' }).click();
    await expect(page.getByRole('table')).toBeVisible();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Map' }).click();
    await expect(page.getByRole('application', { name: 'Expertise map graph' })).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
});

test('the app can be installed: a manifest with a name and icons', async ({ page, request }) => {
  await page.goto('/?lang=en');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest.name).toBe('Expertise Map');
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  for (const icon of manifest.icons) expect((await request.get(`/${icon.src}`)).ok()).toBe(true);
});
