// First visit: the bundled sample workspace opens (docs/contract.md#accessible-names; sample-data/en and
// sample-data/ru).
import { test, expect } from '@playwright/test';
import { SAMPLE_TOTALS, UI, gapRows, headerTotals, openApp, openGapReport, type Lang } from './helpers';

for (const lang of ['en', 'ru'] as Lang[]) {
  test(`first visit in ${lang.toUpperCase()} opens the sample: header totals, a drawn graph, 40 gap rows`, async ({
    page,
  }) => {
    await openApp(page, lang);
    for (const part of SAMPLE_TOTALS[lang]) await expect(headerTotals(page)).toContainText(part);

    // The graph: cytoscape draws into canvases inside the application region.
    const graph = page.getByRole('application', { name: UI[lang].graph });
    await expect(graph).toBeVisible({ timeout: 20_000 });
    await expect(graph.locator('canvas').first()).toBeAttached();
    const box = await graph.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100);
    expect(box?.height ?? 0).toBeGreaterThan(100);

    // One gap-table row per skill.
    const table = await openGapReport(page, lang);
    await expect(gapRows(table)).toHaveCount(40);
  });
}
