// Club health in the built app, in Russian, over a hand-made club with activity and roles
// (tests/fixtures/ru-health-*.csv, worked out in tests/fixtures/README.md): the roles part and its exports, and
// two intakes saved around a leaver and compared.
import { test, expect, type Page } from '@playwright/test';
import { closeReport, downloadFrom, importFiles, openApp } from './helpers';

const FILES = ['ru-health-members.csv', 'ru-health-expertise.csv'];

async function openHealth(page: Page, files: string[] = FILES) {
  await openApp(page, 'ru');
  await importFiles(page, 'ru', files);
  await closeReport(page, 'ru');
  await page.getByRole('button', { name: 'Здоровье клуба', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Здоровье клуба' })).toBeVisible();
}

/** A table's body rows as their cells' texts (row header first). */
async function rowsOf(page: Page, name: string): Promise<string[][]> {
  const table = page.getByRole('table', { name });
  await expect(table).toBeVisible();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
    );
}

// With ru-health-wishes.csv too: Публичные выступления (required level 3) is a gap nobody holds; Анна, an
// ambassador, has it at 2 and wants to develop it; Глеб only wants to (a wish with no level).
test('ru: the three Club health exports read back: activity with its reasons, roles with the one nobody holds, the development plan', async ({
  page,
}) => {
  await openHealth(page, [...FILES, 'ru-health-wishes.csv']);

  // Activity, worked out by hand (free capacity 60/80/40 %, rates 20/3.75/20, norm 20, expected 12/16/8):
  // Борис 3 < 50 % of 16 is quiet; Анна 12 and Вера 8 are steady.
  await page.getByRole('button', { name: 'Активность и загрузка', exact: true }).click();
  const activity = await downloadFrom(
    page,
    page.getByRole('button', { name: 'Экспорт активности', exact: true }),
    ';',
  );
  expect(activity.rows[0]).toEqual([
    'id сотрудника',
    'ФИО',
    'подразделение',
    'загрузка',
    'свободный ресурс',
    'активность',
    'ожидаемая активность',
    'состояние',
    'причина',
    'уникальные навыки',
  ]);
  expect(activity.rows.slice(1).map((r) => [r[1], r[4], r[5], r[6], r[7]])).toEqual([
    ['Борис Иванов', '80', '3', '16', 'низкая активность'],
    ['Анна Петрова', '60', '12', '12', 'норма'],
    ['Вера Смирнова', '40', '8', '8', 'норма'],
  ]);
  // never a state without its reason
  for (const row of activity.rows.slice(1)) expect(row[8].length).toBeGreaterThan(10);

  await page.getByRole('button', { name: 'Роли в сообществе', exact: true }).click();
  // Идеолог: nobody carries the tag, so it is a gap with no holder and no candidate.
  const ideologist = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Идеолог' }) });
  await expect(ideologist).toContainText('Пробел');
  const roles = await downloadFrom(
    page,
    page.getByRole('button', { name: 'Экспорт ролей', exact: true }),
    ';',
  );
  expect(roles.rows[0]).toEqual(['роль', 'цель', 'покрытие', 'пробел', 'статус', 'носители', 'кандидаты']);
  expect(roles.rows.find((r) => r[0] === 'идеолог')?.slice(2, 5)).toEqual(['0', '1', 'пробел']);
  expect(roles.rows.find((r) => r[0] === 'эмпат')?.slice(2, 7)).toEqual([
    '0',
    '1',
    'пробел',
    '',
    'Глеб Орлов',
  ]);

  await page.getByRole('button', { name: 'Навыки для развития', exact: true }).click();
  const plan = await downloadFrom(
    page,
    page.getByRole('button', { name: 'Экспорт плана развития', exact: true }),
    ';',
  );
  expect(plan.rows[0]).toEqual([
    'код навыка',
    'навык',
    'категория',
    'требуемый уровень',
    'пробел',
    'id сотрудника',
    'ФИО',
    'статус',
    'уровень',
    'интерес',
    'загрузка',
  ]);
  // the ambassador first; the wish without a level counts as level 0
  expect(plan.rows.slice(1).map((r) => [r[1], r[3], r[4], r[6], r[7], r[8], r[9], r[10]])).toEqual([
    ['Публичные выступления', '3', '1', 'Анна Петрова', 'амбассадор', '2', 'да', '40'],
    ['Публичные выступления', '3', '1', 'Глеб Орлов', 'сотрудник', '0', 'да', '50'],
  ]);
});

test('ru: two intakes saved around a leaver are compared: the summary and the tables show what changed', async ({
  page,
}) => {
  await openHealth(page);
  await page.getByRole('button', { name: 'Сравнение наборов', exact: true }).click();
  await expect(page.getByText(/^Снимков пока нет\./)).toBeVisible();

  const name = page.getByRole('textbox', { name: 'Имя снимка' });
  await expect(name).toHaveValue(/^Набор \d{4}$/);
  await name.fill('Набор 2025');
  await page.getByRole('button', { name: 'Сохранить снимок', exact: true }).click();
  await expect(page.getByText('Сохранено как «Набор 2025».')).toBeVisible();

  // Борис leaves: marked in the key-person risk table of the cohort tab.
  await page.getByRole('button', { name: 'Набор', exact: true }).click();
  // Once marked, the row leaves the risk table for the Leavers section.
  await page.getByRole('checkbox', { name: 'Отметить уход: Борис Иванов', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Уходящие' })).toContainText('Борис Иванов');
  await page.getByRole('button', { name: 'Здоровье клуба', exact: true }).click();
  await name.fill('Набор 2026');
  await page.getByRole('button', { name: 'Сохранить снимок', exact: true }).click();
  await expect(page.getByText('Сохранено как «Набор 2026».')).toBeVisible();
  // Name, members, ambassadors (Борис leaving counts for none), skills.
  expect((await rowsOf(page, 'Сохранённые снимки')).map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
    ['Набор 2025', '5', '3', '3'],
    ['Набор 2026', '5', '2', '3'],
  ]);

  await page.getByRole('combobox', { name: 'Было' }).selectOption({ label: 'Набор 2025' });
  await page.getByRole('combobox', { name: 'Стало' }).selectOption({ label: 'Набор 2026' });
  // Python 2 → 1 (single holder), SQL 1 → 0 (a gap: Глеб is no ambassador), Наставничество unchanged.
  await expect(
    page.getByText(
      'От «Набор 2025» к «Набор 2026»: закрыто пробелов: 0, открыто: 1, пришло амбассадоров: 0, ушло: 1, осталась без носителей роль Голос',
    ),
  ).toBeVisible();
  // Coverage per category counts holders up to each target (1 by default): 1 + 1 + 1 = 3 → 1 + 0 + 1 = 2.
  expect(await rowsOf(page, 'Покрытие по категориям')).toEqual([
    ['Без категории', '3', '2', '−1', '0', '1', '+1'],
  ]);
  expect((await rowsOf(page, 'Навыки, у которых сменился статус')).map((r) => r.slice(0, 3))).toEqual([
    ['Python', 'Без категории', 'Стал единственный носитель'],
    ['SQL', 'Без категории', 'Пробел открылся'],
  ]);
  expect(await rowsOf(page, 'Пришедшие и ушедшие амбассадоры')).toEqual([
    ['Борис Иванов', 'ИТ', 'Ушёл', 'Амбассадор', 'Отмечен как уходящий'],
  ]);
  expect(await rowsOf(page, 'Занятые и освободившиеся роли')).toEqual([
    ['Голос', 'Без носителей', 'Борис Иванов', 'никого'],
  ]);

  // Against the current workspace nothing changed since the second snapshot.
  await page.getByRole('combobox', { name: 'Было' }).selectOption({ label: 'Набор 2026' });
  await page.getByRole('combobox', { name: 'Стало' }).selectOption({ label: 'Текущие данные' });
  await expect(
    page.getByText(
      'С момента «Набор 2026»: закрыто пробелов: 0, открыто: 0, пришло амбассадоров: 0, ушло: 0',
    ),
  ).toBeVisible();
});
