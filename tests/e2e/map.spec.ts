// From the gap table to the map: a click on a skill selects it and the side panel explains its coverage.
import { test, expect } from '@playwright/test';
import { UI, closeReport, fact, importFiles, openApp, openGapReport, shotPath } from './helpers';

test('clicking a skill in the gap table opens the map with a side panel: coverage, target, gap and holders', async ({
  page,
}) => {
  await openApp(page, 'en');
  await importFiles(page, 'en', ['en-tab-synonyms.tsv', 'en-skills.csv']);
  await closeReport(page, 'en');
  const table = await openGapReport(page, 'en');
  await table.getByRole('button', { name: 'Public Speaking', exact: true }).click();

  // The map view is shown, with the graph.
  await expect(page.getByRole('button', { name: UI.en.map, exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const graph = page.getByRole('application', { name: UI.en.graph });
  await expect(graph).toBeVisible({ timeout: 20_000 });

  // Public Speaking (target 3, required level 3): ambassadors Eve (4) and Carol (3) → coverage 2, gap 1.
  const panel = page.getByRole('complementary', { name: 'Public Speaking', exact: true });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Public Speaking' })).toBeVisible();
  await expect(fact(panel, 'Coverage')).toHaveText('2');
  await expect(fact(panel, 'Target')).toHaveText('3');
  await expect(fact(panel, 'Gap')).toHaveText('1');
  // Holders, by level (highest first): Eve Davis (4), Carol White (3).
  const holders = panel.locator('h3:has-text("Holders") + ol > li');
  await expect(holders).toHaveCount(2);
  await expect(holders.nth(0)).toContainText('Eve Davis');
  await expect(holders.nth(0)).toContainText('level 4');
  await expect(holders.nth(1)).toContainText('Carol White');
  await expect(holders.nth(1)).toContainText('level 3');
  // The one candidate: Frank Miller (employee, level 3).
  await expect(panel.locator('h3:has-text("Candidates") + ol > li')).toHaveCount(1);
  await expect(panel.locator('h3:has-text("Candidates") + ol > li')).toContainText('Frank Miller');

  await page.waitForTimeout(1500); // let the layout animation settle before the screenshot
  await page.screenshot({ path: shotPath('map-selected-skill.png') });
});

test('the find box focuses the map on a skill or a person typed by name', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('header .workspace-totals')).toContainText('150 members');
  const find = page.getByRole('searchbox', { name: 'Find a skill or person' });
  await find.fill('mentoring');
  await find.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Mentoring' })).toBeVisible();
  await expect(page.getByText('Focused on “Mentoring”')).toBeVisible();
  await find.fill('no such thing');
  await find.press('Enter');
  await expect(page.getByText('Nothing called “no such thing”.')).toBeVisible();
});
