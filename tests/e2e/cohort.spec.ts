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
