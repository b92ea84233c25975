// The cohort planner in the built app: the Cohort tab on the sample, a smaller cohort, and its CSV read back.
import { test, expect } from '@playwright/test';
import { downloadFrom, hasUtf8Bom, openApp, shotPath } from './helpers';

for (const lang of ['en', 'ru'] as const) {
  const words = {
    en: {
      tab: 'Cohort',
      size: 'Cohort size',
      picks: 'Cohort picks',
      exportButton: 'Export cohort',
      delimiter: ',',
    },
    ru: {
      tab: 'Набор',
      size: 'Размер набора',
      picks: 'Выбранные в набор',
      exportButton: 'Экспорт набора',
      delimiter: ';',
    },
  }[lang];

  test(`${lang}: the sample has a cohort ready; a cohort of 3 is exported in pick order`, async ({
    page,
  }) => {
    await openApp(page, lang);
    await page.getByRole('button', { name: words.tab, exact: true }).click();
    const picks = page.getByRole('table', { name: words.picks });
    // Size 10 by default; on the sample the plan stops earlier, when no one closes anything more.
    await expect(page.getByRole('spinbutton', { name: words.size })).toHaveValue('10');
    await expect(picks.locator('tbody tr')).toHaveCount(6);
    await page.getByRole('spinbutton', { name: words.size }).fill('3');
    await expect(picks.locator('tbody tr')).toHaveCount(3);
    if (lang === 'en') await page.screenshot({ path: shotPath('cohort.png') });
    const names = await picks.locator('tbody tr td:nth-child(2)').allTextContents();

    const csv = await downloadFrom(
      page,
      page.getByRole('button', { name: words.exportButton }),
      words.delimiter,
    );
    expect(hasUtf8Bom(csv.bytes)).toBe(true);
    const [header, ...rows] = csv.rows;
    expect(header).toEqual(
      lang === 'en'
        ? ['member_id', 'name', 'department', 'status', 'workload', 'score', 'closes']
        : ['id сотрудника', 'ФИО', 'подразделение', 'статус', 'загрузка', 'балл', 'закрывает'],
    );
    expect(rows).toHaveLength(3);
    // Same people, same order as on screen (the screen may add a "pinned" badge after a name).
    rows.forEach((row, i) => expect(names[i]).toContain(row[1]));
    for (const row of rows) expect(row[6].length).toBeGreaterThan(0);
  });
}

test('marking the sample’s unique holder of a skill as leaving opens that gap in the gap report, and the mark survives a reload', async ({
  page,
}) => {
  await openApp(page, 'en');
  const toolbar = page.getByText(/gaps: \d+, single holders: \d+, covered: \d+/);
  await expect(toolbar).toHaveText('gaps: 11, single holders: 7, covered: 22');
  // A skill with a single holder: its holder is the person whose leaving opens it.
  const find = page.getByRole('searchbox', { name: 'Find a skill or person' });
  await page.getByRole('button', { name: 'Gap report', exact: true }).click();
  const single = page.locator('table tbody tr').filter({ hasText: 'Single holder' }).first();
  const skillName = (await single.locator('td').first().textContent())!.trim();
  const holder = (await single.locator('td').nth(9).textContent())!.split(';')[0].trim();
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await find.fill(holder);
  await find.press('Enter');
  const panel = page.getByRole('complementary', { name: holder });
  await panel.getByRole('checkbox', { name: 'Mark as leaving' }).check();
  await expect(panel.getByText(/Marked as leaving/)).toBeVisible();
  await expect(toolbar).not.toHaveText('gaps: 11, single holders: 7, covered: 22');
  await page.screenshot({ path: shotPath('leaving.png') });
  await page.getByRole('button', { name: 'Gap report', exact: true }).click();
  await expect(page.locator('table tbody tr').filter({ hasText: skillName }).first()).toContainText('Gap');
  // It survives a reload (the mark is saved with the workspace).
  await page.reload();
  // The address keeps the view (the gap report); the map's toolbar has the counts.
  await expect(page).toHaveURL(/view=gaps/);
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await expect(page.getByText(/gaps: \d+/)).not.toHaveText('gaps: 11, single holders: 7, covered: 22');
});
