// Nothing leaves the browser: a whole session — first visit, an import, the cohort planner with its solver, every
// export — makes no request to another origin, and the Content-Security-Policy (scripts/csp.mjs) refuses nothing
// the app itself does (a refusal would be a feature silently broken).
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { unzipSync, strFromU8 } from 'fflate';
import { test, expect } from '@playwright/test';
import { closeReport, importFiles, openApp } from './helpers';

test('a whole session stays on the app origin, under its Content-Security-Policy', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      elsewhere.push(request.url());
  });
  await page.addInitScript(() => {
    (window as unknown as { __refused: string[] }).__refused = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __refused: string[] }).__refused.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });

  const response = await page.goto('/?lang=en');
  expect(response?.headers()['content-security-policy']).toContain("connect-src 'self'");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /default-src 'self'.*connect-src 'self'/,
  );
  await openApp(page, 'en');

  await importFiles(page, 'en', ['ru-cp1251-members.csv', 'ru-hr-expertise-resaved.csv']);
  await closeReport(page, 'en');

  const views = page.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: 'Cohort' }).click();
  // the best-cohort panel runs the WebAssembly solver, loaded from the app's own files
  await expect(page.getByRole('region', { name: 'Best possible cohort' })).toBeVisible({ timeout: 30_000 });
  const downloads: string[] = [];
  for (const name of ['Export cohort', 'Export gap report', 'Export workspace']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    downloads.push(download.suggestedFilename());
  }
  await views.getByRole('button', { name: 'Matrix' }).click();
  const [matrix] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export matrix' }).click(),
  ]);
  downloads.push(matrix.suggestedFilename());
  await views.getByRole('button', { name: 'Map' }).click();
  const png = page.getByRole('button', { name: 'Export PNG' });
  await expect(png).toBeEnabled();
  const [picture] = await Promise.all([page.waitForEvent('download'), png.click()]);
  downloads.push(picture.suggestedFilename());

  // the workspace without the names: WebCrypto's HMAC in the real browser, and nothing sent anywhere
  await page.getByRole('button', { name: 'Export pseudonymised workspace', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export pseudonymised workspace' });
  await expect(dialog).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('[role=dialog]').analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
  await dialog.getByLabel('Secret').fill('a secret kept by HR');
  const [pseudo] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  downloads.push(pseudo.suggestedFilename());
  const files = unzipSync(new Uint8Array(readFileSync(await pseudo.path())));
  const members = strFromU8(Object.entries(files).find(([name]) => name.endsWith('members.csv'))![1]);
  // the imported people (ru-cp1251-members.csv) are there only as pseudonyms
  expect(members).toMatch(/P-[0-9A-F]{8}/);
  expect(members).not.toMatch(/Иванов|Кузнецов|Смирнов/);
  expect(downloads).toHaveLength(6);

  expect(elsewhere).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __refused: string[] }).__refused)).toEqual([]);
});
