// Nothing leaves the browser: a whole session — first visit, an import, the cohort planner with its solver, every
// export — makes no request to another origin, and the Content-Security-Policy (scripts/csp.mjs) refuses nothing
// the app itself does (a refusal would be a feature silently broken).
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
  expect(downloads).toHaveLength(5);

  expect(elsewhere).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __refused: string[] }).__refused)).toEqual([]);
});
