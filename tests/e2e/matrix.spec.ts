// The Matrix tab on the sample: the members × skills grid with the keyboard (a roving cell, sorting by a column
// header), Export matrix reading back as CSV, and the Skill × skill pairs table.
import { test, expect, type Page } from '@playwright/test';
import { downloadFrom, openApp, shotPath } from './helpers';

const WORDS = {
  en: {
    tab: 'Matrix',
    grid: 'Levels of members by skill',
    export: 'Export matrix',
    pairs: 'Skill × skill',
    members: 'Members × skills',
    pairsTable: 'Skills held together',
    exportPairs: 'Export skill pairs',
    summary: /People: (\d+) · skills: (\d+)/,
    header: ['name', 'department', 'location', 'status'],
    interest: 'wants_to_develop',
    delimiter: ',',
    fileName: 'matrix.csv',
  },
  ru: {
    tab: 'Матрица',
    grid: 'Уровни участников по навыкам',
    export: 'Экспорт матрицы',
    pairs: 'Навык × навык',
    members: 'Участники × навыки',
    pairsTable: 'Навыки, которыми владеют вместе',
    exportPairs: 'Экспорт пар навыков',
    summary: /Людей: (\d+) · навыков: (\d+)/,
    header: ['ФИО', 'подразделение', 'город', 'статус'],
    interest: 'хочет_развивать',
    delimiter: ';',
    fileName: 'matritsa.csv',
  },
} as const;

/** The focused element's grid position: [aria-rowindex of its row, its aria-colindex]. */
function activeCell(page: Page): Promise<[number, number] | null> {
  return page.evaluate(() => {
    const cell = document.activeElement?.closest('[aria-colindex]');
    const row = cell?.closest('[aria-rowindex]');
    if (!cell || !row) return null;
    return [Number(row.getAttribute('aria-rowindex')), Number(cell.getAttribute('aria-colindex'))];
  });
}

for (const lang of ['en', 'ru'] as const) {
  const w = WORDS[lang];

  test(`${lang}: the matrix grid works from the keyboard, sorts, and exports what it shows`, async ({
    page,
  }) => {
    await openApp(page, lang);
    await page.getByRole('button', { name: w.tab, exact: true }).click();
    const grid = page.getByRole('grid', { name: w.grid });
    await expect(grid).toBeVisible({ timeout: 20_000 });
    // the map, kept behind the tab once shown, is out of sight but keeps its size (no redraw on the way back)
    const map = page.locator('section.map-view');
    await expect(map).toBeHidden();
    expect((await map.boundingBox())?.width ?? 0).toBeGreaterThan(300);
    const summary = await page.getByText(w.summary).textContent();
    const [, people, skills] = summary!.match(w.summary)!.map(Number);
    expect(people).toBeGreaterThan(0);
    expect(skills).toBeGreaterThan(0);
    await expect(grid).toHaveAttribute('aria-rowcount', String(people + 1));
    await page.screenshot({ path: shotPath(`matrix-members-${lang}.png`) });

    // Tab from the export button lands in the grid, on its one tab stop: the first header cell
    await page.getByRole('button', { name: w.export, exact: true }).focus();
    for (let i = 0; i < 10 && (await activeCell(page)) === null; i++) await page.keyboard.press('Tab');
    expect(await activeCell(page)).toEqual([1, 1]);
    await page.keyboard.press('ArrowDown');
    expect(await activeCell(page)).toEqual([2, 1]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await activeCell(page)).toEqual([2, 3]);
    await page.keyboard.press('ArrowUp');
    expect(await activeCell(page)).toEqual([1, 3]);

    // Enter on a skill's column header sorts by it, highest level first; again turns it round
    const header = page.locator('[role="columnheader"][aria-colindex="3"]');
    await expect(header).not.toHaveAttribute('aria-sort', /.+/);
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(await activeCell(page)).toEqual([1, 3]);
    // the header shows the sort's arrow after the name
    const sortedSkill = (await header.textContent())!.replace(/[▲▼]/g, '').trim();

    // the file holds the rows shown: one per person, the skill columns, sorted as the grid
    const csv = await downloadFrom(
      page,
      page.getByRole('button', { name: w.export, exact: true }),
      w.delimiter,
    );
    expect(csv.fileName).toBe(w.fileName);
    const [head, ...rows] = csv.rows;
    expect(head.slice(0, 4)).toEqual([...w.header]);
    // the four member columns, one per skill shown, and the skills each person wants to develop
    expect(head).toHaveLength(4 + skills + 1);
    expect(head.at(-1)).toBe(w.interest);
    expect(rows).toHaveLength(people);
    expect(head).toContain(sortedSkill);
    const column = head.indexOf(sortedSkill);
    const levels = rows.map((r) => Number(r[column] || 0));
    expect(levels).toEqual([...levels].sort((a, b) => b - a));
    expect(levels[0]).toBeGreaterThan(0);

    // Skill × skill shows the pairs table
    await page.getByRole('button', { name: w.pairs, exact: true }).click();
    await expect(page.getByRole('button', { name: w.pairs, exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const pairs = page.getByRole('table', { name: w.pairsTable });
    await expect(pairs).toBeVisible();
    expect(await pairs.locator('tbody tr').count()).toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: w.exportPairs, exact: true })).toBeVisible();
    await page.screenshot({ path: shotPath(`matrix-pairs-${lang}.png`) });
  });
}
